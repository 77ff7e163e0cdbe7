# What except* leaves behind when a handler raises and other members are not
# handled: a group with an empty message whose members are the handler's
# error (with its context) and the unhandled rest.


def work():
    raise ExceptionGroup("work", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])


try:
    work()
except* ValueError:
    raise RuntimeError("handler broke")
except* KeyError:
    pass
