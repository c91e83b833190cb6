# النقاش: نصوص app/src/debates/ وapp/src/comments/ وapp/src/moderation/.

debates-title = النقاشات
debates-see = النقاشات
debates-count = { $count ->
    [zero] لا يوجد أي نقاش بعد
    [one] نقاش واحد
    [two] نقاشان
    [few] { $count } نقاشات
    [many] { $count } نقاشًا
   *[other] { $count } نقاش
}
debates-empty = لا يوجد أي نقاش بعد
debates-empty-body = تُفتح النقاشات هنا خلال الاستشارة.
debate-phase-open = مرحلة النقاش مفتوحة: تعليقاتكم مرحّب بها.
debate-phase-not-open = مرحلة النقاش غير مفتوحة: التعليقات مغلقة.
debate-new = فتح نقاش
debate-by = فتحه
debate-closed = مغلق
debate-locked = مقفل من قبل الإشراف
debate-lock = إقفال النقاش
debate-unlock = فتح قفل النقاش
debate-conclusions = الخلاصات
debate-close = إغلاق النقاش مع الخلاصات
debate-close-submit = إغلاق النقاش
debate-open-submit = فتح النقاش
debate-title-hint = سؤال يمكن للمتساكنين الإجابة عنه، من 10 إلى 150 حرفًا.
field-debate-title = السؤال
field-debate-body = السياق
field-conclusions = الخلاصات
conclusions-hint = ما تحتفظ به البلدية من النقاش. تُعرض في أعلى النقاش؛ لا تعليقات جديدة بعد الإغلاق.
notice-debate-opened = النقاش مفتوح.
notice-debate-closed = أُغلق النقاش؛ خلاصاته معروضة في الأعلى.
activity-debate-opened = فُتح نقاش
activity-debate-closed = أُغلق نقاش

activity-moderation-threshold-set = تغيير عتبة الإبلاغات

thread-debate = نقاش
thread-proposal = مقترح
thread-meeting = اجتماع
comments-count = { $count ->
    [zero] التعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
comments-empty = لا يوجد أي تعليق بعد. كونوا أول من يبدي رأيه.
comment-order = ترتيب التعليقات
comment-order-oldest = الأقدم
comment-order-newest = الأحدث
comment-order-best = الأعلى تقييمًا
alignment-filter = المواقف
alignment-all = الكل
alignment-for = مع
alignment-against = ضد
alignment-neutral = محايد
alignment-none = — دون موقف —
field-alignment = موقفكم
field-comment = تعليقكم
field-reply = ردّكم
comment-hint = حتى 2000 حرف. ماركداون: **عريض**، *مائل*، قوائم، روابط.
comment-edit-hint = يمكن تعديل التعليق خلال 10 دقائق من نشره؛ ويُشار إليه بأنه معدَّل.
comment-submit = نشر التعليق
comment-reply-submit = نشر الرد
comment-save = حفظ
comment-login = سجّلوا الدخول للتعليق
comment-reply = ردّ
comment-edit = تعديل
comment-edited = معدَّل
comment-delete = حذف
comment-delete-confirm = حذف هذا التعليق نهائيًا
comment-deleted-text = تعليق حذفه صاحبه.
comment-more-replies = { $count ->
    [zero] لا ردود أخرى
    [one] عرض ردّ آخر
    [two] عرض ردّين آخرين
    [few] عرض { $count } ردود أخرى
    [many] عرض { $count } ردًّا آخر
   *[other] عرض { $count } ردّ آخر
}
comment-page-title = تعليق
comment-reply-title = الرد على تعليق
comment-edit-title = تعديل تعليق
comment-whole-thread = عرض النقاش كاملًا
vote-up = موافق
vote-down = غير موافق
notice-comment-posted = نُشر تعليقكم.
notice-comment-edited = عُدّل تعليقكم.
notice-comment-deleted = حُذف تعليقكم.
account-blocked = حساب محظور
role-system = آلي (إبلاغات)

content-hidden = محتوى أخفاه الإشراف
content-comment = تعليق
content-proposal = مقترح
content-debate = نقاش
content-user = حساب
reason-spam = رسائل مزعجة أو إشهار
reason-offensive = مسيء أو يحض على الكراهية
reason-off-topic = خارج الموضوع
reason-personal-data = معطيات شخصية
reason-other = سبب آخر
report-link = إبلاغ
report-title = الإبلاغ عن محتوى
report-lead = أخبروا المشرفين بما لا يستقيم. يبقى إبلاغكم سريًا: لا يعرف صاحب المحتوى ولا العموم من أبلغ.
field-report-reason = السبب
field-report-details = تفاصيل
report-details-hint = إجبارية عند اختيار «سبب آخر»؛ حتى 1000 حرف.
report-submit = إرسال الإبلاغ
notice-report-sent = شكرًا: أُرسل إبلاغكم إلى المشرفين.

moderation-title = الإشراف
moderation-empty = لا شيء للمراجعة
moderation-empty-body = تظهر هنا المحتويات المُبلَّغ عنها وتلك التي أخفتها الإبلاغات.
moderation-author = صاحب المحتوى:
moderation-reports = { $count ->
    [zero] لا إبلاغ مفتوح
    [one] إبلاغ مفتوح واحد
    [two] إبلاغان مفتوحان
    [few] { $count } إبلاغات مفتوحة
    [many] { $count } إبلاغًا مفتوحًا
   *[other] { $count } إبلاغ مفتوح
}
moderation-reports-counted = { $count ->
    [zero] لا شيء منها من مقيم موثَّق أو عون
    [one] منها إبلاغ واحد من مقيم موثَّق أو عون
    [two] منها إبلاغان من مقيمين موثَّقين أو أعوان
    [few] منها { $count } إبلاغات من مقيمين موثَّقين أو أعوان
    [many] منها { $count } إبلاغًا من مقيمين موثَّقين أو أعوان
   *[other] منها { $count } إبلاغ من مقيمين موثَّقين أو أعوان
}
moderation-staff-content = محتوى عون: لا يُخفى آليًا، يقرّر فيه مرجع آخر
moderation-auto-hidden = أخفته الإبلاغات، للمراجعة
field-moderation-act = الإجراء
field-hide-reason = السبب (للإخفاء)
moderation-act-hide = إخفاء
moderation-act-restore = إعادة النشر
moderation-act-dismiss = حفظ الإبلاغات
moderation-act-lock = إقفال النقاش
moderation-apply = تطبيق
notice-moderation-done = تمّ. الإجراء مسجّل في سجل الإشراف العمومي.
block-author = حظر صاحب المحتوى
field-block-length = المدة
block-length-7 = 7 أيام
block-length-30 = 30 يومًا
block-length-365 = سنة
block-length-permanent = نهائيًا
field-justification = التعليل
justification-hint = إجباري. يحتفظ به الأعوان ولا يُنشر.
block-submit = حظر الحساب
blocked-title = الحسابات المحظورة
blocked-none = لا يوجد حساب محظور.
blocked-until = حتى { $date }
unblock = رفع الحظر
appeals-title = التظلمات
appeals-lead = يطلب أصحاب محتويات إعادة نشرها. يبتّ في التظلم مرجع غير الذي أخفى المحتوى.
appeals-waiting = { $count ->
    [zero] لا تظلم في الانتظار
    [one] تظلم واحد في الانتظار
    [two] تظلمان في الانتظار
    [few] { $count } تظلمات في الانتظار
    [many] { $count } تظلمًا في الانتظار
   *[other] { $count } تظلم في الانتظار
}
hidden-now = { $count ->
    [zero] لا محتوى مخفيًّا
    [one] محتوى مخفي واحد
    [two] محتويان مخفيان
    [few] { $count } محتويات مخفية
    [many] { $count } محتوًى مخفيًّا
   *[other] { $count } محتوى مخفي
}
hidden-list-title = المحتويات المخفية
hidden-list-lead = كل محتوى مخفي الآن، الأحدث أولًا: ما أخفته الإبلاغات أو أخفاه مرجع، وما رُفض تظلمه. يمكن إرجاع أيٍّ منها.
hidden-list-empty = لا محتوى مخفيًّا
hidden-list-empty-body = المحتويات التي تُخفى تظهر هنا حتى تُرجَع.
appeals-empty = لا تظلم في الانتظار
appeals-empty-body = تظهر هنا تظلمات أصحاب المحتويات.
appeal-text = تظلم صاحب المحتوى:
appeal-reverse = إعادة نشر المحتوى
appeal-uphold = إبقاؤه مخفيًا
appeal-link = تقديم تظلم
appeal-title = التظلم من قرار إشراف
appeal-lead = اشرحوا لماذا ينبغي إعادة نشر محتواكم. يمكن التظلم مرة واحدة؛ يبتّ فيه مرجع آخر وتُعلَمون بالبريد الإلكتروني.
field-appeal = تظلمكم
appeal-submit = إرسال التظلم
appeal-state-waiting = أُرسل تظلمكم؛ سيبتّ فيه مرجع.
appeal-state-upheld = دُرس تظلمكم: يبقى المحتوى مخفيًا.
appeal-state-reversed = قُبل تظلمكم: أُعيد نشر المحتوى.
notice-appeal-sent = أُرسل تظلمكم.
modlog-title = سجل الإشراف
modlog-lead = كل إجراء إشراف، بشفافية: متى، وماذا، ولماذا، ومن أي دور. لا يظهر أبدًا من أبلغ.
modlog-empty = لا إجراء إشراف بعد
modlog-empty-body = ستُدرج هنا إجراءات الإشراف.
modlog-date = التاريخ
modlog-action = الإجراء
modlog-content = المحتوى
modlog-reason = السبب
modlog-role = من قبل
modlog-auto-hidden = أُخفي آليًا (إبلاغات)
modlog-hidden = أُخفي
modlog-restored = أُعيد نشره
modlog-dismissed = حُفظت الإبلاغات
modlog-locked = أُقفل النقاش
modlog-unlocked = فُتح قفل النقاش
modlog-blocked = حُظر حساب
modlog-unblocked = رُفع الحظر عن حساب
modlog-appeal-upheld = رُفض التظلم
modlog-appeal-reversed = قُبل التظلم وأُعيد النشر
modlog-debate-closed = أُغلق النقاش مع خلاصات

threshold-now = { $count ->
    [zero] يُخفى المحتوى آليًا دون إبلاغ.
    [one] يُخفى المحتوى آليًا من أول إبلاغ.
    [two] يُخفى المحتوى آليًا عند إبلاغين مختلفين.
    [few] يُخفى المحتوى آليًا عند { $count } إبلاغات مختلفة.
    [many] يُخفى المحتوى آليًا عند { $count } إبلاغًا مختلفًا.
   *[other] يُخفى المحتوى آليًا عند { $count } إبلاغ مختلف.
}
field-threshold = عدد الإبلاغات التي تخفي المحتوى
threshold-hint = من 1 إلى 100 إبلاغ مختلف، تُحتسب إلى أن يبتّ مرجع.
threshold-save = حفظ العتبة
error-threshold-invalid = اكتبوا عددًا صحيحًا من 1 إلى 100.

error-reply-too-deep = تتداخل الردود على ثلاثة مستويات على الأكثر: ردّوا على التعليق الذي في الأعلى.
error-details-required = اذكروا في كلمات ما لا يستقيم.
error-lock-not-debate = لا يُقفل إلا نقاش أو تعليق في نقاش.
error-forbidden-blocked = حسابكم محظور من قبل المشرفين: لا يمكنكم النشر ولا الدعم ولا التسجيل.
error-forbidden-own-content = لا يمكنكم القيام بهذا على محتواكم.
error-forbidden-own-moderation = يجب أن يبتّ مرجع آخر في هذا التظلم: أنتم من اتخذ القرار المتظلَّم منه.
error-conflict-debate-closed = هذا النقاش مغلق: لا يقبل تعليقات جديدة.
error-conflict-debate-phase-closed = مرحلة النقاش في هذه الاستشارة غير مفتوحة.
error-conflict-comments-closed = التعليقات مغلقة هنا.
error-conflict-already-reported = سبق أن أبلغتم عن هذا المحتوى.
error-conflict-edit-window-passed = لا يُعدَّل التعليق إلا خلال 10 دقائق من نشره.
error-conflict-comment-deleted = حُذف هذا التعليق أو أُخفي.
error-conflict-already-appealed = سبق أن قدّمتم تظلمًا؛ ستُعلَمون بالقرار بالبريد الإلكتروني.
error-conflict-not-hidden = هذا المحتوى غير مخفي.
error-conflict-appeal-decided = سبق البتّ في هذا التظلم.
error-conflict-case-decided = سبق البتّ في هذه الحالة؛ انظر سجل الإشراف.

email-content-hidden-subject = أُخفي محتواكم
email-content-hidden-body =
    مرحبًا،
    أخفى الإشراف محتواكم على منصة المشاركة لـ{ $municipality }.
    المحتوى: { $kind } — «{ $excerpt }»
    السبب: { $reason }
    إن رأيتم أن في ذلك خطأ، يمكنكم التظلم مرة واحدة: { $link }
    — مجلس، { $municipality }
email-appeal-upheld-subject = دُرس تظلمكم
email-appeal-upheld-body =
    مرحبًا،
    درس مرجع من { $municipality } تظلمكم بشأن «{ $excerpt }» ({ $kind }): يبقى المحتوى مخفيًا.
    — مجلس، { $municipality }
email-appeal-reversed-subject = قُبل تظلمكم
email-appeal-reversed-body =
    مرحبًا،
    قبل مرجع من { $municipality } تظلمكم: «{ $excerpt }» ({ $kind }) ظاهر من جديد.
    { $link }
    — مجلس، { $municipality }
