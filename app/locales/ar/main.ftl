site-name = مجلس
site-description = مجلس، منصة المشاركة المواطنية لبلديتك: اقترح، ادعم، ناقش وتابع كل قرار.
municipality-unnamed = بلديتك
loading = جارٍ التحميل…
yes = نعم
no = لا
back-home = العودة إلى الصفحة الرئيسية

## Navigation
nav-skip = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-staff = فضاء الأعوان
nav-login = تسجيل الدخول
nav-register = إنشاء حساب
nav-logout = تسجيل الخروج
lang-switch-label = اللغة
footer-about = يطبّق «مجلس» مبادئ الحكومة المفتوحة: الشفافية والمشاركة والمساءلة.
footer-open-source = برمجية حرّة، صُنعت للبلديات التونسية.
pagination-label = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-status = الصفحة { $page } من { $total }

## Home
home-title = الرئيسية
home-kicker = منصة المشاركة المواطنية
home-welcome-back = مرحبًا بعودتك،
home-cta-register = شارك: أنشئ حسابًا
home-how-title = كيف تشارك
home-step-propose = اقترح
home-step-propose-body = خلال الاستشارة، اقترح فكرة لحيّك أو للبلدية كلها.
home-step-support = ادعم
home-step-support-body = يدعم المتساكنون الذين تمّ التحقق من هويتهم المقترحات التي تهمّهم.
home-step-meet = اجتمع
home-step-meet-body = سجّل في الاجتماعات العامة وورشات العمل التي تنظمها البلدية.
home-step-follow = تابع
home-step-follow-body = تنتهي كل استشارة بردّ منشور: تعرف ما آلت إليه مساهمتك.
home-principles-title = التزاماتنا
home-principle-transparency = الشفافية: القرارات وأسبابها منشورة للعموم.
home-principle-participation = المشاركة: يمكن لكل متساكن أن يساهم، عبر الإنترنت أو في الشبّاك.
home-principle-accountability = المساءلة: لا تُغلق أي استشارة دون نشر نتيجتها.

## Fields
field-display-name = الاسم الظاهر
field-display-name-hint = يظهر بجانب مساهماتك (من حرفين إلى 60 حرفًا).
field-email = البريد الإلكتروني
field-email-hint = سنرسل إليه رابط التأكيد. لا يُنشر أبدًا.
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-hint = عشرة أحرف على الأقل، دون اسمك أو بريدك الإلكتروني.
field-password-confirm = تأكيد كلمة المرور

## Registration and login
register-title = إنشاء حساب
register-lead = يتيح لك الحساب أن تقترح وتدعم وتتابع استشارات بلديتك.
register-submit = إنشاء حسابي
register-have-account = لديك حساب؟
check-email-title = تفقّد بريدك الإلكتروني
check-email-body = أرسلنا إليك للتوّ رسالة فيها رابط لتأكيد عنوانك. الرابط صالح لمدة 48 ساعة.
check-email-spam = لم تصلك الرسالة؟ تفقّد البريد غير المرغوب فيه. عند تسجيل الدخول سيصلك رابط جديد.
confirm-title = تأكيد البريد الإلكتروني
confirm-body = اضغط على الزر لتأكيد عنوانك وتفعيل حسابك.
confirm-submit = تأكيد عنواني
confirm-expired-help = انتهت صلاحية الرابط؟ سجّل الدخول وسيصلك رابط جديد.
login-title = تسجيل الدخول
login-submit = دخول
login-forgot = نسيت كلمة المرور؟
login-no-account = ليس لديك حساب بعد؟
forgot-title = نسيت كلمة المرور
forgot-lead = أدخل بريدك الإلكتروني وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
reset-title = اختيار كلمة مرور جديدة
reset-submit = حفظ كلمة المرور
reset-request-new = طلب رابط جديد
notice-email-confirmed = تمّ تأكيد عنوانك. يمكنك الآن تسجيل الدخول.
notice-password-changed = تمّ تغيير كلمة المرور. سجّل الدخول بالكلمة الجديدة.
notice-reset-sent = إن كان هناك حساب بهذا العنوان، فقد أُرسلت إليه رسالة فيها رابط صالح لمدة ساعة.
notice-logged-out = تمّ تسجيل خروجك.

## Account
account-title = حسابي
account-role = الدور
account-language = لغة الرسائل
account-member-since = تاريخ التسجيل
account-password-help = لتغيير كلمة المرور:

## Roles
role-resident = متساكن
role-referent = مرجع المشاركة
role-planner = فريق التهيئة العمرانية
role-official = منتخب
role-admin = مشرف
role-resident-duties = يمكنك أن تقترح وتدعم وتتابع الاستشارات.
role-referent-duties = تشرف على النقاشات، وتعالج البلاغات، وتساعد المتساكنين الذين لا يملكون اتصالًا بالإنترنت.
role-planner-duties = تنظّم الاستشارات ومراحلها والاجتماعات العامة.
role-official-duties = تجيب عن المقترحات وتنشر نتيجة كل استشارة.
role-admin-duties = تدير إعدادات البلدية والأدوار والتحقق من هوية المتساكنين.

## Staff
staff-title = فضاء الأعوان
staff-your-role = دورك:
staff-admin-tools = الإدارة
staff-activity = آخر النشاطات
staff-activity-empty = لا يوجد نشاط بعد
staff-activity-empty-body = ستظهر هنا التسجيلات والتأكيدات وتغييرات الأدوار.
col-when = متى
col-who = من
col-what = ماذا
actor-system = النظام
activity-account-registered = إنشاء حساب
activity-account-email-confirmed = تأكيد البريد الإلكتروني
activity-account-password-reset = إعادة تعيين كلمة المرور
activity-account-provisioned = حساب أُنشئ من سطر الأوامر
activity-account-role-changed = تغيير الدور
users-title = الحسابات والأدوار
users-count = { $count ->
    [zero] لا يوجد أي حساب
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
users-confirmed = العنوان مؤكَّد
users-role-for = دور
users-change-role = تغيير
outbox-title = الرسائل الإلكترونية
outbox-lead = تمرّ كل رسالة عبر قائمة الانتظار هذه: تُكتب مع الإجراء الذي تسبّب فيها، ثم تُرسل.
outbox-no-smtp = لم يُضبط أي خادم بريد (SMTP): تبقى الرسائل هنا ولا تُرسل. اضبط المتغيّر MAJLIS_SMTP_URL لإرسالها.
outbox-pending = { $count ->
    [zero] لا رسالة في الانتظار
    [one] رسالة واحدة في الانتظار
    [two] رسالتان في الانتظار
    [few] { $count } رسائل في الانتظار
    [many] { $count } رسالة في الانتظار
   *[other] { $count } رسالة في الانتظار
}
outbox-empty = لا توجد رسائل
outbox-empty-body = ستظهر هنا رسائل التأكيد وإعادة تعيين كلمة المرور.
outbox-status-pending = في الانتظار
outbox-status-sent = أُرسلت
outbox-status-failed = فشل الإرسال

## Errors
error-validation = بعض الحقول تحتاج إلى تصحيح: انظر الرسائل أدناه.
error-unauthenticated = سجّل الدخول للوصول إلى هذه الصفحة.
error-forbidden-staff-only = هذه الصفحة مخصّصة لأعوان البلدية.
error-forbidden-admin-only = هذا الإجراء مخصّص للمشرفين.
error-forbidden-own-role = لا يمكنك تغيير دورك بنفسك.
error-forbidden-login-required = سجّل الدخول للمتابعة.
error-not-found = الصفحة غير موجودة
not-found-body = العنوان المطلوب غير موجود أو لم يعد موجودًا.
error-conflict-duplicate = هذا التسجيل موجود مسبقًا.
error-rate-limited = محاولات كثيرة. أعد المحاولة بعد دقيقة.
error-bad-request = الاستمارة المرسلة ناقصة. أعد تحميل الصفحة وحاول مجددًا.
error-too-large = الاستمارة المرسلة طويلة جدًّا. اختصر النص وأعد المحاولة.
error-internal = حدث خطأ من جهتنا. أعد المحاولة بعد لحظات.
error-required = هذا الحقل إجباري.
error-email-invalid = عنوان البريد الإلكتروني غير صالح (مثال: name@example.tn).
error-email-taken = يوجد حساب بهذا العنوان. سجّل الدخول أو استعمل «نسيت كلمة المرور».
error-email-unconfirmed = لم يتمّ تأكيد عنوانك بعد. أرسلنا إليك رابطًا جديدًا.
error-name-too-short = يجب أن يتكوّن الاسم من حرفين على الأقل.
error-name-too-long = يجب ألّا يتجاوز الاسم 60 حرفًا.
error-name-invalid = يحتوي الاسم على أحرف غير مسموح بها.
error-password-too-short = يجب أن تتكوّن كلمة المرور من عشرة أحرف على الأقل.
error-password-too-long = يجب ألّا تتجاوز كلمة المرور 128 حرفًا.
error-password-contains-email = يجب ألّا تحتوي كلمة المرور على بريدك الإلكتروني.
error-password-contains-name = يجب ألّا تحتوي كلمة المرور على اسمك.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-link-invalid = هذا الرابط غير صالح. تأكّد من أنك نسخته كاملًا.
error-link-used = سبق استعمال هذا الرابط.
error-link-expired = انتهت صلاحية هذا الرابط.
error-role-invalid = هذا الدور غير موجود.

## Emails
email-confirm-subject = { $municipality }: أكّد بريدك الإلكتروني
email-confirm-body =
    مرحبًا { $name }،

    لتفعيل حسابك على منصة «مجلس» ({ $municipality })، افتح هذا الرابط:
    { $link }

    الرابط صالح لمدة { $hours } ساعة. إن لم تُنشئ حسابًا، تجاهل هذه الرسالة.

    — مجلس، { $municipality }
email-reset-subject = { $municipality }: كلمة مرور جديدة
email-reset-body =
    مرحبًا { $name }،

    لاختيار كلمة مرور جديدة، افتح هذا الرابط:
    { $link }

    الرابط صالح لمدة { $minutes } دقيقة ويُستعمل مرة واحدة. إن لم تطلب شيئًا، تجاهل هذه الرسالة: كلمة مرورك لم تتغيّر.

    — مجلس، { $municipality }

## Participation: shared
nav-consultations = الاستشارات
save = حفظ
choose = — اختر —
filter-apply = تصفية
filter-search = بحث
filter-all = الكل
filter-open = الجارية
filter-upcoming = القادمة
filter-closed = المنتهية
timing-open = جارية
timing-upcoming = قادمة
timing-closed = منتهية
staff-work-tools = أدوات العمل
col-proposal = المقترح
col-consultation = الاستشارة
col-due = آخر أجل للرد
col-line = السطر
col-problem = المشكلة
col-problems = المشاكل
col-rows = الأسطر
col-imported = المستوردة
field-title = العنوان
field-title-hint = من 10 إلى 150 حرفًا.
field-description = الوصف
field-markdown-hint = يمكن استعمال تنسيق Markdown: **خط عريض**، قوائم، روابط.
field-district = الحي
field-category = المحور
field-address = العنوان أو المكان
field-address-hint = اختياري: أين يوجد ما تتحدث عنه.
field-body = مقترحك
field-body-hint = صف الفكرة، ولماذا هي مهمة ولمن (5000 حرف على الأكثر، يمكن استعمال Markdown).
field-proposal-title-hint = عنوان واضح، من 10 إلى 150 حرفًا.
field-starts-on = من
field-ends-on = إلى
field-support-threshold = عتبة الدعم
field-support-threshold-hint = عدد الداعمين الذي يصبح بعده على البلدية أن ترد على المقترح.
field-support-limit = عدد الدعمات لكل متساكن
field-support-limit-hint = عدد المقترحات التي يمكن لكل متساكن دعمها في هذه الاستشارة (0 = بلا حد).
field-answer-days = أجل الرد (بالأيام)
field-answer-days-hint = عدد الأيام المتاحة للمنتخبين للرد على مقترح بلغ العتبة.
field-name-ar = الاسم بالعربية
field-name-fr = الاسم بالفرنسية
field-name-en = الاسم بالإنجليزية
field-order = الترتيب حسب
field-answer-state = الرد
field-answer-text = نص الرد
field-withdraw-reason = سبب السحب
field-withdraw-note = توضيح
field-withdraw-note-hint = إجباري إذا كان السبب «آخر».
field-national-id = رقم بطاقة التعريف الوطنية
field-national-id-hint = أرقام بطاقة التعريف الثمانية. لا يُحفظ الرقم أبدًا: تُحفظ بصمة مشفّرة منه فقط.
field-birth-year = سنة الولادة
field-resident-email = البريد الإلكتروني لحساب المتساكن
field-census-file = ملف CSV (رقم بطاقة التعريف، سنة الولادة)
stat-proposals = المقترحات
stat-supports = الدعمات
stat-answered = الردود المنشورة
stat-overdue = الردود المتأخرة

## Consultations
consultations-title = الاستشارات
consultations-lead = استشارات البلدية: اطّلع، اقترح، ادعم وتابع الردود.
consultations-filter = تصفية الاستشارات
consultations-empty = لا توجد استشارة هنا حاليًا
consultations-empty-body = جرّب تصفية أخرى، أو عد قريبًا.
consultation-new = استشارة جديدة
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
rule-threshold = { $count ->
    [one] كل مقترح يدعمه شخص واحد يتلقى ردًا رسميًا.
    [two] كل مقترح يدعمه شخصان يتلقى ردًا رسميًا.
    [few] كل مقترح يدعمه { $count } أشخاص يتلقى ردًا رسميًا.
    [many] كل مقترح يدعمه { $count } شخصًا يتلقى ردًا رسميًا.
   *[other] كل مقترح يدعمه { $count } شخص يتلقى ردًا رسميًا.
}
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
districts-title = الأحياء
districts-lead = أحياء البلدية، بأسمائها في اللغات الثلاث. ترتبط بها الاستشارات والمقترحات.
district-add = إضافة حي
district-save = إعادة التسمية
district-all = كل الأحياء
district-whole-town = كامل البلدية
notice-consultation-saved = تم حفظ الاستشارة.
notice-consultation-published = نُشرت الاستشارة: يمكن للجميع رؤيتها.
notice-district-saved = تم حفظ الحي.

## Proposals
proposals-title = المقترحات
proposals-see = عرض المقترحات
proposals-count = { $count ->
    [zero] لا يوجد أي مقترح
    [one] مقترح واحد
    [two] مقترحان
    [few] { $count } مقترحات
    [many] { $count } مقترحًا
   *[other] { $count } مقترح
}
proposals-empty = لا يوجد مقترح مطابق
proposals-empty-body = غيّر التصفية، أو كن أول من يقترح.
proposal-new = تقديم مقترح
proposal-edit = تعديل مقترحي
proposal-save = حفظ التعديلات
proposal-publish = نشر مقترحي
proposal-withdraw = سحب مقترحي
proposal-withdrawn = مسحوب
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
supports-count = { $count ->
    [zero] لا يوجد أي دعم
    [one] دعم واحد
    [two] دعمان
    [few] { $count } دعمات
    [many] { $count } دعمًا
   *[other] { $count } دعم
}
supports-left = { $count ->
    [zero] استعملت كل دعماتك ({ $limit }) في هذه الاستشارة.
    [one] بقي لك دعم واحد من { $limit }.
    [two] بقي لك دعمان من { $limit }.
    [few] بقيت لك { $count } دعمات من { $limit }.
    [many] بقي لك { $count } دعمًا من { $limit }.
   *[other] بقي لك { $count } دعم من { $limit }.
}
threshold-reached = بلغ العتبة: على البلدية أن ترد
threshold-missing = { $count ->
    [zero] بلغ العتبة.
    [one] ينقصه دعم واحد لبلوغ العتبة.
    [two] ينقصه دعمان لبلوغ العتبة.
    [few] تنقصه { $count } دعمات لبلوغ العتبة.
    [many] ينقصه { $count } دعمًا لبلوغ العتبة.
   *[other] ينقصه { $count } دعم لبلوغ العتبة.
}
support-action = أدعم
support-done = أنت تدعم هذا المقترح.
support-withdraw = سحب دعمي
support-login = سجّل الدخول لتدعم
support-verify = لتدعم، اطلب التحقق من حسابك كمتساكن.
support-limit-reached = استعملت كل دعماتك في هذه الاستشارة.
support-closed = الدعم غير مفتوح حاليًا.
support-withdrawn = مقترح مسحوب: لم يعد بالإمكان دعمه.
assist-title = دعم بمساعدة (الشباك)
assist-lead = لمتساكن لا يملك الإنترنت: أدخل رقم بطاقة تعريفه وسنة ولادته كما في البطاقة. سيُسجَّل الدعم على أنك أدخلته.
assist-submit = تسجيل الدعم
answer-title = رد البلدية
answer-none-yet = لم يُنشر أي رد بعد.
answer-none = دون رد
answer-all = كل الردود
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
answer-due = آخر أجل للرد
answer-form-title = الرد (المنتخبون)
answer-draft-saved = حُفظت المسودة في
answer-then = ثم
answer-save-draft = الإبقاء كمسودة
answer-publish = نشر الرد وإعلام المشاركين
answer-submit = تأكيد
answer-has-draft = مسودة
answers-title = ردود مطلوبة
answers-lead = المقترحات التي بلغت عتبتها وتنتظر ردًا، الأكثر تأخرًا أولًا.
answers-empty = لا يوجد رد منتظر
answers-empty-body = كل المقترحات التي بلغت عتبتها تلقّت ردًا.
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
email-answer-subject = ردّت البلدية: { $title }
email-answer-body =
    مرحبًا،

    ردّت البلدية ({ $municipality }) على المقترح «{ $title }» الذي قدّمته أو دعمته.

    الرد: { $state }

    اقرأ الرد كاملًا: { $link }

    — مجلس، { $municipality }

## Verification
verify-title = التحقق من حسابي كمتساكن
verify-lead = يمكن للمتساكنين المتحقَّق منهم فقط دعم المقترحات: شخص واحد، دعم واحد.
verify-done = تم التحقق من حسابك:
verify-census-title = عبر سجل البلدية
verify-census-lead = أدخل رقم بطاقة تعريفك وسنة ولادتك؛ نقارنهما بسجل المتساكنين.
verify-submit = تحقّق
verify-privacy = لا يُحفظ رقمك أبدًا كما هو ولا يُعرض.
verify-in-person-title = في الشباك
verify-in-person-lead = يمكنك أيضًا الحضور إلى مكتب الاستقبال بالبلدية ومعك بطاقة تعريفك: سيتحقق عون من حسابك.
method-census = سجل المتساكنين
method-in-person = في الشباك
in-person-title = التحقق من متساكن في الشباك
in-person-lead = بعد الاطلاع على بطاقة تعريفه، أدخل البريد الإلكتروني لحسابه ورقم بطاقة تعريفه.
in-person-id-hint = كما في البطاقة المقدَّمة. لا يُحفظ إلا كبصمة مشفّرة.
in-person-submit = التحقق من هذا الحساب
census-title = سجل المتساكنين
census-lead = استورد قائمة المتساكنين (رقم بطاقة التعريف وسنة الولادة): يقارن المتساكنون أنفسهم بها من حساباتهم. تُحفظ بصمة مشفّرة من الأرقام فقط.
census-entries = المتساكنون في السجل
census-verified = الحسابات المتحقَّق منها
census-import = استيراد ملف
census-import-lead = ملف CSV، سطر لكل متساكن: رقم بطاقة التعريف، سنة الولادة. يُقبل سطر عناوين.
census-import-submit = استيراد
census-mode = إذا كانت بعض الأسطر خاطئة
census-mode-good-rows = استيراد الأسطر الصحيحة
census-mode-all-or-nothing = عدم استيراد أي شيء
census-report = تقرير الاستيراد
census-report-applied = أُضيف { $imported } متساكنًا، { $known } معروفون مسبقًا، { $problems } أسطر خاطئة (لم تُستورد).
census-report-refused = لم يُستورد أي شيء: { $problems } أسطر خاطئة. صحّحها ثم أعد الاستيراد.
census-methods = طرق التحقق
census-imports = آخر عمليات الاستيراد
notice-verified = تم التحقق من حسابك: يمكنك دعم المقترحات.
notice-resident-verified = تم التحقق من حساب المتساكن.
notice-settings-saved = تم حفظ الإعدادات.

## Participation errors
error-similar = توجد مقترحات مشابهة: اطّلع عليها قبل النشر.
error-title-too-short = يجب أن يتكوّن العنوان من 10 أحرف على الأقل.
error-title-too-long = يجب ألا يتجاوز العنوان 150 حرفًا.
error-text-too-long = هذا النص طويل جدًا.
error-number-invalid = أدخل عددًا صحيحًا.
error-date-invalid = أدخل تاريخًا صحيحًا (YYYY-MM-DD).
error-date-before-start = يجب أن تأتي النهاية بعد البداية.
error-phase-overlap = تبدأ هذه المرحلة قبل نهاية المرحلة السابقة.
error-phases-required = حدّد مرحلة واحدة على الأقل بتواريخها.
error-district-invalid = هذا الحي غير موجود.
error-choice-invalid = اختر خيارًا من القائمة.
error-withdraw-note-required = وضّح سبب السحب.
error-national-id-invalid = يتكوّن رقم بطاقة التعريف من 8 أرقام.
error-birth-year-invalid = أدخل سنة ولادة صحيحة.
error-identity-unknown = هذا الشخص غير موجود في السجل (بسنة الولادة هذه) ولا حسابه متحقَّق منه.
error-identity-taken = هذا الرقم يُستعمل للتحقق من حساب آخر. توجّه إلى شباك البلدية.
error-census-no-match = لا يوجد متساكن في السجل يطابق هذا الرقم وسنة الولادة هذه.
error-account-unknown = لا يوجد حساب بهذا العنوان.
error-census-empty = لا يحتوي الملف على أي سطر.
error-census-not-utf8 = يجب أن يكون الملف بصيغة CSV وترميز UTF-8.
error-census-row-unreadable = سطر غير مقروء.
error-census-columns = يجب أن يحتوي السطر على عمودين بالضبط.
error-census-duplicate = هذا الرقم موجود في سطر سابق من الملف.
error-forbidden-draft = هذه الاستشارة غير منشورة.
error-forbidden-planner-only = مخصّص للمهيئين العمرانيين والمشرفين.
error-forbidden-referent-only = مخصّص للمرجعيين والمشرفين.
error-forbidden-not-author = صاحب المقترح وحده يمكنه تعديله أو سحبه.
error-forbidden-verification-required = اطلب أولًا التحقق من حسابك كمتساكن.
error-forbidden-official-only = مخصّص للمنتخبين والمشرفين.
error-conflict-proposals-closed = تقديم المقترحات غير مفتوح في هذه الاستشارة.
error-conflict-supports-closed = الدعم غير مفتوح حاليًا.
error-conflict-already-supported = هذه الهوية تدعم هذا المقترح بالفعل.
error-conflict-support-limit = استعملت كل دعماتك في هذه الاستشارة.
error-conflict-proposal-withdrawn = سُحب هذا المقترح.
error-conflict-proposal-locked = لا يمكن تعديل مقترح بعد أول دعم له أو بعد الرد عليه.
error-conflict-already-verified = هذا الحساب متحقَّق منه بالفعل.
error-conflict-census-disabled = التحقق عبر السجل غير مفتوح.
error-conflict-in-person-disabled = التحقق في الشباك غير مفتوح.
activity-district-saved = حُفظ حي
activity-consultation-saved = حُفظت استشارة
activity-consultation-published = نُشرت استشارة
activity-proposal-created = نُشر مقترح
activity-proposal-edited = عُدّل مقترح
activity-proposal-withdrawn = سُحب مقترح
activity-proposal-answered = نُشر رد
activity-support-assisted = دعم مُسجَّل في الشباك
activity-user-verified = تم التحقق من حساب متساكن
activity-verification-methods = تغيّرت طرق التحقق
activity-census-imported = استُورد السجل
