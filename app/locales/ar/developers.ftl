# developers: the texts of app/src/developers/ (the public API's page) in this language.

developers-title = الواجهة البرمجية العمومية
developers-lead = البيانات العمومية للمشاركة بصيغة JSON، للصحفيين والباحثين والتطبيقات: البيانات والقواعد نفسها التي في البيانات المفتوحة. للقراءة فقط، دون حساب.
developers-openapi = وصف OpenAPI 3.1 (openapi.json)
developers-open-data = البيانات المفتوحة (الحزمة كاملة)
developers-rules-title = القواعد
developers-rule-paging = القوائم مقسّمة إلى صفحات: 100 عنصر على الأكثر في الصفحة (المعامل limit، و20 افتراضيًا)؛ مرّروا next_cursor في المعامل cursor للصفحة الموالية.
developers-rule-etag = تحمل كل إجابة وسم ETag: أعيدوه في If-None-Match لتتلقّوا 304 إن لم يتغيّر شيء.
developers-rule-errors = الأخطاء «تفاصيل مشكلة» (RFC 9457، application/problem+json) تقول ما الخطأ.
developers-rule-limit = 300 طلب على الأكثر في الدقيقة لكل عنوان؛ وما زاد يُجاب بـ429 مع Retry-After.
developers-rule-privacy = لا معطيات شخصية؛ لا تُنشر أعداد التأييدات التي تقل عن 5 في الحي.
developers-endpoints-title = نقاط الوصول
developers-col-endpoint = الطلب
developers-col-gives = يعطي
developers-col-parameters = المعاملات
developers-consultations = الاستشارات المنشورة
developers-consultation = استشارة منشورة
developers-proposals = المقترحات، مع مرشّحات صفحتها (الاستشارة، الحي، المحور، الحالة)
developers-proposal = مقترح وتأييداته وردّ المنتخبين
developers-public-acts = السجل العمومي للأعمال، من الأقدم إلى الأحدث
developers-supports-by-district = التأييدات حسب الحي (أقل من 5: لا تُنشر)
footer-developers = الواجهة البرمجية
