# __enter__/__exit__ arguments and return values; exceptions inside exit; nested managers.
class Recorder:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print(f"{self.name}: enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"{self.name}: exit type={kind} value={exc!r} tb={'yes' if tb else 'no'}")
        return self.swallow
with Recorder("plain") as r:
    print("inside", r.name)
with Recorder("swallow", swallow=True):
    1 / 0
with Recorder("outer", swallow=True):
    with Recorder("inner"):
        raise KeyError("x")
    print("not reached")
class TruthyReturn:
    def __enter__(self):
        return "entered value"
    def __exit__(self, *args):
        return "non-empty string is truthy"
with TruthyReturn() as v:
    print(v)
    raise RuntimeError("swallowed by truthy return")
print("continued")
class FalsyReturn:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return 0
try:
    with FalsyReturn():
        raise ValueError("propagates")
except ValueError as e:
    print("ValueError", e)
def gen_exit_counts():
    count = 0
    class C:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            nonlocal count
            count += 1
    for i in range(5):
        with C():
            if i % 2:
                continue
    return count
print(gen_exit_counts())
class ExitSeesTraceback:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(type(tb).__name__, tb.tb_lineno > 0, ev.__traceback__ is tb)
        return True
with ExitSeesTraceback():
    raise IndexError
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
rc = Reentrant()
with rc as a:
    with rc as b:
        print(a, b, Reentrant.depth)
print(Reentrant.depth)
