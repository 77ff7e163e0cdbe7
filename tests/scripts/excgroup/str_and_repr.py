# str() shows the message and the count; repr() shows the constructor call.
cases = [
    ExceptionGroup("one", [ValueError("x")]),
    ExceptionGroup("two", [ValueError("x"), KeyError("k")]),
    BaseExceptionGroup("base", [KeyboardInterrupt()]),
    ExceptionGroup("", [ValueError()]),
    ExceptionGroup("quote's", [OSError(2, "No such file")]),
    ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)]),
    ExceptionGroup("many", [ValueError(i) for i in range(12)]),
]
for eg in cases:
    print(str(eg))
    print(repr(eg))


class Named(ExceptionGroup):
    pass


n = Named("sub", [ValueError()])
print(str(n))
print(repr(n))
print(f"{n}")
print("%s | %r" % (n, n))
