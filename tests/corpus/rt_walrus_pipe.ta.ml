data = [4, 8, 15, 16, 23, 42]
என்றால் (size := நீளம்(data)) > 5:
    அச்சிடு("size", size)
pos = 0
வரை (val := data[pos]) < 16:
    அச்சிடு("val", val)
    pos += 1
அச்சிடு("stopped at", val, pos)
அச்சிடு([half ஒவ்வொரு num இல் data என்றால் (half := num // 2) > 5])
அச்சிடு((big := அதிகபட்சம்(data)) * 2, big)

வரையறு double(num):
    திருப்பு num * 2

வரையறு total(items):
    திருப்பு கூட்டுத்தொகை(items)

அச்சிடு(5 |> double, 5 |> double |> double, data |> total, data |> நீளம் |> சரம்)
அச்சிடு([1, 2, 3] |> வரிசைப்படுத்து, "abc" |> பட்டியல், -7 |> முழுமதிப்பு)
result = data |> total |> double
அச்சிடு(result)
