के_लिए num में परास(2, 20):
    के_लिए div में परास(2, num):
        अगर num % div == 0:
            रोको
    वरना:
        छापो(num, end=" ")
छापो()
count = 0
जबतक count < 10:
    count += 1
    अगर count % 3 == 0:
        जारी
    अगर count > 7:
        रोको
    छापो(count, end=",")
वरना:
    छापो("whole")
छापो()
steps = 3
जबतक steps > 0:
    steps -= 1
वरना:
    छापो("done", steps)
के_लिए item में []:
    छापो("never")
वरना:
    छापो("empty")
के_लिए outer_idx में परास(3):
    के_लिए inner_idx में परास(3):
        अगर inner_idx == outer_idx:
            जारी
        अगर inner_idx > outer_idx:
            रोको
        छापो(outer_idx, inner_idx)
val = 5
छापो(1 < val < 10, 1 < val > 10, 0 <= val <= 5 < 6, val == 5 != 4, 3 < val में [5])
छापो("big" अगर val > 3 वरना "small", "neg" अगर val < 0 वरना "zero" अगर val == 0 वरना "pos")
छापो(val > 3 और "yes", val < 3 और "yes", val < 3 या "fallback", 0 या कुछनहीं, [] या {} या "last")
छापो(नहीं val, नहीं 0, नहीं [], नहीं "a", val है नहीं कुछनहीं)
parity = ["even" अगर num % 2 == 0 वरना "odd" के_लिए num में परास(5)]
छापो(parity)
acc = []
idx = 0
जबतक सत्य:
    idx += 1
    अगर idx > 100:
        रोको
    अगर idx % 20:
        जारी
    acc.append(idx)
छापो(acc, idx)
