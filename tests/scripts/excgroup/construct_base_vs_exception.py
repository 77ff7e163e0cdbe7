# BaseExceptionGroup returns an ExceptionGroup when every member is an
# Exception; ExceptionGroup refuses BaseException members.


def show(label, make):
    try:
        eg = make()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {type(eg).__name__} {eg!r}")


show("base, all Exception", lambda: BaseExceptionGroup("a", [ValueError(1), OSError(2)]))
show("base, one KeyboardInterrupt", lambda: BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()]))
show("base, only SystemExit", lambda: BaseExceptionGroup("c", [SystemExit(3)]))
show("base, nested ExceptionGroup", lambda: BaseExceptionGroup("d", [ExceptionGroup("in", [ValueError()])]))
show("base, nested BaseExceptionGroup", lambda: BaseExceptionGroup("e", [BaseExceptionGroup("in", [GeneratorExit()])]))
show("exception group, KeyboardInterrupt", lambda: ExceptionGroup("f", [KeyboardInterrupt()]))
show("exception group, nested base group", lambda: ExceptionGroup("g", [BaseExceptionGroup("in", [SystemExit()])]))
show("exception group, CancelledError-like", lambda: ExceptionGroup("h", [GeneratorExit()]))

eg = BaseExceptionGroup("x", [ValueError()])
print("isinstance Exception:", isinstance(eg, Exception))
print("isinstance BaseExceptionGroup:", isinstance(eg, BaseExceptionGroup))
beg = BaseExceptionGroup("y", [KeyboardInterrupt()])
print("base isinstance Exception:", isinstance(beg, Exception))
print("ExceptionGroup MRO:", [c.__name__ for c in ExceptionGroup.__mro__])
print("BaseExceptionGroup MRO:", [c.__name__ for c in BaseExceptionGroup.__mro__])
print("issubclass(ExceptionGroup, BaseExceptionGroup):", issubclass(ExceptionGroup, BaseExceptionGroup))
