# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
استيراد math
من math استيراد sqrt كـ root

ثابت LIMIT = 7
ليكن total = 0
flag = صحيح
nothing = لاشيء


دالة sign_of(number):
    عام total
    total = total + number
    إذا number < 0 و ليس flag:
        إرجاع "negative"
    وإلا_إذا number == 0 أو number هو nothing:
        إرجاع "zero"
    وإلا:
        إرجاع "positive"


دالة make_counter():
    count = 0
    step = 1

    دالة bump():
        غير_محلي count
        محلي step
        count = count + step
        إرجاع count

    إرجاع bump


دالة odd_numbers(limit):
    n = 0
    طالما صحيح:
        n = n + 1
        إذا n > limit:
            توقف
        إذا n % 2 == 0:
            استمر
        أنتج n


async دالة fetch(x):
    إرجاع x


async دالة collect_one():
    إرجاع await fetch(1)


صنف Holder:
    دالة __init__(self, content):
        self.content = content

    دالة __enter__(self):
        إرجاع self

    دالة __exit__(self, kind, value, tb):
        إرجاع خطأ


دالة describe(item):
    طابق item:
        حالة 1:
            إرجاع "one"
        افتراضي:
            إرجاع "other"


دالة ask():
    إرجاع إدخال("? ")


double = لامدا x: x * 2
لكل number في odd_numbers(LIMIT):
    اطبع(sign_of(number), double(number), describe(number))
تأكيد 4 ليس في [1, 2, 3]
حاول:
    ارفع ValueError("bad")
استثناء ValueError كـ problem:
    اطبع(problem)
أخيراً:
    مرر
مع Holder(5) كـ holder:
    اطبع(holder.content)
pairs = قاموس(key=1)
items = قائمة([1, 2])
احذف items[0]
counter = make_counter()
اطبع(عدد_صحيح("7"), عشري("1.5"), نص(3), منطقي(1), root(16.0))
اطبع(math.floor(2.5), counter(), counter(), items, pairs, total)
