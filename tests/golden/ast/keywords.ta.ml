# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
இறக்கு math
இருந்து math இறக்கு sqrt ஆக root

மாறிலி LIMIT = 7
இருக்கட்டும் total = 0
flag = உண்மை
nothing = ஒன்றுமில்லை


வரையறு sign_of(number):
    உலகளாவிய total
    total = total + number
    என்றால் number < 0 மற்றும் அல்லை flag:
        திருப்பு "negative"
    இல்லையென்றால் number == 0 அல்லது number ஆகும் nothing:
        திருப்பு "zero"
    இல்லை:
        திருப்பு "positive"


வரையறு make_counter():
    count = 0
    step = 1

    வரையறு bump():
        உள்ளூரல்லாத count
        உள்ளூர் step
        count = count + step
        திருப்பு count

    திருப்பு bump


வரையறு odd_numbers(limit):
    n = 0
    வரை உண்மை:
        n = n + 1
        என்றால் n > limit:
            நிறுத்து
        என்றால் n % 2 == 0:
            தொடர்
        விளை n


async வரையறு fetch(x):
    திருப்பு x


async வரையறு collect_one():
    திருப்பு kaththiru fetch(1)


வகுப்பு Holder:
    வரையறு __init__(self, content):
        self.content = content

    வரையறு __enter__(self):
        திருப்பு self

    வரையறு __exit__(self, kind, value, tb):
        திருப்பு பொய்


வரையறு describe(item):
    பொருத்து item:
        நிலை 1:
            திருப்பு "one"
        இயல்பு:
            திருப்பு "other"


வரையறு ask():
    திருப்பு உள்ளீடு("? ")


double = லாம்டா x: x * 2
ஒவ்வொரு number இல் odd_numbers(LIMIT):
    அச்சிடு(sign_of(number), double(number), describe(number))
உறுதி 4 இல் இல்லை [1, 2, 3]
முயற்சி:
    எழுப்பு ValueError("bad")
விதிவிலக்கு ValueError ஆக problem:
    அச்சிடு(problem)
இறுதியாக:
    தாண்டு
உடன் Holder(5) ஆக holder:
    அச்சிடு(holder.content)
pairs = அகராதி(key=1)
items = பட்டியல்([1, 2])
அழி items[0]
counter = make_counter()
அச்சிடு(முழு("7"), மிதவை("1.5"), சரம்(3), பூலியன்(1), root(16.0))
அச்சிடு(math.floor(2.5), counter(), counter(), items, pairs, total)
