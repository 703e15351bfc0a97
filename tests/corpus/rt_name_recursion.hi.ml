counter = 5
छापो(counter)
हटाओ counter
प्रयास:
    छापो(counter)
अपवाद NameError रूपमें err:
    छापो("NameError:", err)
counter = 7
छापो(counter)

परिभाषा descend(depth):
    वापसी descend(depth + 1)

प्रयास:
    descend(0)
अपवाद RecursionError रूपमें err:
    छापो("RecursionError:", err)

परिभाषा countdown(num):
    अगर num == 0:
        वापसी 0
    वापसी 1 + countdown(num - 1)

छापो(countdown(500))
प्रयास:
    उठाओ ValueError("custom message")
अपवाद ValueError रूपमें err:
    छापो("caught", err)
अंतमें:
    छापो("cleanup")
प्रयास:
    उठाओ KeyError("k")
अपवाद LookupError रूपमें err:
    छापो("LookupError catches KeyError", प्रतिनिधि(err))
प्रयास:
    दावा 1 + 1 == 3, "bad sum"
अपवाद AssertionError रूपमें err:
    छापो("AssertionError:", err)
