# A configuration validator that ends with an uncaught, chained exception (exit status 1).
class ConfigError(Exception):
    pass
SCHEMA = {"name": str, "port": int, "debug": bool, "workers": int, "ratio": float}
def parse_line(line, lineno):
    if "=" not in line:
        raise ConfigError(f"line {lineno}: expected key=value, got {line!r}")
    key, value = (part.strip() for part in line.split("=", 1))
    if key not in SCHEMA:
        raise ConfigError(f"line {lineno}: unknown key {key!r}")
    kind = SCHEMA[key]
    if kind is bool:
        if value not in ("true", "false"):
            raise ConfigError(f"line {lineno}: {key} must be true or false")
        return key, value == "true"
    try:
        return key, kind(value)
    except ValueError as e:
        raise ConfigError(f"line {lineno}: bad value for {key}") from e
def load(text):
    config = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#")[0].strip()
        if line:
            key, value = parse_line(line, lineno)
            config[key] = value
    missing = [k for k in SCHEMA if k not in config]
    if missing:
        raise ConfigError(f"missing keys: {', '.join(missing)}")
    return config
GOOD = """
name = web   # the service
port = 8080
debug = false
workers = 4
ratio = 0.75
"""
print(load(GOOD))
for text in ["name = x\nport = 80", "port: 80", "colour = red", "debug = yes"]:
    try:
        load(text)
    except ConfigError as e:
        print("ConfigError:", e)
BAD = GOOD.replace("workers = 4", "workers = four")
print("loading the bad configuration...")
load(BAD)
