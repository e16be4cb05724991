# NEEDS REVIEW by a native speaker before this report is published.
# يحتاج هذا الملف إلى مراجعة من متحدث أصلي باللغة العربية قبل نشر التقرير.
# نصوص التقرير (المنطقة `report`، crates/report). تصل الأرقام منسقة مسبقًا.

report-title = { $survey }: النتائج حسب الجولة
report-subtitle = الجولات { $waves }

report-heading-summary = الملخص
report-heading-targets = أهداف البرنامج
report-heading-groups = الفئات ذات التغيرات الأكبر
report-heading-methods = المنهجية

report-summary-intro = { $one ->
    [yes] يعرض هذا التقرير جولة واحدة من الاستبيان ({ $waves }). عدد المشاركين: { $counts }.
   *[no] يقارن هذا التقرير { $count } جولات من الاستبيان ({ $waves }). عدد المشاركين: { $counts }.
}
report-summary-wave-count = { $n } في { $wave }
report-summary-change = { $indicator }: { $direction ->
    [down] انخفض من
    [up] ارتفع من
   *[same] بقي على حاله تقريبًا، من
} { $earlier_value } في { $earlier } إلى { $later_value } في { $later }؛ { $significant ->
    [yes] التغير ذو دلالة إحصائية.
   *[no] التغير ليس ذا دلالة إحصائية.
}
report-summary-unchanged = { $one ->
    [yes] لم يتغير مؤشر آخر واحد تغيرًا ذا دلالة إحصائية بين { $earlier } و{ $later }.
   *[no] لم تتغير { $count } مؤشرات أخرى تغيرًا ذا دلالة إحصائية بين { $earlier } و{ $later }.
}
report-summary-level = { $indicator }: { $value } في { $wave }.
report-summary-targets = أهداف البرنامج في { $wave }: { $total } إجمالًا؛ تحقق { $met }، ولم يتحقق { $missed }، ولا يمكن الحكم بعد أو لا توجد بيانات لـ { $open }.

report-value-interval = { $value } ({ $lower }–{ $upper })
report-cell = { $value }، ن = { $n }
report-pp = { $value } نقطة مئوية
report-index-points = { $value } نقطة
report-change-significant = { $difference } (ذو دلالة)
report-change-not-significant = { $difference } (ليس ذا دلالة)
report-too-few-answers = عدد الإجابات قليل جدًا
report-hidden-protects = مخفي لحماية فئة أخرى
report-no-answers = لا توجد إجابات

report-targets-none = لا يحدد الاستبيان أهدافًا للبرنامج.
report-targets-caption = أهداف البرنامج ووضعها في أحدث جولة
report-targets-note = يتحقق الهدف عندما تقع فترة الثقة ٩٥٪ كلها في جهة الهدف، ولا يتحقق عندما تقع كلها في الجهة الأخرى؛ وإلا فلا يمكن الحكم بعد.
report-target-below = أقل من { $value } بحلول { $by }
report-target-above = أكثر من { $value } بحلول { $by }
report-target-latest = { $value } في { $wave }
report-status-met = تحقق
report-status-missed = لم يتحقق
report-status-cannot-tell = لا يمكن الحكم بعد
report-status-no-data = لا توجد بيانات
report-status-suppressed = عدد الإجابات قليل جدًا

report-col-indicator = المؤشر
report-col-target = الهدف
report-col-latest = أحدث نتيجة (فترة ٩٥٪)
report-col-status = الوضع
report-col-responsible = الجهة المسؤولة
report-col-change = التغير { $earlier }–{ $later }
report-col-group = الفئة
report-col-wave = الجولة
report-col-respondents = المشاركون

report-table-caption = { $theme }: النتائج حسب الجولة، فترات الثقة { $level } بين قوسين
report-group = { $breakdown }: { $group }
report-groups-intro = التغيرات ذات الدلالة الإحصائية داخل الفئات بين { $earlier } و{ $later }: { $count }؛ تُعرض أكبر { $shown } منها.
report-groups-caption = أكبر التغيرات ذات الدلالة داخل الفئات، { $earlier }–{ $later }
report-groups-none-significant = لم تتغير أي فئة تغيرًا ذا دلالة إحصائية بين { $earlier } و{ $later }.
report-groups-none-analysed = لم يُطلب تقسيم حسب الفئات (--by).
report-groups-one-wave = لا توجد تغيرات لعرضها مع جولة واحدة.

report-methods-raked = الجولة { $wave }: الإجابات مرجّحة (raking) بحيث يطابق المشاركون السكان حسب { $margins } (المصدر: { $source }).
report-methods-weight-column = الجولة { $wave }: الإجابات مرجّحة بالأوزان في العمود { $column }.
report-methods-unweighted = الجولة { $wave }: الإجابات غير مرجّحة.
report-methods-intervals = تُعرض كل نتيجة مع فترة الثقة { $level } المحسوبة من التصميم المرجّح (فترات logit للنسب، وفترات Korn-Graubard للخلايا الصغيرة أو المتطرفة، وفترات طبيعية للمؤشرات المركبة).
report-methods-tests = يُختبر التغير بين جولتين باختبار z للفرق؛ وتُعدَّل قيم p للمقارنات المتعددة بطريقة Holm عبر جميع مقارنات التقرير، ويُعد التغير ذا دلالة إحصائية عندما تكون قيمة p المعدلة أقل من { $alpha }.
report-methods-suppression = لا تُعرض النتائج المبنية على أقل من { $min_n } إجابات ("عدد الإجابات قليل جدًا")، ولا التغيرات المتعلقة بها.
report-methods-complementary = إذا أمكن استنتاج فئة مخفية من المجموع والفئات الأخرى، تُخفى فئة أخرى أيضًا (الإخفاء التكميلي).
report-methods-no-suppression = لا توجد نتائج مخفية: هذا التقرير مخصص فقط للمحللين المخوّلين بالوصول إلى البيانات الجزئية.
report-methods-free-text = لا تُدرج الإجابات النصية الحرة في هذا التقرير أبدًا.
report-counts-caption = المشاركون حسب الجولة
