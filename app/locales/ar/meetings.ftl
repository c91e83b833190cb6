nav-meetings = الاجتماعات
meetings-title = الاجتماعات العامة
meetings-count = { $count ->
    [zero] لا توجد اجتماعات
    [one] اجتماع واحد
    [two] اجتماعان
    [few] { $count } اجتماعات
    [many] { $count } اجتماعًا
   *[other] { $count } اجتماع
}
meetings-see = الاجتماعات
meetings-calendar = الرزنامة (ICS)
meetings-when = أي اجتماعات
meetings-upcoming = القادمة
meetings-past = السابقة
meetings-empty = لا توجد اجتماعات هنا
meetings-empty-body = ستظهر هنا الاجتماعات العامة وورشات العمل وجلسات المجلس البلدي.
meeting-new = اجتماع جديد
meeting-edit = تعديل الاجتماع
meeting-form-title = اجتماع
meeting-kind-in_person = حضوري
meeting-kind-online = عن بعد
meeting-kind-hybrid = حضوري وعن بعد
meeting-cancelled-badge = أُلغي الاجتماع
meeting-when = الموعد
meeting-organizer = تنظيم
meeting-seats = المقاعد
meeting-add-calendar = إضافة إلى رزنامتي
meeting-who-registers = التسجيل عبر الإنترنت
meeting-open-to-all = مفتوح لكل من له حساب
meeting-verified-only = المتساكنون الذين تم التحقق منهم
seats-left = { $count ->
    [zero] مكتمل ({ $capacity } مقعدًا)
    [one] مقعد واحد شاغر من { $capacity }
    [two] مقعدان شاغران من { $capacity }
    [few] { $count } مقاعد شاغرة من { $capacity }
    [many] { $count } مقعدًا شاغرًا من { $capacity }
   *[other] { $count } مقعد شاغر من { $capacity }
}
waiting-count = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] شخص واحد في قائمة الانتظار
    [two] شخصان في قائمة الانتظار
    [few] { $count } أشخاص في قائمة الانتظار
    [many] { $count } شخصًا في قائمة الانتظار
   *[other] { $count } شخص في قائمة الانتظار
}
minutes-available = نُشر المحضر
minutes-pending = المحضر قيد الإعداد
minutes-overdue = { $days ->
    [one] المحضر متأخر بيوم واحد
    [two] المحضر متأخر بيومين
    [few] المحضر متأخر بـ{ $days } أيام
    [many] المحضر متأخر بـ{ $days } يومًا
   *[other] المحضر متأخر بـ{ $days } يوم
}
agenda-minutes = { $count ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
agenda-total = { $count ->
    [one] المدة المتوقعة: دقيقة واحدة
    [two] المدة المتوقعة: دقيقتان
    [few] المدة المتوقعة: { $count } دقائق
   *[other] المدة المتوقعة: { $count } دقيقة
}
registration-heading = التسجيل
seat-you-confirmed = أنتم مسجَّلون: مقعدكم محجوز.
seat-you-waiting = { $ahead ->
    [zero] أنتم في قائمة الانتظار، في المرتبة الأولى.
    [one] أنتم في قائمة الانتظار؛ أمامكم شخص واحد.
    [two] أنتم في قائمة الانتظار؛ أمامكم شخصان.
    [few] أنتم في قائمة الانتظار؛ أمامكم { $ahead } أشخاص.
    [many] أنتم في قائمة الانتظار؛ أمامكم { $ahead } شخصًا.
   *[other] أنتم في قائمة الانتظار؛ أمامكم { $ahead } شخص.
}
registration-code = رمز تسجيلكم:
registration-qr-label = رمز QR لتسجيلكم، يُقدَّم عند الاستقبال
registration-cancel = إلغاء التسجيل
meeting-register = سجّلوني
meeting-join-waitlist = مكتمل: التسجيل في قائمة الانتظار
meeting-login-to-register = سجّلوا الدخول للتسجيل
meeting-verify-to-register = التسجيل مخصّص للمتساكنين الذين تم التحقق منهم: اطلبوا التحقق من حسابكم للتسجيل.
minutes-heading = المحضر
minutes-published-on = نُشر في
minutes-attendance = { $count ->
    [zero] لم يحضر أحد
    [one] حضر شخص واحد
    [two] حضر شخصان
    [few] حضر { $count } أشخاص
    [many] حضر { $count } شخصًا
   *[other] حضر { $count } شخص
}
minutes-proposals = المقترحات التي نوقشت
meeting-organise = التنظيم
meeting-door = الاستقبال وتسجيل الحضور
minutes-write = تحرير المحضر
minutes-correct = تصحيح المحضر
meeting-cancel = إلغاء الاجتماع
field-cancel-reason = سبب الإلغاء (يُرسل إلى المسجَّلين)
meeting-cancel-submit = إلغاء الاجتماع وإعلام المسجَّلين
field-consultation = الاستشارة
meeting-standalone = لا شيء (اجتماع مستقل)
field-meeting-title = العنوان
field-meeting-body = الوصف
field-kind = الصيغة
field-starts-at = البداية
field-ends-at = النهاية
time-zone-hint = بتوقيت البلدية.
address-hint = إلزامي للاجتماع الحضوري أو المختلط.
field-link = رابط الاجتماع المرئي
link-hint = إلزامي للاجتماع عن بعد أو المختلط (‎https://…‎).
field-agenda = جدول الأعمال
agenda-hint = نقطة في كل سطر، تسبقها مدتها بالدقائق: «30 تقديم المشروع».
field-accessibility = إمكانية الوصول
accessibility-hint = مثلًا: ترجمة بلغة الإشارة، رعاية الأطفال، مدخل للكراسي المتحركة.
field-capacity = عدد المقاعد
field-reserved-seats = المقاعد المحجوزة
reserved-seats-hint = تُحفظ للتسجيلات التي يقوم بها المرافقون وعند الاستقبال؛ لا تُعرض على الإنترنت.
field-registration-opens = افتتاح التسجيل
field-registration-closes = اختتام التسجيل
field-open-to-all = فتح التسجيل للجميع
field-open-to-all-hint = وإلا فلا يسجّل عبر الإنترنت إلا المتساكنون الذين تم التحقق منهم (لا تملأ الحسابات الوهمية القاعة). يبقى التسجيل عن طريق مراجع المشاركة وعند الاستقبال مفتوحًا للجميع.
meeting-save = حفظ الاجتماع
assisted-code = رمز التسجيل الذي يُسلَّم للشخص:
door-present = { $count ->
    [zero] لم يحضر أحد بعد
    [one] حاضر واحد
    [two] حاضران
    [few] { $count } حاضرين
    [many] { $count } حاضرًا
   *[other] { $count } حاضر
}
door-registered = { $count } مسجَّلًا لـ{ $capacity } مقعدًا
check-in-heading = تسجيل الحضور برمز
field-code = رمز التسجيل
code-hint = ستة أحرف، تُكتب أو تُقرأ بالماسح، من رسالة التأكيد أو صفحة الاجتماع أو الورق.
check-in-submit = تسجيل الحضور
walk-in-heading = شخص حضر دون تسجيل
field-person-name = الاسم
walk-in-submit = إضافته حاضرًا
assist-heading = تسجيل شخص لا يستعمل الإنترنت
assist-body = يشغل الشخص أحد المقاعد؛ يظهر رمزه بعد التسجيل لتسليمه إليه.
field-phone = الهاتف (اختياري)
phone-hint = للاتصال به عند أي تغيير؛ لا يراه إلا المنظِّم ومراجع المشاركة والمشرفون، ويُمحى بعد أسبوع من الاجتماع.
assist-register-submit = تسجيله
door-people = الأشخاص المنتظرون
door-status = التسجيل
door-phone-col = الهاتف
door-present-col = الحضور
door-is-present = حاضر
channel-self = عبر الإنترنت
channel-assisted = سجّله مرافق
channel-walk_in = في عين المكان
seat-confirmed = مسجَّل
seat-waiting = في الانتظار
seat-cancelled = ملغى
field-summary = ملخص النقاش
field-decisions = القرارات
field-attendance = الحضور
attendance-hint = عدد من سُجّل حضورهم، إلا إذا صُحّح (مع ذكر السبب).
field-attendance-reason = سبب التصحيح
staff-minutes-owed = اجتماعاتكم التي تأخر محضرها
minutes-submit = نشر المحضر

notice-meeting-saved = حُفظ الاجتماع.
notice-meeting-cancelled = أُلغي الاجتماع؛ أُعلم المسجَّلون بالبريد الإلكتروني.
notice-seat-confirmed = تم تسجيلكم. يصلكم التأكيد، مع رمزكم ودعوة الرزنامة، بالبريد الإلكتروني.
notice-seat-waiting = الاجتماع مكتمل: أنتم في قائمة الانتظار. ستُعلَمون بالبريد الإلكتروني إن شغر مقعد.
notice-registration-cancelled = أُلغي التسجيل.
notice-minutes-published = نُشر المحضر؛ أُعلم المسجَّلون.
notice-checked-in = سُجّل الحضور.
notice-walk-in-added = أُضيف الشخص حاضرًا.
notice-assisted-confirmed = سُجّل الشخص.
notice-assisted-waiting = الاجتماع مكتمل: الشخص في قائمة الانتظار.

error-forbidden-organizer-only = لا يقوم بهذا إلا منظم الاجتماع (أو مسؤول المنصة).
error-conflict-already-registered = أنتم مسجَّلون في هذا الاجتماع من قبل.
error-conflict-registration-not-open = لم يُفتح التسجيل بعد.
error-conflict-registration-closed = أُغلق التسجيل.
error-conflict-meeting-past = انعقد هذا الاجتماع من قبل.
error-conflict-meeting-cancelled = أُلغي هذا الاجتماع.
error-conflict-not-registered = هذا التسجيل غير نشط (أو لم يعد نشطًا).
error-conflict-code-unknown = لا يوجد تسجيل بهذا الرمز في هذا الاجتماع.
error-conflict-already-checked-in = استُعمل هذا الرمز من قبل: الشخص مسجَّل حاضرًا.
error-conflict-hall-full = القاعة ممتلئة: كل المقاعد مشغولة.
error-conflict-meeting-not-over = يُنشر المحضر بعد انتهاء الاجتماع.
error-agenda-invalid = يحتاج كل سطر من جدول الأعمال إلى عنوان (200 حرف على الأكثر) تسبقه مدته بالدقائق.
error-agenda-too-long = لا يتجاوز جدول الأعمال 30 نقطة.
error-end-before-start = يجب أن تكون النهاية بعد البداية.
error-meeting-too-long = لا يتجاوز الاجتماع 7 أيام.
error-capacity-invalid = يجب أن يكون عدد المقاعد بين 1 و100000.
error-capacity-below-registered = عدد المسجَّلين حاليًا أكبر من هذا العدد من المقاعد.
error-reserved-invalid = يجب أن تكون المقاعد المحجوزة بين 0 وعدد المقاعد.
error-closes-before-opens = يجب أن يُختتم التسجيل بعد افتتاحه.
error-closes-after-start = يجب أن يُختتم التسجيل قبل بداية الاجتماع.
error-datetime-invalid = لم يُتعرّف على التاريخ والساعة (YYYY-MM-DD HH:MM).
error-meeting-link-invalid = يجب أن يبدأ الرابط بـ‎https://‎ أو ‎http://‎.
error-consultation-unknown = هذه الاستشارة غير موجودة.
error-meeting-in-past = يجب أن تكون البداية في المستقبل.
error-phone-invalid = لم يُتعرّف على الرقم (من 6 إلى 20 رقمًا).
error-seat-code-invalid = يتكون الرمز من ستة أحرف.
error-attendance-reason-required = اذكروا سبب اختلاف عدد الحضور عن التسجيلات عند الباب.
error-proposal-unknown = هذا المقترح ليس من استشارة الاجتماع.

activity-meeting-created = إنشاء اجتماع
activity-meeting-changed = تعديل اجتماع
activity-meeting-cancelled = إلغاء اجتماع
activity-meeting-registration-assisted = تسجيل قام به مرافق
activity-meeting-minutes-published = نشر محضر

email-seat-confirmed-subject = تأكيد التسجيل: { $title }
email-seat-confirmed-body =
    مرحبًا،
    تأكد تسجيلكم في الاجتماع «{ $title }».
    الموعد: { $when }
    المكان: { $place }
    رمز تسجيلكم، يُقدَّم عند الاستقبال: { $code }
    دعوة الرزنامة مرفقة. للإلغاء: { $link }
    — مجلس، { $municipality }
email-seat-waiting-subject = قائمة الانتظار: { $title }
email-seat-waiting-body =
    مرحبًا،
    الاجتماع «{ $title }» ({ $when }) مكتمل: أنتم في قائمة الانتظار.
    إن شغر مقعد، يُمنح لكم تلقائيًا وتتلقون رسالة.
    { $link }
    — مجلس، { $municipality }
email-seat-promoted-subject = شغر مقعد: { $title }
email-seat-promoted-body =
    مرحبًا،
    شغر مقعد: أنتم الآن مسجَّلون في الاجتماع «{ $title }».
    الموعد: { $when }
    المكان: { $place }
    رمز تسجيلكم: { $code }
    دعوة الرزنامة مرفقة. إن لم تعد الحضور ممكنًا، ألغوا التسجيل: { $link }
    — مجلس، { $municipality }
email-meeting-changed-subject = تعديل اجتماع: { $title }
email-meeting-changed-body =
    مرحبًا،
    تغيّر الاجتماع «{ $title }».
    الموعد: { $when }
    المكان: { $place }
    دعوة الرزنامة المحيّنة مرفقة. التفاصيل: { $link }
    — مجلس، { $municipality }
email-meeting-cancelled-subject = إلغاء اجتماع: { $title }
email-meeting-cancelled-body =
    مرحبًا،
    أُلغي الاجتماع «{ $title }» المقرر في { $when }.
    السبب: { $reason }
    { $link }
    — مجلس، { $municipality }
email-meeting-reminder-subject = تذكير: { $title }
email-meeting-reminder-body =
    مرحبًا،
    تذكير: أنتم مسجَّلون في الاجتماع «{ $title }».
    الموعد: { $when }
    المكان: { $place }
    رمز تسجيلكم: { $code }
    إن لم تعد الحضور ممكنًا، حرّروا مقعدكم: { $link }
    — مجلس، { $municipality }
email-minutes-published-subject = نشر محضر: { $title }
email-minutes-published-body =
    مرحبًا،
    نُشر محضر الاجتماع «{ $title }»: { $link }
    — مجلس، { $municipality }
