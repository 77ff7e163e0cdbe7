# throw() and close() on suspended coroutines.
import types


@types.coroutine
def pause():
    yield "paused"


async def careful():
    try:
        await pause()
        await pause()
    except ValueError as e:
        print("  caught inside:", repr(e))
        await pause()
        return "recovered"
    finally:
        print("  finally runs")


c = careful()
print(c.send(None))
print("throw ValueError ->", c.throw(ValueError("injected")))
try:
    c.send(None)
except StopIteration as e:
    print("returned:", e.value)

c = careful()
c.send(None)
try:
    c.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated out of throw:", repr(e))

c = careful()
c.send(None)
print("close ->", c.close())
print("close again ->", c.close())

c = careful()
print("close before start ->", c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("send after close:", e)


async def stubborn():
    try:
        await pause()
    except GeneratorExit:
        print("  ignoring GeneratorExit")
        await pause()


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("close of stubborn:", e)


async def converts():
    try:
        await pause()
    except GeneratorExit:
        raise ValueError("converted")


c = converts()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("close raising another exception:", repr(e))

c = careful()
try:
    c.throw(OSError("before start"))
except OSError as e:
    print("throw into unstarted:", repr(e))
