# The built-in exception hierarchy: bases and issubclass relations.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
         "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError", "NotADirectoryError",
         "TimeoutError", "ConnectionError", "BrokenPipeError", "ReferenceError", "RuntimeError", "NotImplementedError",
         "RecursionError", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError", "ValueError",
         "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning",
         "UserWarning", "DeprecationWarning", "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning",
         "UnicodeWarning", "BytesWarning", "ResourceWarning", "PendingDeprecationWarning", "EncodingWarning"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", cls.__base__.__name__, [b.__name__ for b in cls.__mro__[1:-1]])
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(SystemExit, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(ZeroDivisionError, ArithmeticError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(ModuleNotFoundError, ImportError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(TabError, SyntaxError))
print(issubclass(bool, BaseException), isinstance(ValueError(), Exception), isinstance(ValueError, type))
