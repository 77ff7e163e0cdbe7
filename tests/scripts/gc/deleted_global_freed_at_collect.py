# A global read by a function (through its lookup cache) and then deleted is
# freed by the next gc.collect(), as in CPython: the interpreter's caches do
# not keep it alive.
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def show():
    print("using", r.name)


r = Resource("first")
show()
show()
probe = weakref.ref(r)
del r
gc.collect()
print("alive after collect:", probe() is not None)
r = Resource("second")
show()
r = None
gc.collect()
print("end")
