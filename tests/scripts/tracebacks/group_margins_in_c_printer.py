# The interpreter's own printer (not the traceback module) inside an
# exception group: a multi-line message, the "[Previous line repeated]"
# line and a SyntaxError's source get no "| " margin; each note line does.
import sys


def recurse(n):
    if n == 0:
        raise ValueError("first line\nsecond line")
    recurse(n - 1)


def caught(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        return e


deep = caught(recurse, 6)
deep.add_note("note one\nnote two")
deep.add_note("")
syntax = caught(compile, "x = (1,\n", "cfg.py", "exec")
group = ExceptionGroup("outer", [deep, syntax, KeyError("plain")])
sys.excepthook(type(group), group, None)
print("printed without a traceback for the group itself")
raise group
