"""The ffi module (skein's own: CPython has no such module, so this is a
self-checking program rather than a golden one). Run by meson test as
`skein tests/ffi/test_ffi.py`; any failed check raises and exits 1."""
import asyncio
import gc

import ffi


def raises(exc_type, message, fn, *args):
    try:
        fn(*args)
    except exc_type as e:
        assert str(e) == message, (str(e), message)
    else:
        raise AssertionError("no %s from %r" % (exc_type.__name__, fn))


libm = ffi.load("libm.so.6")
libc = ffi.load()
assert repr(libm) == "<ffi.Library 'libm.so.6'>" and libm.path == "libm.so.6"
assert repr(libc) == "<ffi.Library of the program itself>" and libc.path is None

# numbers both ways
cos = libm.function("cos", "double (double)")
assert cos(0.0) == 1.0 and cos(0) == 1.0 and cos(True) == cos(1.0)
assert repr(cos) == "<C function cos: double (double)>"
ldexp = libm.function("ldexp", "double(double, int)")
assert ldexp(1.5, 4) == 24.0
labs = libc.function("labs", "long (long)")
assert labs(-(2 ** 62)) == 2 ** 62
abs32 = libc.function("abs", "int32_t (int32_t)")
assert abs32(-7) == 7

# strings both ways, NULL as None
strlen = libc.function("strlen", "size_t (const char *)")
assert strlen("h\u00e9llo") == 6  # UTF-8 bytes
strchr = libc.function("strchr", "const char * (const char *, int)")
assert strchr("find the needle", ord("n")) == "nd the needle"
assert strchr("abc", ord("z")) is None
getenv = libc.function("getenv", "const char*(const char*)")
assert getenv("SKEIN_FFI_TEST_UNSET_VARIABLE") is None

# buffers: bytes-like objects for const void *, writable ones for void *
memcpy = libc.function("memcpy", "void * (void *, const void *, size_t)")
memset = libc.function("memset", "void *(void *, int, size_t)")
dst = bytearray(8)
memcpy(dst, b"abcd", 4)
memset(memoryview(dst)[4:], ord("z"), 4)
assert dst == bytearray(b"abcdzzzz"), dst
memcmp = libc.function("memcmp", "int (const void *, const void *, size_t)")
assert memcmp(b"same", bytearray(b"same"), 4) == 0 and memcmp(b"a", memoryview(b"b"), 1) < 0
raises(TypeError, "memset() argument 1 must be a writable buffer, an address (an int) or None, not bytes",
       memset, b"read-only", 0, 1)
raises(TypeError, "memcmp() argument 1 must be a bytes-like object, an address (an int) or None, not str",
       memcmp, "text", b"", 0)

# errors, as for every CFunction
raises(TypeError, "cos() takes exactly 1 argument (2 given)", cos, 1.0, 2.0)
raises(TypeError, "cos() argument 1 must be float, not str", cos, "x")
raises(TypeError, "strlen() argument 1 must be str, not bytes", strlen, b"x")
raises(ValueError, "embedded null character", strlen, "a\0b")
raises(OverflowError, "abs() argument 1 does not fit in C int32_t", abs32, 2 ** 31)
raises(TypeError, "ldexp() argument 2 must be int, not float", ldexp, 1.0, 2.5)
try:
    cos(x=1.0)
except TypeError as e:
    assert str(e) == "cos() takes no keyword arguments"
raises(OSError, "libskein-no-such-library.so: cannot open shared object file: No such file or directory",
       ffi.load, "libskein-no-such-library.so")
try:
    libm.function("no_such_function", "int ()")
except AttributeError as e:
    assert "undefined symbol: no_such_function" in str(e), e
else:
    raise AssertionError("no AttributeError")
raises(ValueError, 'unknown parameter type in "double (complex)"', libm.function, "cos", "double (complex)")
raises(TypeError, "load() argument 'path' must be str or None, not int", ffi.load, 3)
raises(NotImplementedError, "C callbacks (function pointer types in a signature)",
       libc.function, "qsort", "void (void *, size_t, size_t, int (*)(const void *, const void *))")

# a function keeps its library loaded
sqrt = ffi.load("libm.so.6").function("sqrt", "double (double)")
gc.collect()
assert sqrt(16.0) == 4.0


# in_thread: the call runs on a worker thread while the loop goes on
async def main():
    usleep = libc.function("usleep", "int (unsigned)")
    ticks = []

    async def ticker():
        for i in range(5):
            ticks.append(i)
            await asyncio.sleep(0.005)

    tick = asyncio.create_task(ticker())
    assert await usleep.in_thread(100_000) == 0
    assert ticks, ticks  # the loop ran during the 100 ms (however slow the build)
    await tick
    assert len(ticks) == 5, ticks
    results = await asyncio.gather(*(cos.in_thread(float(i)) for i in range(4)))
    assert results == [cos(float(i)) for i in range(4)]
    try:
        await strlen.in_thread(None)
    except TypeError as e:
        assert str(e) == "strlen() argument 1 must be str, not NoneType"
    # a buffer lent to a worker cannot be resized until the call is done
    buf = bytearray(b"....")
    pending = memset.in_thread(buf, ord("x"), 4)
    try:
        buf.extend(b"more")
    except BufferError:
        pass
    else:
        raise AssertionError("a lent bytearray was resized")
    await pending
    assert buf == bytearray(b"xxxx")
    buf.extend(b"!")  # given back
    try:
        memset.in_thread(memoryview(buf), 0, 1)
    except TypeError as e:
        assert "cannot be lent to another thread" in str(e), e
    # a cancelled caller: the worker finishes, its result is dropped
    waiter = asyncio.ensure_future(usleep.in_thread(20_000))
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(0.05)
    return "done"


assert asyncio.run(main()) == "done"
print("ffi: ok")
