klasse ConfigError(Exception):
    pass

definer load(name):
    kast ConfigError("missing " + name)

skriv("loading")
load("settings")
skriv("not reached")
