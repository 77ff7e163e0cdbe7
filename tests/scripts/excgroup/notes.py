# add_note() and __notes__ on groups and their members.
eg = ExceptionGroup("g", [ValueError(1), KeyError(2)])
print(hasattr(eg, "__notes__"))
eg.add_note("first")
eg.add_note("second")
print(eg.__notes__)
eg.exceptions[0].add_note("leaf note")
print(eg.exceptions[0].__notes__)
print(hasattr(eg.exceptions[1], "__notes__"))

try:
    eg.add_note(3)
except TypeError as e:
    print("TypeError:", e)
try:
    eg.add_note(b"bytes")
except TypeError as e:
    print("TypeError:", e)

m, r = eg.split(ValueError)
print("match notes:", m.__notes__, "leaf notes:", m.exceptions[0].__notes__)
m.add_note("only on match")
print("shared list:", eg.__notes__)

eg.__notes__ = ("tuple", "notes")
try:
    eg.add_note("more")
except TypeError as e:
    print("TypeError:", e)

del eg.__notes__
eg.add_note("fresh")
print(eg.__notes__)
