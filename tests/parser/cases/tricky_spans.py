x = (a +
     b)
y = f(a,
      b=c,
      **d)
z = [
    1,
    2,
]
w = a.b \
    .c(d) \
    [e]
v = """
multi""" + f"""
{x}"""
u = ((a), (b))
t = (yield) if x else (yield x)
s = {k: (v) for (k), v in ((a), b)}
r = x if (y) else (z)
q = -(x)
p = (a)[b](c).d
o = (a for b in c)
n = f((a for b in c))
def f(a=(1), *b: (c), **d: (e)) -> (f): pass
m = lambda: (x)
l = not (x)
k = (x) < (y)
j = (a) or (b)
i = (x)[1:(2)]
