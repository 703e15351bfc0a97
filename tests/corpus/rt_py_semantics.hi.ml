# expected output from CPython: the original rejects these constructs (LANGUAGE.md section 9)
परिभाषा is_even(num):
    वापसी सत्य अगर num == 0 वरना is_odd(num - 1)

परिभाषा is_odd(num):
    वापसी असत्य अगर num == 0 वरना is_even(num - 1)

छापो(is_even(10), is_odd(7), is_even(3))
प्रयास:
    {}["k"]
अपवाद KeyError रूपमें err:
    message = "caught " + शब्द(err)
छापो(message)

वर्ग Ctx:
    परिभाषा __enter__(self):
        वापसी 5
    परिभाषा __exit__(self, *args):
        वापसी असत्य

साथ Ctx() रूपमें got:
    inside = got * 2
छापो(got, inside)
adders = [लैम्ब्डा val, inc=inc: val + inc के_लिए inc में परास(3)]
छापो([adder(10) के_लिए adder में adders])
के_लिए idx, (key, val) में गणना([("a", 1), ("b", 2)]):
    छापो(idx, key, val)
छापो([half के_लिए num में [4, 9, 12] अगर (half := num // 2) > 2], half)
छापो((), लंबाई(()), () == ट्यूपल())

वर्ग Base:
    परिभाषा hello(self):
        वापसी "base"

वर्ग Child(Base):
    परिभाषा hello(self):
        वापसी "child+" + सुपर().hello()

छापो(Child().hello())
