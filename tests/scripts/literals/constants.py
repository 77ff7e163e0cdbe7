# None, True, False, Ellipsis, NotImplemented and their properties.
print(None, True, False, ..., Ellipsis, NotImplemented)
print(repr(None), repr(...), repr(NotImplemented))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(... is Ellipsis, None is None, type(None)() is None)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(int(True), float(False), str(True), bool(0), bool(1), bool(-1))
print(isinstance(True, int), issubclass(bool, int), type(True) is bool)
print(True == 1, False == 0, (True is not None), hash(True) == hash(1))
print(bool(None), bool(""), bool("a"), bool([]), bool([0]), bool(()), bool({}), bool(0.0), bool(0j), bool(...))
print(True & False, True | False, True ^ True, True & 3, False | 2)
print(type(True & False).__name__, type(True & 3).__name__)
print(None == None, None != 0, None == False)
print([None, True, ...])
print(str(None), format(None), f"{None!r}")
print(sum([True, True, False, True]))
print(True.real, True.imag, True.numerator, True.bit_length())
print(max(True, 0), min(False, -1))
try:
    bool.__new__(bool, 1)
    print("bool() works:", bool(5), bool("x"))
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
