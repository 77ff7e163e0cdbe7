# __iter__/__next__, StopIteration, iter() on various objects, iterator exhaustion.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(3)))
cd = CountDown(2)
print(next(cd), next(cd), next(cd, "exhausted"))
try:
    next(cd)
except StopIteration as e:
    print("StopIteration", e.args)
class Reusable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
r = Reusable("ab")
print(list(r), list(r), [x + y for x in r for y in r])
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError", e)
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it))
print(type(iter("ab")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__,
      type(iter(range(2))).__name__, type(iter(set())).__name__, type(iter(b"")).__name__)
class Stateful:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration("custom")
        return self.n
s = Stateful()
print([x for x in s], s.n)
d = {"a": 1, "b": 2}
it = iter(d)
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.insert(0, 0)
print(list(it))
st = {1, 2}
it = iter(st)
st.add(3)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
