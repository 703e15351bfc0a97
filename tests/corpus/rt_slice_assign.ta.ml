base = பட்டியல்(வரம்பு(10))
அச்சிடு(base[2:8:2], base[::-3], base[-3:], base[8:2:-2], base[::])
work = base[:]
work[2:5] = ["a", "b"]
அச்சிடு(work)
work[1:1] = [100, 200, 300]
அச்சிடு(work)
work[:3] = []
அச்சிடு(work)
work[::2] = [0] * நீளம்(work[::2])
அச்சிடு(work)
work[-2:] = "xy"
அச்சிடு(work)
அழி work[::3]
அச்சிடு(work)
அழி work[1:3]
அச்சிடு(work)
அழி work[0]
அச்சிடு(work)
முயற்சி:
    work[::2] = [1]
விதிவிலக்கு ValueError ஆக err:
    அச்சிடு("ValueError:", err)
letters = பட்டியல்("abcdefg")
letters[1:6:2] = ["B", "D", "F"]
அச்சிடு(letters, "".join(letters[::-1]))
span = வெட்டு(1, 5, 2)
அச்சிடு(letters[span], base[span], span.stop, span.step)
pair = (1, 2, 3, 4, 5)
அச்சிடு(pair[1:4], pair[::-1], pair[:0], வகை(pair[1:2]).__name__)
