import sys
print("working")
status = 3
if status > 0:
    sys.exit(status)
print("not reached")
