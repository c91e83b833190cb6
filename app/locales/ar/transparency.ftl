# transparency: the texts of app/src/transparency/ (the log of public acts) in this language.

transparency-title = السجل العمومي للأعمال
transparency-lead = يُدوَّن هنا كل تأييد يُمنح أو يُسحب، وكل ردّ يُنشر، وكل حصيلة، وكل تغيير في إنجاز، وكل إجراء إشراف، في العملية نفسها التي يتم فيها العمل، ضمن شجرة ميركل مثل سجلات شفافية الشهادات (RFC 6962). وتوقّع البلدية كل يوم حالة السجل: لا يمكن بعدها لأحد، ولا للبلدية نفسها، أن يضيف عملًا أو يحذفه أو يغيّره دون أن يظهر ذلك.
transparency-size = { $count ->
    [zero] لا يحتوي السجل أي عمل بعد.
    [one] يحتوي السجل عملًا واحدًا.
    [two] يحتوي السجل عملين.
    [few] يحتوي السجل { $count } أعمال.
    [many] يحتوي السجل { $count } عملًا.
   *[other] يحتوي السجل { $count } عمل.
}
transparency-checkpoints-title = الحالات الموقّعة
transparency-checkpoints-body = تعطي الحالة الموقّعة (بصيغة C2SP) حجم السجل وبصمة كل محتواه، موقّعتين بمفتاح البلدية. احتفظوا بنسخة منها: لاحقًا يُثبت برهان الاتساق أدناه أن سجل اليوم امتداد للسجل الذي احتفظتم به، دون حذف أو تغيير.
transparency-latest = آخر حالة موقّعة: { $count ->
    [zero] لا عمل
    [one] عمل واحد
    [two] عملان
    [few] { $count } أعمال
    [many] { $count } عملًا
   *[other] { $count } عمل
}، يوم { $date }.
transparency-checkpoint-count = { $count ->
    [zero] لا حالة موقّعة
    [one] حالة موقّعة واحدة (أحدثها أدناه)
    [two] حالتان موقّعتان (أحدثها أدناه)
    [few] { $count } حالات موقّعة في المجموع (أحدثها أدناه)
    [many] { $count } حالة موقّعة في المجموع (أحدثها أدناه)
   *[other] { $count } حالة موقّعة في المجموع (أحدثها أدناه)
}
transparency-no-checkpoint = لا توجد حالة موقّعة بعد
transparency-no-checkpoint-body = تُوقَّع الأولى آليًا في الدقيقة التي تلي تشغيل الخادم، ثم واحدة كل يوم ما دام السجل يكبر.
transparency-col-size = الأعمال
transparency-col-root = البصمة
transparency-col-published = وُقّعت في
transparency-col-note = النص الموقّع
transparency-note-link = تنزيل
transparency-key-title = المفتاح العمومي للبلدية
transparency-key-body = تُوقَّع الحالات بخوارزمية Ed25519 بصيغة «signed note» من C2SP، التي تقرؤها أدوات سجلات الشفافية. تحقّقوا من التوقيع بهذا المفتاح:
transparency-key-link = المفتاح نصًّا خامًا
transparency-check-title = التحقق من السجل
transparency-check-body = أدخلوا حجم حالة احتفظتم بها وحجم حالة أحدث: يجيب الخادم ببرهان الاتساق (RFC 9162) بينهما، ويمكن لأي أداة تحقق أن تفحصه. ويقوم الأمر «server verify» بذلك انطلاقًا من البيانات المفتوحة.
transparency-proof-old = حجم الحالة المحفوظة
transparency-proof-new = حجم الحالة الأحدث
transparency-proof-submit = الحصول على البرهان
transparency-inclusion-body = يقود رقم كل عمل أدناه إلى برهان إدراجه في السجل الحالي.
transparency-inclusion-link = برهان إدراج هذا العمل
transparency-entries-title = الأعمال المدوّنة
transparency-empty = لم يُدوَّن أي عمل بعد
transparency-empty-body = سيظهر هنا أول تأييد أو ردّ أو إجراء إشراف.
transparency-col-seq = الرقم
transparency-col-date = التاريخ
transparency-col-act = العمل
transparency-col-object = على
transparency-col-pseudonym = الاسم المستعار
transparency-col-detail = التفاصيل
transparency-object-proposal = مقترح
transparency-object-consultation = استشارة
transparency-object-result = إنجاز
transparency-object-comment = تعليق
transparency-object-debate = نقاش
transparency-object-user = حساب
footer-transparency = السجل العمومي للأعمال
act-support-given = تأييد مُنح
act-support-withdrawn = تأييد سُحب
act-proposal-answered = ردّ نُشر
act-outcome-published = حصيلة نُشرت
act-outcome-changed = حصيلة عُدّلت
act-consultation-concluded = استشارة اختُتمت
act-consultation-archived = استشارة أُرشفت
act-result-created = إنجاز أُنشئ
act-result-status = تغيّرت حالة إنجاز
act-result-progress = تغيّر تقدّم إنجاز
act-result-edited = إنجاز عُدّل
act-result-milestone = أُضيفت مرحلة إنجاز
act-moderation-auto-hidden = أُخفي بعد التبليغات
act-moderation-hidden = أخفاه الإشراف
act-moderation-restored = أعاده الإشراف
act-moderation-dismissed = رُفضت التبليغات
act-moderation-locked = أُقفل النقاش
act-moderation-unlocked = فُتح النقاش
act-moderation-blocked = حُظر حساب
act-moderation-unblocked = رُفع الحظر عن حساب
act-moderation-appeal-upheld = رُفض الطعن
act-moderation-appeal-reversed = قُبل الطعن
act-moderation-debate-closed = أغلق الإشراف النقاش
transparency-proof-title = البرهان المطلوب
transparency-proof-consistency = برهان على أن السجل ذا { $new } عملًا يمدّد السجل ذا { $old } عملًا دون حذف أو تعديل (القسم 2.1.4 من RFC 9162): { $count ->
    [0] لا حاجة إلى أي بصمة، للحالتين الجذر نفسه.
    [one] بصمة واحدة، تُتحقَّق بجذري الحالتين الموقَّعتين.
    [two] بصمتان، تُتحقَّقان بجذري الحالتين الموقَّعتين.
    [few] { $count } بصمات، تُتحقَّق بجذري الحالتين الموقَّعتين.
    [many] { $count } بصمة، تُتحقَّق بجذري الحالتين الموقَّعتين.
   *[other] { $count } بصمة، تُتحقَّق بجذري الحالتين الموقَّعتين.
}
transparency-proof-inclusion = برهان على أن العمل رقم { $index } جزء من السجل ذي { $size } عملًا (القسم 2.1.3 من RFC 9162): { $count ->
    [0] لا حاجة إلى أي بصمة، إنه العمل الوحيد في هذا السجل.
    [one] بصمة واحدة، تُتحقَّق بجذر الحالة الموقَّعة بهذا الحجم.
    [two] بصمتان، تُتحقَّقان بجذر الحالة الموقَّعة بهذا الحجم.
    [few] { $count } بصمات، تُتحقَّق بجذر الحالة الموقَّعة بهذا الحجم.
    [many] { $count } بصمة، تُتحقَّق بجذر الحالة الموقَّعة بهذا الحجم.
   *[other] { $count } بصمة، تُتحقَّق بجذر الحالة الموقَّعة بهذا الحجم.
}
transparency-proof-leaf = بصمة العمل:
transparency-proof-json = البرهان نفسه بصيغة JSON، لأدوات التحقق
transparency-proof-not-number = تُكتب الأحجام وأرقام الأعمال أعدادًا صحيحة (0، 1، 2…). صحّحوها واطلبوا البرهان من جديد.
transparency-proof-out-of-range = هذه الأعداد لا تدل على حالات من هذا السجل: لا يتجاوز الحجم المحفوظ الحجم الأحدث، ولا يتجاوز هذا عدد الأعمال المسجّلة اليوم؛ ورقم العمل أصغر من الحجم.
transparency-proof-limited = طلبتم براهين كثيرة في وقت قصير. انتظروا دقيقة قبل أن تطلبوا برهانًا آخر.
