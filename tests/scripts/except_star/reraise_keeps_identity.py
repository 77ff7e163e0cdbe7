# A bare `raise` in an except* handler re-raises the matched part; when
# nothing else is raised the result keeps the original structure, and when
# everything is re-raised the original group object comes back.

orig = ExceptionGroup("orig", [ValueError(1), TypeError(2)])
try:
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as e:
    print("all re-raised:", repr(e), "same object:", e is orig)

orig = ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
try:
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("partly re-raised:", repr(e), "same object:", e is orig)
    print("leaves are the originals:", [x is y for x, y in zip(e.exceptions, (orig.exceptions[0], orig.exceptions[2]))])

orig = ExceptionGroup("orig", [ValueError(1), TypeError(2)])
try:
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise OSError("new")
except ExceptionGroup as e:
    print("re-raise plus new:", repr(e))
    print("inner is derived from orig:", repr(e.exceptions[1]), e.exceptions[1] is orig)
    print("re-raised part is first:", type(e.exceptions[0]).__name__)

orig = ExceptionGroup("orig", [ValueError(1)])
try:
    try:
        raise orig
    except* ValueError as eg:
        raise eg
except ExceptionGroup as e:
    print("raise eg (not bare):", repr(e), "is orig:", e is orig, "is the subgroup:", e is not orig)
