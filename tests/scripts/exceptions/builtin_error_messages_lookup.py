# Messages of lookup errors from builtin containers and operations.
tests = {
    "list index": lambda: [1, 2][5],
    "list negative": lambda: [][-1],
    "list assign": lambda: [].__setitem__(0, 1),
    "list pop empty": lambda: [].pop(),
    "tuple index": lambda: (1,)[1],
    "str index": lambda: "abc"[10],
    "bytes index": lambda: b"ab"[2],
    "range index": lambda: range(3)[3],
    "dict key str": lambda: {"a": 1}["b"],
    "dict key int": lambda: {}[0],
    "dict key tuple": lambda: {}[(1, 2)],
    "set remove": lambda: set().remove("x"),
    "dict pop": lambda: {}.pop("missing"),
    "deque": lambda: __import__("collections").deque().pop(),
    "list.index": lambda: [1, 2].index(3),
    "str.index": lambda: "abc".index("z"),
    "tuple.index": lambda: (1,).index(2),
    "list.remove": lambda: [].remove(0),
    "attribute": lambda: (1).foo,
    "module attr": lambda: __import__("math").foo,
    "name": lambda: undefined_variable,
    "iter next": lambda: next(iter([])),
}
for label, fn in tests.items():
    try:
        fn()
    except Exception as e:
        print(f"{label:15} {type(e).__name__}: {e}")
