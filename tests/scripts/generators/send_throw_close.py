# Generator send, throw and close; GeneratorExit handling.
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = "caught " + str(e)
        finally:
            pass
g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
print(g.throw(ValueError("bad")))
print(g.throw(ValueError, ValueError("two")) if False else g.send("after throw"))
g.close()
try:
    g.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
def fresh():
    yield 1
g = fresh()
try:
    g.send("not None")
except TypeError as e:
    print("TypeError", e)
def cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup finally")
g = cleanup()
next(g)
g.close()
print("closed")
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def unhandled():
    yield 1
    yield 2
g = unhandled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))
g = unhandled()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted throw:", e)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total, count
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
def close_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return"
g = close_return()
next(g)
print(g.close())
def throw_caught():
    while True:
        try:
            yield "ready"
        except TypeError:
            yield "handled TypeError"
g = throw_caught()
next(g)
print(g.throw(TypeError))
print(next(g))
