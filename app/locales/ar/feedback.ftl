# التغذية الراجعة للمواطنين: حصيلة الاستشارات، المساءلة، المتابعة والإشعارات.
stage-participating = المشاركة جارية
stage-awaiting-outcome = في انتظار الحصيلة
stage-outcome-published = الحصيلة منشورة
stage-concluded = منتهية
stage-archived = مؤرشفة
outcome-overdue = { $days ->
    [zero] الحصيلة متأخرة
    [one] الحصيلة متأخرة بيوم واحد
    [two] الحصيلة متأخرة بيومين
    [few] الحصيلة متأخرة بـ{ $days } أيام
    [many] الحصيلة متأخرة بـ{ $days } يومًا
   *[other] الحصيلة متأخرة بـ{ $days } يوم
}
days-since = { $days ->
    [zero] اليوم
    [one] منذ يوم واحد
    [two] منذ يومين
    [few] منذ { $days } أيام
    [many] منذ { $days } يومًا
   *[other] منذ { $days } يوم
}
outcome-title = حصيلة الاستشارة
outcome-summary = ما سمعناه
outcome-decisions = القرارات المتخذة وأسبابها
outcome-next-steps = الخطوات القادمة
outcome-participation-ended = انتهت المشاركة في
outcome-published-on = نُشرت الحصيلة في
outcome-due-on = يجب نشر الحصيلة قبل
outcome-not-yet = المشاركة لم تنته بعد: ستُنشر الحصيلة بعدها.
outcome-awaited = انتهت المشاركة. على البلدية نشر حصيلة هذه الاستشارة، وستعرضها هذه الصفحة.
outcome-draft = مسودة (يراها المنتخبون فقط)
outcome-tools = للمنتخبين
outcome-write = كتابة الحصيلة
outcome-correct = تصحيح الحصيلة المنشورة
outcome-form-lead = تبيّن الحصيلة ما سُمع، وما تقرر ولماذا، وما سيأتي بعد ذلك. تُضاف إليها تلقائيًا الردود على المقترحات ومحاضر الاجتماعات وخلاصات النقاشات.
outcome-draft-only = المشاركة لم تنته بعد: يمكنك إعداد مسودة دون نشرها الآن.
field-outcome-summary = ما سمعناه
field-outcome-decisions = القرارات المتخذة وأسبابها
outcome-next-steps-hint = تاريخ ونص لكل خطوة؛ اترك الأسطر غير المستعملة فارغة.
outcome-step-date = تاريخ الخطوة { $n }
outcome-step-text = الخطوة { $n }
outcome-correct-hint = الحصيلة منشورة: تُنشر تصحيحاتك فورًا (دون إشعار جديد).
outcome-publish = نشر الحصيلة وإعلام المشاركين
outcome-submit = حفظ
outcome-answers = الردود على المقترحات التي بلغت العتبة
outcome-answers-none = لم يبلغ أي مقترح عتبة الدعم.
outcome-answer-missing = في انتظار الرد
outcome-minutes = محاضر الاجتماعات
outcome-conclusions = خلاصات النقاشات
consultation-conclude = اعتبار الاستشارة منتهية
consultation-archive = أرشفة الاستشارة
notice-outcome-saved = حُفظت مسودة الحصيلة.
notice-outcome-published = نُشرت الحصيلة، وسيُعلَم المشاركون.
notice-consultation-concluded = اعتُبرت الاستشارة منتهية.
notice-consultation-archived = أُرشفت الاستشارة.
accountability-title = المساءلة: أين وصلت الاستشارات
accountability-lead = يجب أن تنتهي كل استشارة بحصيلة منشورة. تظهر الحصائل المتأخرة أولًا.
accountability-empty = لا توجد استشارة منشورة
accountability-empty-body = ستظهر الاستشارات هنا بمجرد نشرها.
accountability-consultation = الاستشارة
accountability-stage = الحالة
accountability-closed = انتهاء المشاركة
accountability-outcome = الحصيلة
field-outcome-days = أجل نشر الحصيلة (بالأيام)
field-outcome-days-hint = يُحتسب من نهاية آخر مرحلة مشاركة (60 يومًا افتراضيًا).
staff-outcomes-owed = حصائل منتظرة
activity-outcome-saved = حفظ حصيلة
activity-outcome-published = نشر حصيلة
activity-consultation-concluded = إنهاء استشارة
activity-consultation-archived = أرشفة استشارة
error-conflict-participation-ongoing = المشاركة لم تنته بعد: لا يمكن نشر الحصيلة الآن.
error-conflict-outcome-not-published = انشر الحصيلة أولًا: لا يمكن إنهاء استشارة أو أرشفتها دونها.
error-conflict-already-concluded = هذه الاستشارة منتهية بالفعل.
error-conflict-not-concluded = هذه الاستشارة لم تنته بعد.
error-conflict-already-archived = هذه الاستشارة مؤرشفة: لم تعد تتغير.
error-conflict-link-invalid = هذا الرابط غير صالح. تحقق من أنه كامل، أو أدر رسائلك من حسابك.
error-conflict-link-used = استُعمل هذا الرابط من قبل: تم إلغاء اشتراكك.
error-date-required = أدخل تاريخًا.
follow = متابعة
unfollow = إلغاء المتابعة
following = أنت تتابع
notice-followed = أنت تتابع هذه الصفحة الآن: ستُعلَم بما يترتب عنها.
notice-unfollowed = لم تعد تتابع هذه الصفحة.
notice-preferences-saved = حُفظت تفضيلاتك.
notifications-title = الإشعارات
notifications-unread = { $count ->
    [zero] لا توجد إشعارات غير مقروءة.
    [one] إشعار واحد غير مقروء.
    [two] إشعاران غير مقروءين.
    [few] { $count } إشعارات غير مقروءة.
    [many] { $count } إشعارًا غير مقروء.
   *[other] { $count } إشعار غير مقروء.
}
notifications-empty = لا توجد إشعارات
notifications-empty-body = ستُعلَم هنا بما آلت إليه الاستشارات والمقترحات التي شاركت فيها أو تتابعها.
notifications-mark-read = تعليم الكل كمقروء
notification-new = جديد
notification-outcome-published = نُشرت الحصيلة: { $title }
notification-proposal-answered = ردّت البلدية ({ $state }): { $title }
email-preferences = البريد الإلكتروني
field-email-mode = راسلني بالبريد
field-email-mode-hint = تبقى الإشعارات دائمًا ظاهرة هنا.
email-mode-immediate = مع كل جديد
email-mode-digest = ملخص واحد في اليوم
email-mode-never = أبدًا
delivery-pending = رسالة في انتظار الإرسال
delivery-sent = أُرسلت الرسالة
delivery-failed = لم تصل الرسالة
delivery-not-emailed = دون رسالة (اختيارك)
delivery-in-digest = في الملخص اليومي القادم
sent-title = ما أرسلناه إليك
sent-lead = كل الرسائل التي وجهها إليك مجلس، وحالة إرسالها.
sent-empty = لا توجد رسائل
sent-empty-body = لم يرسل إليك مجلس شيئًا بعد.
sent-subject = الموضوع
sent-written = كُتبت في
sent-state = الإرسال
sent-attempts = { $count ->
    [zero] لا محاولة
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولة
   *[other] { $count } محاولة
}
unsubscribe-title = إلغاء الاشتراك
unsubscribe-consultation = التوقف عن تلقي الرسائل حول الاستشارة «{ $title }».
unsubscribe-proposal = التوقف عن تلقي الرسائل حول المقترح «{ $title }».
unsubscribe-all = التوقف عن تلقي كل رسائل الإشعارات (تستمر رسائل الحساب والاجتماعات).
unsubscribe-submit = ألغِ اشتراكي
unsubscribe-hint = يمكنك تغيير هذا الاختيار لاحقًا من صفحة الإشعارات في حسابك.
notice-unsubscribed = تم: لن تصلك هذه الرسائل بعد الآن.
email-notice-outcome-published-subject = نُشرت الحصيلة: { $title }
email-notice-outcome-published-body =
    مرحبًا،
    نشرت البلدية ({ $municipality }) حصيلة الاستشارة «{ $title }» التي شاركت فيها أو تتابعها: ما سُمع، وما تقرر، وما سيأتي بعد ذلك.
    اقرأ الحصيلة: { $link }
    التوقف عن تلقي الرسائل حول هذه الاستشارة (بنقرة واحدة): { $unsubscribe }
    — مجلس، { $municipality }
email-notice-proposal-answered-subject = ردّت البلدية: { $title }
email-notice-proposal-answered-body =
    مرحبًا،
    ردّت البلدية ({ $municipality }) على المقترح «{ $title }» الذي قدمته أو دعمته أو علّقت عليه أو تتابعه.
    الرد: { $state }
    اقرأ الرد كاملًا: { $link }
    التوقف عن تلقي الرسائل حول هذا المقترح (بنقرة واحدة): { $unsubscribe }
    — مجلس، { $municipality }
digest-line-outcome-published = • نُشرت الحصيلة: { $title } — { $link }
digest-line-proposal-answered = • الرد ({ $state }): { $title } — { $link }
email-digest-subject = { $count ->
    [zero] ملخصك اليومي
    [one] ملخصك اليومي: خبر واحد
    [two] ملخصك اليومي: خبران
    [few] ملخصك اليومي: { $count } أخبار
    [many] ملخصك اليومي: { $count } خبرًا
   *[other] ملخصك اليومي: { $count } خبر
}
email-digest-body =
    مرحبًا،
    إليك ما آلت إليه الاستشارات والمقترحات التي تتابعها:
    { $items }
    التوقف عن تلقي كل رسائل الإشعارات (بنقرة واحدة): { $unsubscribe }
    — مجلس، { $municipality }
rule-outcome-days = { $count ->
    [zero] تنشر البلدية الحصيلة فور انتهاء المشاركة.
    [one] تنشر البلدية الحصيلة في أجل يوم واحد بعد انتهاء المشاركة.
    [two] تنشر البلدية الحصيلة في أجل يومين بعد انتهاء المشاركة.
    [few] تنشر البلدية الحصيلة في أجل { $count } أيام بعد انتهاء المشاركة.
    [many] تنشر البلدية الحصيلة في أجل { $count } يومًا بعد انتهاء المشاركة.
   *[other] تنشر البلدية الحصيلة في أجل { $count } يوم بعد انتهاء المشاركة.
}
nav-notifications = الإشعارات
nav-accountability = المساءلة
results-title = المتابعة والتنفيذ
results-lead = ما تنجزه البلدية بعد الاستشارة: كل إجراء وحالته ونسبة تقدمه، محيّنة للعموم.
results-empty = لم يُنشر أي إجراء بعد
results-empty-body = سينشر المنتخبون هنا الإجراءات المقررة وتقدمها.
result-title = إجراء متابعة
result-new = إضافة إجراء
result-edit = تعديل الإجراء
result-save = حفظ الإجراء
result-status-planned = مبرمج
result-status-in-progress = بصدد الإنجاز
result-status-done = مُنجز
result-status-cancelled = مُلغى
result-progress-value = نسبة التقدم: { $value } %
result-rolled-up = نسبة التقدم هي المعدل المرجّح لتقدم الإجراءات الفرعية.
result-children = الإجراءات الفرعية
result-milestones = المراحل المنجزة
result-milestones-none = لا توجد مراحل بعد.
result-proposals = المقترحات المصدر
result-meetings = الاجتماعات المرتبطة
result-history = سجل التغييرات
result-change-created = إنشاء
result-change-edited = تعديل الوصف أو التواريخ
result-change-status = الحالة
result-change-progress = نسبة التقدم
result-change-milestone = مرحلة
result-parent-none = لا شيء (إجراء رئيسي)
field-result-title = العنوان
field-result-description = الوصف
field-result-status = الحالة
field-result-progress = نسبة التقدم (%)
field-result-progress-hint = عدد صحيح من 0 إلى 100.
field-result-weight = الوزن في الإجراء الرئيسي
field-result-weight-hint = من 1 إلى 100: مدى احتسابه في تقدم الإجراء الرئيسي.
field-result-starts-on = البداية
field-result-ends-on = النهاية المتوقعة
field-result-parent = إجراء فرعي من
field-milestone-day = تاريخ المرحلة
field-milestone-text = ما تم إنجازه
milestone-add = إضافة المرحلة
notice-result-saved = حُفظ الإجراء، وسيُعلَم متابعو الاستشارة بكل تغيير في الحالة أو التقدم.
notice-milestone-added = أُضيفت المرحلة، وسيُعلَم متابعو الاستشارة.
proposal-results = ما أُنجز في هذا المقترح
error-progress-invalid = أدخل عددًا صحيحًا من 0 إلى 100.
error-weight-invalid = أدخل عددًا صحيحًا من 1 إلى 100.
error-milestone-before-start = لا يمكن تأريخ مرحلة قبل بداية الإجراء.
notification-result-updated = «{ $title }»: { $state }، { $progress } %
notification-result-milestone = «{ $title }»: مرحلة جديدة في { $date }
email-notice-result-updated-subject = تقدم الإنجاز: { $title }
email-notice-result-updated-body =
    مرحبًا،
    حيّنت البلدية ({ $municipality }) إجراء متابعة لاستشارة تتابعها: «{ $title }».
    الحالة: { $state } — نسبة التقدم: { $progress } %
    التفاصيل: { $link }
    التوقف عن تلقي الرسائل حول هذه الاستشارة (بنقرة واحدة): { $unsubscribe }
    — مجلس، { $municipality }
email-notice-result-milestone-subject = مرحلة جديدة: { $title }
email-notice-result-milestone-body =
    مرحبًا،
    أُنجزت مرحلة في { $date } ضمن «{ $title }»، وهو إجراء متابعة لاستشارة تتابعها.
    التفاصيل: { $link }
    التوقف عن تلقي الرسائل حول هذه الاستشارة (بنقرة واحدة): { $unsubscribe }
    — مجلس، { $municipality }
digest-line-result-updated = • «{ $title }»: { $state }، { $progress } % — { $link }
digest-line-result-milestone = • مرحلة جديدة ({ $date }): { $title } — { $link }
