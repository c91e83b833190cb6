referents-title = المكلّفون بالمشاركة
referents-lead = أعوان البلدية الذين يرافقون المتساكنين: يجيبون عن أسئلتكم، يسجّلون من ليس لديه إنترنت، وينشّطون ورشات في الأحياء.
referents-empty = لا يوجد مكلّف بالمشاركة بعد
referents-empty-body = عندما يعيّن المسؤول مكلّفين بالمشاركة يظهرون هنا مع أحيائهم وأوقات استقبالهم.
referent-whole-town = كل المدينة
referent-contact = للاتصال:
referent-hours = أوقات الاستقبال:
referent-workshops = { $count ->
    [zero] لا ورشة قادمة
    [one] الورشة القادمة:
    [two] الورشتان القادمتان:
    [few] الورشات القادمة:
    [many] الورشات القادمة:
   *[other] الورشات القادمة:
}
referent-edit-own = بطاقتي كمكلّف بالمشاركة
referent-public-note = كل ما تكتبه هنا يُنشر للعموم في صفحة المكلّفين بالمشاركة. اكتب وسيلة الاتصال بمكتبك، لا رقمك الشخصي.
referent-save = نشر بطاقتي
field-referent-office-ar = المكتب (بالعربية)
field-referent-office-fr = المكتب (بالفرنسية)
field-referent-hours = أوقات الاستقبال
field-referent-contact = وسيلة الاتصال
field-referent-contact-hint = هاتف المكتب أو بريده الإلكتروني، كما تريد أن يراه العموم.
notice-referent-saved = نُشرت بطاقتك.
footer-referents = المكلّفون بالمشاركة
activity-referent-profile-saved = نشر مكلّف بالمشاركة بطاقته
