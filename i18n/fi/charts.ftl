# Kaavioiden tekstit (alue `charts`, crates/charts): otsikot, akselit, selitteet, huomautukset ja
# ruudunlukijan lukemat kuvaukset. Luvut tulevat valmiiksi muotoiltuina ($value, $n, $level:
# "95 %", $alpha: "0,05"). Indikaattorien, taustamuuttujien ja ryhmien nimet tulevat kyselyn
# teksteistä.

charts-all-respondents = Kaikki vastaajat
charts-too-few-answers = Liian vähän vastauksia
charts-hidden-protects = Piilotettu toisen ryhmän suojaamiseksi
charts-no-answers = Ei vastauksia
charts-n = n = { $n }
charts-value-n = { $value } (n = { $n })

charts-axis-share = Osuus vastaajista, %
charts-axis-index = Indeksi, 0–100

charts-legend-estimate = Arvio
charts-legend-interval = { $level }:n luottamusväli
charts-legend-significant = Tilastollisesti merkitsevä muutos edellisestä kierroksesta
charts-legend-break = Kyselylomake muuttui
charts-legend-target = Ohjelman tavoite
charts-target-below = Tavoite: alle { $value } vuoteen { $by } mennessä
charts-target-above = Tavoite: yli { $value } vuoteen { $by } mennessä

charts-breakdown-subtitle = Ryhmittely: { $breakdown }
charts-theme-subtitle = { $all }, { $waves }

charts-note-interval = Viivat kuvaavat { $level }:n luottamusvälejä.
charts-note-significant = Kolmio: tilastollisesti merkitsevä muutos edellisestä kierroksesta (p < { $alpha }, Holmin korjaus).
charts-note-break = Kyselylomake muuttui kierrosten { $earlier } ja { $later } välillä; vertaa näitä kierroksia varoen.
charts-note-suppression = Alle { $min_n } vastaukseen perustuvia tuloksia ei näytetä.
charts-note-weighted = Tulokset on painotettu vastaamaan väestöä.
charts-note-unweighted = Tuloksia ei ole painotettu.
charts-note-distribution = Osuudet vastanneista; ”En osaa sanoa” -vastaukset eivät ole mukana.

charts-pp = { $value } prosenttiyksikköä
charts-index-points = { $value } pistettä

charts-desc-trend = Viivakaavio: ”{ $indicator }”, { $domain }, kierrokset { $waves }.
charts-desc-breakdown = Pylväskaavio: ”{ $indicator }” ryhmittäin ({ $breakdown }), kierrokset { $waves }.
charts-desc-distribution = Vastausten jakauma: ”{ $item }”, { $domain }, kierrokset { $waves }.
charts-desc-theme = Pienet viivakaaviot teeman ”{ $theme }” indikaattoreista ({ $count }), kierrokset { $waves }.
charts-desc-value = { $label }: { $value } ({ $level }:n luottamusväli { $lower }–{ $upper }, n = { $n })
charts-desc-value-no-interval = { $label }: { $value } (n = { $n })
charts-desc-hidden = { $label }: { $reason }
charts-desc-change = tilastollisesti merkitsevä muutos { $earlier }–{ $later }: { $difference }
charts-desc-shares = { $wave } (n = { $n }): { $shares }

charts-theme-racism = Rasismi
charts-theme-discrimination = Syrjintä
charts-theme-inclusion = Osallisuus
charts-theme-services = Palvelujen saatavuus
charts-theme-atmosphere = Ilmapiiri
charts-theme-belonging = Kuuluminen
charts-theme-trust = Luottamus
charts-theme-safety = Turvallisuus
