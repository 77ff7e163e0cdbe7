import sys
from contextlib import *
from io import StringIO
log = []
@contextmanager
def tag(name):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'handled {e!r}')
    finally:
        log.append('exit ' + name)
with tag('a') as t:
    log.append(t)
with tag('b'):
    raise KeyError('k')
print(log)
@tag('deco')
def f(x): return x * 2
print(f(3), f(4), log[-4:], f.__name__)
with ExitStack() as st:
    for i in range(3):
        st.callback(log.append, f'cb{i}')
    st.enter_context(tag('in'))
print(log[-5:])
def bad_cb():
    raise ValueError('from cb')
try:
    with ExitStack() as st:
        st.callback(bad_cb)
        st.callback(lambda: 1 / 0)
        raise KeyError('body')
except ValueError as e:
    c = e.__context__
    print(repr(e), repr(c), repr(c.__context__))
with ExitStack() as st:
    st.push(lambda *a: True)
    raise RuntimeError('suppressed')
print('ok after push suppress')
s2 = None
with ExitStack() as st:
    st.callback(print, 'moved')
    s2 = st.pop_all()
print('before close'); s2.close()
buf = StringIO()
with redirect_stdout(buf):
    print('hidden')
with redirect_stderr(buf):
    print('err', file=sys.stderr)
print(repr(buf.getvalue()))
with nullcontext(5) as v: print(v)
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
class CM(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('exit', exc[0]); return False
@CM()
def g(): print('body')
g()
class ACM(AbstractContextManager):
    def __exit__(self, *a): return None
with ACM() as a: print(type(a).__name__)
print(isinstance(StringIO(), AbstractContextManager), issubclass(CM, AbstractContextManager))
try:
    with suppress(KeyError): raise IndexError('i')
except IndexError as e: print('IndexError', e)
import asyncio
@asynccontextmanager
async def actx(n):
    print('aenter', n)
    try:
        yield n + 1
    finally:
        print('aexit', n)
async def main():
    async with actx(1) as v:
        print('inside', v)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(actx(10))
        st.push_async_callback(asyncio.sleep, 0)
        st.callback(print, 'sync cb')
        print('v', v)
    try:
        async with actx(5):
            raise ValueError('inner')
    except ValueError as e:
        print('caught', e)
    async with aclosing(agen()) as ag:
        async for x in ag:
            print('ag', x); break
    async with nullcontext('n') as n: print(n)
    @actx(7)
    async def deco(): print('deco body')
    await deco()
async def agen():
    try:
        yield 1; yield 2
    finally:
        print('agen closed')
asyncio.run(main())
