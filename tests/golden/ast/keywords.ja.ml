# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
取込 math
から math 取込 sqrt として root

定数 LIMIT = 7
変数 total = 0
flag = 真
nothing = なし


関数 sign_of(number):
    大域 total
    total = total + number
    もし number < 0 かつ ない flag:
        戻る "negative"
    でなければもし number == 0 または number は nothing:
        戻る "zero"
    でなければ:
        戻る "positive"


関数 make_counter():
    count = 0
    step = 1

    関数 bump():
        非局所 count
        局所 step
        count = count + step
        戻る count

    戻る bump


関数 odd_numbers(limit):
    n = 0
    間 真:
        n = n + 1
        もし n > limit:
            中断
        もし n % 2 == 0:
            続行
        生成 n


async 関数 fetch(x):
    戻る x


async 関数 collect_one():
    戻る await fetch(1)


クラス Holder:
    関数 __init__(self, content):
        self.content = content

    関数 __enter__(self):
        戻る self

    関数 __exit__(self, kind, value, tb):
        戻る 偽


関数 describe(item):
    照合 item:
        場合 1:
            戻る "one"
        既定:
            戻る "other"


関数 ask():
    戻る 入力("? ")


double = ラムダ x: x * 2
毎 number 中 odd_numbers(LIMIT):
    表示(sign_of(number), double(number), describe(number))
断言 4 中にない [1, 2, 3]
試行:
    発生 ValueError("bad")
例外 ValueError として problem:
    表示(problem)
最後に:
    パス
付き Holder(5) として holder:
    表示(holder.content)
pairs = 辞書(key=1)
items = リスト([1, 2])
削除 items[0]
counter = make_counter()
表示(整数("7"), 浮動小数("1.5"), 文字列(3), 真偽(1), root(16.0))
表示(math.floor(2.5), counter(), counter(), items, pairs, total)
