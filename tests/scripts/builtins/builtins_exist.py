# Every non-OS builtin function and type is present and of the expected kind.
import builtins
names = ["abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable",
         "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
         "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "input",
         "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
         "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
         "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
         "__import__", "__build_class__"]
missing = [n for n in names if not hasattr(builtins, n)]
types_ = [n for n in names if isinstance(getattr(builtins, n), type)]
print("missing:", missing)
print("types:", types_)
print("callable:", all(callable(getattr(builtins, n)) for n in names))
consts = ["None", "True", "False", "Ellipsis", "NotImplemented", "__debug__"]
print([hasattr(builtins, c) for c in consts], builtins.True_ if False else builtins.__name__)
print(builtins.len is len, builtins.print is print)
