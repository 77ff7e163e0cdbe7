# catch_warnings (record=True, a filter given to it), showwarning and
# formatwarning replaced, warn_explicit and stacklevel.
import sys
import warnings


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
    warnings.warn(UserWarning("three"))
print([(str(w.message), w.category.__name__, w.lineno, w.line, w.file) for w in log])
print(str(log[0]))

with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("as error", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", e)
    warnings.warn("other categories still warn")


def hook(message, category, filename, lineno, file=None, line=None):
    print("hook:", message, category.__name__, lineno, file, line)


with warnings.catch_warnings():
    warnings.showwarning = hook
    warnings.warn("hooked")
warnings.warn("after the hook is gone")

original = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"custom: {message}\n"
warnings.warn("formatted by the replacement")
warnings.formatwarning = original
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  the line  ")))

warnings.warn_explicit("explicit", UserWarning, "made_up.py", 4)
warnings.warn_explicit("explicit", UserWarning, "made_up.py", 4)
registry = {}
warnings.warn_explicit("with registry", UserWarning, "made_up.py", 5, "mod", registry)
warnings.warn_explicit("with registry", UserWarning, "made_up.py", 5, "mod", registry)
print(sorted(k for k in registry if k != "version"))
warnings.warn_explicit("module None: ignored", UserWarning, "made_up.py", 6, None)
try:
    warnings.warn_explicit("bad", UserWarning, 5, 4)
except TypeError as e:
    print(e)


def library():
    warnings.warn("blame the caller", stacklevel=2)


def application():
    library()


application()
warnings.warn("outside every frame", stacklevel=50)
