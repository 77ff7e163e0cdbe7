# Groups inside groups: every level gets its own box, numbered per level.


def fail(exc):
    raise exc


def gather_errors(message, *excs):
    caught = []
    for exc in excs:
        try:
            fail(exc)
        except BaseException as e:
            caught.append(e)
    return ExceptionGroup(message, caught)


def main():
    inner = gather_errors("inner", ValueError("v"), TypeError("t"))
    try:
        raise inner
    except ExceptionGroup as e:
        inner = e
    middle = ExceptionGroup("middle", [inner, OSError("os")])
    raise ExceptionGroup("outer", [middle, KeyError("k")])


main()
