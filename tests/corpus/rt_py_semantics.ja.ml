# expected output from CPython: the original rejects these constructs (LANGUAGE.md section 9)
関数 is_even(num):
    戻る 真 もし num == 0 でなければ is_odd(num - 1)

関数 is_odd(num):
    戻る 偽 もし num == 0 でなければ is_even(num - 1)

表示(is_even(10), is_odd(7), is_even(3))
試行:
    {}["k"]
例外 KeyError として err:
    message = "caught " + 文字列(err)
表示(message)

クラス Ctx:
    関数 __enter__(self):
        戻る 5
    関数 __exit__(self, *args):
        戻る 偽

付き Ctx() として got:
    inside = got * 2
表示(got, inside)
adders = [ラムダ val, inc=inc: val + inc 毎 inc 中 範囲(3)]
表示([adder(10) 毎 adder 中 adders])
毎 idx, (key, val) 中 列挙([("a", 1), ("b", 2)]):
    表示(idx, key, val)
表示([half 毎 num 中 [4, 9, 12] もし (half := num // 2) > 2], half)
表示((), 長さ(()), () == タプル())

クラス Base:
    関数 hello(self):
        戻る "base"

クラス Child(Base):
    関数 hello(self):
        戻る "child+" + 親クラス().hello()

表示(Child().hello())
