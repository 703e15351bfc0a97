دالة describe(name, greeting="hello", punct="!"):
    إرجاع greeting + " " + name + punct

اطبع(describe("ann"), describe("bo", "hey"), describe("cy", punct="?"), describe(greeting="yo", name="di"))

دالة collect(first, *extra, sep="/", **opts):
    إرجاع first + sep + sep.join(نص(val) لكل val في extra) + " " + نص(مرتب(opts.items()))

اطبع(collect("a"), collect("a", 1, 2), collect("a", 1, sep="+", zz=1, aa=2))
اطبع(collect(*["p", "q", "r"], **{"mode": 3}))

دالة grow(val, bucket=[]):
    bucket.append(val)
    إرجاع bucket

اطبع(grow(1), grow(2), grow(3, []), grow(4))

دالة kwonly(alpha, *, beta=2):
    إرجاع alpha * beta

اطبع(kwonly(5), kwonly(5, beta=10))
حاول:
    kwonly(1, 2)
استثناء TypeError كـ err:
    اطبع("TypeError:", err)
حاول:
    describe()
استثناء TypeError كـ err:
    اطبع("TypeError:", err)

دالة fib(num):
    إذا num < 2:
        إرجاع num
    إرجاع fib(num - 1) + fib(num - 2)

اطبع([fib(num) لكل num في مدى(15)])

دالة ackermann(mval, nval):
    إذا mval == 0:
        إرجاع nval + 1
    إذا nval == 0:
        إرجاع ackermann(mval - 1, 1)
    إرجاع ackermann(mval - 1, ackermann(mval, nval - 1))

اطبع(ackermann(2, 3), (لامدا: 7)(), (لامدا val, inc: val + inc)(1, 2))
square = لامدا val: val * val
apply_twice = لامدا func, val: func(func(val))
اطبع(square(9), apply_twice(square, 3), قائمة(طبّق(square, [1, 2, 3])), describe.__name__)

دالة nothing():
    مرر

اطبع(nothing(), nothing() هو لاشيء, قابل_للاستدعاء(nothing), قابل_للاستدعاء(5))
