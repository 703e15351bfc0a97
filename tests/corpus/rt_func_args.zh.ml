函数 describe(name, greeting="hello", punct="!"):
    返回 greeting + " " + name + punct

打印(describe("ann"), describe("bo", "hey"), describe("cy", punct="?"), describe(greeting="yo", name="di"))

函数 collect(first, *extra, sep="/", **opts):
    返回 first + sep + sep.join(字符串(val) 对于 val 里 extra) + " " + 字符串(排序(opts.items()))

打印(collect("a"), collect("a", 1, 2), collect("a", 1, sep="+", zz=1, aa=2))
打印(collect(*["p", "q", "r"], **{"mode": 3}))

函数 grow(val, bucket=[]):
    bucket.append(val)
    返回 bucket

打印(grow(1), grow(2), grow(3, []), grow(4))

函数 kwonly(alpha, *, beta=2):
    返回 alpha * beta

打印(kwonly(5), kwonly(5, beta=10))
尝试:
    kwonly(1, 2)
除了 TypeError 作为 err:
    打印("TypeError:", err)
尝试:
    describe()
除了 TypeError 作为 err:
    打印("TypeError:", err)

函数 fib(num):
    如果 num < 2:
        返回 num
    返回 fib(num - 1) + fib(num - 2)

打印([fib(num) 对于 num 里 范围(15)])

函数 ackermann(mval, nval):
    如果 mval == 0:
        返回 nval + 1
    如果 nval == 0:
        返回 ackermann(mval - 1, 1)
    返回 ackermann(mval - 1, ackermann(mval, nval - 1))

打印(ackermann(2, 3), (匿名: 7)(), (匿名 val, inc: val + inc)(1, 2))
square = 匿名 val: val * val
apply_twice = 匿名 func, val: func(func(val))
打印(square(9), apply_twice(square, 3), 列表(映射(square, [1, 2, 3])), describe.__name__)

函数 nothing():
    过

打印(nothing(), nothing() 是 空, 可调用(nothing), 可调用(5))
