# Exceptions without a message print just the class name; a KeyError prints the repr of its key.
def check(flag):
    if not flag:
        raise NotImplementedError
check(True)
try:
    check(False)
except NotImplementedError as e:
    print(repr(e), repr(str(e)))
d = {}
d[("tuple", "key")]
