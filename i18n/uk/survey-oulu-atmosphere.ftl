# NEEDS REVIEW by a native speaker before this survey goes live: translated from the Finnish and English originals.
# ПОТРІБНА ПЕРЕВІРКА носієм мови, перш ніж це опитування почне працювати: перекладено з фінського та англійського оригіналів.
# Опитування для іммігрантів про атмосферу в Оулу: тексти українською мовою.
# Ідентифікатори: surveys/oulu-atmosphere/ (див. surveys/README.md, розділ "Texts").

survey-title = Опитування про атмосферу в Оулу для іммігрантів, які живуть у місті
survey-intro =
    Місто Оулу хоче знати, як іммігранти, які живуть в Оулу, оцінюють атмосферу в місті, його послуги та свою залученість до життя міста. Опитування проводять раз на два роки. Результати використовують, щоб оцінити міську програму інтеграції та розвивати послуги.

    Заповнення анкети займе приблизно 15 хвилин. Опитування анонімне: ми не питаємо вашого імені й не зберігаємо жодних даних, за якими вас можна впізнати. Ви можете пропускати запитання, якщо вони не позначені як обов’язкові. Ви також можете перервати заповнення і продовжити пізніше.

    Дякуємо за участь!

## Сторінки

page-background = Про вас
page-atmosphere = Атмосфера в Оулу
page-home = Оулу як ваш дім
page-inclusion = Залученість і можливість впливати
page-discrimination = Дискримінація та расизм
page-discrimination_details = Ваш досвід дискримінації
page-harassment = Цькування та насильство
page-services = Послуги
page-trust = Довіра
page-comments = Наостанок

## Про вас

q-age_band = Скільки вам років?
opt-age_band-18_24 = 18–24 роки
opt-age_band-25_29 = 25–29 років
opt-age_band-30_39 = 30–39 років
opt-age_band-40_49 = 40–49 років
opt-age_band-50_64 = 50–64 роки
opt-age_band-65_plus = 65 років або більше

q-gender = Яка ваша стать?
opt-gender-female = Жінка
opt-gender-male = Чоловік
opt-gender-other = Інше
opt-gender-prefer_not = Не хочу повідомляти

q-native_language = Яка ваша рідна мова?
q-native_language-hint = Якщо у вас більше ніж одна рідна мова, виберіть ту, якою ви користуєтеся найчастіше.
opt-native_language-russian = Російська
opt-native_language-arabic = Арабська
opt-native_language-english = Англійська
opt-native_language-persian = Перська (фарсі, дарі)
opt-native_language-chinese = Китайська
opt-native_language-somali = Сомалійська
opt-native_language-kurdish = Курдська
opt-native_language-ukrainian = Українська
opt-native_language-estonian = Естонська
opt-native_language-other = Інша мова

q-native_language_other = Яка мова? Напишіть, будь ласка, вашу рідну мову.

q-region_of_birth = Де ви народилися?
q-region_of_birth-hint = Територія колишнього Радянського Союзу охоплює, наприклад, Україну, Естонію та Казахстан.
opt-region_of_birth-finland = У Фінляндії
opt-region_of_birth-russia_former_ussr = У Росії або деінде на території колишнього Радянського Союзу
opt-region_of_birth-europe = Деінде в Європі
opt-region_of_birth-middle_east_north_africa = На Близькому Сході або в Північній Африці
opt-region_of_birth-africa_other = Деінде в Африці
opt-region_of_birth-asia = Деінде в Азії
opt-region_of_birth-americas_oceania = В Америці або Океанії
opt-region_of_birth-prefer_not = Не хочу повідомляти

q-year_moved_finland = У якому році ви переїхали до Фінляндії?
q-year_moved_finland-hint = Якщо ви переїжджали до Фінляндії кілька разів, напишіть рік, коли ви переїхали вперше.
rule-year_moved_range = Напишіть рік чотирма цифрами, від 1950 до 2026, наприклад 2015.

q-move_reason = Яка була головна причина вашого переїзду до Фінляндії?
opt-move_reason-work = Робота
opt-move_reason-study = Навчання
opt-move_reason-family = Сім’я, наприклад переїзд до чоловіка чи дружини або возз’єднання сім’ї
opt-move_reason-refugee = Біженство або пошук притулку
opt-move_reason-other = Інша причина

q-years_in_oulu = Як довго ви живете в Оулу?
q-years_in_oulu-hint = Якщо ви жили в Оулу в різні періоди, додайте всі періоди разом.
opt-years_in_oulu-lt1 = Менше року
opt-years_in_oulu-1_2 = 1–2 роки
opt-years_in_oulu-3_5 = 3–5 років
opt-years_in_oulu-6_10 = 6–10 років
opt-years_in_oulu-over10 = Понад 10 років

q-district = У якому районі Оулу ви живете?
q-district-hint = Якщо вашого району немає в списку, виберіть найближчий район або «Інший район Оулу».
opt-district-keskusta = Центр міста (Keskusta)
opt-district-tuira = Tuira
opt-district-kaukovainio = Kaukovainio
opt-district-kaakkuri = Kaakkuri
opt-district-myllyoja = Myllyoja
opt-district-hiukkavaara = Hiukkavaara
opt-district-kaijonharju_linnanmaa = Kaijonharju або Linnanmaa
opt-district-rajakyla = Rajakylä
opt-district-haukipudas = Haukipudas
opt-district-kiiminki = Kiiminki
opt-district-oulunsalo = Oulunsalo
opt-district-other_area = Інший район Оулу
opt-district-prefer_not = Не хочу повідомляти

q-main_activity = Що з наведеного найкраще описує вашу теперішню ситуацію?
opt-main_activity-employed = Я працюю за наймом
opt-main_activity-self_employed = Я маю власну справу (підприємець)
opt-main_activity-student = Я навчаюся
opt-main_activity-unemployed = Я не маю роботи
opt-main_activity-integration_training = Я проходжу інтеграційне навчання (kotoutumiskoulutus)
opt-main_activity-parental_leave = Я у відпустці для догляду за дитиною або доглядаю дитину вдома
opt-main_activity-retired = Я на пенсії
opt-main_activity-other = Інше

q-lang_skill = Наскільки добре ви знаєте ці мови?
q-lang_skill-row-finnish = Фінська
q-lang_skill-row-swedish = Шведська
q-lang_skill-row-english = Англійська
opt-lang_level-none = Зовсім не знаю
opt-lang_level-basic = Трохи
opt-lang_level-good = Добре
opt-lang_level-fluent = Вільно
opt-lang_level-native = Це моя рідна мова

## Спільні шкали відповідей

opt-agree5-strongly_disagree = Зовсім не погоджуюся
opt-agree5-disagree = Частково не погоджуюся
opt-agree5-neither = Ні погоджуюся, ні не погоджуюся
opt-agree5-agree = Частково погоджуюся
opt-agree5-strongly_agree = Повністю погоджуюся
opt-agree5-cant_say = Важко сказати

opt-yes_no_cs-yes = Так
opt-yes_no_cs-no = Ні
opt-yes_no_cs-cant_say = Важко сказати

opt-yes_no_pn-yes = Так
opt-yes_no_pn-no = Ні
opt-yes_no_pn-prefer_not = Не хочу відповідати

opt-yes_no-yes = Так
opt-yes_no-no = Ні

## Атмосфера в Оулу

q-atmosphere_general = Якою, на вашу думку, є атмосфера в Оулу щодо іммігрантів?
opt-atmos5-very_negative = Дуже негативна
opt-atmos5-rather_negative = Досить негативна
opt-atmos5-neutral = Ні позитивна, ні негативна
opt-atmos5-rather_positive = Досить позитивна
opt-atmos5-very_positive = Дуже позитивна
opt-atmos5-cant_say = Важко сказати

q-atmosphere_change = Як, на вашу думку, змінилася атмосфера в Оулу щодо іммігрантів за останні два роки?
opt-change5-much_worse = Значно погіршилася
opt-change5-somewhat_worse = Дещо погіршилася
opt-change5-no_change = Залишилася приблизно такою самою
opt-change5-somewhat_better = Дещо поліпшилася
opt-change5-much_better = Значно поліпшилася
opt-change5-cant_say = Важко сказати

q-safety_evening = Наскільки безпечно ви почуваєтеся, коли ввечері ходите наодинці у своєму районі?
opt-safety4-very_unsafe = Дуже небезпечно
opt-safety4-rather_unsafe = Досить небезпечно
opt-safety4-rather_safe = Досить безпечно
opt-safety4-very_safe = Дуже безпечно
opt-safety4-cant_say = Важко сказати

q-atmos_statements = Наскільки ви погоджуєтеся з такими твердженнями?
q-atmos_statements-row-open_city = Оулу — відкрите й багатокультурне місто.
q-atmos_statements-row-racism_problem = Расизм — це проблема в Оулу.
q-atmos_statements-row-treated_equally = В Оулу до іммігрантів ставляться так само, як до інших мешканців.
q-atmos_statements-row-own_culture = Я можу без страху відкрито показувати свою культуру або релігію.
q-atmos_statements-row-city_against_racism = Місто Оулу активно протидіє расизму.
q-atmos_statements-row-hostile_debate = Публічне обговорення імміграції в Оулу є ворожим.

q-witnessed_racism = Чи бачили або чули ви за останні 12 місяців, що хтось інший зазнав расизму в Оулу?

## Оулу як ваш дім

q-home_town = Наскільки ви погоджуєтеся з твердженням: «Я відчуваю, що Оулу — моє рідне місто.»

q-belong = Наскільки ви погоджуєтеся з такими твердженнями?
q-belong-row-feel_home = У своєму районі я почуваюся як удома.
q-belong-row-accepted = В Оулу мене приймають такою людиною, якою я є.
q-belong-row-part_of_community = Я відчуваю себе частиною спільноти Оулу.
q-belong-row-lonely = Я часто почуваюся самотньо.
q-belong-row-future_in_oulu = Я бачу своє майбутнє в Оулу.

q-plans_stay = Чи плануєте ви й надалі жити в Оулу?
opt-plans_stay-stay_long = Так, постійно або довго
opt-plans_stay-stay_few_years = Так, кілька років
opt-plans_stay-move_in_finland = Ні, я планую переїхати в інше місце у Фінляндії
opt-plans_stay-move_abroad = Ні, я планую виїхати з Фінляндії
opt-plans_stay-dont_know = Я ще не знаю

q-finnish_friends = Чи є у вас друзі-фіни?
q-finnish_friends-hint = Друг — це людина, з якою ви проводите час і з якою можете говорити про особисте.
opt-friends-yes_several = Так, кілька
opt-friends-yes_one_or_two = Так, один або двоє
opt-friends-no = Ні

## Залученість

q-inclusion = Наскільки ви погоджуєтеся з такими твердженнями?
q-inclusion-row-can_influence = Я можу впливати на важливі для мене питання в Оулу.
q-inclusion-row-info_available = Я легко знаходжу інформацію про послуги та рішення міста зрозумілою мені мовою.
q-inclusion-row-participate_activities = Я можу займатися хобі та відвідувати заходи в Оулу так само, як інші.
q-inclusion-row-heard_by_city = Місто прислухається до думки іммігрантів.
q-inclusion-row-equal_opportunities = В Оулу я маю такі самі можливості, як інші мешканці.

q-integrated = Наскільки добре, на вашу думку, ви інтегрувалися у Фінляндії?
opt-integration4-very_poorly = Дуже погано
opt-integration4-rather_poorly = Досить погано
opt-integration4-rather_well = Досить добре
opt-integration4-very_well = Дуже добре
opt-integration4-cant_say = Важко сказати

q-organisations = Чи берете ви в Оулу участь у чомусь із переліченого?
q-organisations-hint = Виберіть усі варіанти, які підходять.
opt-organisations-sports_club = Спортивний клуб або група для занять спортом
opt-organisations-culture_hobby = Культурний гурток або гурток за інтересами
opt-organisations-religious_community = Релігійна громада
opt-organisations-immigrant_association = Об’єднання іммігрантів або людей, які говорять вашою мовою
opt-organisations-residents_association = Об’єднання мешканців або заходи у вашому районі
opt-organisations-parents_association = Діяльність батьків у дитячому садку або школі
opt-organisations-volunteer_work = Волонтерство
opt-organisations-trade_union = Профспілка
opt-organisations-political_party = Політична партія
opt-organisations-other = Інша організація або група
opt-organisations-none = Ні в чому з переліченого

q-voted_municipal = Чи голосували ви на останніх муніципальних виборах?
q-voted_municipal-hint = Іноземні громадяни теж можуть голосувати на муніципальних виборах, якщо вони достатньо довго мали у Фінляндії муніципалітет проживання (kotikunta).
opt-voted-yes = Так
opt-voted-no = Ні
opt-voted-not_eligible = У мене не було права голосу
opt-voted-prefer_not = Не хочу повідомляти

## Дискримінація та расизм

q-disc_any = Чи зазнавали ви дискримінації або расизму в Оулу за останні 12 місяців?
q-disc_any-hint = Дискримінація — це, наприклад, коли з вами поводяться гірше, ніж з іншими, через ваше походження, колір шкіри, релігію, мову або іншу вашу особливість.

q-disc_domain = У яких ситуаціях ви зазнавали дискримінації або расизму за останні 12 місяців?
q-disc_domain-hint = Дайте відповідь у кожному рядку. Виберіть «Мене не стосується», якщо ви не були в такій ситуації.
q-disc_domain-row-job_seeking = Під час пошуку роботи
q-disc_domain-row-work = На роботі
q-disc_domain-row-housing = Під час пошуку житла або там, де ви живете
q-disc_domain-row-health = У закладах охорони здоров’я
q-disc_domain-row-social_services = У соціальних службах
q-disc_domain-row-employment_services = У службах зайнятості (TE-palvelut)
q-disc_domain-row-daycare_school = У дитячому садку, школі або іншому навчальному закладі
q-disc_domain-row-culture_sport = У закладах культури, спорту чи дозвілля
q-disc_domain-row-shops = У магазинах, ресторанах або інших закладах
q-disc_domain-row-public_transport = У громадському транспорті
q-disc_domain-row-street = На вулиці або в інших громадських місцях
q-disc_domain-row-police = У спілкуванні з поліцією
q-disc_domain-row-online = В інтернеті або в соціальних мережах
opt-yes_no_na-yes = Так
opt-yes_no_na-no = Ні
opt-yes_no_na-not_applicable = Мене не стосується

q-disc_ground = Через що, на вашу думку, вас дискримінували?
q-disc_ground-hint = Виберіть усі варіанти, які підходять.
opt-disc_ground-origin = Етнічне або національне походження
opt-disc_ground-skin_colour = Колір шкіри
opt-disc_ground-religion = Релігія або переконання
opt-disc_ground-language = Мова
opt-disc_ground-accent = Акцент або манера мовлення
opt-disc_ground-gender = Стать
opt-disc_ground-age = Вік
opt-disc_ground-disability = Інвалідність або стан здоров’я
opt-disc_ground-sexual_orientation = Сексуальна орієнтація
opt-disc_ground-other = Інша причина
opt-disc_ground-dont_know = Не знаю

q-disc_by_whom = Хто вас дискримінував?
q-disc_by_whom-hint = Виберіть усі варіанти, які підходять.
opt-disc_by-official = Посадова особа або працівник державної чи міської служби
opt-disc_by-police = Поліція
opt-disc_by-supervisor = Керівник або роботодавець
opt-disc_by-colleague = Колега з роботи або з навчання
opt-disc_by-customer = Клієнт
opt-disc_by-neighbour = Сусід
opt-disc_by-stranger = Незнайома людина
opt-disc_by-other = Хтось інший

## Цькування та насильство

q-harassment_12m = Чи зазнавали ви цькування в Оулу за останні 12 місяців?
q-harassment_12m-hint = Цькування — це, наприклад, образливі прізвиська, погрози, образливі жести або повідомлення, зокрема в інтернеті.

q-violence_12m = Чи застосовував хтось до вас насильство або погрожував вам насильством в Оулу за останні 12 місяців?
q-violence_12m-hint = Насильство — це, наприклад, коли вас б’ють, копають ногами, штовхають або кидають у вас якийсь предмет.

q-reported = Чи повідомляли ви комусь про дискримінацію, цькування чи насильство, яких ви зазнали? Наприклад, поліції, роботодавцю, місту або Уповноваженому з питань недискримінації (yhdenvertaisuusvaltuutettu).
q-reported-hint = Якщо це траплялося більше ніж один раз, згадайте останній випадок.

q-why_not_reported = Чому ви не повідомили?
q-why_not_reported-hint = Виберіть усі варіанти, які підходять.
opt-why_not-no_use = Повідомлення нічого б не змінило
opt-why_not-didnt_know_how = Мені не було відомо, як і кому повідомити
opt-why_not-fear = Через страх перед наслідками
opt-why_not-language = Мого знання мови було недостатньо
opt-why_not-not_serious = Це здавалося недостатньо серйозним
opt-why_not-handled_myself = Справу було владнано самостійно або з близькими людьми
opt-why_not-other = Інша причина
opt-why_not-prefer_not = Не хочу повідомляти

## Послуги

q-service_access = Наскільки легко чи важко вам було отримати такі послуги в Оулу за останні 12 місяців?
q-service_access-hint = Виберіть «Я не користуюся цією послугою», якщо ви не користувалися нею за останні 12 місяців.
q-service_access-row-health_centre = Поліклініка (terveysasema)
q-service_access-row-dental = Стоматологічна допомога
q-service_access-row-social_services = Соціальні послуги
q-service_access-row-employment_services = Служби зайнятості (TE-palvelut)
q-service_access-row-daycare = Дошкільна освіта (дитячий садок)
q-service_access-row-school = Базова освіта (школа)
q-service_access-row-library = Бібліотека
q-service_access-row-sport_culture = Послуги у сфері спорту та культури
q-service_access-row-housing_services = Житлові послуги, наприклад муніципальне орендне житло
q-service_access-row-public_transport = Громадський транспорт
q-service_access-row-international_house = International House Oulu
opt-access4-very_difficult = Дуже важко
opt-access4-rather_difficult = Досить важко
opt-access4-rather_easy = Досить легко
opt-access4-very_easy = Дуже легко
opt-access4-not_used = Я не користуюся цією послугою

q-unmet_need = Чи було так за останні 12 місяців, що вам була потрібна якась із цих послуг, але ви її не отримали?
q-unmet_need-hint = Відповідайте «Ні», якщо ви отримали послугу або вона вам не була потрібна.
q-unmet_need-row-health_centre = Поліклініка (terveysasema)
q-unmet_need-row-dental = Стоматологічна допомога
q-unmet_need-row-social_services = Соціальні послуги
q-unmet_need-row-employment_services = Служби зайнятості (TE-palvelut)
q-unmet_need-row-daycare = Дошкільна освіта (дитячий садок)
q-unmet_need-row-school = Базова освіта (школа)
q-unmet_need-row-library = Бібліотека
q-unmet_need-row-sport_culture = Послуги у сфері спорту та культури
q-unmet_need-row-housing_services = Житлові послуги, наприклад муніципальне орендне житло
q-unmet_need-row-public_transport = Громадський транспорт
q-unmet_need-row-international_house = International House Oulu

q-barriers = Що ускладнювало вам користування послугами?
q-barriers-hint = Виберіть усі варіанти, які підходять.
opt-barriers-language = Мова
opt-barriers-information = Мені бракувало інформації про послуги
opt-barriers-waiting_time = Довгі черги або довге очікування
opt-barriers-cost = Вартість
opt-barriers-discrimination = Дискримінаційне або неповажне ставлення
opt-barriers-digital_services = Користування онлайн-послугами або банківськими кодами для входу (pankkitunnukset)
opt-barriers-opening_hours = Години роботи
opt-barriers-distance = Далеко або важко дістатися
opt-barriers-other = Щось інше
opt-barriers-no_barriers = Нічого, користуватися послугами було легко

q-service_language = Якою мовою ви зазвичай спілкуєтеся в державних і міських службах?
opt-service_language-finnish = Фінською
opt-service_language-english = Англійською
opt-service_language-own_language = Моєю рідною мовою
opt-service_language-mixed = Кількома мовами

q-interpreter = Чи потрібен був вам усний перекладач у державних чи міських службах за останні 12 місяців?
opt-interpreter-needed_got = Так, і мені надали перекладача
opt-interpreter-needed_not_got = Так, але мені не надали перекладача
opt-interpreter-not_needed = Ні, перекладач мені не був потрібен

## Довіра

q-trust = Наскільки ви довіряєте переліченим нижче?
q-trust-hint = 0 означає, що ви зовсім не довіряєте, а 10 — що ви довіряєте повністю.
q-trust-row-city_services = Послуги міста Оулу
q-trust-row-police = Поліція
q-trust-row-health_care = Охорона здоров’я
q-trust-row-courts = Суди
q-trust-row-media = Засоби масової інформації
q-trust-row-politicians = Політики
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
opt-trust11-cant_say = Важко сказати

## Наостанок

q-what_would_improve = Що місто Оулу могло б зробити, щоб усі мешканці відчували Оулу своїм домом?
q-what_would_improve-hint = Будь ласка, не пишіть у відповіді імен чи інших даних, за якими можна впізнати вас або когось іншого.

q-comments = Чи хочете ви ще щось розповісти про атмосферу, послуги або ваш досвід в Оулу?
q-comments-hint = Будь ласка, не пишіть у відповіді імен чи інших даних, за якими можна впізнати вас або когось іншого.

## Показники

ind-racism_experienced_12m = Зазнали дискримінації або расизму (12 міс.)
ind-disc_ground_origin = Зазнали дискримінації через походження або колір шкіри (серед тих, хто зазнав дискримінації)
ind-witnessed_racism = Бачили або чули расизм щодо іншої людини (12 міс.)
ind-harassment_12m = Зазнали цькування (12 міс.)
ind-incident_reported = Повідомили про випадок (серед тих, хто зазнав дискримінації, цькування або насильства)
ind-discrimination = Зазнали дискримінації в цій ситуації (серед тих, хто зазнав дискримінації, 12 міс.)
ind-atmosphere_positive = Вважають атмосферу щодо іммігрантів позитивною
ind-atmosphere_improved = Атмосфера поліпшилася за останні два роки
ind-racism_seen_as_problem = Вважають расизм проблемою в Оулу
ind-city_against_racism = Місто активно протидіє расизму
ind-safety = Почуваються безпечно у своєму районі ввечері
ind-violence_12m = Зазнали насильства або погроз насильством (12 міс.)
ind-home_town = Відчувають Оулу рідним містом
ind-belonging_index = Індекс почуття належності (0–100)
ind-lonely = Часто почуваються самотньо
ind-has_finnish_friends = Мають друзів-фінів
ind-plans_to_stay = Планують жити в Оулу постійно або довго
ind-inclusion_index = Індекс залученості (0–100)
ind-integrated_well = Вважають, що добре інтегрувалися
ind-participates_organisations = Беруть участь у діяльності організацій або груп
ind-voted_municipal = Голосували на муніципальних виборах (серед тих, хто мав право голосу)
ind-service_access_index = Індекс доступності послуг (0–100)
ind-service_access_difficult = Було важко отримати послугу (серед тих, хто нею користувався)
ind-unmet_need = Потребували послуги, але не отримали її
ind-unmet_need_any = Не отримали принаймні однієї потрібної послуги
ind-language_barrier = Мова ускладнювала користування послугами
ind-interpreter_not_got = Потребували перекладача, але не отримали його
ind-trust_institutions_index = Індекс довіри до інституцій (0–100)

## Групи для аналізу

bd-gender = Стать
bd-age_band = Вікова група
bd-age_band-age_18_29 = 18–29 років
bd-age_band-age_30_49 = 30–49 років
bd-age_band-age_50_plus = 50 років або більше
bd-language_group = Мовна група
bd-language_group-russian_speaking = Російська, українська або естонська
bd-language_group-arabic_persian_kurdish = Арабська, перська або курдська
bd-language_group-somali = Сомалійська
bd-language_group-english = Англійська
bd-language_group-other = Інші мови
bd-years_in_oulu = Скільки часу живуть в Оулу
bd-years_in_oulu-under_3 = Менше 3 років
bd-years_in_oulu-from_3_to_10 = 3–10 років
bd-years_in_oulu-over_10 = Понад 10 років
bd-district = Район проживання
bd-district-centre = Keskusta і Tuira
bd-district-north = Kaijonharju, Linnanmaa і Rajakylä
bd-district-south_east = Kaukovainio, Kaakkuri, Myllyoja і Hiukkavaara
bd-district-outer = Haukipudas, Kiiminki і Oulunsalo
bd-district-other = Інші райони
bd-region_of_birth = Регіон народження
