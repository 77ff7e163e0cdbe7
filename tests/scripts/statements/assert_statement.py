# assert with and without messages; message evaluated only on failure.
assert True
assert 1 == 1, "never shown"
def msg():
    print("message evaluated")
    return "the message"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e, e.args)
assert True, msg()
try:
    assert [], msg()
except AssertionError as e:
    print(repr(e))
try:
    assert None, 42
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
try:
    assert 0, ("tuple", "msg")
except AssertionError as e:
    print(e.args)
x = 5
try:
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))
try:
    assert(False, "always true tuple") if False else None
except AssertionError:
    print("not raised")
print("done")
