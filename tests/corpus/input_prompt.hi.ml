छापो("before")
answer = इनपुट("Your number? ")
छापो("got", पूर्णांक(answer) * 2)
