# Oulun ilmapiirikysely maahanmuuttajille: suomenkieliset tekstit (oletuskieli, oltava täydellinen).
# Tunnisteet: surveys/oulu-atmosphere/ (katso surveys/README.md, kohta "Texts").

survey-title = Ilmapiirikysely Oulussa asuville maahanmuuttajille
survey-intro =
    Oulun kaupunki haluaa tietää, millaiseksi Oulussa asuvat maahanmuuttajat kokevat kaupungin ilmapiirin, palvelut ja oman osallisuutensa. Kysely tehdään joka toinen vuosi. Tuloksia käytetään kotoutumisohjelman arvioinnissa ja palvelujen kehittämisessä.

    Vastaaminen vie noin 15 minuuttia. Vastaat nimettömänä: emme kysy nimeäsi emmekä tallenna tietoja, joista sinut voisi tunnistaa. Voit jättää kysymyksiä väliin, jos niitä ei ole merkitty pakollisiksi. Voit myös keskeyttää ja jatkaa myöhemmin.

    Kiitos, että vastaat!

## Sivut

page-background = Taustatiedot
page-atmosphere = Ilmapiiri Oulussa
page-home = Oulu kotikaupunkina
page-inclusion = Osallisuus ja vaikuttaminen
page-discrimination = Syrjintä ja rasismi
page-discrimination_details = Kokemuksesi syrjinnästä
page-harassment = Häirintä ja väkivalta
page-services = Palvelut
page-trust = Luottamus
page-comments = Lopuksi

## Taustatiedot

q-age_band = Minkä ikäinen olet?
opt-age_band-18_24 = 18–24 vuotta
opt-age_band-25_29 = 25–29 vuotta
opt-age_band-30_39 = 30–39 vuotta
opt-age_band-40_49 = 40–49 vuotta
opt-age_band-50_64 = 50–64 vuotta
opt-age_band-65_plus = 65 vuotta tai yli

q-gender = Mikä on sukupuolesi?
opt-gender-female = Nainen
opt-gender-male = Mies
opt-gender-other = Muu
opt-gender-prefer_not = En halua sanoa

q-native_language = Mikä on äidinkielesi?
q-native_language-hint = Jos sinulla on useampi äidinkieli, valitse se, jota käytät eniten.
opt-native_language-russian = Venäjä
opt-native_language-arabic = Arabia
opt-native_language-english = Englanti
opt-native_language-persian = Persia (farsi, dari)
opt-native_language-chinese = Kiina
opt-native_language-somali = Somali
opt-native_language-kurdish = Kurdi
opt-native_language-ukrainian = Ukraina
opt-native_language-estonian = Viro
opt-native_language-other = Muu kieli

q-native_language_other = Mikä kieli? Kirjoita äidinkielesi.

q-region_of_birth = Missä olet syntynyt?
q-region_of_birth-hint = Entisen Neuvostoliiton alueeseen kuuluvat esimerkiksi Ukraina, Viro ja Kazakstan.
opt-region_of_birth-finland = Suomessa
opt-region_of_birth-russia_former_ussr = Venäjällä tai muualla entisen Neuvostoliiton alueella
opt-region_of_birth-europe = Muualla Euroopassa
opt-region_of_birth-middle_east_north_africa = Lähi-idässä tai Pohjois-Afrikassa
opt-region_of_birth-africa_other = Muualla Afrikassa
opt-region_of_birth-asia = Muualla Aasiassa
opt-region_of_birth-americas_oceania = Amerikassa tai Oseaniassa
opt-region_of_birth-prefer_not = En halua sanoa

q-year_moved_finland = Minä vuonna muutit Suomeen?
q-year_moved_finland-hint = Jos olet muuttanut Suomeen useamman kerran, kirjoita vuosi, jolloin muutit ensimmäisen kerran.
rule-year_moved_range = Kirjoita vuosi neljällä numerolla väliltä 1950–2026, esimerkiksi 2015.

q-move_reason = Mikä oli tärkein syy, miksi muutit Suomeen?
opt-move_reason-work = Työ
opt-move_reason-study = Opiskelu
opt-move_reason-family = Perhe, esimerkiksi puoliso tai perheenyhdistäminen
opt-move_reason-refugee = Pakolaisuus tai turvapaikan hakeminen
opt-move_reason-other = Muu syy

q-years_in_oulu = Kuinka kauan olet asunut Oulussa?
q-years_in_oulu-hint = Jos olet asunut Oulussa useammassa jaksossa, laske kaikki jaksot yhteen.
opt-years_in_oulu-lt1 = Alle vuoden
opt-years_in_oulu-1_2 = 1–2 vuotta
opt-years_in_oulu-3_5 = 3–5 vuotta
opt-years_in_oulu-6_10 = 6–10 vuotta
opt-years_in_oulu-over10 = Yli 10 vuotta

q-district = Millä alueella asut?
q-district-hint = Jos asuinalueesi ei ole listalla, valitse lähin alue tai ”Muu alue Oulussa”.
opt-district-keskusta = Keskusta
opt-district-tuira = Tuira
opt-district-kaukovainio = Kaukovainio
opt-district-kaakkuri = Kaakkuri
opt-district-myllyoja = Myllyoja
opt-district-hiukkavaara = Hiukkavaara
opt-district-kaijonharju_linnanmaa = Kaijonharju tai Linnanmaa
opt-district-rajakyla = Rajakylä
opt-district-haukipudas = Haukipudas
opt-district-kiiminki = Kiiminki
opt-district-oulunsalo = Oulunsalo
opt-district-other_area = Muu alue Oulussa
opt-district-prefer_not = En halua sanoa

q-main_activity = Mikä seuraavista kuvaa parhaiten tämänhetkistä tilannettasi?
opt-main_activity-employed = Olen palkkatyössä
opt-main_activity-self_employed = Olen yrittäjä
opt-main_activity-student = Opiskelen
opt-main_activity-unemployed = Olen työtön
opt-main_activity-integration_training = Olen kotoutumiskoulutuksessa
opt-main_activity-parental_leave = Olen vanhempainvapaalla tai hoidan lasta kotona
opt-main_activity-retired = Olen eläkkeellä
opt-main_activity-other = Muu tilanne

q-lang_skill = Kuinka hyvin osaat seuraavia kieliä?
q-lang_skill-row-finnish = Suomi
q-lang_skill-row-swedish = Ruotsi
q-lang_skill-row-english = Englanti
opt-lang_level-none = En osaa
opt-lang_level-basic = Vähän
opt-lang_level-good = Hyvin
opt-lang_level-fluent = Sujuvasti
opt-lang_level-native = Äidinkieleni

## Yhteiset vastausasteikot

opt-agree5-strongly_disagree = Täysin eri mieltä
opt-agree5-disagree = Jokseenkin eri mieltä
opt-agree5-neither = Ei samaa eikä eri mieltä
opt-agree5-agree = Jokseenkin samaa mieltä
opt-agree5-strongly_agree = Täysin samaa mieltä
opt-agree5-cant_say = En osaa sanoa

opt-yes_no_cs-yes = Kyllä
opt-yes_no_cs-no = Ei
opt-yes_no_cs-cant_say = En osaa sanoa

opt-yes_no_pn-yes = Kyllä
opt-yes_no_pn-no = Ei
opt-yes_no_pn-prefer_not = En halua vastata

opt-yes_no-yes = Kyllä
opt-yes_no-no = En

## Ilmapiiri

q-atmosphere_general = Millainen on mielestäsi Oulun ilmapiiri maahanmuuttajia kohtaan?
opt-atmos5-very_negative = Erittäin kielteinen
opt-atmos5-rather_negative = Melko kielteinen
opt-atmos5-neutral = Ei myönteinen eikä kielteinen
opt-atmos5-rather_positive = Melko myönteinen
opt-atmos5-very_positive = Erittäin myönteinen
opt-atmos5-cant_say = En osaa sanoa

q-atmosphere_change = Miten ilmapiiri maahanmuuttajia kohtaan on mielestäsi muuttunut Oulussa viimeisen kahden vuoden aikana?
opt-change5-much_worse = Paljon huonommaksi
opt-change5-somewhat_worse = Jonkin verran huonommaksi
opt-change5-no_change = Pysynyt ennallaan
opt-change5-somewhat_better = Jonkin verran paremmaksi
opt-change5-much_better = Paljon paremmaksi
opt-change5-cant_say = En osaa sanoa

q-safety_evening = Kuinka turvalliseksi tunnet olosi, kun liikut yksin omalla asuinalueellasi iltaisin?
opt-safety4-very_unsafe = Erittäin turvattomaksi
opt-safety4-rather_unsafe = Melko turvattomaksi
opt-safety4-rather_safe = Melko turvalliseksi
opt-safety4-very_safe = Erittäin turvalliseksi
opt-safety4-cant_say = En osaa sanoa

q-atmos_statements = Mitä mieltä olet seuraavista väitteistä?
q-atmos_statements-row-open_city = Oulu on avoin ja monikulttuurinen kaupunki.
q-atmos_statements-row-racism_problem = Rasismi on ongelma Oulussa.
q-atmos_statements-row-treated_equally = Oulussa maahanmuuttajia kohdellaan samalla tavalla kuin muita asukkaita.
q-atmos_statements-row-own_culture = Voin näyttää kulttuuriani tai uskontoani julkisesti ilman pelkoa.
q-atmos_statements-row-city_against_racism = Oulun kaupunki toimii aktiivisesti rasismia vastaan.
q-atmos_statements-row-hostile_debate = Julkinen keskustelu maahanmuutosta on Oulussa vihamielistä.

q-witnessed_racism = Oletko viimeisen 12 kuukauden aikana nähnyt tai kuullut, että joku toinen on kohdannut rasismia Oulussa?

## Oulu kotikaupunkina

q-home_town = Mitä mieltä olet väitteestä: ”Oulu tuntuu kotikaupungiltani.”

q-belong = Mitä mieltä olet seuraavista väitteistä?
q-belong-row-feel_home = Tunnen oloni kotoisaksi omalla asuinalueellani.
q-belong-row-accepted = Minut hyväksytään Oulussa sellaisena kuin olen.
q-belong-row-part_of_community = Tunnen kuuluvani oululaiseen yhteisöön.
q-belong-row-lonely = Tunnen itseni usein yksinäiseksi.
q-belong-row-future_in_oulu = Näen tulevaisuuteni Oulussa.

q-plans_stay = Aiotko asua Oulussa myös tulevaisuudessa?
opt-plans_stay-stay_long = Kyllä, pysyvästi tai pitkään
opt-plans_stay-stay_few_years = Kyllä, muutaman vuoden
opt-plans_stay-move_in_finland = En, aion muuttaa muualle Suomeen
opt-plans_stay-move_abroad = En, aion muuttaa pois Suomesta
opt-plans_stay-dont_know = En tiedä vielä

q-finnish_friends = Onko sinulla suomalaisia ystäviä?
q-finnish_friends-hint = Ystävällä tarkoitamme ihmistä, jonka kanssa vietät aikaa ja jolle voit puhua omista asioistasi.
opt-friends-yes_several = Kyllä, useita
opt-friends-yes_one_or_two = Kyllä, yksi tai kaksi
opt-friends-no = Ei

## Osallisuus

q-inclusion = Mitä mieltä olet seuraavista väitteistä?
q-inclusion-row-can_influence = Voin vaikuttaa minulle tärkeisiin asioihin Oulussa.
q-inclusion-row-info_available = Saan helposti tietoa kaupungin palveluista ja päätöksistä kielellä, jota ymmärrän.
q-inclusion-row-participate_activities = Voin osallistua harrastuksiin ja tapahtumiin Oulussa samalla tavalla kuin muut.
q-inclusion-row-heard_by_city = Kaupunki kuuntelee maahanmuuttajien mielipiteitä.
q-inclusion-row-equal_opportunities = Minulla on Oulussa samat mahdollisuudet kuin muilla asukkailla.

q-integrated = Kuinka hyvin koet kotoutuneesi Suomeen?
opt-integration4-very_poorly = Erittäin huonosti
opt-integration4-rather_poorly = Melko huonosti
opt-integration4-rather_well = Melko hyvin
opt-integration4-very_well = Erittäin hyvin
opt-integration4-cant_say = En osaa sanoa

q-organisations = Osallistutko Oulussa jonkin seuraavan toimintaan?
q-organisations-hint = Valitse kaikki sopivat vaihtoehdot.
opt-organisations-sports_club = Urheiluseura tai liikuntaryhmä
opt-organisations-culture_hobby = Kulttuuri- tai harrastusryhmä
opt-organisations-religious_community = Uskonnollinen yhteisö
opt-organisations-immigrant_association = Maahanmuuttajien tai oman kieliryhmän yhdistys
opt-organisations-residents_association = Asukasyhdistys tai asukastoiminta
opt-organisations-parents_association = Päiväkodin tai koulun vanhempaintoiminta
opt-organisations-volunteer_work = Vapaaehtoistoiminta
opt-organisations-trade_union = Ammattiliitto
opt-organisations-political_party = Poliittinen puolue
opt-organisations-other = Muu järjestö tai ryhmä
opt-organisations-none = En osallistu minkään näistä toimintaan

q-voted_municipal = Äänestitkö viimeisimmissä kuntavaaleissa?
q-voted_municipal-hint = Myös ulkomaan kansalainen voi äänestää kuntavaaleissa, jos hänellä on ollut kotikunta Suomessa tarpeeksi kauan.
opt-voted-yes = Kyllä
opt-voted-no = En
opt-voted-not_eligible = Minulla ei ollut äänioikeutta
opt-voted-prefer_not = En halua sanoa

## Syrjintä ja rasismi

q-disc_any = Oletko viimeisen 12 kuukauden aikana kokenut syrjintää tai rasismia Oulussa?
q-disc_any-hint = Syrjintää on esimerkiksi se, että sinua kohdellaan huonommin kuin muita alkuperäsi, ihonvärisi, uskontosi, kielesi tai jonkin muun sinuun liittyvän asian vuoksi.

q-disc_domain = Missä tilanteissa olet kokenut syrjintää tai rasismia viimeisen 12 kuukauden aikana?
q-disc_domain-hint = Vastaa jokaiseen kohtaan. Valitse ”Ei koske minua”, jos et ole ollut tällaisessa tilanteessa.
q-disc_domain-row-job_seeking = Työnhaussa
q-disc_domain-row-work = Työpaikalla
q-disc_domain-row-housing = Asuntoa etsiessä tai asuinpaikassa
q-disc_domain-row-health = Terveyspalveluissa
q-disc_domain-row-social_services = Sosiaalipalveluissa
q-disc_domain-row-employment_services = Työllisyyspalveluissa (TE-palveluissa)
q-disc_domain-row-daycare_school = Päiväkodissa, koulussa tai oppilaitoksessa
q-disc_domain-row-culture_sport = Kulttuuri-, liikunta- tai harrastuspaikoissa
q-disc_domain-row-shops = Kaupoissa, ravintoloissa tai muissa yrityksissä
q-disc_domain-row-public_transport = Joukkoliikenteessä
q-disc_domain-row-street = Kadulla tai muilla julkisilla paikoilla
q-disc_domain-row-police = Poliisin kanssa asioidessa
q-disc_domain-row-online = Internetissä tai sosiaalisessa mediassa
opt-yes_no_na-yes = Kyllä
opt-yes_no_na-no = Ei
opt-yes_no_na-not_applicable = Ei koske minua

q-disc_ground = Minkä vuoksi koit, että sinua syrjittiin?
q-disc_ground-hint = Valitse kaikki sopivat vaihtoehdot.
opt-disc_ground-origin = Etninen tai kansallinen alkuperä
opt-disc_ground-skin_colour = Ihonväri
opt-disc_ground-religion = Uskonto tai vakaumus
opt-disc_ground-language = Kieli
opt-disc_ground-accent = Aksentti tai tapa puhua
opt-disc_ground-gender = Sukupuoli
opt-disc_ground-age = Ikä
opt-disc_ground-disability = Vamma tai terveydentila
opt-disc_ground-sexual_orientation = Seksuaalinen suuntautuminen
opt-disc_ground-other = Muu syy
opt-disc_ground-dont_know = En tiedä

q-disc_by_whom = Kuka syrji sinua?
q-disc_by_whom-hint = Valitse kaikki sopivat vaihtoehdot.
opt-disc_by-official = Viranomainen tai julkisen palvelun työntekijä
opt-disc_by-police = Poliisi
opt-disc_by-supervisor = Esihenkilö tai työnantaja
opt-disc_by-colleague = Työkaveri tai opiskelukaveri
opt-disc_by-customer = Asiakas
opt-disc_by-neighbour = Naapuri
opt-disc_by-stranger = Tuntematon ihminen
opt-disc_by-other = Joku muu

## Häirintä ja väkivalta

q-harassment_12m = Onko sinua häiritty Oulussa viimeisen 12 kuukauden aikana?
q-harassment_12m-hint = Häirintää on esimerkiksi nimittely, uhkailu sekä loukkaavat eleet tai viestit, myös internetissä.

q-violence_12m = Onko joku käyttänyt sinua kohtaan väkivaltaa tai uhannut väkivallalla Oulussa viimeisen 12 kuukauden aikana?
q-violence_12m-hint = Väkivaltaa on esimerkiksi lyöminen, potkiminen, tönäiseminen tai esineellä heittäminen.

q-reported = Ilmoititko kokemastasi syrjinnästä, häirinnästä tai väkivallasta jollekin, esimerkiksi poliisille, työnantajalle, kaupungille tai yhdenvertaisuusvaltuutetulle?
q-reported-hint = Jos sinulle on tapahtunut näin useammin kuin kerran, ajattele viimeisintä kertaa.

q-why_not_reported = Miksi et ilmoittanut?
q-why_not_reported-hint = Valitse kaikki sopivat vaihtoehdot.
opt-why_not-no_use = Ilmoittamisesta ei olisi ollut hyötyä
opt-why_not-didnt_know_how = En tiennyt, miten tai kenelle ilmoittaa
opt-why_not-fear = Pelkäsin seurauksia
opt-why_not-language = Kielitaitoni ei riittänyt
opt-why_not-not_serious = Asia ei tuntunut tarpeeksi vakavalta
opt-why_not-handled_myself = Hoidin asian itse tai läheisteni kanssa
opt-why_not-other = Muu syy
opt-why_not-prefer_not = En halua sanoa

## Palvelut

q-service_access = Kuinka helppoa tai vaikeaa sinun on ollut saada seuraavia palveluja Oulussa viimeisen 12 kuukauden aikana?
q-service_access-hint = Valitse ”En ole käyttänyt”, jos et ole käyttänyt palvelua viimeisen 12 kuukauden aikana.
q-service_access-row-health_centre = Terveysasema
q-service_access-row-dental = Hammashoito
q-service_access-row-social_services = Sosiaalipalvelut
q-service_access-row-employment_services = Työllisyyspalvelut (TE-palvelut)
q-service_access-row-daycare = Varhaiskasvatus (päiväkoti)
q-service_access-row-school = Perusopetus (koulu)
q-service_access-row-library = Kirjasto
q-service_access-row-sport_culture = Liikunta- ja kulttuuripalvelut
q-service_access-row-housing_services = Asumisen palvelut, esimerkiksi kaupungin vuokra-asunnot
q-service_access-row-public_transport = Joukkoliikenne
q-service_access-row-international_house = International House Oulu
opt-access4-very_difficult = Erittäin vaikeaa
opt-access4-rather_difficult = Melko vaikeaa
opt-access4-rather_easy = Melko helppoa
opt-access4-very_easy = Erittäin helppoa
opt-access4-not_used = En ole käyttänyt

q-unmet_need = Jäikö sinulta viimeisen 12 kuukauden aikana saamatta jokin näistä palveluista, vaikka olisit tarvinnut sitä?
q-unmet_need-hint = Vastaa ”Ei”, jos sait palvelun tai et tarvinnut sitä.
q-unmet_need-row-health_centre = Terveysasema
q-unmet_need-row-dental = Hammashoito
q-unmet_need-row-social_services = Sosiaalipalvelut
q-unmet_need-row-employment_services = Työllisyyspalvelut (TE-palvelut)
q-unmet_need-row-daycare = Varhaiskasvatus (päiväkoti)
q-unmet_need-row-school = Perusopetus (koulu)
q-unmet_need-row-library = Kirjasto
q-unmet_need-row-sport_culture = Liikunta- ja kulttuuripalvelut
q-unmet_need-row-housing_services = Asumisen palvelut, esimerkiksi kaupungin vuokra-asunnot
q-unmet_need-row-public_transport = Joukkoliikenne
q-unmet_need-row-international_house = International House Oulu

q-barriers = Mikä on vaikeuttanut palvelujen käyttöä?
q-barriers-hint = Valitse kaikki sopivat vaihtoehdot.
opt-barriers-language = Kieli
opt-barriers-information = En ole saanut tarpeeksi tietoa palveluista
opt-barriers-waiting_time = Pitkät jonot tai odotusajat
opt-barriers-cost = Hinta
opt-barriers-discrimination = Syrjivä tai epäkunnioittava kohtelu
opt-barriers-digital_services = Verkkopalvelujen tai pankkitunnusten käyttö
opt-barriers-opening_hours = Aukioloajat
opt-barriers-distance = Pitkä matka tai hankala kulkea
opt-barriers-other = Jokin muu
opt-barriers-no_barriers = Ei mikään, palvelujen käyttö on sujunut hyvin

q-service_language = Millä kielellä asioit yleensä julkisissa palveluissa?
opt-service_language-finnish = Suomeksi
opt-service_language-english = Englanniksi
opt-service_language-own_language = Omalla äidinkielelläni
opt-service_language-mixed = Useilla kielillä

q-interpreter = Oletko tarvinnut tulkkia asioidessasi julkisissa palveluissa viimeisen 12 kuukauden aikana?
opt-interpreter-needed_got = Kyllä, ja sain tulkin
opt-interpreter-needed_not_got = Kyllä, mutta en saanut tulkkia
opt-interpreter-not_needed = En ole tarvinnut tulkkia

## Luottamus

q-trust = Kuinka paljon luotat seuraaviin?
q-trust-hint = 0 tarkoittaa, ettet luota lainkaan, ja 10, että luotat täysin.
q-trust-row-city_services = Oulun kaupungin palvelut
q-trust-row-police = Poliisi
q-trust-row-health_care = Terveydenhuolto
q-trust-row-courts = Tuomioistuimet
q-trust-row-media = Tiedotusvälineet
q-trust-row-politicians = Poliitikot
opt-trust11-0 = 0
opt-trust11-1 = 1
opt-trust11-2 = 2
opt-trust11-3 = 3
opt-trust11-4 = 4
opt-trust11-5 = 5
opt-trust11-6 = 6
opt-trust11-7 = 7
opt-trust11-8 = 8
opt-trust11-9 = 9
opt-trust11-10 = 10
opt-trust11-cant_say = En osaa sanoa

## Lopuksi

q-what_would_improve = Mitä Oulun kaupunki voisi tehdä, jotta Oulu tuntuisi kodilta kaikille asukkaille?
q-what_would_improve-hint = Älä kirjoita vastaukseen nimiä tai muita tietoja, joista sinut tai joku muu voitaisiin tunnistaa.

q-comments = Haluatko kertoa vielä jotain muuta Oulun ilmapiiristä, palveluista tai kokemuksistasi?
q-comments-hint = Älä kirjoita vastaukseen nimiä tai muita tietoja, joista sinut tai joku muu voitaisiin tunnistaa.

## Indikaattorit

ind-racism_experienced_12m = Koki syrjintää tai rasismia (12 kk)
ind-disc_ground_origin = Syrjinnän syynä alkuperä tai ihonväri (syrjintää kokeneista)
ind-witnessed_racism = Näki tai kuuli rasismia toista kohtaan (12 kk)
ind-harassment_12m = Koki häirintää (12 kk)
ind-incident_reported = Ilmoitti kokemastaan (syrjintää, häirintää tai väkivaltaa kokeneista)
ind-discrimination = Koki syrjintää tilanteessa (syrjintää kokeneista, 12 kk)
ind-atmosphere_positive = Pitää ilmapiiriä maahanmuuttajia kohtaan myönteisenä
ind-atmosphere_improved = Ilmapiiri on parantunut kahdessa vuodessa
ind-racism_seen_as_problem = Pitää rasismia ongelmana Oulussa
ind-city_against_racism = Kaupunki toimii aktiivisesti rasismia vastaan
ind-safety = Tuntee olonsa turvalliseksi asuinalueellaan iltaisin
ind-violence_12m = Koki väkivaltaa tai sen uhkaa (12 kk)
ind-home_town = Oulu tuntuu kotikaupungilta
ind-belonging_index = Kuulumisen indeksi (0–100)
ind-lonely = Tuntee itsensä usein yksinäiseksi
ind-has_finnish_friends = On suomalaisia ystäviä
ind-plans_to_stay = Aikoo asua Oulussa pysyvästi tai pitkään
ind-inclusion_index = Osallisuuden indeksi (0–100)
ind-integrated_well = Kokee kotoutuneensa hyvin
ind-participates_organisations = Osallistuu järjestöjen tai ryhmien toimintaan
ind-voted_municipal = Äänesti kuntavaaleissa (äänioikeutetuista)
ind-service_access_index = Palvelujen saatavuuden indeksi (0–100)
ind-service_access_difficult = Palvelun saaminen vaikeaa (käyttäjistä)
ind-unmet_need = Jäi ilman tarvitsemaansa palvelua
ind-unmet_need_any = Jäi ilman jotakin tarvitsemaansa palvelua
ind-language_barrier = Kieli vaikeutti palvelujen käyttöä
ind-interpreter_not_got = Tarvitsi tulkkia mutta ei saanut
ind-trust_institutions_index = Luottamus instituutioihin (0–100)

## Taustamuuttujat

bd-gender = Sukupuoli
bd-age_band = Ikäryhmä
bd-age_band-age_18_29 = 18–29-vuotiaat
bd-age_band-age_30_49 = 30–49-vuotiaat
bd-age_band-age_50_plus = 50 vuotta täyttäneet
bd-language_group = Kieliryhmä
bd-language_group-russian_speaking = Venäjä, ukraina tai viro
bd-language_group-arabic_persian_kurdish = Arabia, persia tai kurdi
bd-language_group-somali = Somali
bd-language_group-english = Englanti
bd-language_group-other = Muut kielet
bd-years_in_oulu = Asumisaika Oulussa
bd-years_in_oulu-under_3 = Alle 3 vuotta
bd-years_in_oulu-from_3_to_10 = 3–10 vuotta
bd-years_in_oulu-over_10 = Yli 10 vuotta
bd-district = Asuinalue
bd-district-centre = Keskusta ja Tuira
bd-district-north = Kaijonharju, Linnanmaa ja Rajakylä
bd-district-south_east = Kaukovainio, Kaakkuri, Myllyoja ja Hiukkavaara
bd-district-outer = Haukipudas, Kiiminki ja Oulunsalo
bd-district-other = Muut alueet
bd-region_of_birth = Syntymäalue
