# for/while with else, break, continue, nested loops, loop variables after the loop.
for i in range(3):
    print("for", i)
else:
    print("for else ran")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty loop else")
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    else:
        continue
    break
print(found)
for c in "ab":
    for d in "xy":
        print(c + d, end=" ")
print()
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(4)
    print(item, end=" ")
print()
count = 0
for _ in range(1000):
    count += 1
print(count)
total = 0
i = 10
while i:
    i -= 1
    if i == 5:
        continue
    total += i
print(total)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
def search(seq, target):
    for idx, value in enumerate(seq):
        if value == target:
            return idx
    else:
        return -1
print(search([5, 6, 7], 7), search([5, 6, 7], 9))
for i in range(3):
    pass
print(i)
for i in range(0):
    pass
print(i)
r = range(5)
it = iter(r)
for a in it:
    b = next(it, None)
    print(a, b)
