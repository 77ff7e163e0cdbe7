# Implicit chaining: an exception raised while handling another.
def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError:
        return int(settings.get("default"))
print(read_setting({"a": "1"}, "a"))
read_setting({"default": "not a number"}, "missing")
