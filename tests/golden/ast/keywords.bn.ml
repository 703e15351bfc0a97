# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
আমদানি math
থেকে math আমদানি sqrt হিসাবে root

ধ্রুব LIMIT = 7
ধরি total = 0
flag = সত্য
nothing = কিছুনা


সংজ্ঞা sign_of(number):
    বিশ্বব্যাপী total
    total = total + number
    যদি number < 0 এবং না flag:
        ফেরত "negative"
    নাহলে_যদি number == 0 অথবা number হলো nothing:
        ফেরত "zero"
    নাহলে:
        ফেরত "positive"


সংজ্ঞা make_counter():
    count = 0
    step = 1

    সংজ্ঞা bump():
        অস্থানীয় count
        স্থানীয় step
        count = count + step
        ফেরত count

    ফেরত bump


সংজ্ঞা odd_numbers(limit):
    n = 0
    যতক্ষণ সত্য:
        n = n + 1
        যদি n > limit:
            থামো
        যদি n % 2 == 0:
            চালাও
        উৎপন্ন n


asink সংজ্ঞা fetch(x):
    ফেরত x


asink সংজ্ঞা collect_one():
    ফেরত opekkha fetch(1)


শ্রেণি Holder:
    সংজ্ঞা __init__(self, content):
        self.content = content

    সংজ্ঞা __enter__(self):
        ফেরত self

    সংজ্ঞা __exit__(self, kind, value, tb):
        ফেরত মিথ্যা


সংজ্ঞা describe(item):
    মিলাও item:
        ক্ষেত্র 1:
            ফেরত "one"
        পূর্বনির্ধারিত:
            ফেরত "other"


সংজ্ঞা ask():
    ফেরত ইনপুট("? ")


double = ল্যাম্বডা x: x * 2
জন্য number মধ্যে odd_numbers(LIMIT):
    ছাপাও(sign_of(number), double(number), describe(number))
নিশ্চিত 4 না মধ্যে [1, 2, 3]
চেষ্টা:
    তোলো ValueError("bad")
ব্যতিক্রম ValueError হিসাবে problem:
    ছাপাও(problem)
অবশেষে:
    ছাড়ো
সাথে Holder(5) হিসাবে holder:
    ছাপাও(holder.content)
pairs = অভিধান(key=1)
items = তালিকা([1, 2])
মুছো items[0]
counter = make_counter()
ছাপাও(পূর্ণসংখ্যা("7"), দশমিক("1.5"), পাঠ্য(3), বুলিয়ান(1), root(16.0))
ছাপাও(math.floor(2.5), counter(), counter(), items, pairs, total)
