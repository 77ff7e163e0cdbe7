# gc.collect() runs what CPython runs when objects die: __del__ methods,
# generator cleanup, weakref callbacks. Objects are dropped inside helper
# functions (or as discarded expression values) and collected right after,
# so CPython (reference counting) and a tracing collector agree on when the
# finalisers have run by the next print.
import gc

log = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


def drop_one():
    Noisy("plain")


drop_one()
gc.collect()
print(log)

log.clear()


def drop_cycle():
    a, b = Noisy("a"), Noisy("b")
    a.other, b.other = b, a


drop_cycle()
gc.collect()
print(sorted(log))

log.clear()
Noisy("discarded")
gc.collect()
print(log)


def numbers():
    try:
        yield 1
        yield 2
    finally:
        log.append("generator closed")


def start_generator():
    g = numbers()
    next(g)


log.clear()
start_generator()
gc.collect()
print(log)

survivors = []


class Phoenix:
    def __del__(self):
        log.append("phoenix finalised")
        survivors.append(self)


def drop_phoenix():
    Phoenix()


log.clear()
drop_phoenix()
gc.collect()
print(log, len(survivors))
survivors.clear()
gc.collect()
print(log, "(finalised once only)")


class Holder:
    def __init__(self):
        self.inner = Noisy("held")


def drop_holder():
    Holder()


log.clear()
drop_holder()
gc.collect()
print(log)
print(type(gc.collect()).__name__, gc.collect() >= 0)
