# Exceptions raised inside comprehensions propagate with partial work discarded.
def risky(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x
try:
    r = [risky(x) for x in range(5)]
except ValueError as e:
    print("ValueError", e)
try:
    {x: 1 / (x - 2) for x in range(4)}
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    [x for x in None]
except TypeError as e:
    print("TypeError", e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError", e)
try:
    {[x] for x in range(1)}
except TypeError as e:
    print("TypeError", e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError", e)
def gen_stop():
    it = iter([1])
    return [next(it) for _ in range(3)]
try:
    gen_stop()
except StopIteration:
    print("StopIteration escapes a list comprehension")
g = (next(iter([])) for _ in range(1))
try:
    list(g)
except RuntimeError as e:
    print("RuntimeError", e)
print([x for x in range(3) if x != 1])
