# Chart texts (area `charts`, crates/charts): titles, axes, legends, notes and the descriptions
# screen readers read. Numbers arrive already formatted for the language ($value, $n, $level:
# "95%", $alpha: "0.05"). Indicator, breakdown and group names come from the survey's texts.

charts-all-respondents = All respondents
charts-too-few-answers = Too few answers
charts-hidden-protects = Hidden to protect another group
charts-no-answers = No answers
charts-n = n = { $n }
charts-value-n = { $value } (n = { $n })

charts-axis-share = Share of respondents, %
charts-axis-index = Index, 0–100

charts-legend-estimate = Estimate
charts-legend-interval = { $level } confidence interval
charts-legend-significant = Statistically significant change from the previous wave
charts-legend-break = Questionnaire changed
charts-legend-target = Programme target
charts-target-below = Target: below { $value } by { $by }
charts-target-above = Target: above { $value } by { $by }

charts-breakdown-subtitle = Grouped by: { $breakdown }
charts-theme-subtitle = { $all }, { $waves }

charts-note-interval = Lines show { $level } confidence intervals.
charts-note-significant = Triangle: a statistically significant change from the previous wave (p < { $alpha }, Holm-adjusted).
charts-note-break = The questionnaire changed between { $earlier } and { $later }; compare these waves with care.
charts-note-suppression = Results based on fewer than { $min_n } answers are not shown.
charts-note-weighted = Results are weighted to represent the population.
charts-note-unweighted = Results are not weighted.
charts-note-distribution = Shares of those who answered; “can’t say” answers are left out.

charts-pp = { $value } percentage points
charts-index-points = { $value } points

charts-desc-trend = Line chart: “{ $indicator }”, { $domain }, waves { $waves }.
charts-desc-breakdown = Bar chart: “{ $indicator }” by group ({ $breakdown }), waves { $waves }.
charts-desc-distribution = Distribution of answers: “{ $item }”, { $domain }, waves { $waves }.
charts-desc-theme = Small line charts of the { $count } indicators of the theme “{ $theme }”, waves { $waves }.
charts-desc-value = { $label }: { $value } ({ $level } confidence interval { $lower }–{ $upper }, n = { $n })
charts-desc-value-no-interval = { $label }: { $value } (n = { $n })
charts-desc-hidden = { $label }: { $reason }
charts-desc-change = statistically significant change from { $earlier } to { $later }: { $difference }
charts-desc-shares = { $wave } (n = { $n }): { $shares }

charts-theme-racism = Racism
charts-theme-discrimination = Discrimination
charts-theme-inclusion = Inclusion
charts-theme-services = Access to services
charts-theme-atmosphere = Atmosphere
charts-theme-belonging = Belonging
charts-theme-trust = Trust
charts-theme-safety = Safety
