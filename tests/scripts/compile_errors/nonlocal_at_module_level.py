# nonlocal is not allowed at module level.
print("never printed")
nonlocal x
