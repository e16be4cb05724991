# NEEDS REVIEW by a native speaker before these charts are published.
# يحتاج هذا الملف إلى مراجعة من متحدث أصلي باللغة العربية قبل نشر الرسوم البيانية.
# نصوص الرسوم البيانية (المنطقة `charts`، crates/charts): العناوين والمحاور ومفاتيح الرسم
# والملاحظات والأوصاف لقارئات الشاشة. تصل الأرقام منسقة مسبقًا ($value و$n و$level).

charts-all-respondents = جميع المشاركين
charts-too-few-answers = عدد الإجابات قليل جدًا
charts-hidden-protects = مخفي لحماية مجموعة أخرى
charts-no-answers = لا توجد إجابات
charts-n = ن = { $n }
charts-value-n = { $value } (ن = { $n })

charts-axis-share = نسبة المشاركين، ٪
charts-axis-index = المؤشر، ٠–١٠٠

charts-legend-estimate = التقدير
charts-legend-interval = فترة الثقة { $level }
charts-legend-significant = تغيّر ذو دلالة إحصائية عن الجولة السابقة
charts-legend-break = تغيّر الاستبيان
charts-legend-target = هدف البرنامج
charts-target-below = الهدف: أقل من { $value } بحلول { $by }
charts-target-above = الهدف: أكثر من { $value } بحلول { $by }

charts-breakdown-subtitle = حسب: { $breakdown }
charts-theme-subtitle = { $all }، { $waves }

charts-note-interval = تُظهر الخطوط فترات الثقة { $level }.
charts-note-significant = المثلث: تغيّر ذو دلالة إحصائية عن الجولة السابقة (p < { $alpha }، بتصحيح هولم).
charts-note-break = تغيّر الاستبيان بين جولتي { $earlier } و{ $later }؛ قارن بين هاتين الجولتين بحذر.
charts-note-suppression = لا تُعرض النتائج المبنية على أقل من { $min_n } إجابات.
charts-note-weighted = النتائج مرجّحة لتمثيل السكان.
charts-note-unweighted = النتائج غير مرجّحة.
charts-note-distribution = النسب من بين من أجابوا؛ لا تشمل إجابات «لا أعرف».

charts-pp = { $value } نقطة مئوية
charts-index-points = { $value } نقطة

charts-desc-trend = رسم بياني خطي: «{ $indicator }»، { $domain }، الجولات { $waves }.
charts-desc-breakdown = رسم بياني بالأعمدة: «{ $indicator }» حسب { $breakdown }، الجولات { $waves }.
charts-desc-distribution = توزيع الإجابات: «{ $item }»، { $domain }، الجولات { $waves }.
charts-desc-theme = رسوم بيانية خطية صغيرة لمؤشرات موضوع «{ $theme }» (عددها { $count })، الجولات { $waves }.
charts-desc-value = { $label }: { $value } (فترة الثقة { $level }: { $lower }–{ $upper }، ن = { $n })
charts-desc-value-no-interval = { $label }: { $value } (ن = { $n })
charts-desc-hidden = { $label }: { $reason }
charts-desc-change = تغيّر ذو دلالة إحصائية من { $earlier } إلى { $later }: { $difference }
charts-desc-shares = { $wave } (ن = { $n }): { $shares }

charts-theme-racism = العنصرية
charts-theme-discrimination = التمييز
charts-theme-inclusion = الإدماج والمشاركة
charts-theme-services = الوصول إلى الخدمات
charts-theme-atmosphere = الأجواء العامة
charts-theme-belonging = الانتماء
charts-theme-trust = الثقة
charts-theme-safety = الأمان
