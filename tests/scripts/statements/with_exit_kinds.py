# The __exit__ / __aexit__ of a with statement, whatever kind of callable
# the class holds: a plain method (called with the manager as self), a
# staticmethod, a classmethod, a callable object, a C method; on normal
# exit, on an exception (suppressed or not), and on return/break/continue.
import asyncio


class Plain:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *args):
        print('exit', self.name, args[0].__name__ if args[0] else None)
        return self.name == 'suppress'


class Static:
    def __enter__(self):
        return 'static entered'

    @staticmethod
    def __exit__(*args):
        print('static exit', len(args), args[0])


class Klass:
    def __enter__(self):
        return 'class entered'

    @classmethod
    def __exit__(cls, *args):
        print('classmethod exit', cls.__name__, len(args))


class CallableExit:
    def __call__(self, *args):
        print('callable object exit', len(args))


class WithCallable:
    __exit__ = CallableExit()

    def __enter__(self):
        return 'callable entered'


with Plain('a') as p:
    print('body', p.name)
with Plain('suppress'):
    raise ValueError('swallowed')
print('after suppress')
try:
    with Plain('b'):
        raise KeyError('kept')
except KeyError as e:
    print('caught', repr(e))
with Static() as s:
    print(s)
with Klass() as k:
    print(k)
with WithCallable() as c:
    print(c)
with open(__file__) as f:
    print('file open', f.closed)
print('file closed', f.closed)


def early():
    for i in range(3):
        with Plain(f'loop{i}'):
            if i == 0:
                continue
            if i == 1:
                break
    with Plain('ret'):
        return 'returned'


print(early())


class AsyncPlain:
    async def __aenter__(self):
        print('aenter')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print('aexit', exc_type.__name__ if exc_type else None)
        return exc_type is ZeroDivisionError


class AsyncStatic:
    async def __aenter__(self):
        return 1

    @staticmethod
    async def __aexit__(*args):
        print('static aexit', len(args))


async def main():
    async with AsyncPlain():
        print('async body')
    async with AsyncPlain():
        1 / 0
    async with AsyncStatic():
        pass
    try:
        async with AsyncPlain():
            raise RuntimeError('out')
    except RuntimeError as e:
        print('caught', e)
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print('expired', cm.expired())


asyncio.run(main())


class Broken:
    def __enter__(self):
        return self

    def __exit__(self, a, b):
        return False


with Broken():
    print('broken exit next')
