# .message, .exceptions and .args of an exception group.
errors = [ValueError("a"), TypeError("b")]
eg = ExceptionGroup("the message", errors)
print("message:", repr(eg.message))
print("exceptions type:", type(eg.exceptions).__name__)
print("exceptions:", eg.exceptions)
print("args:", eg.args)
print("args[1] is the original list:", eg.args[1] is errors)
print("exceptions is a copy:", eg.exceptions is not errors)
errors.append(KeyError("c"))
print("after mutating the list, exceptions:", eg.exceptions)
print("after mutating the list, args[1]:", eg.args[1])
print("members are the same objects:", eg.exceptions[0] is errors[0])

t = (OSError(1),)
eg2 = BaseExceptionGroup("t", t)
print("tuple input, exceptions is same tuple:", eg2.exceptions == t)

for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print(f"set {attr}: AttributeError: {e}")

eg.extra = 5
print("other attributes can be set:", eg.extra)
print("__notes__ before add_note:", hasattr(eg, "__notes__"))
print("str:", str(eg))
print("len of exceptions:", len(eg.exceptions))
