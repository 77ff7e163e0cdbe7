# except* handles BaseException members too; the rest stays a
# BaseExceptionGroup only if it still holds BaseExceptions.


def run(group, *handled):
    try:
        try:
            raise group
        except* KeyboardInterrupt as eg:
            print("  KeyboardInterrupt clause:", repr(eg))
        except* SystemExit as eg:
            print("  SystemExit clause:", repr(eg))
    except BaseException as e:
        print("  escaped:", type(e).__name__, repr(e))


print("mixed")
run(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)]))
print("only Exceptions left over")
run(BaseExceptionGroup("b", [SystemExit(2), ValueError(1), OSError(3)]))
print("all handled")
run(BaseExceptionGroup("b", [SystemExit(2), KeyboardInterrupt()]))
print("naked KeyboardInterrupt")
run(KeyboardInterrupt("x"))
print("naked GeneratorExit, unmatched")
run(GeneratorExit("g"))
