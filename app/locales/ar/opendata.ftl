# opendata: the texts of app/src/opendata/ (open data packages) in this language.

opendata-title = البيانات المفتوحة
opendata-lead = كل ما تنشره البلدية على هذا الموقع، في ملفات يمكن لأي كان إعادة استعمالها: حزمة بيانات (Frictionless Data Package) فيها كل جدول بصيغتي CSV وJSON، موصوف حقلًا حقلًا، بترخيص المشاع الإبداعي نسب المصنَّف 4.0. تُحدَّث كل يوم.
opendata-running = يجري إعداد حزمة جديدة منذ { $since }. تتحدّث هذه الصفحة من تلقاء نفسها.
opendata-progress = الجدول «{ $table }»: { $count ->
    [zero] لم يُكتب أي سطر بعد
    [one] كُتب سطر واحد
    [two] كُتب سطران
    [few] كُتبت { $count } أسطر
    [many] كُتب { $count } سطرًا
   *[other] كُتب { $count } سطر
}.
opendata-download-title = التنزيل
opendata-generated = حزمة أُعدّت يوم { $date }: { $count ->
    [zero] لا أسطر
    [one] سطر واحد
    [two] سطران
    [few] { $count } أسطر
    [many] { $count } سطرًا
   *[other] { $count } سطر
}، { $size } ميغابايت (ZIP).
opendata-bad-rows = { $count ->
    [one] تُرك سطر غير مقروء جانبًا (انظر export-log.txt في الحزمة).
    [two] تُرك سطران غير مقروءين جانبًا (انظر export-log.txt في الحزمة).
   *[other] تُركت { $count } أسطر غير مقروءة جانبًا (انظر export-log.txt في الحزمة).
}
opendata-download = تنزيل الحزمة (ZIP)
opendata-none = لا توجد حزمة بعد
opendata-none-body = تُعدّ الأولى آليًا خلال اليوم.
opendata-generate = إعداد حزمة الآن
opendata-generate-hint = الإدارة: تُعدّ الحزمة أيضًا آليًا كل يوم. يجري الإعداد في الخلفية وتعرض هذه الصفحة تقدّمه.
notice-open-data-started = بدأ إعداد الحزمة. تعرض هذه الصفحة تقدّمه.
error-conflict-export-running = يجري إعداد حزمة حاليًا: انتظروا حتى تكون جاهزة.
opendata-formats-title = الصيغ والتحقق
opendata-formats-body = يصف الملف datapackage.json كل جدول (الاسم، النوع، الوصف بالفرنسية والعربية، مثال، قيود كل حقل) وفق معيار Frictionless Data Package v2؛ ويتيح فهرس DCAT (JSON-LD) للبوابة الوطنية للبيانات المفتوحة أن تجمعه.
opendata-catalogue = فهرس DCAT (JSON-LD)
opendata-log-link = السجل العمومي للأعمال ومفتاحه
opendata-verify-body = يعيد الأمر التالي، انطلاقًا من الحزمة وحدها، حساب كل عمل في السجل وعدد تأييدات كل مقترح، ويتحقق من الحالات الموقّعة:
opendata-tables-title = الجداول
opendata-privacy = لا معطيات شخصية: لا بريد إلكتروني ولا هاتف ولا رقم هوية أو بصمته ولا عنوان IP ولا تأييد مرتبط بشخص. يظهر الكتّاب باسم مستعار خاص بكل استشارة، وأعوان البلدية بصفتهم. تُجمع الأيام التي يقل فيها عدد تأييدات الحي عن 5 مع الأيام التالية حتى يبلغ العدد 5: لا يُنشر أي عدد أقل من 5.
opendata-col-table = الجدول
opendata-col-files = الملفات
opendata-col-fields = الحقول
opendata-table-districts = الأحياء
opendata-table-consultations = الاستشارات
opendata-table-phases = مراحل الاستشارات
opendata-table-proposals = المقترحات والردود والتأييدات
opendata-table-supports_by_district_day = التأييدات حسب الحي واليوم
opendata-table-debates = النقاشات
opendata-table-comments = التعليقات
opendata-table-meetings = الاجتماعات العمومية ومحاضرها والحضور
opendata-table-outcomes = حصائل الاستشارات
opendata-table-results = الإنجازات
opendata-table-milestones = مراحل الإنجازات
opendata-table-moderation_log = سجل الإشراف
opendata-table-public_acts = السجل العمومي للأعمال
opendata-table-checkpoints = الحالات الموقّعة للسجل
footer-open-data = البيانات المفتوحة
opendata-running-consultation = الآن: حزمة الاستشارة «{ $title }».
opendata-consultations-title = حسب الاستشارة
opendata-consultations-body = لكل استشارة منشورة حزمتها الخاصة أيضًا، بنفس الجداول مقصورة عليها: مقترحاتها ودعمها، ونقاشاتها، واجتماعاتها، وحصيلتها، وإنجازاتها، والإشراف على محتواها، وأعمالها في السجل العمومي، مع الدليل على أنها جزء من السجل الموقَّع.
opendata-consultations-empty = لم تُنشر أي استشارة بعد.
opendata-col-consultation = الاستشارة
opendata-col-package = الحزمة
opendata-consultation-download = تنزيل (أُنشئت في { $date }: { $count ->
    [zero] لا أسطر
    [one] سطر واحد
    [two] سطران
    [few] { $count } أسطر
    [many] { $count } سطرًا
   *[other] { $count } سطر
}، { $size } ميغابايت)
opendata-consultation-none = لا حزمة بعد: تُنشأ مع الحزمة القادمة.
