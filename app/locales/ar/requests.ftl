nav-my-requests = مطالبي
footer-track = متابعة مطلب
request-status-received = وارد
request-status-incomplete = منقوص
request-status-in-progress = قيد المعالجة
request-status-ready = جاهز
request-status-refused = مرفوض
request-status-closed = مغلق
field-kind-text = نص
field-kind-number = عدد
field-kind-date = تاريخ
field-kind-choice = اختيار من قائمة
field-kind-file = ملف
# The form of a request
request-new = تقديم مطلب عن بعد
request-assisted-title = تسجيل مطلب في الشبّاك
request-assisted-hint = أنت تسجّل هذا المطلب لشخص حاضر في الشبّاك. يُعلَّم المطلب «في الشبّاك» مع اسمك. سلّمه رمز المتابعة مطبوعًا: به يتابع مطلبه.
request-documents-reminder = الوثائق المطلوبة
request-file-hint = ملف PDF أو صورة أو وثيقة مكتبية أو CSV؛ يُتحقَّق من النوع من المحتوى.
request-file-again = المتصفّح لا يحتفظ بالملفات المختارة: اخترها من جديد قبل الإرسال.
field-required-mark = إجباري
field-date-hint = بالصيغة سنة-شهر-يوم (YYYY-MM-DD).
field-applicant-name = اسم الشخص
field-applicant-phone = هاتف الشخص
field-applicant-phone-hint = اختياري؛ لا يراه إلا الأعوان، لإعلامه بتقدّم المطلب.
field-attachment = المرفقات
field-attachment-hint = { $count } ملفات على الأكثر، لا يتجاوز كل منها { $size } م.ب.
request-submit = إرسال المطلب
request-register = تسجيل المطلب
procedure-request-online = تقديم المطلب عن بعد
procedure-request-assisted = تسجيل مطلب في الشبّاك
# Fields of a procedure's request
procedure-fields-title = خانات المطلب عن بعد
procedure-fields-lead = ما يطلبه مطلب هذا الإجراء عن بعد من المتساكنين، بالترتيب. المطالب المرسلة سابقًا تحتفظ بالأجوبة والتسميات كما كانت.
procedure-fields-not-online = هذا الإجراء غير معلَّم «عن بعد»: لا يرى هذه الاستمارة إلا الأعوان في الشبّاك.
procedure-fields-empty = لا خانات: المطلب يقتصر على المرفقات.
procedure-field-add = إضافة خانة
procedure-field-remove = حذف
field-field-kind = نوع الجواب
field-label-ar = التسمية بالعربية
field-label-fr = التسمية بالفرنسية
field-choices = الاختيارات المقترحة
field-choices-hint = اختيار في كل سطر (لخانة «اختيار من قائمة»).
field-required = إجباري
notice-field-added = أُضيفت الخانة إلى الاستمارة.
notice-field-removed = حُذفت الخانة من الاستمارة.
# Following a request
track-title = متابعة مطلب
track-lead = أدخل رمز المتابعة الذي تسلّمته عند إرسال المطلب (أو في الشبّاك). يُظهر حالة المطلب وتاريخه وأجله القانوني، دون أسماء ولا وثائق.
field-tracking-code = رمز المتابعة
track-submit = عرض المطلب
track-code = رمز المتابعة
track-status = الحالة
track-submitted = أُرسل يوم
track-due = الأجل القانوني
track-no-due = لا أجل يحدّده القانون
track-paused = (الأجل معلَّق: ينقص شيء)
track-history = التاريخ
track-clock-note = يُعلَّق الأجل ما دام المطلب منقوصًا، ويُستأنف عند وصول ما ينقص.
request-late-badge = متأخّر
request-assisted-badge = في الشبّاك
request-title = مطلب
request-code-hint = احتفظ برمز المتابعة: كل من يملكه يرى حالة المطلب (لا أجوبتك ولا وثائقك).
request-answers = الأجوبة
request-files = الوثائق
request-file-size = { $size } ك.ب.
request-assisted-by = سجّله في الشبّاك
request-taken-by = يعالجه
request-not-taken = لا أحد بعد
my-requests-title = مطالبي
my-requests-lead = الإجراءات التي طلبتها عن بعد، وأين وصلت.
my-requests-empty = لا مطالب
my-requests-empty-body = الإجراءات المعلَّمة «عن بعد» في الدليل يمكن طلبها من صفحتها.
request-col-procedure = الإجراء
request-col-submitted = أُرسل يوم
request-col-status = الحالة
request-col-due = الأجل القانوني
request-missing-title = إرسال ما ينقص
request-missing-lead = المطلب منقوص: التاريخ أعلاه يبيّن ما ينقص. أرسله هنا؛ يُستأنف الأجل عند الإرسال.
field-missing-note = رسالة
request-missing-submit = إرسال
request-satisfaction-question = هل كانت النتيجة ما كنت تحتاجه؟
request-satisfaction-yes = نعم
request-satisfaction-no = لا
request-satisfied-yes = أجبت: نعم، كانت النتيجة ما تحتاجه. شكرًا.
request-satisfied-no = أجبت: لا، لم تكن النتيجة ما تحتاجه. شكرًا.
notice-request-sent = أُرسل المطلب. احتفظ برمز متابعته.
notice-request-taken = أنت تعالج هذا المطلب الآن.
notice-request-status-changed = تغيّرت حالة المطلب وأُعلم صاحبه.
notice-request-missing-sent = أُرسل: يعود المطلب إلى الأعوان ويُستأنف الأجل.
notice-request-thanks = شكرًا على جوابك.
# The clerks' queue
queue-title = صفّ المطالب
queue-lead = تُعالَج المطالب حسب ترتيب وصولها. أخذ مطلب قبل مطلب أقدم منه للإجراء نفسه يتطلّب سببًا مكتوبًا يُحفَظ، وتُعَدّ هذه التجاوزات علنًا كل شهر في صفحة الإجراء.
queue-waiting = { $count ->
    [zero] لا مطلب في الانتظار
    [one] مطلب واحد في الانتظار
    [two] مطلبان في الانتظار
    [few] { $count } مطالب في الانتظار
    [many] { $count } مطلبًا في الانتظار
   *[other] { $count } مطلب في الانتظار
}
queue-all-procedures = كل الإجراءات
queue-take-next = أخذ الأقدم
queue-empty = لا مطالب
queue-empty-body = لا مطلب بهذه الحالة حاليًا.
notice-queue-empty = لا مطلب في الانتظار.
request-take = التكفّل به
request-out-of-order = ما زال مطلب أقدم لهذا الإجراء في الانتظار. لأخذ هذا قبله، اكتب السبب: يُحفَظ السبب ويُعَدّ التجاوز علنًا.
field-take-reason = السبب
field-take-reason-hint = مثلًا: حالة صحية مستعجلة، ملف سُلّم في شبّاك خاطئ.
request-move = تقدّم المطلب
field-request-to = الحالة الجديدة
field-request-note = ملاحظة لصاحب المطلب
field-request-note-hint = إجبارية لحالة «منقوص» (ما ينقص) و«مرفوض» (السبب). يقرؤها صاحب المطلب.
request-move-submit = حفظ
# Public figures on a procedure's page
procedure-stats-title = مطالب هذا الإجراء بالأرقام
procedure-stats-lead = حسب الشهر. لا تُنشر المطالب أبدًا، بل تُعَدّ فقط. تُحسب الآجال من الإرسال دون فترات التعليق، ولا تُعطى إلا ابتداءً من { $count } مطالب مُعالَجة في الشهر.
stats-month = الشهر
stats-received = الواردة
stats-completed = المُعالَجة
stats-late = المتأخّرة
stats-half = النصف في أقل من
stats-most = ‏90٪ في أقل من
stats-satisfied = الرضا (نعم / لا)
stats-satisfaction = { $yes } / { $no }
stats-out-of-order = المأخوذة خارج الترتيب
stats-too-few = عدد غير كافٍ
stats-days = { $count ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
# Problems
error-conflict-request-changed = تغيّر هذا المطلب منذ فتح الصفحة (عون آخر، أو نقرة ثانية). هذه حالته الآن.
error-conflict-already-taken = أخذ عون آخر هذا المطلب قبلك.
error-conflict-too-many-open-requests = يمكن لحساب غير مُتحقَّق منه أن يكون له 3 مطالب جارية في الوقت نفسه. اطلب التحقق من هويتك، أو انتظر غلق أحد مطالبك.
error-conflict-procedure-not-online = هذا الإجراء لا يُطلب عن بعد: صفحته تبيّن أين تتوجّه.
error-conflict-already-answered = سبق أن أجبت.
error-out-of-order-reason-required = مطلب أقدم في الانتظار: اكتب لماذا تأخذ هذا قبله.
error-request-note-required = اكتب ما ينقص، أو سبب الرفض: سيقرؤه صاحب المطلب.
error-request-missing-empty = اكتب رسالة أو أرفق ملفًا.
error-choices-too-few = أعطِ اختيارين على الأقل، اختيارًا في كل سطر.
error-fields-too-many = للمطلب 20 خانة على الأكثر.
error-attachments-too-many = ثلاثة مرفقات على الأكثر.
error-tracking-code-invalid = رمز المتابعة 20 حرفًا ورقمًا لاتينيًا في مجموعات من أربعة (مثلًا ABCD-EFGH-JKLM-NPQR-STUV).
error-tracking-code-unknown = لا مطلب بهذا الرمز. تثبّت منه.
# Notifications and emails
notification-request-updated = مطلبك «{ $title }»: { $state }
digest-line-request-updated = • مطلبك «{ $title }»: { $state } — { $link }
email-notice-request-updated-subject = مطلبك «{ $title }»: { $state }
email-notice-request-updated-body =
    مرحبًا،
    مطلبك «{ $title }» لدى البلدية ({ $municipality }) أصبح: { $state }.
    { $note }
    رمز المتابعة: { $code }
    عرض المطلب: { $link }
    — مجلس، { $municipality }
activity-procedure-fields-changed = تغيّرت خانات المطلب عن بعد
activity-request-assisted = سُجّل مطلب في الشبّاك
activity-request-taken = أُخذ مطلب من الصفّ
activity-request-status-changed = تغيّرت حالة مطلب
