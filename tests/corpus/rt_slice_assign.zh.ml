base = 列表(范围(10))
打印(base[2:8:2], base[::-3], base[-3:], base[8:2:-2], base[::])
work = base[:]
work[2:5] = ["a", "b"]
打印(work)
work[1:1] = [100, 200, 300]
打印(work)
work[:3] = []
打印(work)
work[::2] = [0] * 长度(work[::2])
打印(work)
work[-2:] = "xy"
打印(work)
删除 work[::3]
打印(work)
删除 work[1:3]
打印(work)
删除 work[0]
打印(work)
尝试:
    work[::2] = [1]
除了 ValueError 作为 err:
    打印("ValueError:", err)
letters = 列表("abcdefg")
letters[1:6:2] = ["B", "D", "F"]
打印(letters, "".join(letters[::-1]))
span = 切片(1, 5, 2)
打印(letters[span], base[span], span.stop, span.step)
pair = (1, 2, 3, 4, 5)
打印(pair[1:4], pair[::-1], pair[:0], 类型(pair[1:2]).__name__)
