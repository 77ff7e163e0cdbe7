# except* semantics: naked exceptions wrapped, unmatched rest re-raised,
# raising in a handler, bare raise, else/finally, except* BaseException.
def f(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("V", repr(eg))
    except* TypeError as eg:
        print("T", repr(eg))
for exc in [ValueError(1), ExceptionGroup("g", [ValueError(1), TypeError(2)]), TypeError(3)]:
    f(exc)
try:
    f(ExceptionGroup("g", [ValueError(1), KeyError(2)]))
except ExceptionGroup as e:
    print("rest:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("raised in handler:", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise:", repr(e))
try:
    try:
        raise ValueError(5)
    except* ValueError as eg:
        print(type(eg).__name__, eg.exceptions)
        raise
except Exception as e:
    print("naked re-raised as:", repr(e))
def g():
    try:
        raise ValueError(1)
    except* ValueError:
        pass
    else:
        print("no else")
    finally:
        print("finally")
g()
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* BaseException as e:
    print("base:", repr(e))
