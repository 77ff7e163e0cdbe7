# finally blocks and with statements inside generators on exhaustion, close and break.
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *a):
        print("close", self.n, a[0].__name__ if a[0] else None)
def reader(n):
    with Res(n):
        for i in range(3):
            yield i
for x in reader(1):
    print("got", x)
g = reader(2)
for x in g:
    print("got", x)
    if x == 1:
        break
print("broke out, generator still suspended")
g.close()
print("after close")
def fin():
    try:
        yield "a"
        yield "b"
    finally:
        print("fin runs")
g = fin()
print(next(g))
g.close()
print("after close of fin")
g = fin()
print(list(g))
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
g = nested()
next(g)
g.close()
def return_in_finally():
    try:
        yield 1
    finally:
        return
g = return_in_finally()
next(g)
try:
    next(g)
except StopIteration:
    print("stopped")
