# __cause__, __context__, __suppress_context__ set by raise, raise from, raise from None.
def info(e):
    return (type(e).__name__, str(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        int("x")
except ValueError as e:
    print(info(e))
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise ValueError("converted") from ke
except ValueError as e:
    print(info(e))
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(info(e))
try:
    raise ValueError("cause without context") from TypeError("t")
except ValueError as e:
    print(info(e))
e = RuntimeError("manual")
e.__cause__ = KeyError("set by hand")
print(info(e))
e.__suppress_context__ = False
e.__cause__ = None
print(info(e))
try:
    e.__cause__ = "not an exception"
except TypeError as ex:
    print("TypeError", ex)
try:
    e.__context__ = 5
except TypeError as ex:
    print("TypeError", ex)
def deep():
    try:
        raise KeyError("level1")
    except KeyError:
        try:
            raise IndexError("level2")
        except IndexError:
            raise ValueError("level3")
try:
    deep()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise first
        except KeyError as again:
            print(again is first, again.__context__)
except Exception:
    pass
try:
    try:
        raise ValueError("inner")
    finally:
        pass
except ValueError as e:
    print(info(e))
try:
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(info(e))
