# args, str() and repr() of exceptions with zero, one and several arguments.
for exc in [ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(42), ValueError(None), ValueError(""),
            KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), IndexError("i"), Exception([1, 2]),
            OSError(2, "No such file"), OSError("just text"), StopIteration(5), SystemExit(3), UnicodeError("u"),
            AttributeError("attr"), NameError("n"), ZeroDivisionError("div"), RuntimeError(("tuple",))]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = ValueError("orig")
e.args = ("changed", 1)
print(e, repr(e))
e.args = ["list becomes tuple"]
print(e.args, type(e.args).__name__)
class Custom(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
c = Custom(404, "missing")
print(c, repr(c), c.args, c.code)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(repr(str(n)), repr(n), n.args)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("a")), repr(WithStr("a")))
print(StopIteration(1, 2).value, StopIteration().value, SystemExit().code, SystemExit(1, 2).code)
oe = OSError(2, "No such file or directory", "missing.txt")
print(oe, oe.errno, oe.strerror, oe.filename, type(oe).__name__)
print(KeyboardInterrupt(), repr(GeneratorExit()), BaseException("base"))
