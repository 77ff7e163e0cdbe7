# Conditional expressions and assignment expressions.
for n in range(-1, 3):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
print(n)
values = []
it = iter(data)
while (v := next(it, None)) is not None:
    values.append(v * 10)
print(values, v)
print([y for x in data if (y := x * 2) > 5], y)
print([(z := i) for i in range(3)], z)
def f():
    [w := 1 for _ in range(2)]
    return w
print(f())
total = 0
print([total := total + x for x in data], total)
print((a := 10, a + 1))
print(a)
def g(x):
    return (x := x + 1)
print(g(1))
print(sum(k for k in range(10) if (r := k % 3) == 0), r)
def h():
    res = [last := x for x in "abc"]
    return res, last
print(h())
x = 1 if (q := 0) else 2
print(x, q)
print(f"{(p := 7)} {p}")
lst = [m := 4, m ** 2]
print(lst)
