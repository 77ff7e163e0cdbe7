"""Module with a module-level __getattr__ and __dir__ (PEP 562)."""
def __getattr__(name):
    if name.startswith("auto_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["auto_example", "real"]
real = "real attribute"
