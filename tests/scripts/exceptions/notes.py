# add_note and __notes__: accumulation, type checking, notes on re-raise.
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(42)
except TypeError as ex:
    print("TypeError", ex)
try:
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("added while handling")
        raise
except KeyError as err:
    print(err.__notes__)
e2 = RuntimeError()
e2.__notes__ = ["assigned directly"]
e2.add_note("appended")
print(e2.__notes__)
e3 = RuntimeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as ex:
    print("TypeError", ex)
del e.__notes__
print(hasattr(e, "__notes__"))
class Annotated(Exception):
    def __init__(self, msg, *notes):
        super().__init__(msg)
        for n in notes:
            self.add_note(n)
a = Annotated("boom", "hint 1", "hint 2")
print(a, a.__notes__)
