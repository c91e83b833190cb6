# accounts: the texts of app/src/accounts/ in this language.

field-display-name-hint = يظهر بجانب مساهماتك (من حرفين إلى 60 حرفًا).
field-email-hint = سنرسل إليه رابط التأكيد. لا يُنشر أبدًا.
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-hint = عشرة أحرف على الأقل، دون اسمك أو بريدك الإلكتروني.
field-password-confirm = تأكيد كلمة المرور
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
account-title = حسابي
account-language = لغة الرسائل
account-password-help = لتغيير كلمة المرور:
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
email-registered-again-subject = { $municipality }: محاولة إنشاء حساب بعنوانك
email-registered-again-body =
    مرحبًا { $name }،
    طلب أحدهم (ربما أنت) إنشاء حساب على منصة «مجلس» بهذا العنوان، وله حساب من قبل. لم يُنشأ أي حساب.
    لتسجيل الدخول: { $login }
    نسيت كلمة المرور: { $reset }
    إن لم تكن أنت، تجاهل هذه الرسالة: حسابك لم يتغيّر.
    — مجلس، { $municipality }
account-data-title = بياناتك
account-export-lead = نزّل كل ما يحفظه «مجلس» عنك: ملفك الشخصي، مقترحاتك، دعمك، والرسائل المرسلة إليك (ملف JSON).
account-export = تنزيل بياناتي
account-delete-title = حذف حسابي
account-delete-lead = سيُمحى اسمك وعنوان بريدك. تبقى مقترحاتك منشورة باسم «حساب محذوف»، ويبقى دعمك محسوبًا دون صلة بك. لا رجعة في ذلك.
account-delete-password = كلمة مرورك، للتأكيد
account-delete-submit = حذف حسابي نهائيًا
error-conflict-last-admin = أنت المشرف الوحيد: امنح دور المشرف لحساب آخر قبل حذف حسابك.
notice-account-deleted = تمّ حذف حسابك.
