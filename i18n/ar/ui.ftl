# NEEDS REVIEW by a native speaker before this survey goes live.
# يحتاج هذا الملف إلى مراجعة من متحدث أصلي باللغة العربية قبل نشر الاستبيان.
# نصوص واجهة المستخدم (المنطقة `ui`). رسائل الخطأ للمشاركين: لغة بسيطة تقول
# ما يجب فعله (على نهج GOV.UK Design System).

error-unknown-page = لم نجد الصفحة. ارجع إلى بداية الاستبيان.
error-unknown-question = كان في النموذج سؤال غير موجود في هذا الاستبيان. أعد تحميل الصفحة وأجب مرة أخرى.
error-not-on-page = كان في النموذج إجابة عن سؤال في صفحة أخرى. أعد تحميل الصفحة وأجب مرة أخرى.
error-required = أجب عن هذا السؤال.
error-unknown-option = اختر أحد الخيارات المعروضة.
error-multiple-values = اختر خيارًا واحدًا فقط.
error-exclusive = لا يمكن اختيار «{ $code }» مع خيارات أخرى.
error-too-few-choices = { $min ->
    [zero] اختر { $min } خيار على الأقل.
    [one] اختر خيارًا واحدًا على الأقل.
    [two] اختر خيارين على الأقل.
    [few] اختر { $min } خيارات على الأقل.
    [many] اختر { $min } خيارًا على الأقل.
   *[other] اختر { $min } خيار على الأقل.
}
error-too-many-choices = { $max ->
    [zero] لا تختر أكثر من { $max } خيار.
    [one] لا تختر أكثر من خيار واحد.
    [two] لا تختر أكثر من خيارين.
    [few] لا تختر أكثر من { $max } خيارات.
    [many] لا تختر أكثر من { $max } خيارًا.
   *[other] لا تختر أكثر من { $max } خيار.
}
error-not-a-number = اكتب الإجابة بالأرقام، مثلًا 2015.
error-not-an-integer = اكتب عددًا صحيحًا، بدون كسور عشرية.
error-out-of-range = اكتب عددًا بين { $min } و{ $max }.
error-too-small = يجب أن يكون العدد { $min } أو أكثر.
error-too-large = يجب أن يكون العدد { $max } أو أقل.
error-too-long = يجب ألا يزيد عدد الأحرف في الإجابة على { $max }. عدد الأحرف الآن { $length }.
error-line-break = اكتب الإجابة في سطر واحد.
error-control-characters = في الإجابة أحرف لا يمكن حفظها. اكتب الإجابة مرة أخرى.

## في كل الصفحات
site-name = استبيان الأجواء العامة
skip-to-content = انتقل إلى المحتوى الرئيسي
languages = اللغات
footer-privacy = إجاباتك مجهولة الهوية. لا نحفظ اسمك ولا عنوان IP الخاص بك ولا معلومات جهازك.
optional = اختياري
progress = الصفحة { $page } من { $pages }
back = رجوع
continue = متابعة
save-and-continue-later = احفظ وأكمل لاحقًا
or = أو
error-summary-title = توجد مشكلة
error-title-prefix = خطأ

## الصفحة الأولى
landing-privacy-heading = خصوصيتك
landing-privacy-anonymous = الاستبيان مجهول الهوية. لا نسأل عن اسمك، ولا يمكن ربط إجاباتك بك.
landing-privacy-stored = لا نحفظ إلا إجاباتك، واللغة التي أجبت بها، ووقت إجابتك. لا نحفظ عنوان IP الخاص بك ولا معلومات عن جهازك.
landing-privacy-cookies = لا يستخدم الاستبيان إلا ملفات تعريف الارتباط (الكوكيز) اللازمة لعمله: واحد يربط إجاباتك ببعضها أثناء الإجابة، وواحد يتذكر لغتك، وواحد يحمي النموذج.
landing-privacy-results = لا تُنشر النتائج إلا لمجموعات من 10 أشخاص على الأقل. الإجابات التي تكتبها بكلماتك لا تُنشر أبدًا مع الأرقام.
landing-start = ابدأ الآن
landing-start-over = ابدأ إجابة جديدة
landing-continue = أكمل إجابتك
landing-resume = أكمل برمز محفوظ

## راجع إجاباتك
check-title = راجع إجاباتك قبل إرسالها
check-lead = ما زال بإمكانك تغيير إجاباتك. بعد إرسالها لن تستطيع تغييرها.
change = تغيير
not-answered = بدون إجابة
invitation-label = رمز الدعوة
invitation-hint = تجد الرمز في الخطاب أو الرسالة التي وصلتك، مثلًا ⁨K7Q2-M9XD-AB3C-DE4F⁩.
submit = أرسل الإجابات

## بعد الإرسال
done-title = شكرًا لإجابتك
done-body = تم إرسال إجاباتك. ستساعد المدينة على جعل أولو مكانًا جيدًا للجميع.
done-anonymous = إجاباتك مجهولة الهوية. يمكنك الآن إغلاق هذه الصفحة.

## احفظ وأكمل لاحقًا
saved-title = تم حفظ إجاباتك
saved-body = يمكنك أن تكمل الإجابة لاحقًا، على هذا الجهاز أو على جهاز آخر.
saved-code-intro = اكتب هذا الرمز أو التقط صورة له. ستحتاج إليه لتكمل على جهاز آخر. لا يمكننا أن نعرضه لك مرة أخرى.
saved-resume-link = أكمل برمز
resume-title = أكمل إجابتك
resume-lead = اكتب الرمز الذي حصلت عليه عندما حفظت إجاباتك.
resume-label = الرمز
resume-hint = مثلًا ⁨ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ⁩. يمكنك الكتابة بالحروف الكبيرة أو الصغيرة.
error-resume-empty = اكتب الرمز.
error-resume-unknown = لم نجد إجابات بهذا الرمز. تحقق من الرمز وحاول مرة أخرى.

## رموز الدعوة
error-invitation-required = اكتب رمز الدعوة.
error-invitation-invalid = رمز الدعوة هذا غير صالح لهذا الاستبيان. تحقق من الرمز وحاول مرة أخرى.
error-invitation-used = رمز الدعوة هذا استُخدم من قبل. يمكن استخدام كل رمز مرة واحدة فقط.

## صفحات تشرح مشكلة
unknown-wave-title = لم نجد الاستبيان
unknown-wave-body = لا يوجد استبيان على هذا العنوان. تحقق من العنوان في الدعوة التي وصلتك.
wave-closed-title = أُغلق هذا الاستبيان
wave-closed-body = لم نعد نستقبل إجابات. شكرًا لاهتمامك.
wave-not-yet-open-title = هذا الاستبيان لم يُفتح بعد
wave-not-yet-open-body = لم تبدأ الإجابة بعد. يُرجى العودة لاحقًا.
wave-not-yet-open-date-title = هذا الاستبيان لم يُفتح بعد
wave-not-yet-open-date-body = يمكنك الإجابة ابتداءً من { $date }.
unknown-page-title = لم نجد الصفحة
unknown-page-body = هذه الصفحة ليست جزءًا من الاستبيان. ارجع إلى بداية الاستبيان.
not-found-title = لم نجد الصفحة
not-found-body = تحقق من العنوان وحاول مرة أخرى.
error-server-title = عذرًا، توجد مشكلة في الخدمة
error-server-body = إجاباتك حتى الآن محفوظة. حاول مرة أخرى لاحقًا.
error-csrf-title = انتهت صلاحية النموذج
error-csrf-body = لحمايتك، لم نتمكن من إرسال النموذج. ارجع، وأعد تحميل الصفحة، وحاول مرة أخرى.
error-rate-limited-title = محاولات كثيرة جدًا
error-rate-limited-body = انتظر دقيقة وحاول مرة أخرى.
error-content-type-title = تعذرت قراءة النموذج
error-content-type-body = لم تُرسل الإجابات على شكل نموذج. ارجع وأرسل النموذج مرة أخرى.
error-encoding-title = تعذرت قراءة النموذج
error-encoding-body = كانت في الإجابات أحرف تعذرت قراءتها. ارجع وحاول مرة أخرى.
error-too-large-title = الإجابات طويلة جدًا
error-too-large-body = النموذج أكبر من أن يُرسل. اختصر أطول إجاباتك وحاول مرة أخرى.

back-to-survey = العودة إلى بداية الاستبيان
open-surveys = الاستبيانات المفتوحة الآن
open-surveys-lead = اختر استبيانًا للإجابة عنه.
no-open-surveys = لا توجد استبيانات مفتوحة الآن.
