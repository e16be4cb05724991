# NEEDS REVIEW by a native speaker before this survey goes live: translated from the Finnish and English originals.
# این فایل باید پیش از اجرای این نظرسنجی توسط یک گویشور بومی فارسی بازبینی شود: ترجمه از متن‌های اصلی فنلاندی و انگلیسی.

# نظرسنجی فضای عمومی اولو برای مهاجران: متن‌های فارسی.
# شناسه‌ها: surveys/oulu-atmosphere/ (نگاه کنید به surveys/README.md، بخش «Texts»).

survey-title = نظرسنجی فضای عمومی شهر برای مهاجران ساکن اولو
survey-intro =
    شهر اولو می‌خواهد بداند مهاجرانی که در اولو زندگی می‌کنند فضای عمومی شهر، خدمات آن و مشارکت خود را چگونه تجربه می‌کنند. این نظرسنجی هر دو سال یک بار انجام می‌شود. از نتایج آن برای ارزیابی برنامهٔ ادغام شهر و برای بهبود خدمات استفاده می‌شود.

    پاسخ دادن حدود ۱۵ دقیقه طول می‌کشد. پاسخ‌های شما بی‌نام است: نام شما را نمی‌پرسیم و هیچ اطلاعاتی را که بتوان با آن شما را شناسایی کرد ذخیره نمی‌کنیم. می‌توانید از سؤال‌هایی که اجباری نیستند بگذرید. همچنین می‌توانید پاسخ دادن را متوقف کنید و بعداً ادامه دهید.

    از شرکت شما سپاسگزاریم!

## صفحه‌ها

page-background = اطلاعاتی درباره شما
page-atmosphere = فضای عمومی در اولو
page-home = اولو، شهر شما
page-inclusion = مشارکت و تأثیرگذاری
page-discrimination = تبعیض و نژادپرستی
page-discrimination_details = تجربه‌های شما از تبعیض
page-harassment = آزار و اذیت و خشونت
page-services = خدمات
page-trust = اعتماد
page-comments = در پایان

## اطلاعاتی درباره شما

q-age_band = چند سال دارید؟
opt-age_band-18_24 = ۱۸–۲۴ سال
opt-age_band-25_29 = ۲۵–۲۹ سال
opt-age_band-30_39 = ۳۰–۳۹ سال
opt-age_band-40_49 = ۴۰–۴۹ سال
opt-age_band-50_64 = ۵۰–۶۴ سال
opt-age_band-65_plus = ۶۵ سال یا بیشتر

q-gender = جنسیت شما چیست؟
opt-gender-female = زن
opt-gender-male = مرد
opt-gender-other = دیگر
opt-gender-prefer_not = ترجیح می‌دهم نگویم

q-native_language = زبان مادری شما چیست؟
q-native_language-hint = اگر بیش از یک زبان مادری دارید، زبانی را انتخاب کنید که بیشتر از آن استفاده می‌کنید.
opt-native_language-russian = روسی
opt-native_language-arabic = عربی
opt-native_language-english = انگلیسی
opt-native_language-persian = فارسی (فارسی، دری)
opt-native_language-chinese = چینی
opt-native_language-somali = سومالیایی
opt-native_language-kurdish = کردی
opt-native_language-ukrainian = اوکراینی
opt-native_language-estonian = استونیایی
opt-native_language-other = زبان دیگر

q-native_language_other = چه زبانی؟ لطفاً زبان مادری خود را بنویسید.

q-region_of_birth = کجا به دنیا آمده‌اید؟
q-region_of_birth-hint = برای مثال، اوکراین، استونی و قزاقستان جزو منطقهٔ اتحاد جماهیر شوروی سابق هستند.
opt-region_of_birth-finland = در فنلاند
opt-region_of_birth-russia_former_ussr = در روسیه یا جای دیگری در منطقهٔ اتحاد جماهیر شوروی سابق
opt-region_of_birth-europe = جای دیگری در اروپا
opt-region_of_birth-middle_east_north_africa = در خاورمیانه یا شمال آفریقا
opt-region_of_birth-africa_other = جای دیگری در آفریقا
opt-region_of_birth-asia = جای دیگری در آسیا
opt-region_of_birth-americas_oceania = در قارهٔ آمریکا یا اقیانوسیه
opt-region_of_birth-prefer_not = ترجیح می‌دهم نگویم

q-year_moved_finland = در چه سالی به فنلاند آمدید؟
q-year_moved_finland-hint = اگر بیش از یک بار به فنلاند آمده‌اید، سالی را بنویسید که برای اولین بار آمدید.
rule-year_moved_range = لطفاً سال را با چهار رقم بین 1950 و 2026 بنویسید، برای مثال 2015.

q-move_reason = مهم‌ترین دلیل آمدن شما به فنلاند چه بود؟
opt-move_reason-work = کار
opt-move_reason-study = تحصیل
opt-move_reason-family = خانواده، برای مثال همسر یا پیوستن به خانواده
opt-move_reason-refugee = پناهندگی یا درخواست پناهندگی
opt-move_reason-other = دلیل دیگر

q-years_in_oulu = چه مدت است که در اولو زندگی می‌کنید؟
q-years_in_oulu-hint = اگر در چند دورهٔ جداگانه در اولو زندگی کرده‌اید، همهٔ دوره‌ها را با هم جمع کنید.
opt-years_in_oulu-lt1 = کمتر از یک سال
opt-years_in_oulu-1_2 = ۱–۲ سال
opt-years_in_oulu-3_5 = ۳–۵ سال
opt-years_in_oulu-6_10 = ۶–۱۰ سال
opt-years_in_oulu-over10 = بیشتر از ۱۰ سال

q-district = در کدام منطقهٔ اولو زندگی می‌کنید؟
q-district-hint = اگر منطقهٔ شما در فهرست نیست، نزدیک‌ترین منطقه یا «منطقهٔ دیگری در اولو» را انتخاب کنید.
opt-district-keskusta = مرکز شهر (Keskusta)
opt-district-tuira = Tuira
opt-district-kaukovainio = Kaukovainio
opt-district-kaakkuri = Kaakkuri
opt-district-myllyoja = Myllyoja
opt-district-hiukkavaara = Hiukkavaara
opt-district-kaijonharju_linnanmaa = Kaijonharju یا Linnanmaa
opt-district-rajakyla = Rajakylä
opt-district-haukipudas = Haukipudas
opt-district-kiiminki = Kiiminki
opt-district-oulunsalo = Oulunsalo
opt-district-other_area = منطقهٔ دیگری در اولو
opt-district-prefer_not = ترجیح می‌دهم نگویم

q-main_activity = کدام‌یک از این گزینه‌ها وضعیت فعلی شما را بهتر توصیف می‌کند؟
opt-main_activity-employed = کار با حقوق دارم
opt-main_activity-self_employed = کسب‌وکار شخصی دارم
opt-main_activity-student = درس می‌خوانم
opt-main_activity-unemployed = بیکار هستم
opt-main_activity-integration_training = در دورهٔ آموزشی ادغام شرکت می‌کنم
opt-main_activity-parental_leave = در مرخصی والدین هستم یا در خانه از فرزندم مراقبت می‌کنم
opt-main_activity-retired = بازنشسته هستم
opt-main_activity-other = وضعیت دیگر

q-lang_skill = این زبان‌ها را چقدر خوب می‌دانید؟
q-lang_skill-row-finnish = فنلاندی
q-lang_skill-row-swedish = سوئدی
q-lang_skill-row-english = انگلیسی
opt-lang_level-none = اصلاً
opt-lang_level-basic = کمی
opt-lang_level-good = خوب
opt-lang_level-fluent = روان
opt-lang_level-native = زبان مادری من است

## مقیاس‌های مشترک پاسخ

opt-agree5-strongly_disagree = کاملاً مخالفم
opt-agree5-disagree = تا حدی مخالفم
opt-agree5-neither = نه موافقم نه مخالف
opt-agree5-agree = تا حدی موافقم
opt-agree5-strongly_agree = کاملاً موافقم
opt-agree5-cant_say = نمی‌توانم بگویم

opt-yes_no_cs-yes = بله
opt-yes_no_cs-no = خیر
opt-yes_no_cs-cant_say = نمی‌توانم بگویم

opt-yes_no_pn-yes = بله
opt-yes_no_pn-no = خیر
opt-yes_no_pn-prefer_not = ترجیح می‌دهم پاسخ ندهم

opt-yes_no-yes = بله
opt-yes_no-no = خیر

## فضای عمومی

q-atmosphere_general = به نظر شما، فضای عمومی اولو نسبت به مهاجران چگونه است؟
opt-atmos5-very_negative = بسیار منفی
opt-atmos5-rather_negative = نسبتاً منفی
opt-atmos5-neutral = نه مثبت نه منفی
opt-atmos5-rather_positive = نسبتاً مثبت
opt-atmos5-very_positive = بسیار مثبت
opt-atmos5-cant_say = نمی‌توانم بگویم

q-atmosphere_change = به نظر شما، فضای عمومی اولو نسبت به مهاجران در دو سال گذشته چگونه تغییر کرده است؟
opt-change5-much_worse = خیلی بدتر شده است
opt-change5-somewhat_worse = تا حدی بدتر شده است
opt-change5-no_change = تقریباً مثل قبل مانده است
opt-change5-somewhat_better = تا حدی بهتر شده است
opt-change5-much_better = خیلی بهتر شده است
opt-change5-cant_say = نمی‌توانم بگویم

q-safety_evening = وقتی شب‌ها تنها در محلهٔ خودتان راه می‌روید، چقدر احساس امنیت می‌کنید؟
opt-safety4-very_unsafe = بسیار ناامن
opt-safety4-rather_unsafe = نسبتاً ناامن
opt-safety4-rather_safe = نسبتاً امن
opt-safety4-very_safe = بسیار امن
opt-safety4-cant_say = نمی‌توانم بگویم

q-atmos_statements = چقدر با جمله‌های زیر موافقید؟
q-atmos_statements-row-open_city = اولو شهری باز و چندفرهنگی است.
q-atmos_statements-row-racism_problem = نژادپرستی در اولو یک مشکل است.
q-atmos_statements-row-treated_equally = در اولو با مهاجران همان‌طور رفتار می‌شود که با دیگر ساکنان.
q-atmos_statements-row-own_culture = می‌توانم فرهنگ یا دینم را بدون ترس در فضای عمومی نشان دهم.
q-atmos_statements-row-city_against_racism = شهر اولو فعالانه علیه نژادپرستی کار می‌کند.
q-atmos_statements-row-hostile_debate = بحث عمومی درباره مهاجرت در اولو خصمانه است.

q-witnessed_racism = در ۱۲ ماه گذشته، آیا دیده یا شنیده‌اید که شخص دیگری در اولو با نژادپرستی روبه‌رو شود؟

## اولو، شهر شما

q-home_town = چقدر با این جمله موافقید: «احساس می‌کنم اولو شهر من است.»

q-belong = چقدر با جمله‌های زیر موافقید؟
q-belong-row-feel_home = در محلهٔ خودم احساس می‌کنم در خانهٔ خودم هستم.
q-belong-row-accepted = در اولو مرا همان‌طور که هستم می‌پذیرند.
q-belong-row-part_of_community = احساس می‌کنم بخشی از جامعهٔ اولو هستم.
q-belong-row-lonely = اغلب احساس تنهایی می‌کنم.
q-belong-row-future_in_oulu = آینده‌ام را در اولو می‌بینم.

q-plans_stay = آیا قصد دارید در آینده هم در اولو زندگی کنید؟
opt-plans_stay-stay_long = بله، برای همیشه یا برای مدت طولانی
opt-plans_stay-stay_few_years = بله، برای چند سال
opt-plans_stay-move_in_finland = نه، قصد دارم به جای دیگری در فنلاند بروم
opt-plans_stay-move_abroad = نه، قصد دارم از فنلاند بروم
opt-plans_stay-dont_know = هنوز نمی‌دانم

q-finnish_friends = آیا دوستان فنلاندی دارید؟
q-finnish_friends-hint = منظور ما از دوست کسی است که با او وقت می‌گذرانید و می‌توانید دربارهٔ مسائل شخصی‌تان با او صحبت کنید.
opt-friends-yes_several = بله، چند نفر
opt-friends-yes_one_or_two = بله، یک یا دو نفر
opt-friends-no = خیر

## مشارکت

q-inclusion = چقدر با جمله‌های زیر موافقید؟
q-inclusion-row-can_influence = می‌توانم بر مسائلی که در اولو برایم مهم است تأثیر بگذارم.
q-inclusion-row-info_available = به‌راحتی می‌توانم اطلاعات مربوط به خدمات و تصمیم‌های شهر را به زبانی که می‌فهمم پیدا کنم.
q-inclusion-row-participate_activities = می‌توانم مانند دیگران در فعالیت‌های تفریحی و رویدادهای اولو شرکت کنم.
q-inclusion-row-heard_by_city = شهر به نظرات مهاجران گوش می‌دهد.
q-inclusion-row-equal_opportunities = در اولو همان فرصت‌هایی را دارم که دیگر ساکنان دارند.

q-integrated = چقدر احساس می‌کنید در جامعهٔ فنلاند ادغام شده‌اید؟
opt-integration4-very_poorly = بسیار کم
opt-integration4-rather_poorly = نسبتاً کم
opt-integration4-rather_well = نسبتاً خوب
opt-integration4-very_well = بسیار خوب
opt-integration4-cant_say = نمی‌توانم بگویم

q-organisations = آیا در اولو در فعالیت‌های هیچ‌یک از موارد زیر شرکت می‌کنید؟
q-organisations-hint = همهٔ گزینه‌های مناسب را انتخاب کنید.
opt-organisations-sports_club = باشگاه ورزشی یا گروه ورزشی
opt-organisations-culture_hobby = گروه فرهنگی یا گروه تفریحی
opt-organisations-religious_community = جامعهٔ دینی
opt-organisations-immigrant_association = انجمن مهاجران یا انجمن هم‌زبانان
opt-organisations-residents_association = انجمن ساکنان یا فعالیت‌های محله
opt-organisations-parents_association = فعالیت‌های والدین در مهدکودک یا مدرسه
opt-organisations-volunteer_work = کار داوطلبانه
opt-organisations-trade_union = اتحادیهٔ کارگری
opt-organisations-political_party = حزب سیاسی
opt-organisations-other = سازمان یا گروه دیگر
opt-organisations-none = در هیچ‌یک از این‌ها شرکت نمی‌کنم

q-voted_municipal = آیا در آخرین انتخابات شهرداری رأی دادید؟
q-voted_municipal-hint = شهروندان خارجی هم می‌توانند در انتخابات شهرداری رأی بدهند، اگر به مدت کافی در یکی از شهرداری‌های فنلاند ساکن ثبت‌شده بوده باشند.
opt-voted-yes = بله
opt-voted-no = خیر
opt-voted-not_eligible = حق رأی نداشتم
opt-voted-prefer_not = ترجیح می‌دهم نگویم

## تبعیض و نژادپرستی

q-disc_any = در ۱۲ ماه گذشته، آیا در اولو تبعیض یا نژادپرستی را تجربه کرده‌اید؟
q-disc_any-hint = تبعیض یعنی، برای مثال، اینکه به خاطر اصلیت، رنگ پوست، دین، زبان یا ویژگی دیگری از شما، با شما بدتر از دیگران رفتار شود.

q-disc_domain = در ۱۲ ماه گذشته، در چه موقعیت‌هایی تبعیض یا نژادپرستی را تجربه کرده‌اید؟
q-disc_domain-hint = لطفاً به همهٔ ردیف‌ها پاسخ دهید. اگر در چنین موقعیتی نبوده‌اید، «به من مربوط نمی‌شود» را انتخاب کنید.
q-disc_domain-row-job_seeking = هنگام جست‌وجوی کار
q-disc_domain-row-work = در محل کار
q-disc_domain-row-housing = هنگام جست‌وجوی خانه یا در محل زندگی
q-disc_domain-row-health = در خدمات بهداشتی و درمانی
q-disc_domain-row-social_services = در خدمات اجتماعی
q-disc_domain-row-employment_services = در خدمات اشتغال (TE-palvelut)
q-disc_domain-row-daycare_school = در مهدکودک، مدرسه یا مؤسسهٔ آموزشی
q-disc_domain-row-culture_sport = در مکان‌های فرهنگی، ورزشی یا تفریحی
q-disc_domain-row-shops = در فروشگاه‌ها، رستوران‌ها یا کسب‌وکارهای دیگر
q-disc_domain-row-public_transport = در حمل‌ونقل عمومی
q-disc_domain-row-street = در خیابان یا مکان‌های عمومی دیگر
q-disc_domain-row-police = هنگام سروکار داشتن با پلیس
q-disc_domain-row-online = در اینترنت یا شبکه‌های اجتماعی
opt-yes_no_na-yes = بله
opt-yes_no_na-no = خیر
opt-yes_no_na-not_applicable = به من مربوط نمی‌شود

q-disc_ground = فکر می‌کنید چرا مورد تبعیض قرار گرفتید؟
q-disc_ground-hint = همهٔ گزینه‌های مناسب را انتخاب کنید.
opt-disc_ground-origin = اصلیت قومی یا ملی
opt-disc_ground-skin_colour = رنگ پوست
opt-disc_ground-religion = دین یا باور
opt-disc_ground-language = زبان
opt-disc_ground-accent = لهجه یا طرز صحبت کردن
opt-disc_ground-gender = جنسیت
opt-disc_ground-age = سن
opt-disc_ground-disability = معلولیت یا وضعیت سلامت
opt-disc_ground-sexual_orientation = گرایش جنسی
opt-disc_ground-other = دلیل دیگر
opt-disc_ground-dont_know = نمی‌دانم

q-disc_by_whom = چه کسی با شما تبعیض‌آمیز رفتار کرد؟
q-disc_by_whom-hint = همهٔ گزینه‌های مناسب را انتخاب کنید.
opt-disc_by-official = یک مأمور اداری یا کارمند خدمات عمومی
opt-disc_by-police = پلیس
opt-disc_by-supervisor = مدیر یا کارفرما
opt-disc_by-colleague = همکار یا هم‌کلاسی
opt-disc_by-customer = مشتری یا مراجعه‌کننده
opt-disc_by-neighbour = همسایه
opt-disc_by-stranger = یک فرد ناشناس
opt-disc_by-other = شخص دیگری

## آزار و اذیت و خشونت

q-harassment_12m = در ۱۲ ماه گذشته، آیا در اولو مورد آزار و اذیت قرار گرفته‌اید؟
q-harassment_12m-hint = آزار و اذیت یعنی، برای مثال، صدا زدن با القاب توهین‌آمیز، تهدید، یا حرکات یا پیام‌های توهین‌آمیز، از جمله در اینترنت.

q-violence_12m = در ۱۲ ماه گذشته، آیا کسی در اولو علیه شما خشونت به کار برده یا شما را به خشونت تهدید کرده است؟
q-violence_12m-hint = خشونت یعنی، برای مثال، زدن، لگد زدن، هل دادن یا پرتاب کردن چیزی به سمت شما.

q-reported = آیا تبعیض، آزار و اذیت یا خشونتی را که تجربه کردید به کسی گزارش دادید، برای مثال به پلیس، کارفرما، شهر یا بازرس منع تبعیض (Yhdenvertaisuusvaltuutettu)؟
q-reported-hint = اگر این اتفاق بیش از یک بار افتاده است، به آخرین بار فکر کنید.

q-why_not_reported = چرا گزارش ندادید؟
q-why_not_reported-hint = همهٔ گزینه‌های مناسب را انتخاب کنید.
opt-why_not-no_use = گزارش دادن فایده‌ای نداشت
opt-why_not-didnt_know_how = نمی‌دانستم چطور یا به چه کسی گزارش بدهم
opt-why_not-fear = از پیامدهای آن می‌ترسیدم
opt-why_not-language = مهارت زبانی‌ام کافی نبود
opt-why_not-not_serious = موضوع به اندازهٔ کافی جدی به نظر نمی‌رسید
opt-why_not-handled_myself = خودم یا با کمک نزدیکانم موضوع را حل کردم
opt-why_not-other = دلیل دیگر
opt-why_not-prefer_not = ترجیح می‌دهم نگویم

## خدمات

q-service_access = در ۱۲ ماه گذشته، دریافت خدمات زیر در اولو برای شما چقدر آسان یا دشوار بوده است؟
q-service_access-hint = اگر در ۱۲ ماه گذشته از خدمتی استفاده نکرده‌اید، «از این خدمت استفاده نکرده‌ام» را انتخاب کنید.
q-service_access-row-health_centre = مرکز بهداشت
q-service_access-row-dental = دندان‌پزشکی
q-service_access-row-social_services = خدمات اجتماعی
q-service_access-row-employment_services = خدمات اشتغال (TE-palvelut)
q-service_access-row-daycare = آموزش دوران اولیهٔ کودکی (مهدکودک)
q-service_access-row-school = آموزش پایه (مدرسه)
q-service_access-row-library = کتابخانه
q-service_access-row-sport_culture = خدمات ورزشی و فرهنگی
q-service_access-row-housing_services = خدمات مسکن، برای مثال خانه‌های اجاره‌ای شهر
q-service_access-row-public_transport = حمل‌ونقل عمومی
q-service_access-row-international_house = International House Oulu
opt-access4-very_difficult = بسیار دشوار
opt-access4-rather_difficult = نسبتاً دشوار
opt-access4-rather_easy = نسبتاً آسان
opt-access4-very_easy = بسیار آسان
opt-access4-not_used = از این خدمت استفاده نکرده‌ام

q-unmet_need = در ۱۲ ماه گذشته، آیا به یکی از این خدمات نیاز داشتید ولی آن را دریافت نکردید؟
q-unmet_need-hint = اگر خدمت را دریافت کردید یا به آن نیاز نداشتید، «خیر» را انتخاب کنید.
q-unmet_need-row-health_centre = مرکز بهداشت
q-unmet_need-row-dental = دندان‌پزشکی
q-unmet_need-row-social_services = خدمات اجتماعی
q-unmet_need-row-employment_services = خدمات اشتغال (TE-palvelut)
q-unmet_need-row-daycare = آموزش دوران اولیهٔ کودکی (مهدکودک)
q-unmet_need-row-school = آموزش پایه (مدرسه)
q-unmet_need-row-library = کتابخانه
q-unmet_need-row-sport_culture = خدمات ورزشی و فرهنگی
q-unmet_need-row-housing_services = خدمات مسکن، برای مثال خانه‌های اجاره‌ای شهر
q-unmet_need-row-public_transport = حمل‌ونقل عمومی
q-unmet_need-row-international_house = International House Oulu

q-barriers = چه چیزی استفاده از خدمات را برای شما دشوارتر کرده است؟
q-barriers-hint = همهٔ گزینه‌های مناسب را انتخاب کنید.
opt-barriers-language = زبان
opt-barriers-information = اطلاعات کافی دربارهٔ خدمات دریافت نکرده‌ام
opt-barriers-waiting_time = صف‌ها یا زمان‌های انتظار طولانی
opt-barriers-cost = هزینه
opt-barriers-discrimination = رفتار تبعیض‌آمیز یا بی‌احترامی
opt-barriers-digital_services = استفاده از خدمات اینترنتی یا کدهای بانکی اینترنتی (pankkitunnukset)
opt-barriers-opening_hours = ساعات کاری
opt-barriers-distance = مسافت طولانی یا دشواری رفت‌وآمد
opt-barriers-other = چیز دیگر
opt-barriers-no_barriers = هیچ‌چیز، استفاده از خدمات به‌خوبی پیش رفته است

q-service_language = معمولاً در خدمات عمومی از چه زبانی استفاده می‌کنید؟
opt-service_language-finnish = فنلاندی
opt-service_language-english = انگلیسی
opt-service_language-own_language = زبان مادری خودم
opt-service_language-mixed = چند زبان

q-interpreter = در ۱۲ ماه گذشته، آیا هنگام استفاده از خدمات عمومی به مترجم شفاهی نیاز داشته‌اید؟
opt-interpreter-needed_got = بله، و مترجم در اختیارم قرار گرفت
opt-interpreter-needed_not_got = بله، اما مترجم در اختیارم قرار نگرفت
opt-interpreter-not_needed = خیر، به مترجم نیاز نداشته‌ام

## اعتماد

q-trust = چقدر به موارد زیر اعتماد دارید؟
q-trust-hint = عدد ۰ یعنی اصلاً اعتماد ندارید و عدد ۱۰ یعنی کاملاً اعتماد دارید.
q-trust-row-city_services = خدمات شهر اولو
q-trust-row-police = پلیس
q-trust-row-health_care = خدمات بهداشتی و درمانی
q-trust-row-courts = دادگاه‌ها
q-trust-row-media = رسانه‌ها
q-trust-row-politicians = سیاستمداران
opt-trust11-0 = ۰
opt-trust11-1 = ۱
opt-trust11-2 = ۲
opt-trust11-3 = ۳
opt-trust11-4 = ۴
opt-trust11-5 = ۵
opt-trust11-6 = ۶
opt-trust11-7 = ۷
opt-trust11-8 = ۸
opt-trust11-9 = ۹
opt-trust11-10 = ۱۰
opt-trust11-cant_say = نمی‌توانم بگویم

## در پایان

q-what_would_improve = شهر اولو چه کاری می‌تواند انجام دهد تا همهٔ ساکنان اولو احساس کنند اینجا خانهٔ آن‌هاست؟
q-what_would_improve-hint = لطفاً در پاسخ خود نام یا اطلاعات دیگری ننویسید که بتوان با آن شما یا شخص دیگری را شناسایی کرد.

q-comments = آیا می‌خواهید چیز دیگری دربارهٔ فضای عمومی، خدمات یا تجربه‌هایتان در اولو به ما بگویید؟
q-comments-hint = لطفاً در پاسخ خود نام یا اطلاعات دیگری ننویسید که بتوان با آن شما یا شخص دیگری را شناسایی کرد.

## شاخص‌ها

ind-racism_experienced_12m = تجربهٔ تبعیض یا نژادپرستی (۱۲ ماه)
ind-disc_ground_origin = تبعیض به دلیل اصلیت یا رنگ پوست (از میان کسانی که تبعیض را تجربه کرده‌اند)
ind-witnessed_racism = دیدن یا شنیدن نژادپرستی علیه شخص دیگر (۱۲ ماه)
ind-harassment_12m = تجربهٔ آزار و اذیت (۱۲ ماه)
ind-incident_reported = گزارش دادن رویداد (از میان کسانی که تبعیض، آزار و اذیت یا خشونت را تجربه کرده‌اند)
ind-discrimination = تجربهٔ تبعیض در این موقعیت (از میان کسانی که تبعیض را تجربه کرده‌اند، ۱۲ ماه)
ind-atmosphere_positive = مثبت دانستن فضای عمومی نسبت به مهاجران
ind-atmosphere_improved = بهتر شدن فضای عمومی در دو سال گذشته
ind-racism_seen_as_problem = مشکل دانستن نژادپرستی در اولو
ind-city_against_racism = شهر فعالانه علیه نژادپرستی کار می‌کند
ind-safety = احساس امنیت در محلهٔ خود در شب
ind-violence_12m = تجربهٔ خشونت یا تهدید به خشونت (۱۲ ماه)
ind-home_town = اولو را شهر خود دانستن
ind-belonging_index = شاخص تعلق (۰–۱۰۰)
ind-lonely = احساس تنهایی در بیشتر اوقات
ind-has_finnish_friends = داشتن دوستان فنلاندی
ind-plans_to_stay = قصد زندگی دائمی یا طولانی‌مدت در اولو
ind-inclusion_index = شاخص مشارکت (۰–۱۰۰)
ind-integrated_well = احساس ادغام خوب در جامعه
ind-participates_organisations = شرکت در فعالیت سازمان‌ها یا گروه‌ها
ind-voted_municipal = رأی دادن در انتخابات شهرداری (از میان دارندگان حق رأی)
ind-service_access_index = شاخص دسترسی به خدمات (۰–۱۰۰)
ind-service_access_difficult = دشواری دریافت خدمت (از میان استفاده‌کنندگان آن)
ind-unmet_need = نیاز به خدمت بدون دریافت آن
ind-unmet_need_any = دریافت نکردن دست‌کم یکی از خدمات مورد نیاز
ind-language_barrier = دشوار شدن استفاده از خدمات به دلیل زبان
ind-interpreter_not_got = نیاز به مترجم بدون دریافت آن
ind-trust_institutions_index = شاخص اعتماد به نهادها (۰–۱۰۰)

## متغیرهای زمینه‌ای

bd-gender = جنسیت
bd-age_band = گروه سنی
bd-age_band-age_18_29 = ۱۸–۲۹ سال
bd-age_band-age_30_49 = ۳۰–۴۹ سال
bd-age_band-age_50_plus = ۵۰ سال یا بیشتر
bd-language_group = گروه زبانی
bd-language_group-russian_speaking = روسی، اوکراینی یا استونیایی
bd-language_group-arabic_persian_kurdish = عربی، فارسی یا کردی
bd-language_group-somali = سومالیایی
bd-language_group-english = انگلیسی
bd-language_group-other = زبان‌های دیگر
bd-years_in_oulu = مدت زندگی در اولو
bd-years_in_oulu-under_3 = کمتر از ۳ سال
bd-years_in_oulu-from_3_to_10 = ۳–۱۰ سال
bd-years_in_oulu-over_10 = بیشتر از ۱۰ سال
bd-district = منطقهٔ محل زندگی
bd-district-centre = Keskusta و Tuira
bd-district-north = Kaijonharju، Linnanmaa و Rajakylä
bd-district-south_east = Kaukovainio، Kaakkuri، Myllyoja و Hiukkavaara
bd-district-outer = Haukipudas، Kiiminki و Oulunsalo
bd-district-other = مناطق دیگر
bd-region_of_birth = منطقهٔ تولد
