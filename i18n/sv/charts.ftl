# NEEDS REVIEW by a native speaker before these charts are published.
# MÅSTE GRANSKAS av en person med svenska som modersmål innan diagrammen publiceras.
# Diagrammens texter (område `charts`, crates/charts): rubriker, axlar, förklaringar, noter och
# beskrivningar för skärmläsare. Talen kommer färdigt formaterade ($value, $n, $level: "95 %").

charts-all-respondents = Alla svarande
charts-too-few-answers = För få svar
charts-hidden-protects = Dold för att skydda en annan grupp
charts-no-answers = Inga svar
charts-n = n = { $n }
charts-value-n = { $value } (n = { $n })

charts-axis-share = Andel av de svarande, %
charts-axis-index = Index, 0–100

charts-legend-estimate = Skattning
charts-legend-interval = { $level } konfidensintervall
charts-legend-significant = Statistiskt signifikant förändring från föregående omgång
charts-legend-break = Frågeformuläret ändrades
charts-legend-target = Programmets mål
charts-target-below = Mål: under { $value } senast { $by }
charts-target-above = Mål: över { $value } senast { $by }

charts-breakdown-subtitle = Indelning: { $breakdown }
charts-theme-subtitle = { $all }, { $waves }

charts-note-interval = Linjerna visar { $level } konfidensintervall.
charts-note-significant = Triangel: en statistiskt signifikant förändring från föregående omgång (p < { $alpha }, Holm-korrigerat).
charts-note-break = Frågeformuläret ändrades mellan { $earlier } och { $later }; jämför dessa omgångar med försiktighet.
charts-note-suppression = Resultat som bygger på färre än { $min_n } svar visas inte.
charts-note-weighted = Resultaten är viktade för att motsvara befolkningen.
charts-note-unweighted = Resultaten är inte viktade.
charts-note-distribution = Andelar av dem som svarade; svaret ”Kan inte säga” ingår inte.

charts-pp = { $value } procentenheter
charts-index-points = { $value } poäng

charts-desc-trend = Linjediagram: ”{ $indicator }”, { $domain }, omgångarna { $waves }.
charts-desc-breakdown = Stapeldiagram: ”{ $indicator }” per grupp ({ $breakdown }), omgångarna { $waves }.
charts-desc-distribution = Svarsfördelning: ”{ $item }”, { $domain }, omgångarna { $waves }.
charts-desc-theme = Små linjediagram över indikatorerna ({ $count }) i temat ”{ $theme }”, omgångarna { $waves }.
charts-desc-value = { $label }: { $value } ({ $level } konfidensintervall { $lower }–{ $upper }, n = { $n })
charts-desc-value-no-interval = { $label }: { $value } (n = { $n })
charts-desc-hidden = { $label }: { $reason }
charts-desc-change = statistiskt signifikant förändring { $earlier }–{ $later }: { $difference }
charts-desc-shares = { $wave } (n = { $n }): { $shares }

charts-theme-racism = Rasism
charts-theme-discrimination = Diskriminering
charts-theme-inclusion = Delaktighet
charts-theme-services = Tillgång till tjänster
charts-theme-atmosphere = Attityder och atmosfär
charts-theme-belonging = Tillhörighet
charts-theme-trust = Förtroende
charts-theme-safety = Trygghet
