导入 sys
打印("working")
status = 3
如果 status > 0:
    sys.exit(status)
打印("not reached")
