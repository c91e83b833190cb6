nav-procedures = الإجراءات
procedures-title = دليل الإجراءات الإدارية
procedures-lead = كل إجراء كما تقدّمه البلدية: الغاية منه، من يمكنه الطلب، الشروط، الوثائق المطلوبة، المعاليم، الأجل القانوني، السند القانوني، المراحل، والمكتب مع عنوانه وأوقات عمله.
procedures-count = { $count ->
    [zero] لا يوجد إجراء
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
    [many] { $count } إجراءً
   *[other] { $count } إجراء
}
procedures-empty = لا يوجد إجراء
procedures-empty-body = لا إجراء يطابق هذا البحث. جرّب كلمات أخرى أو صنفًا آخر.
procedure-new = إضافة إجراء
procedure-edit = تعديل الإجراء
procedure-back = العودة إلى الإجراء
procedure-save = حفظ الإجراء
procedure-online-badge = يمكن طلبه عن بعد
procedure-category-all = كل الأصناف
procedure-category-civil-status = الحالة المدنية
procedure-category-urbanism = التعمير والبناء
procedure-category-taxes = الجباية والمعاليم
procedure-category-business = الأنشطة الاقتصادية
procedure-category-environment = البيئة والنظافة
procedure-category-social = الشؤون الاجتماعية
procedure-category-other = إجراءات أخرى
procedure-delay-days = { $count ->
    [zero] دون أجل
    [one] الأجل القانوني: يوم واحد
    [two] الأجل القانوني: يومان
    [few] الأجل القانوني: { $count } أيام
    [many] الأجل القانوني: { $count } يومًا
   *[other] الأجل القانوني: { $count } يوم
}
procedure-purpose = الغاية من الإجراء
procedure-who = من يمكنه الطلب
procedure-conditions = الشروط
procedure-documents = الوثائق المطلوبة
procedure-fees = المعاليم
procedure-delay = الأجل
procedure-steps = المراحل
procedure-legal-basis = السند القانوني
procedure-office = المكتب المعني
procedure-opening-hours = أوقات العمل هذا الأسبوع
procedure-closed = مغلق
procedure-updated = آخر تحيين: { $date }
procedure-print-hint = هذه الصفحة معدّة للطباعة: استعمل أمر الطباعة في متصفّحك.
notice-procedure-saved = حُفظ الإجراء.
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
field-procedure-code = الرمز
field-procedure-code-hint = حروف لاتينية صغيرة وأرقام ومطّات (مثال: birth-certificate). يظهر في عنوان الصفحة وفي خدمة Open311.
field-procedure-category = الصنف
field-legal-delay = الأجل القانوني (بالأيام)
field-legal-delay-hint = اتركه فارغًا إن لم يحدّد القانون أجلًا.
field-opening-hours = أوقات عمل المكتب
field-opening-hours-hint = بصيغة opening_hours لـOpenStreetMap، مثال: Mo-Fr 08:00-12:30,14:00-17:00; Sa 08:00-12:00
field-procedure-online = يمكن طلب هذا الإجراء عن بعد
field-procedure-title-ar = العنوان بالعربية
field-procedure-title-fr = العنوان بالفرنسية
field-procedure-purpose-ar = الغاية منه (بالعربية)
field-procedure-purpose-fr = الغاية منه (بالفرنسية)
field-procedure-who-ar = من يمكنه الطلب (بالعربية)
field-procedure-who-fr = من يمكنه الطلب (بالفرنسية)
field-procedure-conditions-ar = الشروط (بالعربية)
field-procedure-conditions-fr = الشروط (بالفرنسية)
field-procedure-documents-ar = الوثائق المطلوبة، واحدة في كل سطر (بالعربية)
field-procedure-documents-fr = الوثائق المطلوبة، واحدة في كل سطر (بالفرنسية)
field-procedure-fees-ar = المعاليم (بالعربية)
field-procedure-fees-fr = المعاليم (بالفرنسية)
field-procedure-delay_note-ar = ملاحظة حول الأجل (بالعربية)
field-procedure-delay_note-fr = ملاحظة حول الأجل (بالفرنسية)
field-procedure-legal_basis-ar = السند القانوني (بالعربية)
field-procedure-legal_basis-fr = السند القانوني (بالفرنسية)
field-procedure-steps-ar = المراحل، مرحلة في كل سطر (بالعربية)
field-procedure-steps-fr = المراحل، مرحلة في كل سطر (بالفرنسية)
field-procedure-office-ar = المكتب (بالعربية)
field-procedure-office-fr = المكتب (بالفرنسية)
field-procedure-address-ar = العنوان (بالعربية)
field-procedure-address-fr = العنوان (بالفرنسية)
error-procedure-code-invalid = من 3 إلى 60 حرفًا: حروف لاتينية صغيرة وأرقام ومطّات، يبدأ بحرف.
error-procedure-code-taken = هذا الرمز مستعمل لإجراء آخر.
error-legal-delay-invalid = أدخل عددًا من الأيام بين 1 و365، أو اتركه فارغًا.
error-opening-hours-invalid = هذه الأوقات غير مكتوبة بصيغة opening_hours (مثال: Mo-Fr 08:00-12:30).
activity-procedure-saved = حُفظ إجراء
