# format_exception_only: notes of every shape, and SyntaxError layouts
# (the module's rules, which differ a little from the interpreter's).
import collections.abc
import traceback


class PlainSequence:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return f"item {i}"


class RegisteredSequence(collections.abc.Sequence):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i >= 1:
            raise IndexError(i)
        return "sequence note"


class BadStr:
    def __str__(self):
        raise RuntimeError("no")


for notes in (["one", "two\nlines", "", "trailing\n"], ("tuple note",), PlainSequence(),
              RegisteredSequence(), "a string", b"bytes", 42, [BadStr()], None):
    e = ValueError("v")
    e.__notes__ = notes
    print(traceback.format_exception_only(e))

for se in (SyntaxError("m", ("f.py", 2, 5, "   bad code here\n", 2, 9)),
           SyntaxError("m", ("f.py", 2, 5, "\tbad code here\n", 2, 9)),
           SyntaxError("m", ("f.py", None, 5, "bad\n", None, None)),
           SyntaxError("m", (None, 2, None, "bad\n", 2, 3)),
           SyntaxError("m"), SyntaxError(),
           IndentationError("unindent", ("x.py", 1, 1, "x\n", 1, 0)),
           SyntaxError("m", ("f.py", 1, 3, "abcdef", 1, 0)),
           SyntaxError("m", ("f.py", 1, 3, "abcdef", 1, -1)),
           SyntaxError("m", ("f.py", 1, 0, "abcdef", 1, 5))):
    print(traceback.format_exception_only(se))

try:
    compile("if True:\n  x = (1,\n", "block.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
