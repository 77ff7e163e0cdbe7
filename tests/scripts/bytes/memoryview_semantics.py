# memoryview over bytes and bytearray: items in every native format, slices and casts,
# assignment, release and the context manager, comparison, hashing, and a bytearray
# refusing to resize while a view of it is alive.
mv = memoryview(b'abc')
for e in ['mv[5]', 'mv["a"]', 'mv[1.5]', 'mv[1,2]', 'mv[...]', 'mv[()]', 'mv[-1]', 'mv[True]']:
    try: print(eval(e))
    except Exception as x: print(e, type(x).__name__, x)
m2 = memoryview(bytearray(b'abc'))
for s in ['m2[0] = b"a"', 'm2[0] = 1.5', 'm2[0] = -1', 'm2[0:2] = b"abc"', 'm2[0:2] = [1,2]', 'del m2[0]', 'm2[0:2] = memoryview(b"xy")', 'm2[::2] = b"XY"', 'm2[5] = 1', 'm2[1:1] = b""', 'm2[:] = m2[::-1]']:
    try: exec(s); print(s, bytes(m2))
    except Exception as x: print(s, type(x).__name__, x)
c = memoryview(b'abcd').cast('c'); print(c[0], c.tolist(), c.format)
h = memoryview(b'abcd').cast('H'); print(h[0], h.tolist(), h.format, h.itemsize, len(h), h.nbytes, h.shape, h.strides)
for f in ['I', 'x', 'Q', '@B', 'bb']:
    try: print(h.cast(f) if f == 'I' else memoryview(b'abc').cast(f))
    except Exception as x: print(f, type(x).__name__, x)
try: memoryview(b'abc')[::2].cast('B')
except Exception as x: print(type(x).__name__, x)
print(memoryview(b'abc') == b'abc', memoryview(b'abc') == bytearray(b'abc'), memoryview(b'abc') != b'abd', memoryview(b'ab').cast('c') == b'ab', memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00'), memoryview(b'\x01\x00').cast('H') == [1], memoryview(b'a') == 'a')
print(hash(memoryview(b'abc')) == hash(b'abc'))
try: hash(memoryview(bytearray(b'a')))
except Exception as x: print(type(x).__name__, x)
try: hash(memoryview(b'ab').cast('H'))
except Exception as x: print(type(x).__name__, x)
mv = memoryview(b'abcdef')[::2]; print(mv.tobytes(), mv.strides, mv.c_contiguous, mv.contiguous, len(mv), list(mv), bytes(mv), mv.hex(), mv[::-1].tobytes(), mv.hex(':'))
r = memoryview(b'xy'); r.release(); print(repr(r)[:18])
for e in ['len(r)', 'r[0]', 'r.tobytes()', 'r.format', 'r.obj', 'r == r', 'r == b"xy"', 'bytes(r)', 'r.release()', 'list(r)']:
    try: print(e, eval(e))
    except Exception as x: print(e, type(x).__name__, x)
ba = bytearray(b'abc'); m = memoryview(ba)
for s in ['ba.append(1)', 'ba.extend(b"x")', 'ba += b"x"', 'ba.clear()', 'ba.pop()', 'del ba[0]', 'ba[0:1] = b"zz"', 'ba[0:1] = b"z"', 'ba *= 2', 'ba += b""', 'ba.__init__(b"q")', 'ba.insert(0, 1)', 'ba.remove(99)', 'del ba[::2]', 'ba[0] = 65']:
    try: exec(s); print(s, ba)
    except Exception as x: print(s, type(x).__name__, x)
m.release(); ba.append(100); print(ba)
sub = memoryview(ba)[1:]
del sub
import gc; gc.collect()
ba.append(101); print(ba)
print(type(iter(memoryview(b'a'))).__name__, memoryview(b'x').obj, memoryview(memoryview(b'xy')).tobytes(), memoryview(b'xy').toreadonly().readonly)
print(b"".join([bytearray(b"x"), b"y", memoryview(b"z")]), b"%s" % memoryview(b"mv"), b"a" + memoryview(b"b"), bytearray(b"a") + memoryview(b"b"), int.from_bytes(memoryview(b"\x01\x02"), "big"))
print(bytes(memoryview(b"abcd").cast("H")), memoryview(b"abcd").cast("H").tobytes(), bytearray(memoryview(b"q")), memoryview(b"ab") in [b"ab"])
try: memoryview("a")
except TypeError as x: print(x)
try: memoryview()
except TypeError as x: print(x)
with memoryview(b"ctx") as w:
    print(w.tobytes())
print(repr(w)[:17])
try:
    with w: pass
except ValueError as x: print(x)
print(memoryview(b"abc").tolist(), memoryview(b"\xff\x01").cast("b").tolist(), memoryview(bytes(8)).cast("d").tolist(), memoryview(bytes(4)).cast("f")[0], memoryview(b"\x00\x01").cast("?").tolist())
q = memoryview(bytearray(8)).cast("q"); q[0] = -5; print(q[0], q.tolist())
Q = memoryview(bytearray(8)).cast("Q"); Q[0] = 2**64 - 1; print(Q[0])
for v in [2**64, -1]:
    try: Q[0] = v
    except ValueError as x: print(x)
d = memoryview(bytearray(8)).cast("d"); d[0] = 1.5; print(d[0])
try: d[0] = "x"
except TypeError as x: print(x)
cc = memoryview(bytearray(2)).cast("c"); cc[0] = b"z"; print(cc.tobytes())
for v in [b"zz", 1]:
    try: cc[0] = v
    except (TypeError, ValueError) as x: print(type(x).__name__, x)
