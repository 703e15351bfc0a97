# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
आयात math
से math आयात sqrt रूपमें root

स्थिर LIMIT = 7
मान total = 0
flag = सत्य
nothing = कुछनहीं


परिभाषा sign_of(number):
    वैश्विक total
    total = total + number
    अगर number < 0 और नहीं flag:
        वापसी "negative"
    अन्यथा_अगर number == 0 या number है nothing:
        वापसी "zero"
    वरना:
        वापसी "positive"


परिभाषा make_counter():
    count = 0
    step = 1

    परिभाषा bump():
        अस्थानीय count
        स्थानीय step
        count = count + step
        वापसी count

    वापसी bump


परिभाषा odd_numbers(limit):
    n = 0
    जबतक सत्य:
        n = n + 1
        अगर n > limit:
            रोको
        अगर n % 2 == 0:
            जारी
        उत्पन्न n


asink परिभाषा fetch(x):
    वापसी x


asink परिभाषा collect_one():
    वापसी pratiksha fetch(1)


वर्ग Holder:
    परिभाषा __init__(self, content):
        self.content = content

    परिभाषा __enter__(self):
        वापसी self

    परिभाषा __exit__(self, kind, value, tb):
        वापसी असत्य


परिभाषा describe(item):
    मिलाओ item:
        स्थिति 1:
            वापसी "one"
        मूलभूत:
            वापसी "other"


परिभाषा ask():
    वापसी इनपुट("? ")


double = लैम्ब्डा x: x * 2
के_लिए number में odd_numbers(LIMIT):
    छापो(sign_of(number), double(number), describe(number))
दावा 4 नहीं में [1, 2, 3]
प्रयास:
    उठाओ ValueError("bad")
अपवाद ValueError रूपमें problem:
    छापो(problem)
अंतमें:
    छोड़ो
साथ Holder(5) रूपमें holder:
    छापो(holder.content)
pairs = शब्दकोश(key=1)
items = सूची([1, 2])
हटाओ items[0]
counter = make_counter()
छापो(पूर्णांक("7"), दशमलव("1.5"), शब्द(3), बूलियन(1), root(16.0))
छापो(math.floor(2.5), counter(), counter(), items, pairs, total)
