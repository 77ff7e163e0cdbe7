# Explicit chaining with raise ... from ...: "direct cause" wording.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad value {text!r}") from exc
load("12")
load("twelve")
