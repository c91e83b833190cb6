# statistics: the texts of app/src/statistics/ in this language.

statistics-title = إحصائيات المشاركة
statistics-lead = المشاركة في كامل البلدية: من شارك، وما اقتُرح وأُيّد، وهل ردّ المنتخبون في الآجال. الأرقام نفسها التي في البيانات المفتوحة.
statistics-of-consultation = المشاركة في الاستشارة «{ $title }».
statistics-to-consultation = عرض الاستشارة
statistics-whole = كامل البلدية
statistics-choose = الاستشارة
statistics-participants = المشاركون (الحسابات)
statistics-proposals = المقترحات
statistics-supports = التأييدات
statistics-comments = التعليقات
statistics-meetings = الاجتماعات العمومية
statistics-attendance = الحضور في الاجتماعات
statistics-accountability = المساءلة
statistics-answers-on-time = ردود في الآجال
statistics-answers-late = ردود متأخرة (أو مستحقة بعد انقضاء الأجل)
statistics-answers-owed = ردود ما زالت مستحقة
statistics-outcomes-on-time = حصائل نُشرت في الآجال
statistics-outcomes-late = حصائل متأخرة
statistics-outcomes-owed = حصائل ما زالت مستحقة
statistics-by-district = حسب الحي
statistics-withheld-note = تُنشر تأييدات الحي ابتداءً من 5؛ وما دون ذلك يظهر «أقل من 5» (القاعدة نفسها في البيانات المفتوحة).
statistics-over-time = عبر الزمن
statistics-chart-supports-district = التأييدات حسب حي المقترح
statistics-chart-proposals-district = المقترحات حسب الحي
statistics-chart-supports-month = التأييدات حسب الشهر
statistics-chart-proposals-month = المقترحات حسب الشهر
statistics-chart-desc-district = { $count ->
    [zero] رسم بياني بالأعمدة دون أحياء.
    [one] رسم بياني بالأعمدة لحي واحد؛ الأرقام في الجدول الموالي.
    [two] رسم بياني بالأعمدة لحيين؛ الأرقام في الجدول الموالي.
    [few] رسم بياني بالأعمدة لـ{ $count } أحياء؛ الأرقام في الجدول الموالي.
    [many] رسم بياني بالأعمدة لـ{ $count } حيًّا؛ الأرقام في الجدول الموالي.
   *[other] رسم بياني بالأعمدة لـ{ $count } حي؛ الأرقام في الجدول الموالي.
}
statistics-chart-desc-month = { $count ->
    [zero] رسم بياني بالأعمدة دون أشهر.
    [one] رسم بياني بالأعمدة لشهر واحد؛ الأرقام في الجدول الموالي.
    [two] رسم بياني بالأعمدة لشهرين؛ الأرقام في الجدول الموالي.
    [few] رسم بياني بالأعمدة لـ{ $count } أشهر؛ الأرقام في الجدول الموالي.
    [many] رسم بياني بالأعمدة لـ{ $count } شهرًا؛ الأرقام في الجدول الموالي.
   *[other] رسم بياني بالأعمدة لـ{ $count } شهر؛ الأرقام في الجدول الموالي.
}
statistics-nothing-yet = لا شيء لعرضه بعد.
statistics-withheld = أقل من 5
statistics-col-label = ماذا
statistics-col-value = العدد
statistics-log-title = السجل العمومي للأعمال
statistics-log-link = السجل ومفتاحه
statistics-open-data-link = البيانات المفتوحة
footer-statistics = الإحصائيات
