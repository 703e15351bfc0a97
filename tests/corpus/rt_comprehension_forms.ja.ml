squares = [num * num 毎 num 中 範囲(10)]
evens = [num 毎 num 中 squares もし num % 2 == 0]
表示(squares, evens)
pairs = [(row, col) 毎 row 中 範囲(3) 毎 col 中 範囲(row)]
表示(pairs)
matrix = [[row * 3 + col 毎 col 中 範囲(3)] 毎 row 中 範囲(3)]
表示(matrix)
表示([matrix[col][row] 毎 row 中 範囲(3) 毎 col 中 範囲(3)])
flat = [cell 毎 line 中 matrix 毎 cell 中 line もし cell % 2 == 1 もし cell > 2]
表示(flat)
表示([num もし num % 3 でなければ -num 毎 num 中 範囲(7)])
lengths = {word: 長さ(word) 毎 word 中 ["ab", "cde", "f"]}
表示(lengths)
inverse = {val: key 毎 key, val 中 lengths.items()}
表示(inverse)
表示({num % 4 毎 num 中 範囲(20)}, {num * num 毎 num 中 [-2, -1, 1, 2]})
gen = (num * 2 毎 num 中 範囲(5))
表示(合計(gen), 合計(gen))
表示(合計(num 毎 num 中 範囲(101)), 最大値(長さ(word) 毎 word 中 ["a", "abc", "ab"]))
表示(いずれか(num > 8 毎 num 中 squares), すべて(num >= 0 毎 num 中 squares), 最小値(num % 7 毎 num 中 範囲(3, 9)))
表示(いずれか([]), すべて([]), ソート済み({3: "c", 1: "a"}), [char * 2 毎 char 中 "abc"])
表示([[col 毎 col 中 範囲(row)] 毎 row 中 範囲(4)])
total = 0
found = [total := total + num 毎 num 中 範囲(5)]
表示(found, total)
表示(リスト(組み合わせ(*matrix)), 辞書(組み合わせ("abc", 範囲(3))))
