# nonlocal state machines: accumulators, generators of ids, memo via closure.
def accumulator(start=0):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator(10)
print(acc(1), acc(2), acc(3))
def id_gen(prefix):
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return nxt
ids = id_gen("item")
print([ids() for _ in range(3)])
def toggle():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggle()
print(t(), t(), t())
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(90))
def running_average():
    count = 0
    total = 0.0
    def add(x):
        nonlocal count, total
        count += 1
        total += x
        return total / count
    return add
avg = running_average()
print([avg(v) for v in (10, 20, 30, 40)])
def outer():
    x = 0
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return mid
m = outer()
print(m(), m())
def nonlocal_del():
    v = 1
    def rm():
        nonlocal v
        del v
    rm()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())
