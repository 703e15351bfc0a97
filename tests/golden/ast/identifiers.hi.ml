# Identifier-like keywords (print, int, list, ...) are builtin names, also as variables and
# parameters; localized builtin aliases stay names for the resolver.
परिभाषा गिनो(सूची, शब्द=कुछनहीं):
    मान कुल = 0
    सूची में x के_लिए:
        कुल += पूर्णांक(x)
    वापसी कुल

स्थिर सीमा = १०
छापो(गिनो(सूची=[१, "२", ३.५]), सीमा)
पूर्णांक = लैम्ब्डा मूल्य: मूल्य
