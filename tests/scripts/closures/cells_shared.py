# Closures share cells: several inner functions see each other's writes.
def make():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make()
print(get())
set_(42)
print(get())
get2, set2 = make()
print(get2(), get())
print(get.__closure__[0] is set_.__closure__[0], get.__closure__[0] is get2.__closure__[0])
print(get.__closure__[0].cell_contents)
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 100
    return [f() for f in fs]
print(late())
def early():
    def bind(i):
        return lambda: i
    return [bind(i)() for i in range(3)]
print(early())
def cell_from_param(p):
    def inner():
        return p * 2
    p += 1
    return inner
print(cell_from_param(5)())
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts
    return count
c = counter_factory()
c("a"); c("b"); print(c("a"))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def class_closure():
    secret = "hidden"
    class Holder:
        def reveal(self):
            return secret
    return Holder
print(class_closure()().reveal())
CellType = type(get.__closure__[0])
cell = CellType(5)
print(cell.cell_contents)
cell.cell_contents = 6
print(cell.cell_contents)
empty = CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError", e)
