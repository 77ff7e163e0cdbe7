# Name mangling of __names in classes, including nested functions and getattr strings.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __helper(self):
        return "private method"
    def call_helper(self):
        return self.__helper()
    def nested(self):
        def inner():
            return self.__owner
        return inner()
    def by_getattr(self):
        return getattr(self, "__owner", "getattr strings are not mangled")
a = Account("ann")
b = Account("bob")
print(a.owner(), b.owner(), Account.count(), a.call_helper(), a.nested(), a.by_getattr())
print(sorted(vars(a)), a._Account__owner)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError", e)
class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "sub's own"
s = Sub("sam")
print(s.owner(), s._Sub__owner, sorted(vars(s)))
class _Leading:
    def __m(self):
        return "mangled with stripped underscore"
print(_Leading()._Leading__m())
class Dunder:
    def __special__(self):
        return "not mangled"
print(Dunder().__special__())
class T:
    __x = 1
    y = [__x for _ in range(1)] if False else None
    z = (lambda: 0)
print(T._T__x, "_T__x" in T.__dict__)
