# Exceptions raised inside except* handlers are merged with the unhandled
# rest into a new ExceptionGroup with an empty message.


def run(label, body):
    try:
        body()
    except BaseException as e:
        print(label + ":", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                ctx = sub.__context__
                print("   member", repr(sub), "context:", repr(ctx))


def one_handler_raises():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")


def two_handlers_raise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from first")
    except* TypeError:
        raise RuntimeError("from second")


def handler_raises_nothing_left():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")


def handler_raises_group():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("from handler", [ZeroDivisionError()])


def handler_raises_with_from():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError as eg:
        raise RuntimeError("wrapped") from eg


run("one handler raises", one_handler_raises)
run("two handlers raise", two_handlers_raise)
run("handler raises, nothing left", handler_raises_nothing_left)
run("handler raises a group", handler_raises_group)
run("raise from", handler_raises_with_from)
