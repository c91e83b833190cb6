# common: the site frame, shared fields and widgets, and error messages.

site-name = مجلس
dev-email-links-banner = خادم تطوير: روابط الرسائل (التأكيد، كلمة المرور) تظهر للمسؤولين في صندوق الرسائل الصادرة. لا يُستعمل هذا الإعداد أبدًا لبلدية حقيقية.
site-description = مجلس، منصة المشاركة المواطنية لبلديتك: اقترح، ادعم، ناقش وتابع كل قرار.
municipality-unnamed = بلديتك
loading = جارٍ التحميل…
back-home = العودة إلى الصفحة الرئيسية
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
field-display-name = الاسم الظاهر
field-email = البريد الإلكتروني
notice-logged-out = تمّ تسجيل خروجك.
account-role = الدور
account-member-since = تاريخ التسجيل
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
col-when = متى
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
nav-consultations = الاستشارات
choose = — اختر —
filter-apply = تصفية
field-title = العنوان
field-markdown-hint = يمكن استعمال تنسيق Markdown: **خط عريض**، قوائم، روابط.
field-district = الحي
field-answer-state = الرد
field-national-id = رقم بطاقة التعريف الوطنية
field-national-id-hint = أرقام بطاقة التعريف الثمانية. لا يُحفظ الرقم أبدًا: تُحفظ بصمة مشفّرة منه فقط.
field-birth-year = سنة الولادة
stat-supports = الدعمات
consultations-title = الاستشارات
consultation-new = استشارة جديدة
rule-threshold = { $count ->
    [one] كل مقترح يدعمه شخص واحد يتلقى ردًا رسميًا.
    [two] كل مقترح يدعمه شخصان يتلقى ردًا رسميًا.
    [few] كل مقترح يدعمه { $count } أشخاص يتلقى ردًا رسميًا.
    [many] كل مقترح يدعمه { $count } شخصًا يتلقى ردًا رسميًا.
   *[other] كل مقترح يدعمه { $count } شخص يتلقى ردًا رسميًا.
}
districts-title = الأحياء
district-all = كل الأحياء
proposals-count = { $count ->
    [zero] لا يوجد أي مقترح
    [one] مقترح واحد
    [two] مقترحان
    [few] { $count } مقترحات
    [many] { $count } مقترحًا
   *[other] { $count } مقترح
}
proposal-new = تقديم مقترح
proposal-withdrawn = مسحوب
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
support-verify = لتدعم، اطلب التحقق من حسابك كمتساكن.
answers-title = ردود مطلوبة
verify-title = التحقق من حسابي كمتساكن
in-person-title = التحقق من متساكن في الشباك
census-title = سجل المتساكنين
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
error-identity-unknown = هذا الشخص غير موجود في السجل بسنة الولادة هذه.
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
error-verify-own-account = لا يمكنك التحقّق من حسابك بنفسك: يتولّى ذلك عون آخر.
error-account-unconfirmed = لم يؤكّد صاحب هذا الحساب بريده الإلكتروني بعد: يجب أن يفتح رابط التأكيد أولًا.
error-not-in-census = هذا الرقم غير موجود في السجل المحمَّل. تحقّق منه، أو اطلب من المسؤول السماح بالأرقام خارج السجل.
error-code-invalid = هذا الرمز غير مطابق. تحقّق من ساعة هاتفك واكتب الرمز المعروض الآن.
error-code-used = استُعمل هذا الرمز من قبل. انتظر الرمز التالي (يتغيّر كل 30 ثانية).
error-forbidden-own-second-factor = لا يمكنك إعادة ضبط عاملك الثاني بنفسك: استعمل رمز استرجاع، أو اطلب ذلك من مسؤول آخر.
deleted-account = حساب محذوف
error-password-wrong = كلمة المرور غير صحيحة.
