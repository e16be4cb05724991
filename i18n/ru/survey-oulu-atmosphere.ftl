# NEEDS REVIEW by a native speaker before this survey goes live: translated from the Finnish and English originals.
# ТРЕБУЕТ ПРОВЕРКИ носителем языка до запуска опроса: перевод сделан с финского и английского оригиналов.
# Опрос об атмосфере в Оулу для иммигрантов: тексты на русском языке.
# Идентификаторы: surveys/oulu-atmosphere/ (см. surveys/README.md, раздел "Texts").

survey-title = Опрос об атмосфере в городе для иммигрантов, живущих в Оулу
survey-intro =
    Город Оулу хочет узнать, как иммигранты, живущие в Оулу, оценивают атмосферу в городе, городские услуги и свою вовлечённость в жизнь города. Опрос проводится раз в два года. Результаты используются для оценки городской программы интеграции и для развития услуг.

    Ответы займут около 15 минут. Опрос анонимный: мы не спрашиваем ваше имя и не сохраняем сведения, по которым можно узнать, кто вы. Вы можете пропустить вопросы, которые не отмечены как обязательные. Вы также можете прервать ответы и продолжить позже.

    Спасибо за участие!

## Страницы

page-background = О вас
page-atmosphere = Атмосфера в Оулу
page-home = Оулу как ваш дом
page-inclusion = Вовлечённость и возможность влиять
page-discrimination = Дискриминация и расизм
page-discrimination_details = Ваш опыт дискриминации
page-harassment = Притеснения и насилие
page-services = Услуги
page-trust = Доверие
page-comments = В заключение

## О вас

q-age_band = Сколько вам лет?
opt-age_band-18_24 = 18–24 года
opt-age_band-25_29 = 25–29 лет
opt-age_band-30_39 = 30–39 лет
opt-age_band-40_49 = 40–49 лет
opt-age_band-50_64 = 50–64 года
opt-age_band-65_plus = 65 лет и старше

q-gender = Какой у вас пол?
opt-gender-female = Женщина
opt-gender-male = Мужчина
opt-gender-other = Другое
opt-gender-prefer_not = Не хочу указывать

q-native_language = Какой ваш родной язык?
q-native_language-hint = Если у вас несколько родных языков, выберите тот, которым вы пользуетесь чаще всего.
opt-native_language-russian = Русский
opt-native_language-arabic = Арабский
opt-native_language-english = Английский
opt-native_language-persian = Персидский (фарси, дари)
opt-native_language-chinese = Китайский
opt-native_language-somali = Сомалийский
opt-native_language-kurdish = Курдский
opt-native_language-ukrainian = Украинский
opt-native_language-estonian = Эстонский
opt-native_language-other = Другой язык

q-native_language_other = Какой язык? Напишите ваш родной язык.

q-region_of_birth = Где вы родились?
q-region_of_birth-hint = К территории бывшего Советского Союза относятся, например, Украина, Эстония и Казахстан.
opt-region_of_birth-finland = В Финляндии
opt-region_of_birth-russia_former_ussr = В России или в другой стране бывшего Советского Союза
opt-region_of_birth-europe = В другой стране Европы
opt-region_of_birth-middle_east_north_africa = На Ближнем Востоке или в Северной Африке
opt-region_of_birth-africa_other = В другой стране Африки
opt-region_of_birth-asia = В другой стране Азии
opt-region_of_birth-americas_oceania = В Северной или Южной Америке или в Океании
opt-region_of_birth-prefer_not = Не хочу указывать

q-year_moved_finland = В каком году вы переехали в Финляндию?
q-year_moved_finland-hint = Если вы переезжали в Финляндию несколько раз, напишите год, когда вы переехали сюда впервые.
rule-year_moved_range = Напишите год четырьмя цифрами, от 1950 до 2026, например 2015.

q-move_reason = Какая главная причина вашего переезда в Финляндию?
opt-move_reason-work = Работа
opt-move_reason-study = Учёба
opt-move_reason-family = Семья, например супруг(а) или воссоединение семьи
opt-move_reason-refugee = Беженство или поиск убежища
opt-move_reason-other = Другая причина

q-years_in_oulu = Как долго вы живёте в Оулу?
q-years_in_oulu-hint = Если вы жили в Оулу несколько раз, сложите все периоды.
opt-years_in_oulu-lt1 = Меньше года
opt-years_in_oulu-1_2 = 1–2 года
opt-years_in_oulu-3_5 = 3–5 лет
opt-years_in_oulu-6_10 = 6–10 лет
opt-years_in_oulu-over10 = Больше 10 лет

q-district = В каком районе Оулу вы живёте?
q-district-hint = Если вашего района нет в списке, выберите ближайший район или «Другой район Оулу».
opt-district-keskusta = Центр (Keskusta)
opt-district-tuira = Tuira
opt-district-kaukovainio = Kaukovainio
opt-district-kaakkuri = Kaakkuri
opt-district-myllyoja = Myllyoja
opt-district-hiukkavaara = Hiukkavaara
opt-district-kaijonharju_linnanmaa = Kaijonharju или Linnanmaa
opt-district-rajakyla = Rajakylä
opt-district-haukipudas = Haukipudas
opt-district-kiiminki = Kiiminki
opt-district-oulunsalo = Oulunsalo
opt-district-other_area = Другой район Оулу
opt-district-prefer_not = Не хочу указывать

q-main_activity = Что из перечисленного лучше всего описывает вашу ситуацию сейчас?
opt-main_activity-employed = Я работаю по найму
opt-main_activity-self_employed = Я предприниматель
opt-main_activity-student = Я учусь
opt-main_activity-unemployed = У меня нет работы
opt-main_activity-integration_training = Я учусь на курсах интеграции
opt-main_activity-parental_leave = Я в отпуске по уходу за ребёнком или ухаживаю за ребёнком дома
opt-main_activity-retired = Я на пенсии
opt-main_activity-other = Другое

q-lang_skill = Насколько хорошо вы знаете эти языки?
q-lang_skill-row-finnish = Финский
q-lang_skill-row-swedish = Шведский
q-lang_skill-row-english = Английский
opt-lang_level-none = Совсем не знаю
opt-lang_level-basic = Немного
opt-lang_level-good = Хорошо
opt-lang_level-fluent = Свободно
opt-lang_level-native = Это мой родной язык

## Общие шкалы ответов

opt-agree5-strongly_disagree = Совсем не согласен(на)
opt-agree5-disagree = Скорее не согласен(на)
opt-agree5-neither = Ни да, ни нет
opt-agree5-agree = Скорее согласен(на)
opt-agree5-strongly_agree = Полностью согласен(на)
opt-agree5-cant_say = Затрудняюсь ответить

opt-yes_no_cs-yes = Да
opt-yes_no_cs-no = Нет
opt-yes_no_cs-cant_say = Затрудняюсь ответить

opt-yes_no_pn-yes = Да
opt-yes_no_pn-no = Нет
opt-yes_no_pn-prefer_not = Не хочу отвечать

opt-yes_no-yes = Да
opt-yes_no-no = Нет

## Атмосфера в Оулу

q-atmosphere_general = Какая, по вашему мнению, в Оулу атмосфера по отношению к иммигрантам?
opt-atmos5-very_negative = Очень негативная
opt-atmos5-rather_negative = Довольно негативная
opt-atmos5-neutral = Ни позитивная, ни негативная
opt-atmos5-rather_positive = Довольно позитивная
opt-atmos5-very_positive = Очень позитивная
opt-atmos5-cant_say = Затрудняюсь ответить

q-atmosphere_change = Как, по вашему мнению, изменилась атмосфера по отношению к иммигрантам в Оулу за последние два года?
opt-change5-much_worse = Стала намного хуже
opt-change5-somewhat_worse = Стала немного хуже
opt-change5-no_change = Осталась примерно такой же
opt-change5-somewhat_better = Стала немного лучше
opt-change5-much_better = Стала намного лучше
opt-change5-cant_say = Затрудняюсь ответить

q-safety_evening = Насколько безопасно вы себя чувствуете, когда вечером ходите в одиночку по своему району?
opt-safety4-very_unsafe = Очень небезопасно
opt-safety4-rather_unsafe = Довольно небезопасно
opt-safety4-rather_safe = Довольно безопасно
opt-safety4-very_safe = Очень безопасно
opt-safety4-cant_say = Затрудняюсь ответить

q-atmos_statements = Насколько вы согласны со следующими утверждениями?
q-atmos_statements-row-open_city = Оулу — открытый и многокультурный город.
q-atmos_statements-row-racism_problem = Расизм — это проблема в Оулу.
q-atmos_statements-row-treated_equally = В Оулу к иммигрантам относятся так же, как к другим жителям.
q-atmos_statements-row-own_culture = Я могу без страха показывать свою культуру или религию в общественных местах.
q-atmos_statements-row-city_against_racism = Город Оулу активно борется с расизмом.
q-atmos_statements-row-hostile_debate = Общественное обсуждение иммиграции в Оулу враждебное.

q-witnessed_racism = Видели или слышали ли вы за последние 12 месяцев, что кто-то другой в Оулу столкнулся с расизмом?

## Оулу как ваш дом

q-home_town = Насколько вы согласны с утверждением: «Оулу стал для меня родным городом»?

q-belong = Насколько вы согласны со следующими утверждениями?
q-belong-row-feel_home = Я чувствую себя как дома в своём районе.
q-belong-row-accepted = В Оулу меня принимают таким(ой), как я есть.
q-belong-row-part_of_community = Я чувствую себя частью местного сообщества в Оулу.
q-belong-row-lonely = Мне часто бывает одиноко.
q-belong-row-future_in_oulu = Я вижу своё будущее в Оулу.

q-plans_stay = Планируете ли вы и дальше жить в Оулу?
opt-plans_stay-stay_long = Да, постоянно или долгое время
opt-plans_stay-stay_few_years = Да, несколько лет
opt-plans_stay-move_in_finland = Нет, я планирую переехать в другое место в Финляндии
opt-plans_stay-move_abroad = Нет, я планирую уехать из Финляндии
opt-plans_stay-dont_know = Я ещё не знаю

q-finnish_friends = Есть ли у вас друзья-финны?
q-finnish_friends-hint = Под другом мы имеем в виду человека, с которым вы проводите время и с которым можете поговорить о личном.
opt-friends-yes_several = Да, несколько
opt-friends-yes_one_or_two = Да, один или два
opt-friends-no = Нет

## Вовлечённость

q-inclusion = Насколько вы согласны со следующими утверждениями?
q-inclusion-row-can_influence = Я могу влиять на важные для меня вопросы в Оулу.
q-inclusion-row-info_available = Я легко нахожу информацию об услугах и решениях города на понятном мне языке.
q-inclusion-row-participate_activities = Я могу так же, как другие, заниматься хобби и участвовать в мероприятиях в Оулу.
q-inclusion-row-heard_by_city = Город прислушивается к мнению иммигрантов.
q-inclusion-row-equal_opportunities = У меня в Оулу такие же возможности, как у других жителей.

q-integrated = Как вы считаете, насколько хорошо вы интегрировались в Финляндии?
opt-integration4-very_poorly = Очень плохо
opt-integration4-rather_poorly = Довольно плохо
opt-integration4-rather_well = Довольно хорошо
opt-integration4-very_well = Очень хорошо
opt-integration4-cant_say = Затрудняюсь ответить

q-organisations = Участвуете ли вы в Оулу в чём-то из перечисленного ниже?
q-organisations-hint = Выберите все подходящие варианты.
opt-organisations-sports_club = Спортивный клуб или группа для занятий спортом
opt-organisations-culture_hobby = Культурная группа или кружок по интересам
opt-organisations-religious_community = Религиозная община
opt-organisations-immigrant_association = Объединение иммигрантов или людей с вашим родным языком
opt-organisations-residents_association = Объединение жителей или деятельность жителей района
opt-organisations-parents_association = Деятельность родителей в детском саду или школе
opt-organisations-volunteer_work = Волонтёрская работа
opt-organisations-trade_union = Профсоюз
opt-organisations-political_party = Политическая партия
opt-organisations-other = Другая организация или группа
opt-organisations-none = Ничего из перечисленного

q-voted_municipal = Голосовали ли вы на последних муниципальных выборах?
q-voted_municipal-hint = Иностранные граждане тоже могут голосовать на муниципальных выборах, если у них уже достаточно долго есть муниципалитет проживания в Финляндии.
opt-voted-yes = Да
opt-voted-no = Нет
opt-voted-not_eligible = У меня не было права голоса
opt-voted-prefer_not = Не хочу указывать

## Дискриминация и расизм

q-disc_any = Сталкивались ли вы с дискриминацией или расизмом в Оулу за последние 12 месяцев?
q-disc_any-hint = Дискриминация — это, например, когда к вам относятся хуже, чем к другим, из-за вашего происхождения, цвета кожи, религии, языка или чего-то другого, что касается вас.

q-disc_domain = В каких ситуациях вы сталкивались с дискриминацией или расизмом за последние 12 месяцев?
q-disc_domain-hint = Ответьте на каждую строку. Выберите «Не касается меня», если вы не были в такой ситуации.
q-disc_domain-row-job_seeking = При поиске работы
q-disc_domain-row-work = На работе
q-disc_domain-row-housing = При поиске жилья или там, где вы живёте
q-disc_domain-row-health = При получении медицинских услуг
q-disc_domain-row-social_services = При получении социальных услуг
q-disc_domain-row-employment_services = В службах занятости (TE-palvelut)
q-disc_domain-row-daycare_school = В детском саду, школе или другом учебном заведении
q-disc_domain-row-culture_sport = В местах для культуры, спорта или досуга
q-disc_domain-row-shops = В магазинах, ресторанах или других компаниях
q-disc_domain-row-public_transport = В общественном транспорте
q-disc_domain-row-street = На улице или в других общественных местах
q-disc_domain-row-police = При общении с полицией
q-disc_domain-row-online = В интернете или в социальных сетях
opt-yes_no_na-yes = Да
opt-yes_no_na-no = Нет
opt-yes_no_na-not_applicable = Не касается меня

q-disc_ground = Как вы думаете, почему вас дискриминировали?
q-disc_ground-hint = Выберите все подходящие варианты.
opt-disc_ground-origin = Этническое или национальное происхождение
opt-disc_ground-skin_colour = Цвет кожи
opt-disc_ground-religion = Религия или убеждения
opt-disc_ground-language = Язык
opt-disc_ground-accent = Акцент или манера речи
opt-disc_ground-gender = Пол
opt-disc_ground-age = Возраст
opt-disc_ground-disability = Инвалидность или состояние здоровья
opt-disc_ground-sexual_orientation = Сексуальная ориентация
opt-disc_ground-other = Другая причина
opt-disc_ground-dont_know = Не знаю

q-disc_by_whom = Кто вас дискриминировал?
q-disc_by_whom-hint = Выберите все подходящие варианты.
opt-disc_by-official = Чиновник или сотрудник государственной или муниципальной службы
opt-disc_by-police = Полиция
opt-disc_by-supervisor = Начальник или работодатель
opt-disc_by-colleague = Коллега по работе или учёбе
opt-disc_by-customer = Клиент
opt-disc_by-neighbour = Сосед или соседка
opt-disc_by-stranger = Незнакомый человек
opt-disc_by-other = Кто-то другой

## Притеснения и насилие

q-harassment_12m = Подвергались ли вы притеснениям в Оулу за последние 12 месяцев?
q-harassment_12m-hint = Притеснения — это, например, обзывательства, угрозы, оскорбительные жесты или сообщения, в том числе в интернете.

q-violence_12m = Применял ли кто-нибудь к вам насилие или угрожал ли вам насилием в Оулу за последние 12 месяцев?
q-violence_12m-hint = Насилие — это, например, когда вас бьют, пинают, толкают или бросают в вас что-то.

q-reported = Сообщили ли вы кому-нибудь о дискриминации, притеснениях или насилии, например в полицию, работодателю, в городскую администрацию или омбудсмену по вопросам равноправия (Yhdenvertaisuusvaltuutettu)?
q-reported-hint = Если это случалось несколько раз, подумайте о последнем случае.

q-why_not_reported = Почему вы не сообщили?
q-why_not_reported-hint = Выберите все подходящие варианты.
opt-why_not-no_use = Сообщать было бы бесполезно
opt-why_not-didnt_know_how = Я не знал(а), как и кому сообщить
opt-why_not-fear = Мне было страшно из-за возможных последствий
opt-why_not-language = Мне не хватило знания языка
opt-why_not-not_serious = Это показалось мне недостаточно серьёзным
opt-why_not-handled_myself = Я решил(а) вопрос сам(а) или вместе с близкими
opt-why_not-other = Другая причина
opt-why_not-prefer_not = Не хочу указывать

## Услуги

q-service_access = Насколько легко или трудно вам было получать следующие услуги в Оулу за последние 12 месяцев?
q-service_access-hint = Выберите «Я не пользовался(ась) этой услугой», если вы не пользовались ею за последние 12 месяцев.
q-service_access-row-health_centre = Поликлиника (terveysasema)
q-service_access-row-dental = Стоматологическая помощь
q-service_access-row-social_services = Социальные услуги
q-service_access-row-employment_services = Службы занятости (TE-palvelut)
q-service_access-row-daycare = Дошкольное воспитание (детский сад)
q-service_access-row-school = Основное образование (школа)
q-service_access-row-library = Библиотека
q-service_access-row-sport_culture = Услуги в сфере спорта и культуры
q-service_access-row-housing_services = Жилищные услуги, например городское арендное жильё
q-service_access-row-public_transport = Общественный транспорт
q-service_access-row-international_house = International House Oulu
opt-access4-very_difficult = Очень трудно
opt-access4-rather_difficult = Довольно трудно
opt-access4-rather_easy = Довольно легко
opt-access4-very_easy = Очень легко
opt-access4-not_used = Я не пользовался(ась) этой услугой

q-unmet_need = Была ли вам за последние 12 месяцев нужна какая-то из этих услуг, но вы её не получили?
q-unmet_need-hint = Ответьте «Нет», если вы получили услугу или она вам не была нужна.
q-unmet_need-row-health_centre = Поликлиника (terveysasema)
q-unmet_need-row-dental = Стоматологическая помощь
q-unmet_need-row-social_services = Социальные услуги
q-unmet_need-row-employment_services = Службы занятости (TE-palvelut)
q-unmet_need-row-daycare = Дошкольное воспитание (детский сад)
q-unmet_need-row-school = Основное образование (школа)
q-unmet_need-row-library = Библиотека
q-unmet_need-row-sport_culture = Услуги в сфере спорта и культуры
q-unmet_need-row-housing_services = Жилищные услуги, например городское арендное жильё
q-unmet_need-row-public_transport = Общественный транспорт
q-unmet_need-row-international_house = International House Oulu

q-barriers = Что мешало вам пользоваться услугами?
q-barriers-hint = Выберите все подходящие варианты.
opt-barriers-language = Язык
opt-barriers-information = Мне не хватало информации об услугах
opt-barriers-waiting_time = Длинные очереди или долгое ожидание
opt-barriers-cost = Цена
opt-barriers-discrimination = Дискриминационное или неуважительное отношение
opt-barriers-digital_services = Пользование онлайн-услугами или банковскими кодами (pankkitunnukset)
opt-barriers-opening_hours = Часы работы
opt-barriers-distance = Большое расстояние или трудно добраться
opt-barriers-other = Что-то другое
opt-barriers-no_barriers = Ничего, пользоваться услугами было легко

q-service_language = На каком языке вы обычно общаетесь в государственных и муниципальных службах?
opt-service_language-finnish = На финском
opt-service_language-english = На английском
opt-service_language-own_language = На своём родном языке
opt-service_language-mixed = На нескольких языках

q-interpreter = Нужен ли был вам переводчик в государственных или муниципальных службах за последние 12 месяцев?
opt-interpreter-needed_got = Да, и мне его предоставили
opt-interpreter-needed_not_got = Да, но мне его не предоставили
opt-interpreter-not_needed = Нет, переводчик мне не был нужен

## Доверие

q-trust = Насколько вы доверяете перечисленному ниже?
q-trust-hint = 0 означает, что вы совсем не доверяете, а 10 — что вы доверяете полностью.
q-trust-row-city_services = Услуги города Оулу
q-trust-row-police = Полиция
q-trust-row-health_care = Здравоохранение
q-trust-row-courts = Суды
q-trust-row-media = СМИ
q-trust-row-politicians = Политики
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
opt-trust11-cant_say = Затрудняюсь ответить

## В заключение

q-what_would_improve = Что город Оулу мог бы сделать, чтобы все жители чувствовали себя в Оулу как дома?
q-what_would_improve-hint = Пожалуйста, не пишите имена или другие данные, по которым можно узнать вас или кого-то другого.

q-comments = Хотите ли вы ещё что-то рассказать об атмосфере в Оулу, об услугах или о своём опыте?
q-comments-hint = Пожалуйста, не пишите имена или другие данные, по которым можно узнать вас или кого-то другого.

## Показатели

ind-racism_experienced_12m = Сталкивались с дискриминацией или расизмом (12 мес.)
ind-disc_ground_origin = Дискриминация из-за происхождения или цвета кожи (среди тех, кто сталкивался с дискриминацией)
ind-witnessed_racism = Видели или слышали расизм по отношению к другим (12 мес.)
ind-harassment_12m = Сталкивались с притеснениями (12 мес.)
ind-incident_reported = Сообщили о случившемся (среди тех, кто сталкивался с дискриминацией, притеснениями или насилием)
ind-discrimination = Сталкивались с дискриминацией в этой ситуации (среди тех, кто сталкивался с дискриминацией, 12 мес.)
ind-atmosphere_positive = Считают атмосферу по отношению к иммигрантам позитивной
ind-atmosphere_improved = Атмосфера улучшилась за последние два года
ind-racism_seen_as_problem = Считают расизм проблемой в Оулу
ind-city_against_racism = Город активно борется с расизмом
ind-safety = Чувствуют себя вечером в безопасности в своём районе
ind-violence_12m = Сталкивались с насилием или угрозой насилия (12 мес.)
ind-home_town = Оулу стал родным городом
ind-belonging_index = Индекс принадлежности (0–100)
ind-lonely = Часто чувствуют себя одиноко
ind-has_finnish_friends = Есть друзья-финны
ind-plans_to_stay = Планируют жить в Оулу постоянно или долгое время
ind-inclusion_index = Индекс вовлечённости (0–100)
ind-integrated_well = Считают, что хорошо интегрировались
ind-participates_organisations = Участвуют в деятельности организаций или групп
ind-voted_municipal = Голосовали на муниципальных выборах (среди имевших право голоса)
ind-service_access_index = Индекс доступности услуг (0–100)
ind-service_access_difficult = Трудно получить услугу (среди пользователей услуги)
ind-unmet_need = Нуждались в услуге, но не получили её
ind-unmet_need_any = Не получили хотя бы одну нужную услугу
ind-language_barrier = Язык мешал пользоваться услугами
ind-interpreter_not_got = Нуждались в переводчике, но не получили его
ind-trust_institutions_index = Индекс доверия к институтам (0–100)

## Группы для анализа

bd-gender = Пол
bd-age_band = Возрастная группа
bd-age_band-age_18_29 = 18–29 лет
bd-age_band-age_30_49 = 30–49 лет
bd-age_band-age_50_plus = 50 лет и старше
bd-language_group = Языковая группа
bd-language_group-russian_speaking = Русский, украинский или эстонский
bd-language_group-arabic_persian_kurdish = Арабский, персидский или курдский
bd-language_group-somali = Сомалийский
bd-language_group-english = Английский
bd-language_group-other = Другие языки
bd-years_in_oulu = Срок проживания в Оулу
bd-years_in_oulu-under_3 = Меньше 3 лет
bd-years_in_oulu-from_3_to_10 = 3–10 лет
bd-years_in_oulu-over_10 = Больше 10 лет
bd-district = Район проживания
bd-district-centre = Keskusta и Tuira
bd-district-north = Kaijonharju, Linnanmaa и Rajakylä
bd-district-south_east = Kaukovainio, Kaakkuri, Myllyoja и Hiukkavaara
bd-district-outer = Haukipudas, Kiiminki и Oulunsalo
bd-district-other = Другие районы
bd-region_of_birth = Регион рождения
