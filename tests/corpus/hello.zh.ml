问候 = "Hello, world!"
如果 真:
    打印(问候)
