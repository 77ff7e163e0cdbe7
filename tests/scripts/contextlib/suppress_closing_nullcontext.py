# suppress, closing, nullcontext and redirect_stdout.
from contextlib import suppress, closing, nullcontext, redirect_stdout
with suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed")
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not printed")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError not suppressed:", e)
with suppress():
    pass
class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext("value") as v:
    print(v)
with nullcontext() as v:
    print(v)
class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
buf = Buffer()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print("back on stdout:", "".join(buf.parts).splitlines())
