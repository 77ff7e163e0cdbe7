# Annotated assignments: module and class __annotations__, bare annotations.
x: int = 5
y: "forward ref"
z: list[int] = [1, 2]
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print("NameError", e)
class C:
    a: int
    b: str = "default"
    c: dict[str, int] = {}
    def method(self, p: int, q: "str" = "q") -> bool:
        return True
print(C.__annotations__)
print(C.b, hasattr(C, "a"))
print(C.method.__annotations__)
def f(a: int, *args: str, k: float = 1.0, **kw: bool) -> None:
    local: int = 3
    unannotated: undefined_name_ok  # not evaluated in functions
    return local
print(f(1), f.__annotations__)
obj = C()
obj.attr: int = 10
print(obj.attr)
d = {}
d["key"]: str = "value"
print(d)
(paren): int = 7
print(paren)
def g():
    v: int
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(g())
print(f.__annotations__["return"], f.__annotations__["args"])
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
