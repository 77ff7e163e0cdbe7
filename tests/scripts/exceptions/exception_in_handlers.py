# Exceptions raised in except/else/finally blocks and their contexts.
def run(label, fn):
    try:
        fn()
    except Exception as e:
        ctx = e.__context__
        print(label, "->", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None)
def in_except():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise ValueError("from else")
def in_finally_after_exc():
    try:
        raise KeyError("lost?")
    finally:
        raise ValueError("from finally")
def in_finally_no_exc():
    try:
        pass
    finally:
        raise ValueError("finally only")
def handler_then_finally():
    try:
        raise KeyError("k")
    except KeyError:
        raise IndexError("i")
    finally:
        print("  finally still runs")
def reraise_other_in_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
run("in except", in_except)
run("in else", in_else)
run("finally after exc", in_finally_after_exc)
run("finally only", in_finally_no_exc)
run("handler then finally", handler_then_finally)
run("bare raise after nested handler", reraise_other_in_nested)
import sys
def exc_info_inside():
    try:
        raise TypeError("active")
    except TypeError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, sys.exception() is v)
    print(sys.exc_info(), sys.exception())
exc_info_inside()
