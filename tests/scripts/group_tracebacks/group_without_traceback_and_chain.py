# A group built but never raised has no traceback: its box starts with
# the message line. Members keep their own chains and tracebacks.
import sys


def failing(n):
    try:
        raise KeyError(n)
    except KeyError as e:
        raise ValueError(f"value {n}") from e


members = []
for n in range(2):
    try:
        failing(n)
    except ValueError as e:
        members.append(e)
inner = BaseExceptionGroup("inner", [KeyboardInterrupt(), SystemExit(3)])
group = BaseExceptionGroup("unraised", members + [inner])
group.add_note("group note")
sys.excepthook(type(group), group, None)
print("done")
