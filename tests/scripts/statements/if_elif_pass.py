# if/elif/else chains, pass, ellipsis bodies, truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
for value in [0, 1, "", "x", [], [0], None, 0.0, 1e-300]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
def stub():
    pass
def stub2():
    ...
print(stub(), stub2())
class Empty:
    pass
class Empty2: ...
print(Empty.__name__, Empty2.__name__)
if 0:
    pass
elif 1:
    print("elif taken")
x = 5
if x > 3:
    if x > 4:
        if x > 5:
            print("no")
        else:
            print("nested else")
if not x:
    print("no")
elif x and not None:
    print("combined condition")
y = [] if x else [1]
print(y)
