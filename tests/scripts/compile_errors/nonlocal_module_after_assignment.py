# nonlocal at module level after the name is assigned: CPython reports the assignment first.
x = 1
nonlocal x
print(x)
