luokka ConfigError(Exception):
    ohita

maarittele load(name):
    nosta ConfigError("missing " + name)

tulosta("loading")
load("settings")
tulosta("not reached")
