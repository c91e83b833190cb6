# home: the texts of app/src/home/ in this language.

home-title = الرئيسية
home-kicker = منصة المشاركة المواطنية
home-welcome-back = مرحبًا بعودتك،
home-cta-register = شارك: أنشئ حسابًا
home-how-title = كيف تشارك
home-step-propose = اقترح
home-step-propose-body = خلال الاستشارة، اقترح فكرة لحيّك أو للبلدية كلها.
home-step-support = ادعم
home-step-support-body = يدعم المتساكنون الذين تمّ التحقق من هويتهم المقترحات التي تهمّهم.
home-step-meet = اجتمع
home-step-meet-body = سجّل في الاجتماعات العامة وورشات العمل التي تنظمها البلدية.
home-step-follow = تابع
home-step-follow-body = تنتهي كل استشارة بردّ منشور: تعرف ما آلت إليه مساهمتك.
home-principles-title = التزاماتنا
home-principle-transparency = الشفافية: القرارات وأسبابها منشورة للعموم.
home-principle-participation = المشاركة: يمكن لكل متساكن أن يساهم، عبر الإنترنت أو في الشبّاك.
home-principle-accountability = المساءلة: لا تُغلق أي استشارة دون نشر نتيجتها.
