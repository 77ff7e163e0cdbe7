# functools.singledispatch: registration by annotation and by type, MRO-based fallback.
from functools import singledispatch
@singledispatch
def describe(obj):
    return f"object of type {type(obj).__name__}"
@describe.register
def _(obj: int):
    return f"int {obj}"
@describe.register
def _(obj: list):
    return "list of " + ", ".join(describe(x) for x in obj)
@describe.register(str)
def _(obj):
    return f"string {obj!r}"
def describe_float(obj):
    return f"float {obj:.2f}"
describe.register(float, describe_float)
print(describe(5), describe("hi"), describe(2.5), describe([1, "a", 2.0]), describe(None), describe(True))
class Base:
    pass
class Child(Base):
    pass
@describe.register
def _(obj: Base):
    return "a Base (or subclass): " + type(obj).__name__
print(describe(Child()), describe(Base()))
print(describe.dispatch(bool).__name__ if describe.dispatch(bool) is not describe.dispatch(int) else "bool dispatches like int")
print(sorted(t.__name__ for t in describe.registry))
