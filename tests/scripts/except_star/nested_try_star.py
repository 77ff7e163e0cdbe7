# Nested try/except*: the inner statement handles part, the outer sees the
# derived rest; handlers themselves may contain try/except*.
try:
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as eg:
        print("inner ValueError:", repr(eg))
        try:
            raise eg.exceptions[0]
        except* ValueError as inner:
            print("  handler-level except*:", repr(inner))
except* TypeError as eg:
    print("outer TypeError:", repr(eg))
except* KeyError as eg:
    print("outer KeyError:", repr(eg))


def gen_errors():
    for i in range(3):
        try:
            raise ExceptionGroup(f"loop {i}", [ValueError(i)] * (i + 1))
        except* ValueError as eg:
            yield len(eg.exceptions), eg.message


print(list(gen_errors()))
