# NEEDS REVIEW by a native speaker before this survey goes live: translated from the Finnish and English originals.
# WAXAA LOO BAAHAN YAHAY in qof afkiisa hooyo yahay af-Soomaali uu dib u eego ka hor inta aan sahankan la bilaabin: waxaa laga turjumay qoraallada asalka ah ee af-Finnish iyo af-Ingiriis.
# Sahanka jawiga Oulu ee soo-galootiga: qoraallada af-Soomaaliga.
# Aqoonsiyada (ids): surveys/oulu-atmosphere/ (eeg surveys/README.md, qaybta "Texts").

survey-title = Sahan ku saabsan jawiga magaalada, loogu talagalay soo-galootiga ku nool Oulu
survey-intro =
    Magaalada Oulu waxay rabtaa inay ogaato sida soo-galootiga ku nool Oulu ay u arkaan jawiga magaalada, adeegyadeeda iyo sida ay uga qayb qaataan nolosha magaalada. Sahankan waxaa la sameeyaa labadii sanaba mar. Natiijooyinka waxaa loo isticmaalaa qiimaynta barnaamijka is-dhexgalka ee magaalada iyo horumarinta adeegyada.

    Ka jawaabiddu waxay qaadanaysaa qiyaastii 15 daqiiqo. Jawaabahaagu waa qarsoodi: magacaaga ma weydiinayno, mana kaydinayno wax macluumaad ah oo lagugu garan karo. Waad ka boodi kartaa su'aalaha aan loo calaamadin inay qasab yihiin. Sidoo kale waad joojin kartaa, mar dambena waad sii wadan kartaa.

    Waad ku mahadsan tahay ka qayb qaadashadaada!

## Bogagga

page-background = Macluumaad adiga kugu saabsan
page-atmosphere = Jawiga Oulu
page-home = Oulu sida gurigaaga
page-inclusion = Ka qayb qaadasho iyo saameyn
page-discrimination = Takoor iyo cunsuriyad
page-discrimination_details = Waayo-aragnimadaada takoorka
page-harassment = Dhibaateyn iyo rabshad
page-services = Adeegyada
page-trust = Kalsooni
page-comments = Ugu dambayn

## Macluumaad adiga kugu saabsan

q-age_band = Da'daadu waa imisa?
opt-age_band-18_24 = 18–24 sano
opt-age_band-25_29 = 25–29 sano
opt-age_band-30_39 = 30–39 sano
opt-age_band-40_49 = 40–49 sano
opt-age_band-50_64 = 50–64 sano
opt-age_band-65_plus = 65 sano ama ka badan

q-gender = Jinsigaagu waa maxay?
opt-gender-female = Haweeney
opt-gender-male = Nin
opt-gender-other = Kale
opt-gender-prefer_not = Ma doonayo inaan sheego

q-native_language = Waa kee afkaaga hooyo?
q-native_language-hint = Haddii aad leedahay in ka badan hal af hooyo, dooro midka aad sida ugu badan u isticmaasho.
opt-native_language-russian = Af-Ruush
opt-native_language-arabic = Af-Carabi
opt-native_language-english = Af-Ingiriis
opt-native_language-persian = Af-Faarisi (Farsi, Dari)
opt-native_language-chinese = Af-Shiinees
opt-native_language-somali = Af-Soomaali
opt-native_language-kurdish = Af-Kurdi
opt-native_language-ukrainian = Af-Yukreeniyaan
opt-native_language-estonian = Af-Estooniyaan
opt-native_language-other = Af kale

q-native_language_other = Waa kee afkaas? Fadlan qor afkaaga hooyo.

q-region_of_birth = Xaggee ayaad ku dhalatay?
q-region_of_birth-hint = Midowgii Soofiyeeti ee hore waxaa ka mid ahaa, tusaale ahaan, Yukrayn, Estooniya iyo Kasakhistan.
opt-region_of_birth-finland = Finland
opt-region_of_birth-russia_former_ussr = Ruushka ama meel kale oo ka mid ahayd Midowgii Soofiyeeti ee hore
opt-region_of_birth-europe = Meel kale oo Yurub ah
opt-region_of_birth-middle_east_north_africa = Bariga Dhexe ama Waqooyiga Afrika
opt-region_of_birth-africa_other = Meel kale oo Afrika ah
opt-region_of_birth-asia = Meel kale oo Aasiya ah
opt-region_of_birth-americas_oceania = Qaaradaha Ameerika ama Oceania (tusaale ahaan Australia)
opt-region_of_birth-prefer_not = Ma doonayo inaan sheego

q-year_moved_finland = Sannadkee ayaad u soo guurtay Finland?
q-year_moved_finland-hint = Haddii aad Finland u soo guurtay in ka badan hal mar, qor sannadkii ugu horreeyay ee aad timid.
rule-year_moved_range = Fadlan qor sannad afar lambar ah oo u dhexeeya 1950 iyo 2026, tusaale ahaan 2015.

q-move_reason = Maxay ahayd sababta ugu weyn ee aad Finland ugu soo guurtay?
opt-move_reason-work = Shaqo
opt-move_reason-study = Waxbarasho
opt-move_reason-family = Qoys, tusaale ahaan xaaskaaga ama isku-keenidda qoyska
opt-move_reason-refugee = Qaxootinimo ama codsasho magangelyo
opt-move_reason-other = Sabab kale

q-years_in_oulu = Muddo intee le'eg ayaad ku nooshahay Oulu?
q-years_in_oulu-hint = Haddii aad Oulu ku noolayd dhowr jeer oo kala duwan, isku dar dhammaan muddooyinka.
opt-years_in_oulu-lt1 = Wax ka yar hal sano
opt-years_in_oulu-1_2 = 1–2 sano
opt-years_in_oulu-3_5 = 3–5 sano
opt-years_in_oulu-6_10 = 6–10 sano
opt-years_in_oulu-over10 = In ka badan 10 sano

q-district = Xaafaddee ee Oulu ayaad ku nooshahay?
q-district-hint = Haddii xaafaddaadu aysan ku jirin liiska, dooro xaafadda kuugu dhow ama “Meel kale oo Oulu ah”.
opt-district-keskusta = Bartamaha magaalada (Keskusta)
opt-district-tuira = Tuira
opt-district-kaukovainio = Kaukovainio
opt-district-kaakkuri = Kaakkuri
opt-district-myllyoja = Myllyoja
opt-district-hiukkavaara = Hiukkavaara
opt-district-kaijonharju_linnanmaa = Kaijonharju ama Linnanmaa
opt-district-rajakyla = Rajakylä
opt-district-haukipudas = Haukipudas
opt-district-kiiminki = Kiiminki
opt-district-oulunsalo = Oulunsalo
opt-district-other_area = Meel kale oo Oulu ah
opt-district-prefer_not = Ma doonayo inaan sheego

q-main_activity = Kuwan midkee ayaa sida ugu fiican u sharxaya xaaladdaada hadda?
opt-main_activity-employed = Waxaan qabtaa shaqo mushahar leh
opt-main_activity-self_employed = Waxaan leeyahay ganacsi u gaar ah (waan iskaa u shaqeeyaa)
opt-main_activity-student = Waxaan ahay arday
opt-main_activity-unemployed = Shaqo ma hayo
opt-main_activity-integration_training = Waxaan ku jiraa tababarka is-dhexgalka (kotoutumiskoulutus)
opt-main_activity-parental_leave = Waxaan ku jiraa fasaxa waalidnimada ama ilmo ayaan guriga ku xannaaneeyaa
opt-main_activity-retired = Waxaan ahay hawlgab
opt-main_activity-other = Wax kale

q-lang_skill = Sidee ayaad u taqaannaa luqadahan?
q-lang_skill-row-finnish = Af-Finnish
q-lang_skill-row-swedish = Af-Iswiidhish
q-lang_skill-row-english = Af-Ingiriis
opt-lang_level-none = Gabi ahaanba ma aqaan
opt-lang_level-basic = Wax yar
opt-lang_level-good = Si fiican
opt-lang_level-fluent = Si fasiix ah
opt-lang_level-native = Waa afkayga hooyo

## Jawaabaha guud ee su'aalo badan la wadaagaan

opt-agree5-strongly_disagree = Aad ayaan u diidanahay
opt-agree5-disagree = Xoogaa waan diidanahay
opt-agree5-neither = Ma raacsani, mana diidani
opt-agree5-agree = Xoogaa waan ku raacsanahay
opt-agree5-strongly_agree = Aad ayaan ugu raacsanahay
opt-agree5-cant_say = Ma sheegi karo

opt-yes_no_cs-yes = Haa
opt-yes_no_cs-no = Maya
opt-yes_no_cs-cant_say = Ma sheegi karo

opt-yes_no_pn-yes = Haa
opt-yes_no_pn-no = Maya
opt-yes_no_pn-prefer_not = Ma doonayo inaan ka jawaabo

opt-yes_no-yes = Haa
opt-yes_no-no = Maya

## Jawiga Oulu

q-atmosphere_general = Fikraddaada, sidee buu yahay jawiga Oulu ee ku wajahan soo-galootiga?
opt-atmos5-very_negative = Aad u xun
opt-atmos5-rather_negative = Xoogaa xun
opt-atmos5-neutral = Ma wanaagsana, mana xuma
opt-atmos5-rather_positive = Xoogaa wanaagsan
opt-atmos5-very_positive = Aad u wanaagsan
opt-atmos5-cant_say = Ma sheegi karo

q-atmosphere_change = Fikraddaada, sidee buu isu beddelay jawiga Oulu ee ku wajahan soo-galootiga labadii sano ee la soo dhaafay?
opt-change5-much_worse = Aad buu u sii xumaaday
opt-change5-somewhat_worse = Xoogaa wuu sii xumaaday
opt-change5-no_change = Qiyaas ahaan waa sidii hore
opt-change5-somewhat_better = Xoogaa wuu soo fiicnaaday
opt-change5-much_better = Aad buu u soo fiicnaaday
opt-change5-cant_say = Ma sheegi karo

q-safety_evening = Intee in le'eg ayaad ammaan dareentaa marka aad fiidkii keligaa ku socoto xaafaddaada?
opt-safety4-very_unsafe = Aad ayaan u dareemaa ammaan darro
opt-safety4-rather_unsafe = Xoogaa ayaan dareemaa ammaan darro
opt-safety4-rather_safe = Xoogaa ayaan dareemaa ammaan
opt-safety4-very_safe = Aad ayaan u dareemaa ammaan
opt-safety4-cant_say = Ma sheegi karo

q-atmos_statements = Intee in le'eg ayaad ku raacsan tahay hadallada soo socda?
q-atmos_statements-row-open_city = Oulu waa magaalo furan oo dhaqamo badan leh.
q-atmos_statements-row-racism_problem = Cunsuriyaddu waa dhibaato ka jirta Oulu.
q-atmos_statements-row-treated_equally = Oulu, soo-galootiga waxaa loola dhaqmaa si la mid ah dadka kale ee magaalada ku nool.
q-atmos_statements-row-own_culture = Dhaqankayga ama diintayda waxaan ku muujin karaa meelaha dadweynaha, anigoo aan cabsi qabin.
q-atmos_statements-row-city_against_racism = Magaalada Oulu waxay si firfircoon ula dagaallantaa cunsuriyadda.
q-atmos_statements-row-hostile_debate = Doodda dadweynaha ee Oulu ka socota ee ku saabsan soo-galootiga waa mid cadaawad leh.

q-witnessed_racism = 12-kii bilood ee la soo dhaafay, ma aragtay ama ma maqashay in qof kale cunsuriyad lagula kacay Oulu?

## Oulu sida gurigaaga

q-home_town = Intee in le'eg ayaad ku raacsan tahay hadalkan: “Waxaan dareemaa in Oulu ay tahay magaaladayda.”

q-belong = Intee in le'eg ayaad ku raacsan tahay hadallada soo socda?
q-belong-row-feel_home = Xaafaddayda waxaan ku dareemaa sidii aan gurigayga joogo.
q-belong-row-accepted = Oulu waxaa la iga aqbalaa sida aan ahay.
q-belong-row-part_of_community = Waxaan dareemaa inaan ka mid ahay bulshada Oulu.
q-belong-row-lonely = Marar badan waxaan dareemaa kelinimo.
q-belong-row-future_in_oulu = Mustaqbalkayga waxaan ku arkaa Oulu.

q-plans_stay = Ma qorshaynaysaa inaad Oulu ku sii noolaato?
opt-plans_stay-stay_long = Haa, si joogto ah ama muddo dheer
opt-plans_stay-stay_few_years = Haa, dhowr sano
opt-plans_stay-move_in_finland = Maya, waxaan qorshaynayaa inaan u guuro meel kale oo Finland ah
opt-plans_stay-move_abroad = Maya, waxaan qorshaynayaa inaan ka guuro Finland
opt-plans_stay-dont_know = Weli ma garanayo

q-finnish_friends = Ma leedahay saaxiibo reer Finland ah?
q-finnish_friends-hint = Saaxiib waxaan ula jeednaa qof aad wakhti la qaadato oo aad kala hadli karto arrimahaaga gaarka ah.
opt-friends-yes_several = Haa, dhowr
opt-friends-yes_one_or_two = Haa, hal ama laba
opt-friends-no = Maya

## Ka qayb qaadasho

q-inclusion = Intee in le'eg ayaad ku raacsan tahay hadallada soo socda?
q-inclusion-row-can_influence = Waxaan saameyn ku yeelan karaa arrimaha muhiimka ii ah ee Oulu.
q-inclusion-row-info_available = Si fudud ayaan u helaa macluumaad ku saabsan adeegyada iyo go'aannada magaalada, luqad aan fahmo.
q-inclusion-row-participate_activities = Waxaan uga qayb qaadan karaa hiwaayadaha iyo munaasabadaha Oulu si la mid ah dadka kale.
q-inclusion-row-heard_by_city = Magaaladu way dhegaysataa fikradaha soo-galootiga.
q-inclusion-row-equal_opportunities = Oulu, waxaan haystaa fursado la mid ah kuwa dadka kale ee magaalada ku nool.

q-integrated = Adiga ahaan, intee in le'eg ayaad la qabsatay bulshada Finland (is-dhexgal)?
opt-integration4-very_poorly = Aad u liidata
opt-integration4-rather_poorly = Xoogaa liidata
opt-integration4-rather_well = Xoogaa fiican
opt-integration4-very_well = Aad u fiican
opt-integration4-cant_say = Ma sheegi karo

q-organisations = Oulu, ma ka qayb qaadataa mid ka mid ah kuwan soo socda?
q-organisations-hint = Dooro dhammaan kuwa ku habboon.
opt-organisations-sports_club = Naadi isboorti ama koox jimicsi
opt-organisations-culture_hobby = Koox dhaqan ama hiwaayad
opt-organisations-religious_community = Bulsho diimeed
opt-organisations-immigrant_association = Urur soo-galooti ama urur dadka luqaddaada ku hadla
opt-organisations-residents_association = Urur dadka xaafadda deggan ama hawlaha xaafadda
opt-organisations-parents_association = Hawlaha waalidiinta ee xannaanada carruurta ama dugsiga
opt-organisations-volunteer_work = Hawl tabarruc ah (iskaa wax u qabso)
opt-organisations-trade_union = Urur shaqaale
opt-organisations-political_party = Xisbi siyaasadeed
opt-organisations-other = Urur ama koox kale
opt-organisations-none = Midna kama qayb qaato

q-voted_municipal = Ma ka codaysay doorashadii dawladda hoose ee ugu dambaysay?
q-voted_municipal-hint = Muwaadiniinta dalal kale ayaa iyaguna ka codayn kara doorashada dawladda hoose, haddii ay muddo ku filan degmo (kotikunta) ka lahaayeen Finland.
opt-voted-yes = Haa
opt-voted-no = Maya
opt-voted-not_eligible = Xaq codayn ma lahayn
opt-voted-prefer_not = Ma doonayo inaan sheego

## Takoor iyo cunsuriyad

q-disc_any = 12-kii bilood ee la soo dhaafay, ma kala kulantay takoor ama cunsuriyad Oulu?
q-disc_any-hint = Takoor waa, tusaale ahaan, in lagugula dhaqmo si ka liidata dadka kale, sababo la xiriira asalkaaga, midabka maqaarkaaga, diintaada, luqaddaada ama wax kale oo adiga kugu saabsan.

q-disc_domain = Xaaladahee ayaad kala kulantay takoor ama cunsuriyad 12-kii bilood ee la soo dhaafay?
q-disc_domain-hint = Fadlan ka jawaab saf kasta. Dooro “Ima khuseyso” haddii aadan ku jirin xaaladdaas.
q-disc_domain-row-job_seeking = Marka aad shaqo raadinayso
q-disc_domain-row-work = Goobta shaqada
q-disc_domain-row-housing = Marka aad guri raadinayso ama meesha aad ku nooshahay
q-disc_domain-row-health = Adeegyada caafimaadka
q-disc_domain-row-social_services = Adeegyada daryeelka bulshada
q-disc_domain-row-employment_services = Adeegyada shaqo-helidda (TE-palvelut)
q-disc_domain-row-daycare_school = Xannaanada carruurta, dugsiga ama machadka waxbarashada
q-disc_domain-row-culture_sport = Meelaha dhaqanka, isboortiga ama hiwaayadaha
q-disc_domain-row-shops = Dukaamada, maqaayadaha ama ganacsiyada kale
q-disc_domain-row-public_transport = Gaadiidka dadweynaha
q-disc_domain-row-street = Waddada ama meelaha kale ee dadweynaha
q-disc_domain-row-police = Marka aad la macaamilayso booliiska
q-disc_domain-row-online = Internetka ama baraha bulshada
opt-yes_no_na-yes = Haa
opt-yes_no_na-no = Maya
opt-yes_no_na-not_applicable = Ima khuseyso

q-disc_ground = Sababtee ayaad u malaynaysaa in laguu takooray?
q-disc_ground-hint = Dooro dhammaan kuwa ku habboon.
opt-disc_ground-origin = Asalka qowmiyadeed ama dalka aad ka timid
opt-disc_ground-skin_colour = Midabka maqaarka
opt-disc_ground-religion = Diin ama caqiido
opt-disc_ground-language = Luqad
opt-disc_ground-accent = Lahjad ama habka hadalka
opt-disc_ground-gender = Jinsi
opt-disc_ground-age = Da'
opt-disc_ground-disability = Naafonimo ama xaalad caafimaad
opt-disc_ground-sexual_orientation = Jihaynta galmada (cidda aad jaceyl u qabto)
opt-disc_ground-other = Sabab kale
opt-disc_ground-dont_know = Ma garanayo

q-disc_by_whom = Yaa ku takooray?
q-disc_by_whom-hint = Dooro dhammaan kuwa ku habboon.
opt-disc_by-official = Sarkaal dawladeed ama shaqaale adeeg dadweyne
opt-disc_by-police = Booliiska
opt-disc_by-supervisor = Maamule ama loo-shaqeeye
opt-disc_by-colleague = Qof aad wada shaqaysaan ama wada dhigataan
opt-disc_by-customer = Macmiil
opt-disc_by-neighbour = Deris
opt-disc_by-stranger = Qof aadan aqoon
opt-disc_by-other = Qof kale

## Dhibaateyn iyo rabshad

q-harassment_12m = 12-kii bilood ee la soo dhaafay, ma lagu dhibaateeyay Oulu?
q-harassment_12m-hint = Dhibaateyn waxaa ka mid ah, tusaale ahaan, in lagu caayo ama magacyo xun lagugu yeero, hanjabaad, ama calaamado ama farriimo aflagaaddo ah, xitaa internetka.

q-violence_12m = 12-kii bilood ee la soo dhaafay, qof ma kugula kacay rabshad ama ma kugu hanjabay rabshad Oulu?
q-violence_12m-hint = Rabshad waxaa ka mid ah, tusaale ahaan, garaacis, laad, riixid ama in wax lagugu tuuro.

q-reported = Takoorka, dhibaateynta ama rabshadda aad la kulantay, ma u sheegtay qof ama hay'ad? Tusaale ahaan booliiska, loo-shaqeeyahaaga, magaalada ama xafiiska ka hortagga takoorka (yhdenvertaisuusvaltuutettu).
q-reported-hint = Haddii ay dhacday in ka badan hal mar, ka fikir markii ugu dambaysay.

q-why_not_reported = Maxaad u sheegi weyday?
q-why_not_reported-hint = Dooro dhammaan kuwa ku habboon.
opt-why_not-no_use = Sheegiddu wax tar ah ma lahaateen
opt-why_not-didnt_know_how = Ma aqoon sida loo sheego ama cidda loo sheego
opt-why_not-fear = Waxaan ka baqay waxa ka dhalan kara
opt-why_not-language = Luqaddaydu kuma filnayn
opt-why_not-not_serious = Arrintu uma muuqan mid culus oo ku filan
opt-why_not-handled_myself = Arrinta aniga ayaa xalliyay, ama dadka ii dhow ayaan la xalliyay
opt-why_not-other = Sabab kale
opt-why_not-prefer_not = Ma doonayo inaan sheego

## Adeegyada

q-service_access = 12-kii bilood ee la soo dhaafay, intee in le'eg ayay kuu fududayd ama kugu adkayd inaad hesho adeegyada soo socda ee Oulu?
q-service_access-hint = Dooro “Adeeggan ma isticmaalin” haddii aadan isticmaalin 12-kii bilood ee la soo dhaafay.
q-service_access-row-health_centre = Xarunta caafimaadka (terveysasema)
q-service_access-row-dental = Daryeelka ilkaha
q-service_access-row-social_services = Adeegyada daryeelka bulshada
q-service_access-row-employment_services = Adeegyada shaqo-helidda (TE-palvelut)
q-service_access-row-daycare = Waxbarashada carruurta yaryar (xannaanada carruurta)
q-service_access-row-school = Waxbarashada aasaasiga ah (dugsiga)
q-service_access-row-library = Maktabadda
q-service_access-row-sport_culture = Adeegyada isboortiga iyo dhaqanka
q-service_access-row-housing_services = Adeegyada guryaha, tusaale ahaan guryaha kirada ee magaalada
q-service_access-row-public_transport = Gaadiidka dadweynaha
q-service_access-row-international_house = International House Oulu
opt-access4-very_difficult = Aad u adag
opt-access4-rather_difficult = Xoogaa adag
opt-access4-rather_easy = Xoogaa fudud
opt-access4-very_easy = Aad u fudud
opt-access4-not_used = Adeeggan ma isticmaalin

q-unmet_need = 12-kii bilood ee la soo dhaafay, ma jirtay adeeg kuwan ka mid ah oo aad u baahnayd laakiin aadan helin?
q-unmet_need-hint = Ku jawaab “Maya” haddii aad heshay adeegga ama aadan u baahnayn.
q-unmet_need-row-health_centre = Xarunta caafimaadka (terveysasema)
q-unmet_need-row-dental = Daryeelka ilkaha
q-unmet_need-row-social_services = Adeegyada daryeelka bulshada
q-unmet_need-row-employment_services = Adeegyada shaqo-helidda (TE-palvelut)
q-unmet_need-row-daycare = Waxbarashada carruurta yaryar (xannaanada carruurta)
q-unmet_need-row-school = Waxbarashada aasaasiga ah (dugsiga)
q-unmet_need-row-library = Maktabadda
q-unmet_need-row-sport_culture = Adeegyada isboortiga iyo dhaqanka
q-unmet_need-row-housing_services = Adeegyada guryaha, tusaale ahaan guryaha kirada ee magaalada
q-unmet_need-row-public_transport = Gaadiidka dadweynaha
q-unmet_need-row-international_house = International House Oulu

q-barriers = Maxaa kuu adkeeyay isticmaalka adeegyada?
q-barriers-hint = Dooro dhammaan kuwa ku habboon.
opt-barriers-language = Luqadda
opt-barriers-information = Macluumaad ku filan kama helin adeegyada
opt-barriers-waiting_time = Saf dheer ama sugitaan dheer
opt-barriers-cost = Qiimaha (kharashka)
opt-barriers-discrimination = Takoor ama ixtiraam darro
opt-barriers-digital_services = Isticmaalka adeegyada internetka ama koodhadhka bangiga ee lagu galo (pankkitunnukset)
opt-barriers-opening_hours = Saacadaha furitaanka
opt-barriers-distance = Masaafo dheer ama gaarista oo adag
opt-barriers-other = Wax kale
opt-barriers-no_barriers = Waxba, adeegyada si fiican ayaan u isticmaalay

q-service_language = Luqaddee ayaad inta badan ku isticmaashaa adeegyada dadweynaha?
opt-service_language-finnish = Af-Finnish
opt-service_language-english = Af-Ingiriis
opt-service_language-own_language = Afkayga hooyo
opt-service_language-mixed = Dhowr luqadood

q-interpreter = 12-kii bilood ee la soo dhaafay, ma u baahatay turjubaan markaad isticmaalaysay adeegyada dadweynaha?
opt-interpreter-needed_got = Haa, turjubaanna waa la ii helay
opt-interpreter-needed_not_got = Haa, laakiin turjubaan lama ii helin
opt-interpreter-not_needed = Maya, uma baahan turjubaan

## Kalsooni

q-trust = Intee in le'eg ayaad ku kalsoon tahay kuwan soo socda?
q-trust-hint = 0 waxay ka dhigan tahay inaadan gabi ahaanba ku kalsoonayn, 10-na waxay ka dhigan tahay inaad si buuxda ugu kalsoon tahay.
q-trust-row-city_services = Adeegyada magaalada Oulu
q-trust-row-police = Booliiska
q-trust-row-health_care = Daryeelka caafimaadka
q-trust-row-courts = Maxkamadaha
q-trust-row-media = Warbaahinta
q-trust-row-politicians = Siyaasiyiinta
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
opt-trust11-cant_say = Ma sheegi karo

## Ugu dambayn

q-what_would_improve = Maxay magaalada Oulu samayn kartaa si dhammaan dadka ku nool ay Oulu ugu dareemaan guri?
q-what_would_improve-hint = Fadlan jawaabtaada ha ku qorin magacyo ama macluumaad kale oo lagu garan karo adiga ama qof kale.

q-comments = Ma jiraan wax kale oo aad jeclaan lahayd inaad noo sheegto oo ku saabsan jawiga, adeegyada ama waayo-aragnimadaada Oulu?
q-comments-hint = Fadlan jawaabtaada ha ku qorin magacyo ama macluumaad kale oo lagu garan karo adiga ama qof kale.

## Tilmaamayaasha

ind-racism_experienced_12m = La kulmay takoor ama cunsuriyad (12 bilood)
ind-disc_ground_origin = Loo takooray asal ama midabka maqaarka (kuwa la takooray dhexdooda)
ind-witnessed_racism = Arkay ama maqlay cunsuriyad loo geystay qof kale (12 bilood)
ind-harassment_12m = La dhibaateeyay (12 bilood)
ind-incident_reported = Sheegay dhacdada (kuwa la kulmay takoor, dhibaateyn ama rabshad dhexdooda)
ind-discrimination = La kulmay takoor xaaladdan (kuwa la takooray dhexdooda, 12 bilood)
ind-atmosphere_positive = U arka jawiga ku wajahan soo-galootiga mid wanaagsan
ind-atmosphere_improved = Jawigu wuu soo fiicnaaday labadii sano ee la soo dhaafay
ind-racism_seen_as_problem = U arka cunsuriyadda dhibaato ka jirta Oulu
ind-city_against_racism = Magaaladu si firfircoon ayay ula dagaallantaa cunsuriyadda
ind-safety = Ammaan ku dareema xaafadda fiidkii
ind-violence_12m = La kulmay rabshad ama hanjabaad rabshadeed (12 bilood)
ind-home_town = Dareema in Oulu ay tahay magaaladooda
ind-belonging_index = Tusaha dareenka ka mid ahaanshaha (0–100)
ind-lonely = Marar badan dareema kelinimo
ind-has_finnish_friends = Haysta saaxiibo reer Finland ah
ind-plans_to_stay = Qorshe u leh inay Oulu ku noolaadaan si joogto ah ama muddo dheer
ind-inclusion_index = Tusaha ka qayb qaadashada (0–100)
ind-integrated_well = Dareema inay si fiican ula qabsadeen bulshada
ind-participates_organisations = Ka qayb qaata hawlaha ururrada ama kooxaha
ind-voted_municipal = Ka codeeyay doorashada dawladda hoose (kuwa xaqa u lahaa dhexdooda)
ind-service_access_index = Tusaha helitaanka adeegyada (0–100)
ind-service_access_difficult = Ku adkaaday helitaanka adeegga (kuwa adeegga isticmaala dhexdooda)
ind-unmet_need = U baahday adeegga laakiin ma helin
ind-unmet_need_any = Ma helin ugu yaraan hal adeeg oo loo baahnaa
ind-language_barrier = Luqaddu waxay adkeysay isticmaalka adeegyada
ind-interpreter_not_got = U baahday turjubaan laakiin ma helin
ind-trust_institutions_index = Tusaha kalsoonida hay'adaha (0–100)

## Kala-qaybinta xogta

bd-gender = Jinsi
bd-age_band = Koox da'eed
bd-age_band-age_18_29 = 18–29 sano
bd-age_band-age_30_49 = 30–49 sano
bd-age_band-age_50_plus = 50 sano ama ka weyn
bd-language_group = Kooxda luqadda
bd-language_group-russian_speaking = Af-Ruush, af-Yukreeniyaan ama af-Estooniyaan
bd-language_group-arabic_persian_kurdish = Af-Carabi, af-Faarisi ama af-Kurdi
bd-language_group-somali = Af-Soomaali
bd-language_group-english = Af-Ingiriis
bd-language_group-other = Luqado kale
bd-years_in_oulu = Muddada lagu noolaa Oulu
bd-years_in_oulu-under_3 = Wax ka yar 3 sano
bd-years_in_oulu-from_3_to_10 = 3–10 sano
bd-years_in_oulu-over_10 = In ka badan 10 sano
bd-district = Xaafadda la deggan yahay
bd-district-centre = Keskusta iyo Tuira
bd-district-north = Kaijonharju, Linnanmaa iyo Rajakylä
bd-district-south_east = Kaukovainio, Kaakkuri, Myllyoja iyo Hiukkavaara
bd-district-outer = Haukipudas, Kiiminki iyo Oulunsalo
bd-district-other = Xaafado kale
bd-region_of_birth = Gobolka adduunka ee lagu dhashay
