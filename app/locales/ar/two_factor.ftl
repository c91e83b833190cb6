two-factor-title = رمز التحقّق
two-factor-enrol-lead = يحمي أعوان البلدية حساباتهم بعامل ثانٍ: رمز من ستة أرقام يتغيّر كل 30 ثانية، يعطيه تطبيق على هاتفك.
two-factor-enrol-app = ثبّت تطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator أو Microsoft Authenticator).
two-factor-enrol-scan = في التطبيق، أضف حسابًا بمسح رمز QR هذا.
two-factor-qr-label = رمز QR للمسح بتطبيق المصادقة
two-factor-enrol-key = دون كاميرا، اكتب هذا المفتاح:
two-factor-enrol-confirm = اكتب أدناه الرمز الذي يعرضه التطبيق.
two-factor-verify-lead = اكتب الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة. دون هاتفك، استعمل أحد رموز الاسترجاع.
field-two-factor-code = الرمز
field-two-factor-code-hint = ستة أرقام، أو رمز استرجاع (xxxxx-xxxxx).
two-factor-submit = تأكيد
two-factor-enrolled = تمّ تفعيل العامل الثاني.
recovery-codes-title = رموز الاسترجاع
recovery-codes-lead = إن أضعت هاتفك، يتيح لك كل رمز من هذه الرموز الدخول مرة واحدة. اطبعها أو دوّنها واحفظها في مكان آمن.
recovery-codes-once = لن تُعرض مرة أخرى أبدًا.
recovery-codes-continue = حفظت الرموز، متابعة
recovery-codes-gone = لا تُعرض رموز الاسترجاع إلا مرة واحدة، مباشرة بعد التفعيل.
users-reset-second-factor = إعادة ضبط العامل الثاني
notice-second-factor-reset = تمّت إعادة ضبط العامل الثاني: سيضبط الشخص عاملًا جديدًا عند دخوله القادم.
second-factor-due = لحسابك دور عون: أكّد العامل الثاني للدخول إلى فضاء الأعوان.
second-factor-due-link = التأكيد الآن
error-second-factor-unreadable = لا يمكن التحقّق من عاملك الثاني على هذا الخادم (تغيّر مفتاحه). اطلب من مسؤول إعادة تعيينه، وستضبط عاملًا جديدًا عند دخولك التالي.
email-second-factor-failures-subject = { $municipality }: رموز تحقّق خاطئة لحسابك
email-second-factor-failures-body =
    مرحبًا { $name }،
    اليوم كُتبت كلمة مرور حسابك في مجلس بشكل صحيح، ثم عدّة رموز تحقّق خاطئة. إن لم تكن أنت، فشخص ما يعرف كلمة مرورك ويحاول تخمين رمز تطبيق المصادقة.
    غيّر كلمة مرورك الآن: { $reset } («نسيت كلمة المرور»). تُغلق الجلسات المفتوحة بالكلمة القديمة، وتُقبل الرموز من جديد بعد أن رُفضت إثر أخطاء كثيرة في اليوم.
    إن كنت أنت (ساعة الهاتف، خطأ في الكتابة)، تجاهل هذه الرسالة. لن تصلك رسالة أخرى مثلها اليوم.
    — مجلس، { $municipality }
