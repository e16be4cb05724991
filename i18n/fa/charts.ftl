# NEEDS REVIEW by a native speaker before these charts are published.
# پیش از انتشار این نمودارها، یک گویشور بومی فارسی باید این متن را بازبینی کند.
# متن‌های نمودارها (بخش `charts`، crates/charts): عنوان‌ها، محورها، راهنماها، یادداشت‌ها و
# توضیحات برای صفحه‌خوان‌ها. اعداد از پیش قالب‌بندی شده می‌رسند ($value، $n، $level).

charts-all-respondents = همهٔ پاسخ‌دهندگان
charts-too-few-answers = تعداد پاسخ‌ها خیلی کم است
charts-hidden-protects = برای محافظت از گروهی دیگر پنهان شده است
charts-no-answers = پاسخی وجود ندارد
charts-n = n = { $n }
charts-value-n = { $value } (n = { $n })

charts-axis-share = سهم پاسخ‌دهندگان، ٪
charts-axis-index = شاخص، ۰–۱۰۰

charts-legend-estimate = برآورد
charts-legend-interval = بازهٔ اطمینان { $level }
charts-legend-significant = تغییر معنادار آماری نسبت به دور قبل
charts-legend-break = پرسشنامه تغییر کرد
charts-legend-target = هدف برنامه
charts-target-below = هدف: کمتر از { $value } تا { $by }
charts-target-above = هدف: بیشتر از { $value } تا { $by }

charts-breakdown-subtitle = بر اساس: { $breakdown }
charts-theme-subtitle = { $all }، { $waves }

charts-note-interval = خطوط، بازه‌های اطمینان { $level } را نشان می‌دهند.
charts-note-significant = مثلث: تغییر معنادار آماری نسبت به دور قبل (p < { $alpha }، با تصحیح هولم).
charts-note-break = پرسشنامه بین دورهای { $earlier } و { $later } تغییر کرد؛ این دورها را با احتیاط مقایسه کنید.
charts-note-suppression = نتایجی که بر کمتر از { $min_n } پاسخ استوارند نمایش داده نمی‌شوند.
charts-note-weighted = نتایج برای نمایندگی از جمعیت وزن‌دهی شده‌اند.
charts-note-unweighted = نتایج وزن‌دهی نشده‌اند.
charts-note-distribution = سهم‌ها از میان پاسخ‌دهندگان است؛ پاسخ‌های «نمی‌دانم» در نظر گرفته نشده‌اند.

charts-pp = { $value } واحد درصد
charts-index-points = { $value } امتیاز

charts-desc-trend = نمودار خطی: «{ $indicator }»، { $domain }، دورهای { $waves }.
charts-desc-breakdown = نمودار میله‌ای: «{ $indicator }» بر اساس { $breakdown }، دورهای { $waves }.
charts-desc-distribution = توزیع پاسخ‌ها: «{ $item }»، { $domain }، دورهای { $waves }.
charts-desc-theme = نمودارهای خطی کوچک برای شاخص‌های موضوع «{ $theme }» ({ $count })، دورهای { $waves }.
charts-desc-value = { $label }: { $value } (بازهٔ اطمینان { $level }: { $lower }–{ $upper }، n = { $n })
charts-desc-value-no-interval = { $label }: { $value } (n = { $n })
charts-desc-hidden = { $label }: { $reason }
charts-desc-change = تغییر معنادار آماری از { $earlier } تا { $later }: { $difference }
charts-desc-shares = { $wave } (n = { $n }): { $shares }

charts-theme-racism = نژادپرستی
charts-theme-discrimination = تبعیض
charts-theme-inclusion = مشارکت و شمول
charts-theme-services = دسترسی به خدمات
charts-theme-atmosphere = فضای عمومی
charts-theme-belonging = احساس تعلق
charts-theme-trust = اعتماد
charts-theme-safety = امنیت
