取込 sys
表示("working")
status = 3
もし status > 0:
    sys.exit(status)
表示("not reached")
