# Errors inside a list comprehension (inlined in 3.12) and inside a lambda.
scale = lambda x: 100 // x
print([scale(v) for v in [1, 2, 4]])
results = [scale(v) for v in [5, 0, 10]]
