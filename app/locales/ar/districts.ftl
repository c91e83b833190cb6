# districts: the texts of app/src/districts/ in this language.

field-name-ar = الاسم بالعربية
field-name-fr = الاسم بالفرنسية
field-name-en = الاسم بالإنجليزية
districts-lead = أحياء البلدية، بأسمائها في اللغات الثلاث. ترتبط بها الاستشارات والمقترحات.
district-add = إضافة حي
district-save = إعادة التسمية
notice-district-saved = تم حفظ الحي.
