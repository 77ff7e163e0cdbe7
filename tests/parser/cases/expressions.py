a = x or y or z and w and not v
b = (x or y) or z, x or (y or z), x and (y and z)
c = a < b < c, (a < b) < c, a is not b, a not in b, a in b, a is b, a != b == c >= d <= e > f
d = -x ** -y, ~x, +x, not x, x ** y ** z, (-x) ** y, await_ if x else y
e = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
f = x if y else z if w else v
g = lambda: 0, lambda x: x, lambda x, y=1, *a, z, w=2, **k: 0, lambda *, x: x, lambda x, /, y: 0
h = (x := 1), [y := 2, z], f(a := 3), x[(b := 1)]
i = x.y.z, x[1], x[1:2], x[::], x[1:2:3], x[:, 1], x[1, 2], x[*a], x[*a, b], x[a:b, c:d]
j = f(), f(a), f(a, b), f(*a), f(**k), f(a, *b, c=1, **d), f(x for x in y), f(a)(b)(c)
k = (), (1,), (1, 2), [], [1], [1, 2,], {}, {1}, {1: 2}, {**a, 'b': 1}, {*a, 1}
l = [x for x in y], {x for x in y}, {k: v for k, v in y}, (x for x in y if x if y for z in w)
m = [x async for x in y], [await x for x in y], [(x, y) for x, y in z], [x for x, in y]
n = *a, *b
o = ..., None, True, False
p = x[1:2, ::3, ...], (yield)
q = ((a)), (((a, b))), ((a)).b, (a)(b), (a)[b]
