# memoryview basics: slicing without copying, tobytes, tolist, writes into bytearray.
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], mv[1:3].tobytes(), mv.tolist()[:3], mv.readonly, mv.nbytes, mv.format, mv.itemsize)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(ba)
sub = mv[2:5]
sub[0] = ord("z")
print(ba, sub.tobytes(), bytes(sub))
ro = memoryview(b"readonly")
print(ro.readonly, ro[:4].tobytes(), ro == b"readonly", ro.hex())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError", e)
with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print("ValueError", e)
print(bytes(memoryview(b"xyz")[::2]), list(memoryview(b"\x01\x02")))
