# bytearray: mutation by index, slice, append/extend/insert/pop/remove/reverse/clear, in-place ops.
ba = bytearray(b"hello")
ba[0] = ord("j")
print(ba, len(ba), ba[0], ba[-1:])
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"xyz123"
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 64)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba))
for bad in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(0, b"x"),
            lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"ab").append(1000),
            lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"), lambda: hash(bytearray())]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(range(10))
b2[::2] = b"\xff" * 5
print(b2, b2.hex())
b3 = bytearray(b"abc")
alias = b3
b3 += b"d"
print(alias, alias is b3)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray.fromhex("41 42"), bytearray(b"x") == b"x")
print(bytearray(b"Mixed").upper(), type(bytearray(b"a").upper()).__name__, bytearray(b"a b").split())
print(bytes(bytearray(b"conv")), bytearray(b"abc")[1], bytearray(b"abc")[1:], b"abc" + bytearray(b"d"), type(b"abc" + bytearray(b"d")).__name__)
