# supports: the texts of app/src/supports/ in this language.

support-action = أدعم
support-done = أنت تدعم هذا المقترح.
support-withdraw = سحب دعمي
support-login = سجّل الدخول لتدعم
support-limit-reached = استعملت كل دعماتك في هذه الاستشارة.
support-closed = الدعم غير مفتوح حاليًا.
support-withdrawn = مقترح مسحوب: لم يعد بالإمكان دعمه.
assist-title = دعم بمساعدة (الشباك)
assist-lead = لمتساكن لا يملك الإنترنت: أدخل رقم بطاقة تعريفه وسنة ولادته كما في البطاقة. سيُسجَّل الدعم على أنك أدخلته.
assist-submit = تسجيل الدعم
