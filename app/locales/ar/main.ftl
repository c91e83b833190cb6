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
