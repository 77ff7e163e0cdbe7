# except clauses: tuples, base classes, order, bare except, re-raise, except inside functions.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "other lookup"
    except ArithmeticError as e:
        return "arithmetic " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__
for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), SystemExit(), KeyboardInterrupt(), GeneratorExit()]:
    print(classify(exc))
try:
    raise ValueError("bare")
except:
    print("bare except caught it")
errors = (TypeError, ValueError)
try:
    int("x")
except errors as e:
    print("tuple variable", type(e).__name__)
try:
    try:
        raise ValueError("x")
    except 42:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("x")
    except (ValueError, "not a class"):
        print("first element matched before the bad one was checked")
except TypeError as e:
    print("TypeError", e)
def nested_handlers():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            return "wrong"
    except KeyError as e:
        return "outer caught " + repr(e)
print(nested_handlers())
try:
    raise ValueError("v")
except ValueError as e:
    name_in_handler = e
print(type(name_in_handler).__name__)
e = "outer binding"
try:
    raise KeyError
except KeyError as e:
    pass
try:
    print(e)
except NameError as ex:
    print("NameError", ex)
class CustomBase(Exception):
    pass
class CustomChild(CustomBase):
    pass
try:
    raise CustomChild("child")
except CustomBase as ex:
    print("caught via base:", type(ex).__name__, ex)
