# platform: the texts of app/src/platform/ (the installation's operators) in this language.

platform-title = بلديات هذه المنصة
platform-lead = لكل بلدية عنوانها وقاعدة بياناتها وحساباتها وأعوانها. تعرض هذه الصفحة ما تحتويه، ولا تعرض أبدًا المعطيات الشخصية لمتساكنيها.
platform-count = { $count ->
    [zero] لا توجد بلدية أخرى غير هذه.
    [one] بلدية واحدة إضافة إلى هذه.
    [two] بلديتان إضافة إلى هذه.
    [few] { $count } بلديات إضافة إلى هذه.
    [many] { $count } بلدية إضافة إلى هذه.
   *[other] { $count } بلدية إضافة إلى هذه.
}
platform-empty = لا توجد بلدية أخرى بعد
platform-empty-body = أنشئوا واحدة بالاستمارة أدناه أو بالأمر «server municipality create».
platform-col-municipality = البلدية
platform-col-activity = النشاط
platform-col-state = الحالة
platform-col-actions = الإجراءات
platform-activity = الحسابات: { $accounts }، الاستشارات: { $consultations }، المقترحات: { $proposals }، التأييدات: { $supports }، التعليقات: { $comments }، الاجتماعات: { $meetings }
platform-last-activity = آخر مشاركة يوم { $day }
platform-no-activity = لا مشاركة بعد
platform-counted = أُحصي في { $at }
platform-not-counted = لم يُحصَ بعد
platform-active = مفتوحة
platform-suspended = معلّقة
platform-created = أُنشئت يوم { $day }
platform-suspend = تعليق
platform-resume = إعادة الفتح
platform-invite = دعوة مسؤول
platform-invite-hint = يتلقى الشخص، باسم البلدية، رابطًا لاختيار كلمة المرور (صالحًا 7 أيام). لا يُحفظ عنوانه هنا.
platform-invite-send = إرسال الدعوة
platform-new = بلدية جديدة
platform-field-host = العنوان (اسم النطاق)
platform-field-host-hint = مثلًا laouaha.majlis.tn؛ يجب أن يوجّه نظام أسماء النطاقات وشهادة هذا الاسم إلى هذا الخادم.
platform-create = إنشاء البلدية
notice-municipality-created = أُنشئت البلدية. ادعوا الآن مسؤولها.
notice-municipality-suspended = عُلّقت البلدية: يعرض عنوانها صفحة تقول ذلك.
notice-municipality-resumed = أُعيد فتح البلدية.
notice-invitation-sent = أُرسلت الدعوة.
error-host-invalid = اكتبوا اسم نطاق مثل laouaha.majlis.tn (حروف لاتينية وأرقام وشرطات ونقاط؛ الاسم العربي يُكتب بصيغته xn--).
error-host-taken = هذا العنوان مستعمل من قبل بلدية أخرى في المنصة.
error-forbidden-operator-only = لا يقوم بهذا إلا مشغّلو المنصة.
error-conflict-municipality-suspended = هذه البلدية معلّقة: أعيدوا فتحها أولًا.
email-invitation-subject = { $municipality }: أنتم مدعوون لإدارة مجلس
email-invitation-body =
    مرحبًا { $name }،
    أنتم مدعوون لإدارة «مجلس»، منصة المشاركة لـ{ $municipality }، على العنوان { $address }.
    لاختيار كلمة المرور، افتحوا هذا الرابط:
    { $link }
    الرابط صالح { $days } أيام ولا يُستعمل إلا مرة واحدة. عند أول دخول ستضبطون العامل الثاني للتحقق.
    — مجلس، { $municipality }
activity-installation-municipality-created = أُنشئت بلدية
activity-installation-municipality-suspended = عُلّقت بلدية
activity-installation-municipality-resumed = أُعيد فتح بلدية
activity-installation-administrator-invited = دُعي مسؤول
host-unknown-title = لا توجد بلدية على هذا العنوان
host-unknown-body = هذا العنوان لا يخص أي بلدية على هذا الخادم. تثبتوا من الرابط أو اتصلوا ببلديتكم.
host-suspended-title = البلدية غير متاحة مؤقتًا
host-suspended-body = منصة المشاركة لهذه البلدية معلّقة. محتوياتها محفوظة، وستُفتح من جديد حين يقرر المشغّل ذلك.
