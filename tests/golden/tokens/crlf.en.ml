if True:
    print("crlf")
else:
	pass
