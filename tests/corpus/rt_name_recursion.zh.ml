counter = 5
打印(counter)
删除 counter
尝试:
    打印(counter)
除了 NameError 作为 err:
    打印("NameError:", err)
counter = 7
打印(counter)

函数 descend(depth):
    返回 descend(depth + 1)

尝试:
    descend(0)
除了 RecursionError 作为 err:
    打印("RecursionError:", err)

函数 countdown(num):
    如果 num == 0:
        返回 0
    返回 1 + countdown(num - 1)

打印(countdown(500))
尝试:
    抛出 ValueError("custom message")
除了 ValueError 作为 err:
    打印("caught", err)
最终:
    打印("cleanup")
尝试:
    抛出 KeyError("k")
除了 LookupError 作为 err:
    打印("LookupError catches KeyError", 表示(err))
尝试:
    断言 1 + 1 == 3, "bad sum"
除了 AssertionError 作为 err:
    打印("AssertionError:", err)
