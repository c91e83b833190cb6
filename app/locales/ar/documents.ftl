nav-documents = الوثائق
documents-title = وثائق البلدية
documents-lead = الميزانيات والحسابات ومقررات المجلس البلدي ومحاضر جلساته وتقارير النشاط والإجراءات، كما نشرتها البلدية. تبقى كل نسخة سابقة متاحة كما نُشرت.
documents-count = { $count ->
    [zero] لا توجد وثيقة
    [one] وثيقة واحدة
    [two] وثيقتان
    [few] { $count } وثائق
    [many] { $count } وثيقة
   *[other] { $count } وثيقة
}
documents-feed = تتبّع الوثائق الجديدة (Atom)
documents-feed-title = وثائق { $municipality }
document-feed-version = { $title } (النسخة { $n })
document-new = نشر وثيقة
field-document-kind = النوع
document-kind-all = كل الأنواع
document-kind-budget = الميزانية
document-kind-accounts = الحسابات والمالية العمومية
document-kind-decision = مقررات المجلس البلدي
document-kind-minutes = محاضر جلسات المجلس
document-kind-report = تقارير النشاط
document-kind-procedure = الإجراءات
document-kind-other = وثائق أخرى
field-year = السنة
year-all = كل السنوات
documents-empty = لا توجد وثيقة
documents-empty-body = لا وثيقة تطابق هذا البحث. جرّب كلمات أخرى أو أزل أحد المرشّحات.
document-versions-count = { $count ->
    [zero] بلا نسخة
    [one] نسخة واحدة
    [two] نسختان
    [few] { $count } نسخ
    [many] { $count } نسخة
   *[other] { $count } نسخة
}
document-hidden-badge = محجوبة في انتظار المراجعة
document-hidden-notice = هذه الوثيقة محجوبة عن العموم في انتظار مراجعة: أُبلغ عن احتوائها على معطيات شخصية. يراها فقط المكلّفون بالنشر والإشراف.
document-download = تنزيل
file-size-kb = { $size } ك.ب
file-size-mb = { $size } م.ب
document-in-french = بالفرنسية
document-in-arabic = بالعربية
document-published-on = نُشرت في { $date }
document-versions = النسخ
document-version-col = النسخة
document-version-date = تاريخ النشر
document-version-file = الملف
document-version-note = ما الذي تغيّر
document-version-sha = البصمة (SHA-256)
document-version-withdrawn = سُحب الملف في { $date } (معطيات شخصية)
document-version-withdraw = سحب هذا الملف
document-flag = الإبلاغ عن معطيات شخصية في هذه الوثيقة
document-flag-login = سجّل الدخول للإبلاغ عن معطيات شخصية في هذه الوثيقة
document-edit = تعديل بيانات الوثيقة
document-new-version = نشر نسخة جديدة
document-add-version = نشر النسخة
document-personal-data-reminder = قبل النشر: احذف من الملف كل المعطيات الشخصية (أرقام بطاقات التعريف، العناوين وأرقام الهاتف الخاصة، أسماء أشخاص لا يفرض القانون نشرها). أي ساكن يمكنه الإبلاغ عن وثيقة فتُحجب في انتظار المراجعة.
field-document-file = الملف
document-file-hint = PDF أو ODT أو DOCX أو ODS أو XLSX أو CSV أو صورة (PNG أو JPEG أو WebP)، { $max } م.ب على الأكثر. يُتحقّق من النوع من محتوى الملف لا من اسمه. إن رُفض النموذج فاختر الملف من جديد.
field-version-note = ما الذي تغيّر في هذه النسخة (اختياري)
field-issued-on = تاريخ الوثيقة
field-issued-on-hint = التاريخ الذي تحمله الوثيقة (تاريخ المقرر أو الجلسة أو التقرير).
field-title-ar = العنوان بالعربية
field-title-fr = العنوان بالفرنسية
field-summary-ar = ملخّص بالعربية
field-summary-fr = ملخّص بالفرنسية
document-save = حفظ
document-publish = نشر
document-limit-title = الحجم الأقصى للملفات
field-document-max-mb = الحجم الأقصى لملف وثيقة (م.ب)
field-document-max-mb-hint = من 1 إلى 100 م.ب. القيمة الافتراضية 20.
document-limit-save = حفظ الحدّ
notice-document-published = نُشرت الوثيقة.
notice-document-saved = حُفظت بيانات الوثيقة.
notice-version-added = نُشرت النسخة الجديدة. تبقى النسخ السابقة متاحة.
notice-version-withdrawn = سُحب ملف هذه النسخة. تبقى مذكورة في القائمة.
notice-document-limit-saved = حُفظ الحجم الأقصى.
error-file-required = اختر ملفًا.
error-file-too-large = الملف أكبر من الحجم المسموح به.
error-file-type-refused = هذا النوع من الملفات غير مقبول: PDF أو ODT أو DOCX أو ODS أو XLSX أو CSV أو صورة فقط.
error-file-type-mismatch = محتوى الملف لا يطابق امتداد اسمه: هذا الملف ليس ما يدّعيه اسمه.
error-title-one-language = اكتب العنوان بالعربية أو بالفرنسية على الأقل.
error-last-version = لا يمكن سحب آخر ملف متاح: انشر أولًا نسخة مصحّحة.
error-document-limit-range = أدخل عددًا بين 1 و100.
error-forbidden-publisher-only = نشر الوثائق من مهام المسؤولين المنتخبين ومصالح التهيئة والمشرفين.
error-conflict-already-withdrawn = سُحب هذا الملف من قبل.
content-document = وثيقة
activity-document-published = نُشرت وثيقة
activity-document-edited = عُدّلت بيانات وثيقة
activity-document-version-added = نُشرت نسخة جديدة من وثيقة
activity-document-version-withdrawn = سُحب ملف نسخة من وثيقة
activity-document-limit-set = تغيّر الحجم الأقصى للوثائق
act-document-published = نُشرت وثيقة
act-document-version-added = نُشرت نسخة جديدة من وثيقة
act-document-version-withdrawn = سُحب ملف نسخة من وثيقة (معطيات شخصية)
