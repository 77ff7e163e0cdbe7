# When do split() and subgroup() hand back the group itself? Only when the
# condition matches the group object as a whole; a group rebuilt from all of
# its members (or from none) is a new object.
v1, v2, k = ValueError(1), ValueError(2), KeyError(3)
flat = ExceptionGroup("flat", [v1, v2])
mixed = ExceptionGroup("mixed", [v1, k])

print("subgroup(ValueError) of all-ValueError group is self:", flat.subgroup(ValueError) is flat)
print("  but its members are the same objects:", flat.subgroup(ValueError).exceptions == (v1, v2))
print("subgroup(Exception) is self:", flat.subgroup(Exception) is flat)
print("subgroup(ExceptionGroup) is self:", flat.subgroup(ExceptionGroup) is flat)
print("subgroup(BaseExceptionGroup) is self:", flat.subgroup(BaseExceptionGroup) is flat)
print("subgroup(lambda e: True) is self:", flat.subgroup(lambda e: True) is flat)
m, r = flat.split(ValueError)
print("split(ValueError): match is self:", m is flat, "rest:", r)
m, r = flat.split(KeyError)
print("split(KeyError): match:", m, "rest is self:", r is flat, repr(r))
m, r = mixed.split(ValueError)
print("mixed split:", repr(m), repr(r))
print("leaf identity:", m.exceptions[0] is v1, r.exceptions[0] is k)
m, r = mixed.split(lambda e: e is mixed)
print("predicate matching the group object:", m is mixed, r)
