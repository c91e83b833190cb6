# answers: the texts of app/src/answers/ in this language.

col-proposal = المقترح
col-consultation = الاستشارة
col-due = آخر أجل للرد
field-answer-text = نص الرد
answer-under-evaluation = قيد الدراسة
answer-accepted = مقبول
answer-partially-accepted = مقبول جزئيًا
answer-rejected = مرفوض
answer-overdue = { $days ->
    [one] الرد متأخر بيوم واحد
    [two] الرد متأخر بيومين
    [few] الرد متأخر بـ{ $days } أيام
    [many] الرد متأخر بـ{ $days } يومًا
   *[other] الرد متأخر بـ{ $days } يوم
}
answer-form-title = الرد (المنتخبون)
answer-draft-saved = حُفظت المسودة في
answer-then = ثم
answer-save-draft = الإبقاء كمسودة
answer-publish = نشر الرد وإعلام المشاركين
answer-submit = تأكيد
answer-has-draft = مسودة
answers-lead = المقترحات التي بلغت عتبتها وتنتظر ردًا، الأكثر تأخرًا أولًا.
answers-empty = لا يوجد رد منتظر
answers-empty-body = كل المقترحات التي بلغت عتبتها تلقّت ردًا.
