# A return (or break, or continue) leaving nested try blocks runs each
# finally body once, innermost first; an exception raised by an outer finally
# body on the way out is caught by the try blocks still around it, not by the
# ones the return has already left.
def nested_return(log):
    try:
        try:
            return "inner value"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


def outer_finally_raises(log):
    try:
        try:
            try:
                return "never"
            finally:
                log.append("inner finally")
        finally:
            log.append("middle finally raises")
            raise KeyError("from middle")
    except KeyError as e:
        log.append(f"outer except caught {e}")
        return "recovered"


def inner_except_not_reentered(log):
    try:
        try:
            return "value"
        except KeyError:
            log.append("inner except: wrong")
    finally:
        try:
            raise KeyError("in finally")
        except KeyError:
            log.append("finally's own except")


def break_through_finally(log):
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                log.append(f"inner {i}")
        finally:
            log.append(f"outer {i}")
            try:
                raise ValueError(i)
            except ValueError as e:
                log.append(f"handled {e}")
    return "after loop"


def continue_through_with(log):
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            log.append(f"exit {exc[0]}")
            return False

    for i in range(2):
        try:
            with CM():
                continue
        finally:
            log.append(f"finally {i}")
    return "done"


for fn in (nested_return, outer_finally_raises, inner_except_not_reentered,
           break_through_finally, continue_through_with):
    log = []
    print(fn.__name__, "->", fn(log))
    for line in log:
        print("   ", line)
