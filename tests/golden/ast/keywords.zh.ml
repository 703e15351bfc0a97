# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
导入 math
从 math 导入 sqrt 作为 root

常量 LIMIT = 7
令 total = 0
flag = 真
nothing = 空


函数 sign_of(number):
    全局 total
    total = total + number
    如果 number < 0 且 非 flag:
        返回 "negative"
    否则如果 number == 0 或 number 是 nothing:
        返回 "zero"
    否则:
        返回 "positive"


函数 make_counter():
    count = 0
    step = 1

    函数 bump():
        非局部 count
        局部 step
        count = count + step
        返回 count

    返回 bump


函数 odd_numbers(limit):
    n = 0
    当 真:
        n = n + 1
        如果 n > limit:
            终止
        如果 n % 2 == 0:
            继续
        产出 n


async 函数 fetch(x):
    返回 x


async 函数 collect_one():
    返回 await fetch(1)


类 Holder:
    函数 __init__(self, content):
        self.content = content

    函数 __enter__(self):
        返回 self

    函数 __exit__(self, kind, value, tb):
        返回 假


函数 describe(item):
    匹配 item:
        情况 1:
            返回 "one"
        默认:
            返回 "other"


函数 ask():
    返回 输入("? ")


double = 匿名 x: x * 2
对于 number 里 odd_numbers(LIMIT):
    打印(sign_of(number), double(number), describe(number))
断言 4 不在 [1, 2, 3]
尝试:
    抛出 ValueError("bad")
除了 ValueError 作为 problem:
    打印(problem)
最终:
    过
使用 Holder(5) 作为 holder:
    打印(holder.content)
pairs = 字典(key=1)
items = 列表([1, 2])
删除 items[0]
counter = make_counter()
打印(整数("7"), 浮点("1.5"), 字符串(3), 布尔(1), root(16.0))
打印(math.floor(2.5), counter(), counter(), items, pairs, total)
