毎 num 中 範囲(2, 20):
    毎 div 中 範囲(2, num):
        もし num % div == 0:
            中断
    でなければ:
        表示(num, end=" ")
表示()
count = 0
間 count < 10:
    count += 1
    もし count % 3 == 0:
        続行
    もし count > 7:
        中断
    表示(count, end=",")
でなければ:
    表示("whole")
表示()
steps = 3
間 steps > 0:
    steps -= 1
でなければ:
    表示("done", steps)
毎 item 中 []:
    表示("never")
でなければ:
    表示("empty")
毎 outer_idx 中 範囲(3):
    毎 inner_idx 中 範囲(3):
        もし inner_idx == outer_idx:
            続行
        もし inner_idx > outer_idx:
            中断
        表示(outer_idx, inner_idx)
val = 5
表示(1 < val < 10, 1 < val > 10, 0 <= val <= 5 < 6, val == 5 != 4, 3 < val 中 [5])
表示("big" もし val > 3 でなければ "small", "neg" もし val < 0 でなければ "zero" もし val == 0 でなければ "pos")
表示(val > 3 かつ "yes", val < 3 かつ "yes", val < 3 または "fallback", 0 または なし, [] または {} または "last")
表示(ない val, ない 0, ない [], ない "a", val は ない なし)
parity = ["even" もし num % 2 == 0 でなければ "odd" 毎 num 中 範囲(5)]
表示(parity)
acc = []
idx = 0
間 真:
    idx += 1
    もし idx > 100:
        中断
    もし idx % 20:
        続行
    acc.append(idx)
表示(acc, idx)
