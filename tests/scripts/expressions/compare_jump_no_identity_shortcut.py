# A comparison used as a condition calls __eq__ even for the same object:
# only containers treat identity as equality.
nan = float("nan")
c = complex(nan, 1)
print(1 if nan == nan else 0, 1 if c == c else 0, 1 if nan != nan else 0)
class Never:
    def __eq__(self, other):
        print("__eq__ called")
        return False
n = Never()
if n == n:
    print("equal")
else:
    print("not equal")
print([n] == [n], n in [n], [nan] == [nan], nan in [nan])
while not (c == c):
    print("loop body runs once")
    break
