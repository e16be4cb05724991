# NEEDS REVIEW by a native speaker before this survey goes live: translated from the Finnish and English originals.
# يجب أن يراجع هذا الملفَّ متحدثٌ أصلي باللغة العربية قبل نشر الاستبيان: الترجمة من النصين الأصليين الفنلندي والإنجليزي.

# استبيان الأجواء العامة في أولو للمهاجرين: النصوص العربية.
# المعرّفات: surveys/oulu-atmosphere/ (انظر surveys/README.md، قسم "Texts").

survey-title = استبيان الأجواء العامة للمهاجرين المقيمين في أولو
survey-intro =
    تريد مدينة أولو أن تعرف كيف يرى المهاجرون المقيمون في أولو الأجواء العامة في المدينة، وخدماتها، ومشاركتهم فيها. يُجرى هذا الاستبيان كل سنتين. تُستخدم النتائج لتقييم برنامج الاندماج في المدينة ولتطوير الخدمات.

    تستغرق الإجابة حوالي 15 دقيقة. إجاباتك مجهولة الهوية: لا نسأل عن اسمك، ولا نحفظ أي معلومات يمكن أن تدل عليك. يمكنك تخطي أي سؤال لم يُذكر أنه إلزامي. ويمكنك أيضًا أن تتوقف وتكمل لاحقًا.

    شكرًا لمشاركتك!

## الصفحات

page-background = معلومات عنك
page-atmosphere = الأجواء العامة في أولو
page-home = أولو مدينتك
page-inclusion = المشاركة والتأثير
page-discrimination = التمييز والعنصرية
page-discrimination_details = تجاربك مع التمييز
page-harassment = المضايقة والعنف
page-services = الخدمات
page-trust = الثقة
page-comments = في الختام

## معلومات عنك

q-age_band = كم عمرك؟
opt-age_band-18_24 = 18–24 سنة
opt-age_band-25_29 = 25–29 سنة
opt-age_band-30_39 = 30–39 سنة
opt-age_band-40_49 = 40–49 سنة
opt-age_band-50_64 = 50–64 سنة
opt-age_band-65_plus = 65 سنة أو أكثر

q-gender = ما جنسك؟
opt-gender-female = امرأة
opt-gender-male = رجل
opt-gender-other = غير ذلك
opt-gender-prefer_not = أفضّل ألّا أقول

q-native_language = ما لغتك الأم؟
q-native_language-hint = إذا كانت لديك أكثر من لغة أم، فاختر اللغة التي تستخدمها أكثر.
opt-native_language-russian = الروسية
opt-native_language-arabic = العربية
opt-native_language-english = الإنجليزية
opt-native_language-persian = الفارسية (فارسي، دري)
opt-native_language-chinese = الصينية
opt-native_language-somali = الصومالية
opt-native_language-kurdish = الكردية
opt-native_language-ukrainian = الأوكرانية
opt-native_language-estonian = الإستونية
opt-native_language-other = لغة أخرى

q-native_language_other = ما هذه اللغة؟ اكتب لغتك الأم.

q-region_of_birth = أين وُلدت؟
q-region_of_birth-hint = تشمل منطقة الاتحاد السوفيتي السابق مثلًا أوكرانيا وإستونيا وكازاخستان.
opt-region_of_birth-finland = في فنلندا
opt-region_of_birth-russia_former_ussr = في روسيا أو في مكان آخر من الاتحاد السوفيتي السابق
opt-region_of_birth-europe = في مكان آخر في أوروبا
opt-region_of_birth-middle_east_north_africa = في الشرق الأوسط أو شمال أفريقيا
opt-region_of_birth-africa_other = في مكان آخر في أفريقيا
opt-region_of_birth-asia = في مكان آخر في آسيا
opt-region_of_birth-americas_oceania = في الأمريكتين أو أوقيانوسيا
opt-region_of_birth-prefer_not = أفضّل ألّا أقول

q-year_moved_finland = في أي سنة انتقلت إلى فنلندا؟
q-year_moved_finland-hint = إذا انتقلت إلى فنلندا أكثر من مرة، فاكتب السنة التي انتقلت فيها أول مرة.
rule-year_moved_range = اكتب السنة بأربعة أرقام بين 1950 و2026، مثلًا 2015.

q-move_reason = ما السبب الرئيسي لانتقالك إلى فنلندا؟
opt-move_reason-work = العمل
opt-move_reason-study = الدراسة
opt-move_reason-family = الأسرة، مثلًا الزوج أو الزوجة، أو لمّ شمل الأسرة
opt-move_reason-refugee = اللجوء أو طلب اللجوء
opt-move_reason-other = سبب آخر

q-years_in_oulu = منذ متى تعيش في أولو؟
q-years_in_oulu-hint = إذا عشت في أولو في أكثر من فترة، فاجمع كل الفترات معًا.
opt-years_in_oulu-lt1 = أقل من سنة
opt-years_in_oulu-1_2 = 1–2 سنة
opt-years_in_oulu-3_5 = 3–5 سنوات
opt-years_in_oulu-6_10 = 6–10 سنوات
opt-years_in_oulu-over10 = أكثر من 10 سنوات

q-district = في أي منطقة من أولو تسكن؟
q-district-hint = إذا لم تكن منطقتك في القائمة، فاختر أقرب منطقة أو «منطقة أخرى في أولو».
opt-district-keskusta = وسط المدينة (Keskusta)
opt-district-tuira = Tuira
opt-district-kaukovainio = Kaukovainio
opt-district-kaakkuri = Kaakkuri
opt-district-myllyoja = Myllyoja
opt-district-hiukkavaara = Hiukkavaara
opt-district-kaijonharju_linnanmaa = Kaijonharju أو Linnanmaa
opt-district-rajakyla = Rajakylä
opt-district-haukipudas = Haukipudas
opt-district-kiiminki = Kiiminki
opt-district-oulunsalo = Oulunsalo
opt-district-other_area = منطقة أخرى في أولو
opt-district-prefer_not = أفضّل ألّا أقول

q-main_activity = أيّ مما يلي يصف وضعك الحالي بشكل أفضل؟
opt-main_activity-employed = أعمل بأجر
opt-main_activity-self_employed = أعمل لحسابي الخاص
opt-main_activity-student = أدرس
opt-main_activity-unemployed = أنا عاطل عن العمل
opt-main_activity-integration_training = أشارك في تدريب الاندماج
opt-main_activity-parental_leave = أنا في إجازة والدية أو أعتني بطفل في البيت
opt-main_activity-retired = أنا متقاعد
opt-main_activity-other = وضع آخر

q-lang_skill = ما مدى معرفتك باللغات التالية؟
q-lang_skill-row-finnish = الفنلندية
q-lang_skill-row-swedish = السويدية
q-lang_skill-row-english = الإنجليزية
opt-lang_level-none = لا أعرفها
opt-lang_level-basic = قليلًا
opt-lang_level-good = جيدًا
opt-lang_level-fluent = بطلاقة
opt-lang_level-native = هي لغتي الأم

## مقاييس الإجابة المشتركة

opt-agree5-strongly_disagree = أعارض تمامًا
opt-agree5-disagree = أعارض إلى حدّ ما
opt-agree5-neither = لا أوافق ولا أعارض
opt-agree5-agree = أوافق إلى حدّ ما
opt-agree5-strongly_agree = أوافق تمامًا
opt-agree5-cant_say = لا أستطيع التحديد

opt-yes_no_cs-yes = نعم
opt-yes_no_cs-no = لا
opt-yes_no_cs-cant_say = لا أستطيع التحديد

opt-yes_no_pn-yes = نعم
opt-yes_no_pn-no = لا
opt-yes_no_pn-prefer_not = لا أرغب في الإجابة

opt-yes_no-yes = نعم
opt-yes_no-no = لا

## الأجواء العامة

q-atmosphere_general = برأيك، كيف هي الأجواء العامة تجاه المهاجرين في أولو؟
opt-atmos5-very_negative = سلبية جدًا
opt-atmos5-rather_negative = سلبية إلى حدّ ما
opt-atmos5-neutral = لا إيجابية ولا سلبية
opt-atmos5-rather_positive = إيجابية إلى حدّ ما
opt-atmos5-very_positive = إيجابية جدًا
opt-atmos5-cant_say = لا أستطيع التحديد

q-atmosphere_change = برأيك، كيف تغيّرت الأجواء العامة تجاه المهاجرين في أولو خلال السنتين الماضيتين؟
opt-change5-much_worse = أصبحت أسوأ بكثير
opt-change5-somewhat_worse = أصبحت أسوأ إلى حدّ ما
opt-change5-no_change = بقيت كما هي تقريبًا
opt-change5-somewhat_better = أصبحت أفضل إلى حدّ ما
opt-change5-much_better = أصبحت أفضل بكثير
opt-change5-cant_say = لا أستطيع التحديد

q-safety_evening = ما مدى شعورك بالأمان عندما تمشي وحدك في الحي الذي تسكن فيه في المساء؟
opt-safety4-very_unsafe = غير آمن جدًا
opt-safety4-rather_unsafe = غير آمن إلى حدّ ما
opt-safety4-rather_safe = آمن إلى حدّ ما
opt-safety4-very_safe = آمن جدًا
opt-safety4-cant_say = لا أستطيع التحديد

q-atmos_statements = إلى أي مدى توافق على العبارات التالية؟
q-atmos_statements-row-open_city = أولو مدينة منفتحة ومتعددة الثقافات.
q-atmos_statements-row-racism_problem = العنصرية مشكلة في أولو.
q-atmos_statements-row-treated_equally = في أولو، يُعامَل المهاجرون بالطريقة نفسها التي يُعامَل بها السكان الآخرون.
q-atmos_statements-row-own_culture = أستطيع أن أُظهر ثقافتي أو ديني في الأماكن العامة دون خوف.
q-atmos_statements-row-city_against_racism = تعمل مدينة أولو بنشاط ضد العنصرية.
q-atmos_statements-row-hostile_debate = النقاش العام حول الهجرة في أولو عدائي.

q-witnessed_racism = خلال آخر 12 شهرًا، هل رأيت أو سمعت أن شخصًا آخر تعرّض للعنصرية في أولو؟

## أولو مدينتك

q-home_town = إلى أي مدى توافق على هذه العبارة: «أشعر أن أولو هي مدينتي.»

q-belong = إلى أي مدى توافق على العبارات التالية؟
q-belong-row-feel_home = أشعر وكأنني في بيتي في الحي الذي أسكن فيه.
q-belong-row-accepted = في أولو، يتقبّلني الناس كما أنا.
q-belong-row-part_of_community = أشعر بأنني جزء من المجتمع في أولو.
q-belong-row-lonely = كثيرًا ما أشعر بالوحدة.
q-belong-row-future_in_oulu = أرى مستقبلي في أولو.

q-plans_stay = هل تنوي أن تستمر في العيش في أولو؟
opt-plans_stay-stay_long = نعم، بشكل دائم أو لمدة طويلة
opt-plans_stay-stay_few_years = نعم، لبضع سنوات
opt-plans_stay-move_in_finland = لا، أنوي الانتقال إلى مكان آخر في فنلندا
opt-plans_stay-move_abroad = لا، أنوي الانتقال إلى خارج فنلندا
opt-plans_stay-dont_know = لا أعرف بعد

q-finnish_friends = هل لديك أصدقاء فنلنديون؟
q-finnish_friends-hint = نقصد بالصديق شخصًا تقضي معه وقتًا ويمكنك أن تتحدث معه عن أمورك الشخصية.
opt-friends-yes_several = نعم، عدة أصدقاء
opt-friends-yes_one_or_two = نعم، صديق واحد أو اثنان
opt-friends-no = لا

## المشاركة

q-inclusion = إلى أي مدى توافق على العبارات التالية؟
q-inclusion-row-can_influence = أستطيع أن أؤثر في الأمور المهمة بالنسبة لي في أولو.
q-inclusion-row-info_available = أحصل بسهولة على معلومات عن خدمات المدينة وقراراتها بلغة أفهمها.
q-inclusion-row-participate_activities = أستطيع المشاركة في الهوايات والفعاليات في أولو مثل الآخرين.
q-inclusion-row-heard_by_city = تستمع المدينة إلى آراء المهاجرين.
q-inclusion-row-equal_opportunities = لديّ في أولو الفرص نفسها التي لدى السكان الآخرين.

q-integrated = إلى أي مدى تشعر أنك اندمجت في فنلندا؟
opt-integration4-very_poorly = ضعيف جدًا
opt-integration4-rather_poorly = ضعيف إلى حدّ ما
opt-integration4-rather_well = جيد إلى حدّ ما
opt-integration4-very_well = جيد جدًا
opt-integration4-cant_say = لا أستطيع التحديد

q-organisations = هل تشارك في أنشطة أيٍّ مما يلي في أولو؟
q-organisations-hint = اختر كل الإجابات المناسبة.
opt-organisations-sports_club = نادٍ رياضي أو مجموعة رياضية
opt-organisations-culture_hobby = مجموعة ثقافية أو مجموعة هوايات
opt-organisations-religious_community = جماعة دينية
opt-organisations-immigrant_association = جمعية للمهاجرين أو لمجموعة لغتي
opt-organisations-residents_association = جمعية سكان أو أنشطة الحي
opt-organisations-parents_association = أنشطة أولياء الأمور في الروضة أو المدرسة
opt-organisations-volunteer_work = العمل التطوعي
opt-organisations-trade_union = نقابة عمالية
opt-organisations-political_party = حزب سياسي
opt-organisations-other = منظمة أو مجموعة أخرى
opt-organisations-none = لا أشارك في أيٍّ من هذه

q-voted_municipal = هل شاركت بالتصويت في آخر انتخابات بلدية؟
q-voted_municipal-hint = يمكن للمواطنين الأجانب أيضًا التصويت في الانتخابات البلدية إذا كانت لهم بلدية إقامة في فنلندا لمدة كافية.
opt-voted-yes = نعم
opt-voted-no = لا
opt-voted-not_eligible = لم يكن لي حق التصويت
opt-voted-prefer_not = أفضّل ألّا أقول

## التمييز والعنصرية

q-disc_any = خلال آخر 12 شهرًا، هل تعرّضت للتمييز أو العنصرية في أولو؟
q-disc_any-hint = التمييز يعني مثلًا أن تُعامَل أسوأ من الآخرين بسبب أصلك أو لون بشرتك أو دينك أو لغتك أو أي أمر آخر يخصّك.

q-disc_domain = في أي مواقف تعرّضت للتمييز أو العنصرية خلال آخر 12 شهرًا؟
q-disc_domain-hint = أجب عن كل سطر. اختر «لا ينطبق عليّ» إذا لم تكن في هذا الموقف.
q-disc_domain-row-job_seeking = عند البحث عن عمل
q-disc_domain-row-work = في مكان العمل
q-disc_domain-row-housing = عند البحث عن سكن أو في مكان سكنك
q-disc_domain-row-health = في الخدمات الصحية
q-disc_domain-row-social_services = في الخدمات الاجتماعية
q-disc_domain-row-employment_services = في خدمات التوظيف (TE-palvelut)
q-disc_domain-row-daycare_school = في الروضة أو المدرسة أو المعهد
q-disc_domain-row-culture_sport = في أماكن الثقافة أو الرياضة أو الهوايات
q-disc_domain-row-shops = في المتاجر أو المطاعم أو الشركات الأخرى
q-disc_domain-row-public_transport = في وسائل النقل العام
q-disc_domain-row-street = في الشارع أو الأماكن العامة الأخرى
q-disc_domain-row-police = عند التعامل مع الشرطة
q-disc_domain-row-online = على الإنترنت أو وسائل التواصل الاجتماعي
opt-yes_no_na-yes = نعم
opt-yes_no_na-no = لا
opt-yes_no_na-not_applicable = لا ينطبق عليّ

q-disc_ground = لماذا تعتقد أنك تعرّضت للتمييز؟
q-disc_ground-hint = اختر كل الإجابات المناسبة.
opt-disc_ground-origin = الأصل العرقي أو القومي
opt-disc_ground-skin_colour = لون البشرة
opt-disc_ground-religion = الدين أو المعتقد
opt-disc_ground-language = اللغة
opt-disc_ground-accent = اللكنة أو طريقة الكلام
opt-disc_ground-gender = الجنس
opt-disc_ground-age = العمر
opt-disc_ground-disability = الإعاقة أو الحالة الصحية
opt-disc_ground-sexual_orientation = التوجه الجنسي
opt-disc_ground-other = سبب آخر
opt-disc_ground-dont_know = لا أعرف

q-disc_by_whom = مَن مارس التمييز ضدك؟
q-disc_by_whom-hint = اختر كل الإجابات المناسبة.
opt-disc_by-official = موظف حكومي أو موظف في خدمة عامة
opt-disc_by-police = الشرطة
opt-disc_by-supervisor = المدير أو صاحب العمل
opt-disc_by-colleague = زميل في العمل أو في الدراسة
opt-disc_by-customer = عميل أو زبون
opt-disc_by-neighbour = جار
opt-disc_by-stranger = شخص غريب
opt-disc_by-other = شخص آخر

## المضايقة والعنف

q-harassment_12m = خلال آخر 12 شهرًا، هل تعرّضت للمضايقة في أولو؟
q-harassment_12m-hint = المضايقة تعني مثلًا الشتم بألقاب مسيئة، أو التهديد، أو الإشارات أو الرسائل المسيئة، ومنها ما يحدث على الإنترنت.

q-violence_12m = خلال آخر 12 شهرًا، هل استخدم أحد العنف ضدك أو هدّدك بالعنف في أولو؟
q-violence_12m-hint = العنف يعني مثلًا الضرب أو الركل أو الدفع أو رمي شيء عليك.

q-reported = هل أبلغت أحدًا عن التمييز أو المضايقة أو العنف الذي تعرّضت له، مثلًا الشرطة أو صاحب العمل أو المدينة أو مفوّض مكافحة التمييز (Yhdenvertaisuusvaltuutettu)؟
q-reported-hint = إذا حدث ذلك أكثر من مرة، ففكّر في آخر مرة.

q-why_not_reported = لماذا لم تُبلغ؟
q-why_not_reported-hint = اختر كل الإجابات المناسبة.
opt-why_not-no_use = لم يكن الإبلاغ سيفيد
opt-why_not-didnt_know_how = لم أكن أعرف كيف أبلغ أو لمن
opt-why_not-fear = خفت من العواقب
opt-why_not-language = لم تكن مهاراتي اللغوية كافية
opt-why_not-not_serious = لم يبدُ الأمر خطيرًا بما يكفي
opt-why_not-handled_myself = تعاملت مع الأمر بنفسي أو مع المقرّبين مني
opt-why_not-other = سبب آخر
opt-why_not-prefer_not = أفضّل ألّا أقول

## الخدمات

q-service_access = خلال آخر 12 شهرًا، ما مدى سهولة أو صعوبة حصولك على الخدمات التالية في أولو؟
q-service_access-hint = اختر «لم أستخدم هذه الخدمة» إذا لم تستخدمها خلال آخر 12 شهرًا.
q-service_access-row-health_centre = المركز الصحي
q-service_access-row-dental = علاج الأسنان
q-service_access-row-social_services = الخدمات الاجتماعية
q-service_access-row-employment_services = خدمات التوظيف (TE-palvelut)
q-service_access-row-daycare = التعليم في مرحلة الطفولة المبكرة (الروضة)
q-service_access-row-school = التعليم الأساسي (المدرسة)
q-service_access-row-library = المكتبة
q-service_access-row-sport_culture = خدمات الرياضة والثقافة
q-service_access-row-housing_services = خدمات السكن، مثلًا مساكن الإيجار التابعة للمدينة
q-service_access-row-public_transport = النقل العام
q-service_access-row-international_house = International House Oulu
opt-access4-very_difficult = صعب جدًا
opt-access4-rather_difficult = صعب إلى حدّ ما
opt-access4-rather_easy = سهل إلى حدّ ما
opt-access4-very_easy = سهل جدًا
opt-access4-not_used = لم أستخدم هذه الخدمة

q-unmet_need = خلال آخر 12 شهرًا، هل احتجت إلى أي من هذه الخدمات ولم تحصل عليها؟
q-unmet_need-hint = أجب بـ«لا» إذا حصلت على الخدمة أو لم تكن بحاجة إليها.
q-unmet_need-row-health_centre = المركز الصحي
q-unmet_need-row-dental = علاج الأسنان
q-unmet_need-row-social_services = الخدمات الاجتماعية
q-unmet_need-row-employment_services = خدمات التوظيف (TE-palvelut)
q-unmet_need-row-daycare = التعليم في مرحلة الطفولة المبكرة (الروضة)
q-unmet_need-row-school = التعليم الأساسي (المدرسة)
q-unmet_need-row-library = المكتبة
q-unmet_need-row-sport_culture = خدمات الرياضة والثقافة
q-unmet_need-row-housing_services = خدمات السكن، مثلًا مساكن الإيجار التابعة للمدينة
q-unmet_need-row-public_transport = النقل العام
q-unmet_need-row-international_house = International House Oulu

q-barriers = ما الذي جعل استخدام الخدمات أصعب عليك؟
q-barriers-hint = اختر كل الإجابات المناسبة.
opt-barriers-language = اللغة
opt-barriers-information = لم أحصل على معلومات كافية عن الخدمات
opt-barriers-waiting_time = طوابير طويلة أو وقت انتظار طويل
opt-barriers-cost = التكلفة
opt-barriers-discrimination = معاملة فيها تمييز أو عدم احترام
opt-barriers-digital_services = استخدام الخدمات الإلكترونية أو رموز الدخول البنكية (pankkitunnukset)
opt-barriers-opening_hours = ساعات العمل
opt-barriers-distance = المسافة الطويلة أو صعوبة الوصول
opt-barriers-other = شيء آخر
opt-barriers-no_barriers = لا شيء، استخدام الخدمات كان سهلًا

q-service_language = بأي لغة تتعامل عادةً مع الخدمات العامة؟
opt-service_language-finnish = بالفنلندية
opt-service_language-english = بالإنجليزية
opt-service_language-own_language = بلغتي الأم
opt-service_language-mixed = بعدة لغات

q-interpreter = خلال آخر 12 شهرًا، هل احتجت إلى مترجم فوري عند التعامل مع الخدمات العامة؟
opt-interpreter-needed_got = نعم، وحصلت على مترجم
opt-interpreter-needed_not_got = نعم، لكنني لم أحصل على مترجم
opt-interpreter-not_needed = لا، لم أحتج إلى مترجم

## الثقة

q-trust = إلى أي مدى تثق بما يلي؟
q-trust-hint = الرقم 0 يعني أنك لا تثق أبدًا، والرقم 10 يعني أنك تثق تمامًا.
q-trust-row-city_services = خدمات مدينة أولو
q-trust-row-police = الشرطة
q-trust-row-health_care = الرعاية الصحية
q-trust-row-courts = المحاكم
q-trust-row-media = وسائل الإعلام
q-trust-row-politicians = السياسيون
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
opt-trust11-cant_say = لا أستطيع التحديد

## في الختام

q-what_would_improve = ماذا يمكن أن تفعل مدينة أولو لكي يشعر جميع سكانها بأن أولو بيتهم؟
q-what_would_improve-hint = من فضلك لا تكتب في إجابتك أسماء أو معلومات أخرى يمكن أن تكشف هويتك أو هوية شخص آخر.

q-comments = هل تريد أن تخبرنا بأي شيء آخر عن الأجواء العامة أو الخدمات أو تجاربك في أولو؟
q-comments-hint = من فضلك لا تكتب في إجابتك أسماء أو معلومات أخرى يمكن أن تكشف هويتك أو هوية شخص آخر.

## المؤشرات

ind-racism_experienced_12m = التعرّض للتمييز أو العنصرية (آخر 12 شهرًا)
ind-disc_ground_origin = التمييز بسبب الأصل أو لون البشرة (من بين من تعرّضوا للتمييز)
ind-witnessed_racism = رؤية أو سماع عنصرية ضد شخص آخر (آخر 12 شهرًا)
ind-harassment_12m = التعرّض للمضايقة (آخر 12 شهرًا)
ind-incident_reported = الإبلاغ عن الحادثة (من بين من تعرّضوا للتمييز أو المضايقة أو العنف)
ind-discrimination = التعرّض للتمييز في هذا الموقف (من بين من تعرّضوا للتمييز، آخر 12 شهرًا)
ind-atmosphere_positive = اعتبار الأجواء العامة تجاه المهاجرين إيجابية
ind-atmosphere_improved = تحسّن الأجواء العامة خلال السنتين الماضيتين
ind-racism_seen_as_problem = اعتبار العنصرية مشكلة في أولو
ind-city_against_racism = المدينة تعمل بنشاط ضد العنصرية
ind-safety = الشعور بالأمان في الحي السكني في المساء
ind-violence_12m = التعرّض للعنف أو التهديد بالعنف (آخر 12 شهرًا)
ind-home_town = الشعور بأن أولو هي مدينتهم
ind-belonging_index = مؤشر الانتماء (0–100)
ind-lonely = الشعور بالوحدة كثيرًا
ind-has_finnish_friends = وجود أصدقاء فنلنديين
ind-plans_to_stay = نيّة العيش في أولو بشكل دائم أو لمدة طويلة
ind-inclusion_index = مؤشر المشاركة (0–100)
ind-integrated_well = الشعور بالاندماج الجيد
ind-participates_organisations = المشاركة في أنشطة المنظمات أو المجموعات
ind-voted_municipal = التصويت في الانتخابات البلدية (من بين من لهم حق التصويت)
ind-service_access_index = مؤشر الوصول إلى الخدمات (0–100)
ind-service_access_difficult = صعوبة الحصول على الخدمة (من بين مستخدميها)
ind-unmet_need = الحاجة إلى الخدمة دون الحصول عليها
ind-unmet_need_any = عدم الحصول على خدمة واحدة على الأقل من الخدمات المطلوبة
ind-language_barrier = صعوبة استخدام الخدمات بسبب اللغة
ind-interpreter_not_got = الحاجة إلى مترجم دون الحصول عليه
ind-trust_institutions_index = مؤشر الثقة في المؤسسات (0–100)

## متغيرات الخلفية

bd-gender = الجنس
bd-age_band = الفئة العمرية
bd-age_band-age_18_29 = 18–29 سنة
bd-age_band-age_30_49 = 30–49 سنة
bd-age_band-age_50_plus = 50 سنة أو أكثر
bd-language_group = المجموعة اللغوية
bd-language_group-russian_speaking = الروسية أو الأوكرانية أو الإستونية
bd-language_group-arabic_persian_kurdish = العربية أو الفارسية أو الكردية
bd-language_group-somali = الصومالية
bd-language_group-english = الإنجليزية
bd-language_group-other = لغات أخرى
bd-years_in_oulu = مدة الإقامة في أولو
bd-years_in_oulu-under_3 = أقل من 3 سنوات
bd-years_in_oulu-from_3_to_10 = 3–10 سنوات
bd-years_in_oulu-over_10 = أكثر من 10 سنوات
bd-district = منطقة السكن
bd-district-centre = Keskusta و Tuira
bd-district-north = Kaijonharju و Linnanmaa و Rajakylä
bd-district-south_east = Kaukovainio و Kaakkuri و Myllyoja و Hiukkavaara
bd-district-outer = Haukipudas و Kiiminki و Oulunsalo
bd-district-other = مناطق أخرى
bd-region_of_birth = منطقة الولادة
