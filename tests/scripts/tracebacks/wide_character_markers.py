# Markers under lines with East Asian wide characters are placed by
# terminal columns (two a wide character), by both printers.
import sys
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())
        traceback.print_exc()


def wide_name():
    名前 = None; return 名前 + 1


def wide_string():
    x = "漢字"; return x + None


def wide_subscript():
    d = {}; return d["キー"]["ü"]


def combining_marks():
    return "é́" + None


for fn in (wide_name, wide_string, wide_subscript, combining_marks):
    show(fn)
