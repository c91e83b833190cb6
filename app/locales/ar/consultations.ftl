# consultations: the texts of app/src/consultations/ in this language.

filter-all = الكل
filter-open = الجارية
filter-upcoming = القادمة
filter-closed = المنتهية
timing-open = جارية
timing-upcoming = قادمة
timing-closed = منتهية
field-title-hint = من 10 إلى 150 حرفًا.
field-description = الوصف
field-starts-on = من
field-ends-on = إلى
field-support-threshold = عتبة الدعم
field-support-threshold-hint = عدد الداعمين الذي يصبح بعده على البلدية أن ترد على المقترح.
field-support-limit = عدد الدعمات لكل متساكن
field-support-limit-hint = عدد المقترحات التي يمكن لكل متساكن دعمها في هذه الاستشارة (0 = بلا حد).
field-answer-days = أجل الرد (بالأيام)
field-answer-days-hint = عدد الأيام المتاحة للمنتخبين للرد على مقترح بلغ العتبة.
stat-proposals = المقترحات
stat-answered = الردود المنشورة
stat-overdue = الردود المتأخرة
consultations-lead = استشارات البلدية: اطّلع، اقترح، ادعم وتابع الردود.
consultations-filter = تصفية الاستشارات
consultations-empty = لا توجد استشارة هنا حاليًا
consultations-empty-body = جرّب تصفية أخرى، أو عد قريبًا.
consultation-edit = تعديل الاستشارة
consultation-save = حفظ الاستشارة
consultation-publish = نشر الاستشارة
consultation-draft = مسودة
consultation-drafts = المسودات (يراها الفريق فقط)
consultation-draft-hint = لا يرى المسودة إلا الفريق الذي يُعدّ الاستشارات.
consultation-no-dates = التواريخ لاحقًا
consultation-districts = الأحياء المعنية:
consultation-districts-hint = إن لم تختر أي حي: كامل البلدية.
consultation-phases = المراحل
consultation-phases-hint = حدّد تواريخ المراحل المبرمجة، بالترتيب ودون تداخل. اترك فارغة المراحل التي لن تُنظَّم.
consultation-rules = القواعد
consultation-about = تقديم
consultation-overdue = { $count ->
    [zero] لا يوجد مقترح ينتظر رده منذ أكثر من { $days } يومًا.
    [one] مقترح واحد ينتظر رده منذ أكثر من { $days } يومًا.
    [two] مقترحان ينتظران ردهما منذ أكثر من { $days } يومًا.
    [few] { $count } مقترحات تنتظر ردها منذ أكثر من { $days } يومًا.
    [many] { $count } مقترحًا تنتظر ردها منذ أكثر من { $days } يومًا.
   *[other] { $count } مقترح تنتظر ردها منذ أكثر من { $days } يومًا.
}
phase-current = المرحلة الحالية:
phase-information = الإعلام
phase-information-hint = تقدّم البلدية المشروع ورهاناته.
phase-proposals = المقترحات
phase-proposals-hint = يقدّم المتساكنون مقترحاتهم.
phase-supports = الدعم
phase-supports-hint = يدعم المتساكنون المتحقَّق منهم المقترحات.
phase-debate = النقاش
phase-debate-hint = تُناقَش المقترحات.
phase-evaluation = التقييم
phase-evaluation-hint = تدرس المصالح المقترحات المختارة.
phase-outcome = النتيجة
phase-outcome-hint = تنشر البلدية ردودها وما سيُنجَز.
rule-limit = { $count ->
    [one] يمكن لكل متساكن دعم مقترح واحد.
    [two] يمكن لكل متساكن دعم مقترحين.
    [few] يمكن لكل متساكن دعم { $count } مقترحات.
    [many] يمكن لكل متساكن دعم { $count } مقترحًا.
   *[other] يمكن لكل متساكن دعم { $count } مقترح.
}
rule-no-limit = يمكن لكل متساكن دعم ما يشاء من المقترحات.
rule-answer-days = { $count ->
    [one] يرد المنتخبون في أجل يوم واحد.
    [two] يرد المنتخبون في أجل يومين.
    [few] يرد المنتخبون في أجل { $count } أيام.
    [many] يرد المنتخبون في أجل { $count } يومًا.
   *[other] يرد المنتخبون في أجل { $count } يوم.
}
notice-consultation-saved = تم حفظ الاستشارة.
notice-consultation-published = نُشرت الاستشارة: يمكن للجميع رؤيتها.
proposals-see = عرض المقترحات
