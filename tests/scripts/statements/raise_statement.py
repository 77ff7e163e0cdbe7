# raise forms: class, instance, re-raise, from, from None.
def show(e):
    print(type(e).__name__, e.args, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError
except ValueError as e:
    show(e)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except KeyError as e:
    show(e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise TypeError("t") from e
except TypeError as e:
    show(e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    show(e)
try:
    raise RuntimeError("r") from ValueError("cause")
except RuntimeError as e:
    show(e)
try:
    raise RuntimeError("r") from ValueError
except RuntimeError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError("implicit context")
except IndexError as e:
    show(e)
try:
    raise 42
except TypeError as e:
    show(e)
try:
    raise ValueError from 42
except TypeError as e:
    show(e)
try:
    raise
except RuntimeError as e:
    show(e)
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    show(e)
def reraiser():
    try:
        raise LookupError("inner")
    except LookupError as e:
        err = e
    raise err
try:
    reraiser()
except LookupError as e:
    show(e)
try:
    e = ValueError("reused")
    raise e from e
except ValueError as ex:
    print(ex.__cause__ is ex)
try:
    raise StopIteration("stop")
except StopIteration as e:
    show(e)
try:
    raise type("Dyn", (Exception,), {})("dynamic")
except Exception as e:
    show(e)
try:
    raise object
except TypeError as e:
    show(e)
