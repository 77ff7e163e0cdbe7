# finally always runs: with return, exceptions, break, continue and nested generators.
log = []
def f(kind):
    try:
        log.append("try")
        if kind == "return":
            return "returned"
        if kind == "raise":
            raise ValueError("raised")
        if kind == "exit":
            raise SystemExit(3)
        return "fell through"
    finally:
        log.append("finally")
for kind in ["return", "raise", "exit", "none"]:
    log.clear()
    try:
        r = f(kind)
    except ValueError as e:
        r = "ValueError " + str(e)
    except SystemExit as e:
        r = "SystemExit " + str(e.code)
    print(kind, r, log)
def count_finally():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                break
            continue
        finally:
            n += 1
    return n
print(count_finally())
def finally_overrides_exception():
    for _ in range(1):
        try:
            raise KeyError("discarded")
        finally:
            break
    return "exception discarded by break in finally"
print(finally_overrides_exception())
def finally_sees_exception():
    import sys
    try:
        raise LookupError("visible")
    finally:
        print("in finally, exception is", repr(sys.exception()))
try:
    finally_sees_exception()
except LookupError:
    pass
def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
            raise RuntimeError("replaces return")
    except RuntimeError as e:
        return "caught " + str(e)
    finally:
        print("outer finally")
print(nested())
