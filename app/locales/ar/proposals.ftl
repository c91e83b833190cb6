# proposals: the texts of app/src/proposals/ in this language.

filter-search = بحث
field-category = المحور
field-address = العنوان أو المكان
field-address-hint = اختياري: أين يوجد ما تتحدث عنه.
field-body = مقترحك
field-body-hint = صف الفكرة، ولماذا هي مهمة ولمن (5000 حرف على الأكثر، يمكن استعمال Markdown).
field-proposal-title-hint = عنوان واضح، من 10 إلى 150 حرفًا.
field-order = الترتيب حسب
field-withdraw-reason = سبب السحب
field-withdraw-note = توضيح
field-withdraw-note-hint = إجباري إذا كان السبب «آخر».
district-whole-town = كامل البلدية
proposals-title = المقترحات
proposals-empty = لا يوجد مقترح مطابق
proposals-empty-body = غيّر التصفية، أو كن أول من يقترح.
proposal-edit = تعديل مقترحي
proposal-save = حفظ التعديلات
proposal-publish = نشر مقترحي
proposal-withdraw = سحب مقترحي
proposal-by = بقلم
proposal-history = السجل
category-all = كل المحاور
category-none = دون محور
category-urbanism = التهيئة العمرانية
category-environment = البيئة
category-mobility = التنقل
category-culture = الثقافة
category-sport = الرياضة
category-social = التضامن
category-economy = الاقتصاد
category-other = آخر
order-supported = الأكثر دعمًا
order-newest = الأحدث
order-random = ترتيب عشوائي
withdraw-duplicate = تكرار لمقترح آخر
withdraw-already-done = أُنجز بالفعل
withdraw-not-feasible = غير قابل للإنجاز
withdraw-other = آخر
similar-title = توجد مقترحات مشابهة
similar-lead = تحقّق إن كان أحدها يقول الشيء نفسه: يمكنك دعمه بدل نشر مقترح جديد.
similar-confirm = لا أحد منها يقول الشيء نفسه: انشر على أي حال
threshold-reached = بلغ العتبة: على البلدية أن ترد
threshold-missing = { $count ->
    [zero] بلغ العتبة.
    [one] ينقصه دعم واحد لبلوغ العتبة.
    [two] ينقصه دعمان لبلوغ العتبة.
    [few] تنقصه { $count } دعمات لبلوغ العتبة.
    [many] ينقصه { $count } دعمًا لبلوغ العتبة.
   *[other] ينقصه { $count } دعم لبلوغ العتبة.
}
answer-title = رد البلدية
answer-none-yet = لم يُنشر أي رد بعد.
answer-none = دون رد
answer-all = كل الردود
answer-due = آخر أجل للرد
event-proposal-created = نُشر المقترح
event-proposal-edited = عُدّل المقترح
event-proposal-withdrawn = سُحب المقترح
event-proposal-answered = نُشر الرد
event-support-assisted = دعم مُسجَّل في الشباك
notice-proposal-published = نُشر مقترحك.
notice-proposal-edited = عُدّل مقترحك.
notice-proposal-withdrawn = سُحب المقترح. يبقى ظاهرًا مع الإشارة إلى ذلك.
notice-support-assisted = سُجّل الدعم.
notice-answer-saved = حُفظت مسودة الرد.
notice-answer-published = نُشر الرد؛ تم إعلام صاحب المقترح والداعمين بالبريد الإلكتروني.
