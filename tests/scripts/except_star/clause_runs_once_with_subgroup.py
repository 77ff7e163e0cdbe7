# Each except* clause runs at most once, with the subgroup of every member
# that matches it; members matched by an earlier clause are gone.


def body():
    raise ExceptionGroup("eg", [
        ValueError(1), TypeError(2), ValueError(3),
        ExceptionGroup("nested", [ValueError(4), KeyError(5)]),
    ])


runs = []
try:
    body()
except* ValueError as eg:
    runs.append("ValueError")
    print("ValueError clause:", repr(eg))
except* (TypeError, ValueError) as eg:
    runs.append("Type/Value")
    print("TypeError/ValueError clause:", repr(eg))
except* LookupError as eg:
    runs.append("LookupError")
    print("LookupError clause:", repr(eg))
except* OSError as eg:
    runs.append("OSError")
    print("never runs")
print("clauses run:", runs)

try:
    body()
except* Exception as eg:
    print("catch-all clause gets the whole group:", repr(eg))
