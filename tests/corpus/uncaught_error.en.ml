class ConfigError(Exception):
    pass

def load(name):
    raise ConfigError("missing " + name)

print("loading")
load("settings")
print("not reached")
