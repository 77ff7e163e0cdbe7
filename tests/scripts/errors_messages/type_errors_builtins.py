# TypeError messages from builtin functions given wrong argument types.
cases = [
    "abs(None)", "len(42)", "sum([1, 'a'])", "sum(5)", "min(5)", "sorted([1, 'b'])", "int(None)", "float(None)",
    "str(1, 2)", "chr('x')", "chr(1.5)", "ord('')", "hex(1.5)", "bin('1')", "oct(None)", "round('1')",
    "divmod(1, 'a')", "pow('a', 2)", "isinstance(1, 5)", "issubclass('a', str)", "getattr(1, 5)",
    "hasattr(1, 2)", "setattr(1, 2, 3)", "delattr(1, None)", "iter(5)", "next(5)", "list(5)", "dict(5)",
    "set(5)", "tuple(5)", "frozenset(5)", "enumerate(5)", "zip(5)", "list(map(5, [1]))",
    "filter(5, 5)", "list(filter(5, [1]))", "reversed(5)", "range('a')", "slice()", "hash([])", "callable()",
    "repr()", "format(1, 2)", "vars(5)", "dir(1, 2)", "id()", "bytes('a')", "bytearray('a')", "memoryview('a')",
    "'a' * 'b'", "one_item[None]", "'%d' % 'a'", "b'a'.decode(5)", "'a'.encode(5)", "'a'.join(5)", "'a'.split(5)",
    "[].sort(5)", "{}.update(5)", "{}.fromkeys()", "object.__new__(5)", "type('X', 5, {})", "super(5)",
    "compile(5, 'f', 'exec')", "exec(5)", "eval(5)", "print(sep=5)", "print(end=5)", "max(1, 2, key=5)",
    "sorted([2, 1], key=5)", "int('5', base='x')", "float('1', 2)", "complex(None)", "bool(1, 2)",
]
one_item = [1]
for expr in cases:
    try:
        r = eval(expr)
        print(f"{expr:28} OK {r!r}"[:70])
    except Exception as e:
        print(f"{expr:28} {type(e).__name__}: {e}")
