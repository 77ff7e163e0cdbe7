# __repr__, __str__, __format__ and their fallbacks in print, f-strings, containers.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(r), repr(b))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {r} {r!s}")
print(str(s), s, "%s %r" % (b, b))
print(format(b), format(b, ""))
try:
    format(b, "x")
except TypeError as e:
    print("TypeError", e)
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "abc"), f"{Fmt():>10}", "{:q}".format(Fmt()), "{0!s:>5}".format(7))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError", e)
class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f"Nested({self.children!r})"
print(Nested([Nested([]), Nested([ReprOnly()])]))
class Quote:
    def __repr__(self):
        return "it's \"quoted\""
print([Quote()], repr(Quote()))
class SubStr(str):
    pass
print(repr(SubStr("x")), str(SubStr("y")), f"{SubStr('z')}")
class SubInt(int):
    def __repr__(self):
        return "SubInt!"
print(SubInt(5), repr(SubInt(5)), str(SubInt(5)), f"{SubInt(5)}", "%d" % SubInt(5), [SubInt(5)])
print(ascii(Both()), ascii([Quote()]))
class Uni:
    def __repr__(self):
        return "Üni"
print(repr(Uni()), ascii(Uni()))
