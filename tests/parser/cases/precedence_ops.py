x = *a | b, *c + d
y = {**a | b, 'k': not c < d}
z = -2 ** 2, 2 ** -3 * 4, -x ** -y ** z, ~a ** b, await_ ** -1
w = a if not b or c and not d else e or f
v = a < b | c & d ^ e << f >> g + h - i * j @ k / l // m % n ** o
u = not a == b, not not a, a and not b or not c and d
t = [(*a | b,) for _ in ()] if 0 else [*a | b]
s = a[*b | c], f(*a | b, **c | d)
def f(*args: *Ts | None): pass
for *a, b in c | d: pass
