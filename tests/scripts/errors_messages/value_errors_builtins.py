# ValueError messages from builtins and methods given bad values.
cases = [
    "int('')", "int('1.0')", "int(' 1 2 ')", "int('z', 36) + int('10', 1)", "float('x')", "complex('1+')",
    "chr(-5)", "ord('ab')", "range(0, 5, 0)", "[].index(1)", "().index(1)", "'abc'.index('d')", "'abc'.rindex('d')",
    "[1].remove(2)", "'a,b'.split('')", "'abc'.partition('')", "bytes([300])", "bytes.fromhex('xyz')",
    "'x'.center(5, '')", "'{:d}'.format('s')", "'{0:x}'.format(1.5)", "format(1, 'Z')",
    "max([])", "min([])", "divmod(1, 0) if False else int('x', 0)", "list(zip([1], [1, 2], strict=True))",
    "slice(1, 2, 0).indices(3)", "[1, 2, 3][::0]", "(1).to_bytes(1, 'weird')", "int.from_bytes(b'x', 'up')",
    "b'abc'.index(b'z')", "bytearray(b'').pop() if False else bytearray(b'a').remove(5)", "'a'.encode('utf-8', 'strict').decode('ascii', 'bogus')",
    "__import__('math').sqrt(-4)", "__import__('math').log(-1)", "__import__('math').acos(5)", "float('nan').__int__()",
    "'%c' % 'xy'", "memoryview(b'ab').cast('Q')", "sorted([3, 2], key=lambda v: [][v])",
]
for expr in cases:
    try:
        r = eval(expr)
        print(f"{expr:40} OK {r!r}"[:80])
    except Exception as e:
        print(f"{expr:40} {type(e).__name__}: {e}")
