count = पूर्णांक(इनपुट())
values = []
के_लिए idx में परास(count):
    line = इनपुट()
    values.append(दशमलव(line) अगर "." में line वरना पूर्णांक(line))
छापो(values, योग(values), अधिकतम(values))
words = इनपुट().split()
छापो(लंबाई(words), words[::-1], " ".join(word.capitalize() के_लिए word में words))
rows = 0
chars = 0
जबतक सत्य:
    प्रयास:
        line = इनपुट()
    अपवाद EOFError:
        छापो("eof after", rows, "rows", chars, "chars")
        रोको
    rows += 1
    chars += लंबाई(line)
    छापो(rows, प्रतिनिधि(line), line.strip().isdigit())
