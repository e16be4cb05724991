# NEEDS REVIEW by a native speaker before this survey goes live: translated from the Finnish and English originals.
# MÅSTE GRANSKAS av en person med svenska som modersmål innan enkäten tas i bruk: översatt från de finska och engelska originalen.
# Enkät till invandrare i Uleåborg om atmosfären i staden: svenska texter.
# Id:n: surveys/oulu-atmosphere/ (se surveys/README.md, avsnittet "Texts").

survey-title = Enkät till invandrare i Uleåborg om atmosfären i staden
survey-intro =
    Uleåborgs stad vill veta hur invandrare som bor i Uleåborg upplever atmosfären i staden, stadens tjänster och sin egen delaktighet. Enkäten görs vartannat år. Resultaten används för att utvärdera stadens integrationsprogram och för att utveckla tjänsterna.

    Det tar ungefär 15 minuter att svara. Du svarar anonymt: vi frågar inte efter ditt namn och vi sparar inga uppgifter som kan visa vem du är. Du kan hoppa över frågor som inte är markerade som obligatoriska. Du kan också avbryta och fortsätta senare.

    Tack för att du svarar!

## Sidor

page-background = Om dig
page-atmosphere = Atmosfären i Uleåborg
page-home = Uleåborg som hemstad
page-inclusion = Delaktighet och möjlighet att påverka
page-discrimination = Diskriminering och rasism
page-discrimination_details = Dina erfarenheter av diskriminering
page-harassment = Trakasserier och våld
page-services = Tjänster
page-trust = Förtroende
page-comments = Till sist

## Om dig

q-age_band = Hur gammal är du?
opt-age_band-18_24 = 18–24 år
opt-age_band-25_29 = 25–29 år
opt-age_band-30_39 = 30–39 år
opt-age_band-40_49 = 40–49 år
opt-age_band-50_64 = 50–64 år
opt-age_band-65_plus = 65 år eller äldre

q-gender = Vilket kön har du?
opt-gender-female = Kvinna
opt-gender-male = Man
opt-gender-other = Annat
opt-gender-prefer_not = Vill inte säga

q-native_language = Vilket är ditt modersmål?
q-native_language-hint = Om du har flera modersmål, välj det som du använder mest.
opt-native_language-russian = Ryska
opt-native_language-arabic = Arabiska
opt-native_language-english = Engelska
opt-native_language-persian = Persiska (farsi, dari)
opt-native_language-chinese = Kinesiska
opt-native_language-somali = Somaliska
opt-native_language-kurdish = Kurdiska
opt-native_language-ukrainian = Ukrainska
opt-native_language-estonian = Estniska
opt-native_language-other = Annat språk

q-native_language_other = Vilket språk? Skriv ditt modersmål.

q-region_of_birth = Var är du född?
q-region_of_birth-hint = Till före detta Sovjetunionen hör till exempel Ukraina, Estland och Kazakstan.
opt-region_of_birth-finland = I Finland
opt-region_of_birth-russia_former_ussr = I Ryssland eller någon annanstans i före detta Sovjetunionen
opt-region_of_birth-europe = Någon annanstans i Europa
opt-region_of_birth-middle_east_north_africa = I Mellanöstern eller Nordafrika
opt-region_of_birth-africa_other = Någon annanstans i Afrika
opt-region_of_birth-asia = Någon annanstans i Asien
opt-region_of_birth-americas_oceania = I Amerika eller Oceanien
opt-region_of_birth-prefer_not = Vill inte säga

q-year_moved_finland = Vilket år flyttade du till Finland?
q-year_moved_finland-hint = Om du har flyttat till Finland flera gånger, skriv det år då du flyttade hit första gången.
rule-year_moved_range = Skriv ett årtal med fyra siffror mellan 1950 och 2026, till exempel 2015.

q-move_reason = Vilket var det viktigaste skälet till att du flyttade till Finland?
opt-move_reason-work = Arbete
opt-move_reason-study = Studier
opt-move_reason-family = Familj, till exempel make/maka eller familjeåterförening
opt-move_reason-refugee = Som flykting eller asylsökande
opt-move_reason-other = Annat skäl

q-years_in_oulu = Hur länge har du bott i Uleåborg?
q-years_in_oulu-hint = Om du har bott i Uleåborg flera gånger, räkna ihop alla perioder.
opt-years_in_oulu-lt1 = Mindre än ett år
opt-years_in_oulu-1_2 = 1–2 år
opt-years_in_oulu-3_5 = 3–5 år
opt-years_in_oulu-6_10 = 6–10 år
opt-years_in_oulu-over10 = Mer än 10 år

q-district = I vilken del av Uleåborg bor du?
q-district-hint = Om ditt område inte finns på listan, välj det närmaste området eller ”Annan del av Uleåborg”.
opt-district-keskusta = Centrum (Keskusta)
opt-district-tuira = Tuira
opt-district-kaukovainio = Kaukovainio
opt-district-kaakkuri = Kaakkuri
opt-district-myllyoja = Myllyoja
opt-district-hiukkavaara = Hiukkavaara
opt-district-kaijonharju_linnanmaa = Kaijonharju eller Linnanmaa
opt-district-rajakyla = Rajakylä
opt-district-haukipudas = Haukipudas
opt-district-kiiminki = Kiiminki
opt-district-oulunsalo = Oulunsalo
opt-district-other_area = Annan del av Uleåborg
opt-district-prefer_not = Vill inte säga

q-main_activity = Vilket av följande beskriver bäst din situation just nu?
opt-main_activity-employed = Jag arbetar som anställd
opt-main_activity-self_employed = Jag är företagare
opt-main_activity-student = Jag studerar
opt-main_activity-unemployed = Jag är arbetslös
opt-main_activity-integration_training = Jag går en integrationsutbildning
opt-main_activity-parental_leave = Jag är föräldraledig eller sköter barn hemma
opt-main_activity-retired = Jag är pensionerad
opt-main_activity-other = Något annat

q-lang_skill = Hur bra kan du följande språk?
q-lang_skill-row-finnish = Finska
q-lang_skill-row-swedish = Svenska
q-lang_skill-row-english = Engelska
opt-lang_level-none = Inte alls
opt-lang_level-basic = Lite
opt-lang_level-good = Bra
opt-lang_level-fluent = Flytande
opt-lang_level-native = Det är mitt modersmål

## Gemensamma svarsskalor

opt-agree5-strongly_disagree = Helt av annan åsikt
opt-agree5-disagree = Delvis av annan åsikt
opt-agree5-neither = Varken av samma eller av annan åsikt
opt-agree5-agree = Delvis av samma åsikt
opt-agree5-strongly_agree = Helt av samma åsikt
opt-agree5-cant_say = Kan inte säga

opt-yes_no_cs-yes = Ja
opt-yes_no_cs-no = Nej
opt-yes_no_cs-cant_say = Kan inte säga

opt-yes_no_pn-yes = Ja
opt-yes_no_pn-no = Nej
opt-yes_no_pn-prefer_not = Vill inte svara

opt-yes_no-yes = Ja
opt-yes_no-no = Nej

## Atmosfären i Uleåborg

q-atmosphere_general = Hur tycker du att atmosfären gentemot invandrare är i Uleåborg?
opt-atmos5-very_negative = Mycket negativ
opt-atmos5-rather_negative = Ganska negativ
opt-atmos5-neutral = Varken positiv eller negativ
opt-atmos5-rather_positive = Ganska positiv
opt-atmos5-very_positive = Mycket positiv
opt-atmos5-cant_say = Kan inte säga

q-atmosphere_change = Hur tycker du att atmosfären gentemot invandrare i Uleåborg har förändrats under de senaste två åren?
opt-change5-much_worse = Mycket sämre
opt-change5-somewhat_worse = Något sämre
opt-change5-no_change = Ungefär som förut
opt-change5-somewhat_better = Något bättre
opt-change5-much_better = Mycket bättre
opt-change5-cant_say = Kan inte säga

q-safety_evening = Hur trygg känner du dig när du går ensam i ditt eget bostadsområde på kvällen?
opt-safety4-very_unsafe = Mycket otrygg
opt-safety4-rather_unsafe = Ganska otrygg
opt-safety4-rather_safe = Ganska trygg
opt-safety4-very_safe = Mycket trygg
opt-safety4-cant_say = Kan inte säga

q-atmos_statements = Hur mycket håller du med om följande påståenden?
q-atmos_statements-row-open_city = Uleåborg är en öppen och mångkulturell stad.
q-atmos_statements-row-racism_problem = Rasism är ett problem i Uleåborg.
q-atmos_statements-row-treated_equally = I Uleåborg behandlas invandrare på samma sätt som andra invånare.
q-atmos_statements-row-own_culture = Jag kan visa min kultur eller religion offentligt utan att vara rädd.
q-atmos_statements-row-city_against_racism = Uleåborgs stad arbetar aktivt mot rasism.
q-atmos_statements-row-hostile_debate = Den offentliga debatten om invandring i Uleåborg är fientlig.

q-witnessed_racism = Har du under de senaste 12 månaderna sett eller hört att någon annan har utsatts för rasism i Uleåborg?

## Uleåborg som hemstad

q-home_town = Hur mycket håller du med om påståendet: ”Uleåborg känns som min hemstad.”

q-belong = Hur mycket håller du med om följande påståenden?
q-belong-row-feel_home = Jag känner mig hemma i mitt bostadsområde.
q-belong-row-accepted = I Uleåborg blir jag accepterad som jag är.
q-belong-row-part_of_community = Jag känner att jag hör till gemenskapen i Uleåborg.
q-belong-row-lonely = Jag känner mig ofta ensam.
q-belong-row-future_in_oulu = Jag ser min framtid i Uleåborg.

q-plans_stay = Tänker du bo kvar i Uleåborg?
opt-plans_stay-stay_long = Ja, permanent eller länge
opt-plans_stay-stay_few_years = Ja, några år
opt-plans_stay-move_in_finland = Nej, jag tänker flytta till en annan ort i Finland
opt-plans_stay-move_abroad = Nej, jag tänker flytta bort från Finland
opt-plans_stay-dont_know = Jag vet inte ännu

q-finnish_friends = Har du finländska vänner?
q-finnish_friends-hint = Med en vän menar vi en person som du umgås med och kan prata med om personliga saker.
opt-friends-yes_several = Ja, flera
opt-friends-yes_one_or_two = Ja, en eller två
opt-friends-no = Nej

## Delaktighet

q-inclusion = Hur mycket håller du med om följande påståenden?
q-inclusion-row-can_influence = Jag kan påverka saker som är viktiga för mig i Uleåborg.
q-inclusion-row-info_available = Jag hittar lätt information om stadens tjänster och beslut på ett språk som jag förstår.
q-inclusion-row-participate_activities = Jag kan delta i fritidsaktiviteter och evenemang i Uleåborg på samma sätt som andra.
q-inclusion-row-heard_by_city = Staden lyssnar på invandrarnas åsikter.
q-inclusion-row-equal_opportunities = I Uleåborg har jag samma möjligheter som andra invånare.

q-integrated = Hur bra tycker du att du har integrerats i Finland?
opt-integration4-very_poorly = Mycket dåligt
opt-integration4-rather_poorly = Ganska dåligt
opt-integration4-rather_well = Ganska bra
opt-integration4-very_well = Mycket bra
opt-integration4-cant_say = Kan inte säga

q-organisations = Deltar du i något av följande i Uleåborg?
q-organisations-hint = Välj alla alternativ som passar.
opt-organisations-sports_club = En idrottsförening eller motionsgrupp
opt-organisations-culture_hobby = En kultur- eller hobbygrupp
opt-organisations-religious_community = Ett religiöst samfund
opt-organisations-immigrant_association = En förening för invandrare eller för den egna språkgruppen
opt-organisations-residents_association = En invånarförening eller invånarverksamhet
opt-organisations-parents_association = Föräldraverksamhet i daghem eller skola
opt-organisations-volunteer_work = Frivilligarbete
opt-organisations-trade_union = Ett fackförbund
opt-organisations-political_party = Ett politiskt parti
opt-organisations-other = En annan organisation eller grupp
opt-organisations-none = Inget av dessa

q-voted_municipal = Röstade du i det senaste kommunalvalet?
q-voted_municipal-hint = Också utländska medborgare kan rösta i kommunalval, om de har haft en hemkommun i Finland tillräckligt länge.
opt-voted-yes = Ja
opt-voted-no = Nej
opt-voted-not_eligible = Jag hade inte rösträtt
opt-voted-prefer_not = Vill inte säga

## Diskriminering och rasism

q-disc_any = Har du under de senaste 12 månaderna upplevt diskriminering eller rasism i Uleåborg?
q-disc_any-hint = Diskriminering betyder till exempel att du behandlas sämre än andra på grund av ditt ursprung, din hudfärg, din religion, ditt språk eller något annat som gäller dig.

q-disc_domain = I vilka situationer har du upplevt diskriminering eller rasism under de senaste 12 månaderna?
q-disc_domain-hint = Svara på varje rad. Välj ”Gäller inte mig” om du inte har varit i en sådan situation.
q-disc_domain-row-job_seeking = När du sökte arbete
q-disc_domain-row-work = På arbetsplatsen
q-disc_domain-row-housing = När du sökte bostad eller där du bor
q-disc_domain-row-health = Inom hälsovården
q-disc_domain-row-social_services = Inom socialservicen
q-disc_domain-row-employment_services = Inom sysselsättningstjänsterna (TE-tjänsterna)
q-disc_domain-row-daycare_school = I daghem, skola eller läroanstalt
q-disc_domain-row-culture_sport = Inom kultur, idrott eller fritidsaktiviteter
q-disc_domain-row-shops = I butiker, restauranger eller andra företag
q-disc_domain-row-public_transport = I kollektivtrafiken
q-disc_domain-row-street = På gatan eller på andra offentliga platser
q-disc_domain-row-police = I kontakt med polisen
q-disc_domain-row-online = På internet eller i sociala medier
opt-yes_no_na-yes = Ja
opt-yes_no_na-no = Nej
opt-yes_no_na-not_applicable = Gäller inte mig

q-disc_ground = Varför tror du att du blev diskriminerad?
q-disc_ground-hint = Välj alla alternativ som passar.
opt-disc_ground-origin = Etniskt eller nationellt ursprung
opt-disc_ground-skin_colour = Hudfärg
opt-disc_ground-religion = Religion eller övertygelse
opt-disc_ground-language = Språk
opt-disc_ground-accent = Brytning eller sätt att tala
opt-disc_ground-gender = Kön
opt-disc_ground-age = Ålder
opt-disc_ground-disability = Funktionsnedsättning eller hälsotillstånd
opt-disc_ground-sexual_orientation = Sexuell läggning
opt-disc_ground-other = Annat skäl
opt-disc_ground-dont_know = Jag vet inte

q-disc_by_whom = Vem diskriminerade dig?
q-disc_by_whom-hint = Välj alla alternativ som passar.
opt-disc_by-official = En myndighetsperson eller en anställd inom offentlig service
opt-disc_by-police = Polisen
opt-disc_by-supervisor = En chef eller arbetsgivare
opt-disc_by-colleague = En arbetskamrat eller studiekamrat
opt-disc_by-customer = En kund
opt-disc_by-neighbour = En granne
opt-disc_by-stranger = En okänd person
opt-disc_by-other = Någon annan

## Trakasserier och våld

q-harassment_12m = Har du blivit trakasserad i Uleåborg under de senaste 12 månaderna?
q-harassment_12m-hint = Trakasserier är till exempel glåpord, hot eller kränkande gester eller meddelanden, också på internet.

q-violence_12m = Har någon använt våld mot dig eller hotat dig med våld i Uleåborg under de senaste 12 månaderna?
q-violence_12m-hint = Våld är till exempel att någon slår, sparkar eller knuffar dig eller kastar något på dig.

q-reported = Anmälde du diskrimineringen, trakasserierna eller våldet till någon, till exempel polisen, din arbetsgivare, staden eller diskrimineringsombudsmannen?
q-reported-hint = Om det har hänt flera gånger, tänk på den senaste gången.

q-why_not_reported = Varför anmälde du det inte?
q-why_not_reported-hint = Välj alla alternativ som passar.
opt-why_not-no_use = Det skulle inte ha hjälpt att anmäla
opt-why_not-didnt_know_how = Jag visste inte hur eller till vem jag skulle anmäla
opt-why_not-fear = Jag var rädd för följderna
opt-why_not-language = Mina språkkunskaper räckte inte till
opt-why_not-not_serious = Det kändes inte tillräckligt allvarligt
opt-why_not-handled_myself = Jag skötte saken själv eller med mina närstående
opt-why_not-other = Annat skäl
opt-why_not-prefer_not = Vill inte säga

## Tjänster

q-service_access = Hur lätt eller svårt har det varit för dig att få följande tjänster i Uleåborg under de senaste 12 månaderna?
q-service_access-hint = Välj ”Jag har inte använt tjänsten” om du inte har använt tjänsten under de senaste 12 månaderna.
q-service_access-row-health_centre = Hälsostation
q-service_access-row-dental = Tandvård
q-service_access-row-social_services = Socialservice
q-service_access-row-employment_services = Sysselsättningstjänster (TE-tjänster)
q-service_access-row-daycare = Småbarnspedagogik (daghem)
q-service_access-row-school = Grundläggande utbildning (skola)
q-service_access-row-library = Bibliotek
q-service_access-row-sport_culture = Idrotts- och kulturtjänster
q-service_access-row-housing_services = Boendetjänster, till exempel stadens hyresbostäder
q-service_access-row-public_transport = Kollektivtrafik
q-service_access-row-international_house = International House Oulu
opt-access4-very_difficult = Mycket svårt
opt-access4-rather_difficult = Ganska svårt
opt-access4-rather_easy = Ganska lätt
opt-access4-very_easy = Mycket lätt
opt-access4-not_used = Jag har inte använt tjänsten

q-unmet_need = Behövde du någon av de här tjänsterna under de senaste 12 månaderna men fick den inte?
q-unmet_need-hint = Svara ”Nej” om du fick tjänsten eller om du inte behövde den.
q-unmet_need-row-health_centre = Hälsostation
q-unmet_need-row-dental = Tandvård
q-unmet_need-row-social_services = Socialservice
q-unmet_need-row-employment_services = Sysselsättningstjänster (TE-tjänster)
q-unmet_need-row-daycare = Småbarnspedagogik (daghem)
q-unmet_need-row-school = Grundläggande utbildning (skola)
q-unmet_need-row-library = Bibliotek
q-unmet_need-row-sport_culture = Idrotts- och kulturtjänster
q-unmet_need-row-housing_services = Boendetjänster, till exempel stadens hyresbostäder
q-unmet_need-row-public_transport = Kollektivtrafik
q-unmet_need-row-international_house = International House Oulu

q-barriers = Vad har gjort det svårare för dig att använda tjänster?
q-barriers-hint = Välj alla alternativ som passar.
opt-barriers-language = Språket
opt-barriers-information = Jag har inte fått tillräckligt med information om tjänsterna
opt-barriers-waiting_time = Långa köer eller väntetider
opt-barriers-cost = Priset
opt-barriers-discrimination = Diskriminerande eller respektlöst bemötande
opt-barriers-digital_services = Att använda nättjänster eller nätbankskoder
opt-barriers-opening_hours = Öppettiderna
opt-barriers-distance = Lång väg eller svårt att ta sig dit
opt-barriers-other = Något annat
opt-barriers-no_barriers = Ingenting, det har gått bra att använda tjänsterna

q-service_language = På vilket språk sköter du oftast dina ärenden i offentliga tjänster?
opt-service_language-finnish = På finska
opt-service_language-english = På engelska
opt-service_language-own_language = På mitt eget modersmål
opt-service_language-mixed = På flera språk

q-interpreter = Har du behövt tolk när du har skött ärenden i offentliga tjänster under de senaste 12 månaderna?
opt-interpreter-needed_got = Ja, och jag fick tolk
opt-interpreter-needed_not_got = Ja, men jag fick ingen tolk
opt-interpreter-not_needed = Nej, jag har inte behövt tolk

## Förtroende

q-trust = Hur mycket litar du på följande?
q-trust-hint = 0 betyder att du inte litar på dem alls och 10 att du litar helt på dem.
q-trust-row-city_services = Uleåborgs stads tjänster
q-trust-row-police = Polisen
q-trust-row-health_care = Hälso- och sjukvården
q-trust-row-courts = Domstolarna
q-trust-row-media = Medierna
q-trust-row-politicians = Politikerna
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
opt-trust11-cant_say = Kan inte säga

## Till sist

q-what_would_improve = Vad kunde Uleåborgs stad göra för att Uleåborg ska kännas som ett hem för alla invånare?
q-what_would_improve-hint = Skriv inte namn eller andra uppgifter som kan visa vem du eller någon annan är.

q-comments = Vill du berätta något annat om atmosfären, tjänsterna eller dina upplevelser i Uleåborg?
q-comments-hint = Skriv inte namn eller andra uppgifter som kan visa vem du eller någon annan är.

## Indikatorer

ind-racism_experienced_12m = Har upplevt diskriminering eller rasism (12 mån.)
ind-disc_ground_origin = Diskriminerad på grund av ursprung eller hudfärg (av dem som upplevt diskriminering)
ind-witnessed_racism = Har sett eller hört rasism mot någon annan (12 mån.)
ind-harassment_12m = Har upplevt trakasserier (12 mån.)
ind-incident_reported = Anmälde det som hände (av dem som upplevt diskriminering, trakasserier eller våld)
ind-discrimination = Har upplevt diskriminering i situationen (av dem som upplevt diskriminering, 12 mån.)
ind-atmosphere_positive = Anser att atmosfären gentemot invandrare är positiv
ind-atmosphere_improved = Atmosfären har blivit bättre under de senaste två åren
ind-racism_seen_as_problem = Anser att rasism är ett problem i Uleåborg
ind-city_against_racism = Staden arbetar aktivt mot rasism
ind-safety = Känner sig trygg i sitt bostadsområde på kvällen
ind-violence_12m = Har upplevt våld eller hot om våld (12 mån.)
ind-home_town = Uleåborg känns som hemstad
ind-belonging_index = Tillhörighetsindex (0–100)
ind-lonely = Känner sig ofta ensam
ind-has_finnish_friends = Har finländska vänner
ind-plans_to_stay = Tänker bo i Uleåborg permanent eller länge
ind-inclusion_index = Delaktighetsindex (0–100)
ind-integrated_well = Upplever sig väl integrerad
ind-participates_organisations = Deltar i organisationers eller gruppers verksamhet
ind-voted_municipal = Röstade i kommunalvalet (av dem som hade rösträtt)
ind-service_access_index = Index för tillgång till tjänster (0–100)
ind-service_access_difficult = Svårt att få tjänsten (av dem som använt den)
ind-unmet_need = Behövde tjänsten men fick den inte
ind-unmet_need_any = Blev utan minst en tjänst som behövdes
ind-language_barrier = Språket gjorde det svårare att använda tjänster
ind-interpreter_not_got = Behövde tolk men fick ingen
ind-trust_institutions_index = Index för förtroende för institutioner (0–100)

## Bakgrundsvariabler

bd-gender = Kön
bd-age_band = Åldersgrupp
bd-age_band-age_18_29 = 18–29 år
bd-age_band-age_30_49 = 30–49 år
bd-age_band-age_50_plus = 50 år eller äldre
bd-language_group = Språkgrupp
bd-language_group-russian_speaking = Ryska, ukrainska eller estniska
bd-language_group-arabic_persian_kurdish = Arabiska, persiska eller kurdiska
bd-language_group-somali = Somaliska
bd-language_group-english = Engelska
bd-language_group-other = Andra språk
bd-years_in_oulu = Boendetid i Uleåborg
bd-years_in_oulu-under_3 = Mindre än 3 år
bd-years_in_oulu-from_3_to_10 = 3–10 år
bd-years_in_oulu-over_10 = Mer än 10 år
bd-district = Bostadsområde
bd-district-centre = Keskusta och Tuira
bd-district-north = Kaijonharju, Linnanmaa och Rajakylä
bd-district-south_east = Kaukovainio, Kaakkuri, Myllyoja och Hiukkavaara
bd-district-outer = Haukipudas, Kiiminki och Oulunsalo
bd-district-other = Andra områden
bd-region_of_birth = Födelseregion
