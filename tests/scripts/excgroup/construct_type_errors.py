# Argument checking of BaseExceptionGroup / ExceptionGroup construction.


def attempt(label, make):
    try:
        eg = make()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {eg!r}")


attempt("no args", lambda: BaseExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("msg"))
attempt("three args", lambda: ExceptionGroup("msg", [ValueError()], 3))
attempt("message not str", lambda: ExceptionGroup(42, [ValueError()]))
attempt("message bytes", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("exceptions None", lambda: ExceptionGroup("m", None))
attempt("exceptions set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("exceptions generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("exceptions dict", lambda: ExceptionGroup("m", {1: ValueError()}))
attempt("exceptions str", lambda: ExceptionGroup("m", "ab"))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("member is int", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("member is a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("member is None", lambda: BaseExceptionGroup("m", [None]))
attempt("keyword args", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("tuple ok", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
