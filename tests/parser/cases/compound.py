if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if a: pass
else: x = 1;

while x:
    break
else:
    continue

for x in y:
    pass
else:
    pass

for x, y in z: pass
for (x, y) in z: pass
for x, in z: pass
for *x, y in z: pass
for x in *a, *b: pass

try:
    pass
except:
    pass

try:
    pass
except E:
    pass
except (E, F) as e:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass

with a: pass
with a as b: pass
with a as b, c as d: pass
with (a, b): pass
with (a, b) as c: pass
with (a as b, c as d,): pass
with (a): pass
with (
    open(x) as f,
    open(y) as g
):
    pass
with a as (b, c): pass
with a as b.c, d as e[0]: pass
