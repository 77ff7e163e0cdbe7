# except* with ExceptionGroup (or a subclass, or inside a tuple) is rejected
# when the clause is tried, with a TypeError.


class MyGroup(ExceptionGroup):
    pass


for catch in (ExceptionGroup, BaseExceptionGroup, MyGroup, (ValueError, ExceptionGroup)):
    try:
        try:
            raise ValueError("x")
        except* catch:
            print("not reached")
    except TypeError as e:
        print(f"{catch!r}: TypeError: {e}")
        print("  context:", repr(e.__context__))

try:
    try:
        raise ValueError("x")
    except* int:
        pass
except TypeError as e:
    print("except* int: TypeError:", e)

try:
    try:
        raise ValueError("x")
    except* (ValueError, "not a type"):
        pass
except TypeError as e:
    print("tuple with a str: TypeError:", e)

src = "try:\n    pass\nexcept* ExceptionGroup:\n    pass\n"
code = compile(src, "<s>", "exec")
print("compiles; checked only at run time:", type(code).__name__)
exec(code)
print("and nothing raised when the body does not raise")
