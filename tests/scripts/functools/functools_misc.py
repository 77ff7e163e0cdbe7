# cached_property, partialmethod and reduce-based composition.
from functools import cached_property, partialmethod, reduce
class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.computed, "total" in vars(d))
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(pipeline("  Hello Big World  "))
