# `raise eg` with the handler's own variable is a new raise of the matched
# subgroup: it ends up nested in the result group when other parts remain.
import traceback


def body():
    raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])


try:
    try:
        body()
    except* ValueError as eg:
        raise eg
except ExceptionGroup as e:
    print("result:", repr(e))

try:
    try:
        body()
    except* ValueError as eg:
        raise eg
    except* TypeError as eg:
        raise eg
except ExceptionGroup as e:
    print("both raised:", repr(e))

try:
    try:
        body()
    except* ValueError as eg:
        e1 = eg
        raise
    except* TypeError as eg:
        pass
except ExceptionGroup as e:
    print("bare raise result:", repr(e))
    print("frames of result:", [f.name for f in traceback.extract_tb(e.__traceback__)])
