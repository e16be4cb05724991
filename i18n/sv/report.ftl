# NEEDS REVIEW by a native speaker before this report is published.
# MÅSTE GRANSKAS av en person med svenska som modersmål innan rapporten publiceras.
# Rapportens texter (område `report`, crates/report). Talen kommer färdigt formaterade.

report-title = { $survey }: resultat per omgång
report-subtitle = Omgångar { $waves }

report-heading-summary = Sammanfattning
report-heading-targets = Programmets mål
report-heading-groups = Grupper med de största förändringarna
report-heading-methods = Metoder

report-summary-intro = { $one ->
    [yes] Rapporten visar en omgång av enkäten ({ $waves }). Svarande: { $counts }.
   *[no] Rapporten jämför { $count } omgångar av enkäten ({ $waves }). Svarande: { $counts }.
}
report-summary-wave-count = { $n } år { $wave }
report-summary-change = { $indicator }: { $direction ->
    [down] sjönk från
    [up] steg från
   *[same] var i stort sett oförändrad, från
} { $earlier_value } år { $earlier } till { $later_value } år { $later }; { $significant ->
    [yes] förändringen är statistiskt signifikant.
   *[no] förändringen är inte statistiskt signifikant.
}
report-summary-unchanged = { $one ->
    [yes] En annan indikator förändrades inte signifikant mellan { $earlier } och { $later }.
   *[no] { $count } andra indikatorer förändrades inte signifikant mellan { $earlier } och { $later }.
}
report-summary-level = { $indicator }: { $value } år { $wave }.
report-summary-targets = Programmets mål år { $wave }: totalt { $total }; { $met } uppnådda, { $missed } inte uppnådda, { $open } kan ännu inte bedömas eller saknar data.

report-value-interval = { $value } ({ $lower }–{ $upper })
report-cell = { $value }, n = { $n }
report-pp = { $value } procentenheter
report-index-points = { $value } poäng
report-change-significant = { $difference } (signifikant)
report-change-not-significant = { $difference } (inte signifikant)
report-too-few-answers = För få svar
report-hidden-protects = Dold för att skydda en annan grupp
report-no-answers = Inga svar

report-targets-none = Enkäten anger inga mål för programmet.
report-targets-caption = Programmets mål och deras läge i den senaste omgången
report-targets-note = Ett mål är uppnått när hela 95 % konfidensintervallet ligger på målets sida och inte uppnått när hela intervallet ligger på fel sida; annars kan det ännu inte bedömas.
report-target-below = under { $value } senast { $by }
report-target-above = över { $value } senast { $by }
report-target-latest = { $value } år { $wave }
report-status-met = Uppnått
report-status-missed = Inte uppnått
report-status-cannot-tell = Kan ännu inte bedömas
report-status-no-data = Inga data
report-status-suppressed = För få svar

report-col-indicator = Indikator
report-col-target = Mål
report-col-latest = Senaste resultat (95 % intervall)
report-col-status = Läge
report-col-responsible = Ansvarig
report-col-change = Förändring { $earlier }–{ $later }
report-col-group = Grupp
report-col-wave = Omgång
report-col-respondents = Svarande

report-table-caption = { $theme }: resultat per omgång, { $level } konfidensintervall inom parentes
report-group = { $breakdown }: { $group }
report-groups-intro = Statistiskt signifikanta förändringar inom grupper mellan { $earlier } och { $later }: { $count }; de { $shown } största visas.
report-groups-caption = Största signifikanta förändringarna inom grupper, { $earlier }–{ $later }
report-groups-none-significant = Ingen grupp förändrades statistiskt signifikant mellan { $earlier } och { $later }.
report-groups-none-analysed = Ingen indelning i grupper begärdes (--by).
report-groups-one-wave = Med en enda omgång finns inga förändringar att visa.

report-methods-raked = Omgång { $wave }: svaren är viktade (raking) så att de svarande motsvarar befolkningen efter { $margins } (källa: { $source }).
report-methods-weight-column = Omgång { $wave }: svaren är viktade med vikterna i kolumnen { $column }.
report-methods-unweighted = Omgång { $wave }: svaren är inte viktade.
report-methods-intervals = Varje resultat visas med sitt { $level } konfidensintervall, beräknat från den viktade designen (logit-intervall för andelar, Korn–Graubard för små eller extrema celler, normalintervall för index).
report-methods-tests = En förändring mellan två omgångar testas med ett z-test på skillnaden; p-värdena justeras för multipla jämförelser med Holms metod över alla jämförelser i rapporten, och en förändring är statistiskt signifikant när det justerade p-värdet är under { $alpha }.
report-methods-suppression = Resultat som bygger på färre än { $min_n } svar visas inte ("för få svar"), inte heller förändringar som berör dem.
report-methods-complementary = Om en dold grupp skulle kunna räknas fram ur totalen och de andra grupperna döljs även en annan grupp (komplementär undertryckning).
report-methods-no-suppression = Inga resultat är dolda: rapporten är endast för analytiker med tillgång till mikrodata.
report-methods-free-text = Fritextsvar ingår aldrig i rapporten.
report-counts-caption = Svarande per omgång
