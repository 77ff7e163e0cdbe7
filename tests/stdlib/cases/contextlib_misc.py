import contextlib, asyncio
from contextlib import *
try: ExitStack().enter_context(1)
except TypeError as e: print(e)
async def m():
    try: await AsyncExitStack().enter_async_context(1)
    except TypeError as e: print(e)
asyncio.run(m())
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1; yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def swallow():
    try: yield 1
    except ValueError: pass
    yield 2
try:
    with swallow(): raise ValueError
except RuntimeError as e: print(e, repr(e.__context__))
try:
    with twice(): raise ValueError('x')
except ValueError as e: print('VE', e)
print(type(twice()), twice(), suppress(), nullcontext(), closing(1), ExitStack(), redirect_stdout(None), twice.__wrapped__, twice().__doc__)
@contextmanager
def once():
    yield
g = once()
with g: pass
try:
    with g: pass
except Exception as e: print(type(e).__name__, e)
with suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
print('suppressed group')
try:
    with suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as e: print(repr(e))
print(issubclass(type(open), AbstractContextManager), AbstractContextManager.__subclasshook__)
