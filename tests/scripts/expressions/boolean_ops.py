# and/or return operands, not returns bool; truthiness via __bool__ and __len__.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" and "x", [] or [1])
print(not 0, not 5, not "", not [0], not None)
class T:
    def __init__(self, name, val):
        self.name, self.val = name, val
    def __bool__(self):
        print("bool", self.name)
        return self.val
    def __repr__(self):
        return self.name
print(T("a", True) and T("b", False) and T("c", True))
print(T("a", False) or T("b", False) or T("c", True))
print(not T("n", True))
class L:
    def __len__(self):
        print("len called")
        return 0
print(bool(L()), not L(), L() or "fallback")
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
r = [x for x in [0, 1, "", "a", None, [], [0]] if x]
print(r)
if T("if", False) or T("second", True):
    print("branch taken")
while T("loop", False):
    pass
print(all([]), any([]), 0 or 0.0 or 0j or "" or () or "end")
