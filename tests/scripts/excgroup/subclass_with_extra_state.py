# A subclass with its own constructor arguments must override __new__ and
# derive(); split() then keeps the subclass and its extra state.


class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Errors(self.message, excs, self.code)


eg = Errors("bad", [ValueError(1), KeyError(2), ValueError(3)], code=7)
print(repr(eg), eg.code, eg.args)
m, r = eg.split(ValueError)
print(type(m).__name__, repr(m), m.code)
print(type(r).__name__, repr(r), r.code)


class NoDerive(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)


eg = NoDerive("nd", [ValueError(1), KeyError(2)], 9)
m, r = eg.split(ValueError)
print(type(m).__name__, repr(m), hasattr(m, "code"))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    BadDerive("bd", [ValueError(1), KeyError(2)]).split(ValueError)
except TypeError as e:
    print("derive returning non-group: TypeError:", e)


class MyBase(BaseExceptionGroup):
    pass


x = MyBase("m", [ValueError()])
print("subclass of BaseExceptionGroup stays:", type(x).__name__)
try:
    class Both(ExceptionGroup):
        pass
    Both("both", [KeyboardInterrupt()])
except TypeError as e:
    print("ExceptionGroup subclass with BaseException:", e)
