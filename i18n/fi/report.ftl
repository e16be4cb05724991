# Raportin tekstit (alue `report`, crates/report): `atmos report` -komennon kirjoittama
# kierrosten vertailuraportti. Luvut tulevat valmiiksi muotoiltuina ($value, $n, $level:
# "95 %"). Indikaattorien, taustamuuttujien ja ryhmien nimet tulevat kyselyn teksteistä.

report-title = { $survey }: tulokset kierroksittain
report-subtitle = Kierrokset { $waves }

report-heading-summary = Yhteenveto
report-heading-targets = Ohjelman tavoitteet
report-heading-groups = Ryhmät, joissa muutos oli suurin
report-heading-methods = Menetelmät

report-summary-intro = { $one ->
    [yes] Raportti esittää kyselyn yhden kierroksen ({ $waves }). Vastaajia: { $counts }.
   *[no] Raportti vertaa kyselyn { $count } kierrosta ({ $waves }). Vastaajia: { $counts }.
}
report-summary-wave-count = { $n } vuonna { $wave }
report-summary-change = { $indicator }: { $direction ->
    [down] laski vuoden { $earlier } tasosta { $earlier_value } vuoden { $later } tasoon { $later_value }
    [up] nousi vuoden { $earlier } tasosta { $earlier_value } vuoden { $later } tasoon { $later_value }
   *[same] pysyi lähes ennallaan: { $earlier_value } vuonna { $earlier } ja { $later_value } vuonna { $later }
}; { $significant ->
    [yes] muutos on tilastollisesti merkitsevä.
   *[no] muutos ei ole tilastollisesti merkitsevä.
}
report-summary-unchanged = { $one ->
    [yes] Yksi muu indikaattori ei muuttunut tilastollisesti merkitsevästi vuosien { $earlier } ja { $later } välillä.
   *[no] { $count } muuta indikaattoria ei muuttunut tilastollisesti merkitsevästi vuosien { $earlier } ja { $later } välillä.
}
report-summary-level = { $indicator }: { $value } vuonna { $wave }.
report-summary-targets = Ohjelman tavoitteet vuonna { $wave }: yhteensä { $total }; saavutettu { $met }, ei saavutettu { $missed }, ei vielä arvioitavissa tai ei tietoa { $open }.

report-value-interval = { $value } ({ $lower }–{ $upper })
report-cell = { $value }, n = { $n }
report-pp = { $value } %-yks.
report-index-points = { $value } pistettä
report-change-significant = { $difference } (merkitsevä)
report-change-not-significant = { $difference } (ei merkitsevä)
report-too-few-answers = Liian vähän vastauksia
report-hidden-protects = Piilotettu toisen ryhmän suojaamiseksi
report-no-answers = Ei vastauksia

report-targets-none = Kyselyyn ei ole kirjattu ohjelman tavoitteita.
report-targets-caption = Ohjelman tavoitteet ja niiden tilanne viimeisimmällä kierroksella
report-targets-note = Tavoite on saavutettu, kun koko 95 %:n luottamusväli on tavoitteen puolella, ja jäänyt saavuttamatta, kun koko väli on väärällä puolella; muuten tilannetta ei voi vielä arvioida.
report-target-below = alle { $value } vuoteen { $by } mennessä
report-target-above = yli { $value } vuoteen { $by } mennessä
report-target-latest = { $value } vuonna { $wave }
report-status-met = Saavutettu
report-status-missed = Ei saavutettu
report-status-cannot-tell = Ei vielä arvioitavissa
report-status-no-data = Ei tietoa
report-status-suppressed = Liian vähän vastauksia

report-col-indicator = Indikaattori
report-col-target = Tavoite
report-col-latest = Viimeisin tulos (95 %:n väli)
report-col-status = Tilanne
report-col-responsible = Vastuutaho
report-col-change = Muutos { $earlier }–{ $later }
report-col-group = Ryhmä
report-col-wave = Kierros
report-col-respondents = Vastaajia

report-table-caption = { $theme }: tulokset kierroksittain, { $level }:n luottamusvälit suluissa
report-group = { $breakdown }: { $group }
report-groups-intro = Tilastollisesti merkitseviä muutoksia ryhmien sisällä vuosien { $earlier } ja { $later } välillä: { $count }; niistä { $shown } suurinta näytetään.
report-groups-caption = Suurimmat merkitsevät muutokset ryhmissä, { $earlier }–{ $later }
report-groups-none-significant = Missään ryhmässä ei ollut tilastollisesti merkitsevää muutosta vuosien { $earlier } ja { $later } välillä.
report-groups-none-analysed = Ryhmittäistä tarkastelua ei pyydetty (--by).
report-groups-one-wave = Yhdellä kierroksella ei ole muutoksia näytettäväksi.

report-methods-raked = Kierros { $wave }: vastaukset on painotettu (raking) niin, että vastaajat vastaavat väestöä seuraavien mukaan: { $margins } (lähde: { $source }).
report-methods-weight-column = Kierros { $wave }: vastaukset on painotettu sarakkeen { $column } painoilla.
report-methods-unweighted = Kierros { $wave }: vastauksia ei ole painotettu.
report-methods-intervals = Jokainen tulos esitetään { $level }:n luottamusvälin kanssa, joka on laskettu painotetusta asetelmasta (osuuksille logit-välit, pienille tai ääripään soluille Korn–Graubard-välit, indekseille normaalijakaumaan perustuvat välit).
report-methods-tests = Kahden kierroksen välinen muutos testataan erotuksen z-testillä; p-arvot on korjattu monivertailun vuoksi Holmin menetelmällä kaikkien raportin vertailujen yli, ja muutos on tilastollisesti merkitsevä, kun korjattu p-arvo on alle { $alpha }.
report-methods-suppression = Alle { $min_n } vastaukseen perustuvia tuloksia ei näytetä ("liian vähän vastauksia"), eikä niitä koskevia muutoksia.
report-methods-complementary = Jos piilotetun ryhmän tuloksen voisi päätellä kokonaistuloksesta ja muista ryhmistä, myös toinen ryhmä piilotetaan (komplementaarinen suojaus).
report-methods-no-suppression = Mitään tuloksia ei ole piilotettu: raportti on vain mikroaineiston käyttöoikeuden omaaville analyytikoille.
report-methods-free-text = Avoimia vastauksia ei koskaan sisällytetä tähän raporttiin.
report-counts-caption = Vastaajat kierroksittain
