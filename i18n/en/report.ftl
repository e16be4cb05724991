# Report texts (area `report`, crates/report): the wave-comparison report `atmos report`
# writes. Numbers arrive already formatted for the language ($value, $n, $level: "95%").
# Indicator, breakdown and group names come from the survey's texts, theme names from the
# charts' texts.

report-title = { $survey }: results by wave
report-subtitle = Waves { $waves }

report-heading-summary = Summary
report-heading-targets = Programme targets
report-heading-groups = Groups with the largest changes
report-heading-methods = Methods

report-summary-intro = { $one ->
    [yes] This report shows one wave of the survey ({ $waves }). Respondents: { $counts }.
   *[no] This report compares { $count } waves of the survey ({ $waves }). Respondents: { $counts }.
}
report-summary-wave-count = { $n } in { $wave }
report-summary-change = { $indicator }: { $direction ->
    [down] fell from
    [up] rose from
   *[same] stayed about the same, from
} { $earlier_value } in { $earlier } to { $later_value } in { $later }; { $significant ->
    [yes] the change is statistically significant.
   *[no] the change is not statistically significant.
}
report-summary-unchanged = { $one ->
    [yes] One other indicator did not change significantly between { $earlier } and { $later }.
   *[no] { $count } other indicators did not change significantly between { $earlier } and { $later }.
}
report-summary-level = { $indicator }: { $value } in { $wave }.
report-summary-targets = Programme targets in { $wave }: { $total } in all; { $met } met, { $missed } missed, { $open } cannot be told yet or have no data.

report-value-interval = { $value } ({ $lower }–{ $upper })
report-cell = { $value }, n = { $n }
report-pp = { $value } percentage points
report-index-points = { $value } points
report-change-significant = { $difference } (significant)
report-change-not-significant = { $difference } (not significant)
report-too-few-answers = Too few answers
report-hidden-protects = Hidden to protect another group
report-no-answers = No answers

report-targets-none = The survey declares no programme targets.
report-targets-caption = Programme targets and their status in the latest wave
report-targets-note = A target is met when the whole 95% confidence interval is on the target's side, and missed when the whole interval is on the wrong side; otherwise it cannot be told yet.
report-target-below = below { $value } by { $by }
report-target-above = above { $value } by { $by }
report-target-latest = { $value } in { $wave }
report-status-met = Met
report-status-missed = Missed
report-status-cannot-tell = Cannot tell yet
report-status-no-data = No data
report-status-suppressed = Too few answers

report-col-indicator = Indicator
report-col-target = Target
report-col-latest = Latest result (95% interval)
report-col-status = Status
report-col-responsible = Responsible
report-col-change = Change { $earlier }–{ $later }
report-col-group = Group
report-col-wave = Wave
report-col-respondents = Respondents

report-table-caption = { $theme }: results by wave, { $level } confidence intervals in brackets
report-group = { $breakdown }: { $group }
report-groups-intro = Statistically significant changes between { $earlier } and { $later } within groups: { $count }; the { $shown } largest are shown.
report-groups-caption = Largest significant changes within groups, { $earlier }–{ $later }
report-groups-none-significant = No group changed statistically significantly between { $earlier } and { $later }.
report-groups-none-analysed = No breakdown by group was requested (use --by).
report-groups-one-wave = With a single wave there are no changes to show.

report-methods-raked = Wave { $wave }: answers are weighted (raked) so that the respondents match the population by { $margins } (source: { $source }).
report-methods-weight-column = Wave { $wave }: answers are weighted by the weights in the column { $column }.
report-methods-unweighted = Wave { $wave }: answers are not weighted.
report-methods-intervals = Each result is shown with its { $level } confidence interval, computed from the weighted design (logit intervals for shares, Korn-Graubard intervals for small or extreme cells, normal intervals for indices).
report-methods-tests = A change between two waves is tested with a z test on the difference; p-values are adjusted for multiple comparisons with Holm's method over all comparisons of the report, and a change is called statistically significant when the adjusted p-value is below { $alpha }.
report-methods-suppression = Results based on fewer than { $min_n } answers are not shown ("too few answers"), nor are changes that involve them.
report-methods-complementary = Where a hidden group could be worked out from the total and the other groups, another group is hidden as well (complementary suppression).
report-methods-no-suppression = No results are hidden: this report is for analysts with access to the microdata only.
report-methods-free-text = Free-text answers are never included in this report.
report-counts-caption = Respondents per wave
