parts = ["a", "b", 3]
joined = ""
毎 part 中 parts:
    表示("adding", part)
    joined = joined + part
    表示(joined)
表示("unreachable")
