# contextlib.contextmanager: setup/teardown, exception handling inside the generator, reuse errors.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
with tag("outer"), tag("inner"):
    print("nested")
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)
with swallow(KeyError):
    {}["k"]
print("continued after swallow")
try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("TypeError", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def value():
    yield 42
@value()
def decorated():
    print("running inside the context")
decorated()
