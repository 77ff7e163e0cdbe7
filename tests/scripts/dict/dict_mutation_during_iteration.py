# Mutating dicts during iteration, deleting while iterating over a copy, dict size errors.
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 100
print(d)
d = {"x": 1, "y": 2}
it = iter(d.items())
print(next(it))
d["x"] = 10
print(next(it), list(it))
d = {}
for i in range(1000):
    d[i] = i
for i in range(0, 1000, 2):
    del d[i]
print(len(d), list(d)[:5], sum(d))
d[0] = "re-added goes to end"
print(list(d)[-1], list(d.values())[-1])
