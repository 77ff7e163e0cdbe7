a = 1 + 2 * 3 ** -4 // 5 % 6 - 7 @ 8
b = not a == b or c and d is not e
c = a if b or c else d and e
d = -a.b[c](d) ** e
e = a << b + c >> d & e | f ^ g
f = lambda x: x if x else lambda: y
g = x < y == z != w in v not in u is t is not s
h = not not not x, - - - x, ~ ~ x
i = await_ ** 2, (-1) ** 2, 2 ** -1, -2 ** 2
