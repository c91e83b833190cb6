# admin: the texts of app/src/admin/ in this language.

yes = نعم
no = لا
staff-title = فضاء الأعوان
staff-your-role = دورك:
staff-admin-tools = الإدارة
staff-activity = آخر النشاطات
staff-activity-empty = لا يوجد نشاط بعد
staff-activity-empty-body = ستظهر هنا التسجيلات والتأكيدات وتغييرات الأدوار.
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
staff-work-tools = أدوات العمل
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
activity-account-second-factor-enrolled = تفعيل العامل الثاني
activity-account-recovery-code-used = استعمال رمز استرجاع
activity-account-second-factor-reset = إعادة ضبط العامل الثاني
activity-account-deleted = حذف حساب
