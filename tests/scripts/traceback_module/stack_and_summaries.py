# extract_tb / extract_stack / walk_tb / walk_stack, FrameSummary as a
# tuple, StackSummary.from_list and format_list, print_stack, limits.
import sys
import traceback


def inner(values):
    return values[10]


def outer():
    data = [1, 2]
    return inner(data)


try:
    outer()
except IndexError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(repr(fs), fs.filename, fs.lineno, fs.name, repr(fs.line))
    print("  position", fs.end_lineno, fs.colno, fs.end_colno, "tuple", tuple(fs), fs[1], len(fs))
    print("  equal to its tuple:", fs == tuple(fs))
print([(frame.f_code.co_name, line) for frame, line in traceback.walk_tb(tb)])
print(traceback.format_tb(tb, limit=1))
print(traceback.format_tb(tb, limit=-1))
print(traceback.format_list(summary))
print(traceback.format_list([("made_up.py", 3, "somewhere", "x = 1"), ("other.py", 9, "f", None)]))
traceback.print_tb(tb, file=sys.stdout)
traceback.print_list(summary, file=sys.stdout)


def where():
    stack = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in stack])
    traceback.print_stack(file=sys.stdout, limit=2)
    return traceback.format_stack()


def caller():
    return where()


print(caller())
print([frame.f_code.co_name for frame, _ in traceback.walk_stack(sys._getframe())])
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "pass"), summary[0]])
print([tuple(fs) for fs in summary])
sys.tracebacklimit = 1
print(len(traceback.extract_tb(tb)))
