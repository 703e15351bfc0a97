klass ConfigError(Exception):
    passera

definiera load(name):
    kasta ConfigError("missing " + name)

skriv("loading")
load("settings")
skriv("not reached")
