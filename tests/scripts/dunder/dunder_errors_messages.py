# TypeError messages of unsupported operations for builtin types.
text, empty_list = 'abc', []
exprs = [
    "1 + 'a'", "'a' + 1", "[1] + (1,)", "(1,) + [1]", "{} + {}", "None + 1", "1 - 'a'",
    "'a' * 'b'", "'a' * 1.5", "[1] * [2]", "1 / 'a'", "'a' / 1", "1 // None", "'a' % ()" if False else "[] % 1",
    "2 ** 'a'", "1 << 1.0", "1.0 >> 1", "1 & 1.5", "1.5 | 1", "'a' ^ 'b'", "1 @ 1",
    "-'a'", "+[]", "~1.5", "~'a'", "abs('a')", "{1} + {2}", "{'a': 1} - {'a': 1}",
    "b'a' + 'a'", "'a' + b'a'", "bytearray() + 'x'", "3 < 'a'", "[] < ()", "1 < None",
    "{} <= {}", "{1} < [1]", "divmod('a', 1)", "pow(2, 3, 1.5)", "pow(2.0, 3, 5)", "pow(2, -1, 4)" if False else "pow(2, 'x')",
    "sum(['a', 'b'])", "sum([[1]], [])" if False else "sum(['a'], '')", "len(5)", "len(None)",
    "text[1.5]", "empty_list[None]", "{}[[]]", "{[]: 1}", "set([[1]])", "hash({})",
    "int([1])", "float([1])", "complex('1', 2)", "list(1)", "tuple(None)", "dict(1)", "dict([1])", "dict([(1,)])",
    "iter(1.5)", "next('abc')", "'x'.join([1])", "''.join([b'a'])", "ord('ab')", "ord(1)", "chr('a')",
    "min()", "max([])", "min(1)", "sorted(1)", "reversed(1)", "enumerate(1)", "zip(1)",
    "'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'{0}'.format()", "'{a}'.format()",
    "round('x')", "round(1.5, 'x')", "isinstance(1, 'int')", "getattr(1)", "getattr(1, 2)", "setattr(1, 'x')",
]
for expr in exprs:
    try:
        result = eval(expr)
        print(expr, "=>", repr(result))
    except Exception as e:
        print(expr, "=>", type(e).__name__ + ":", e)
