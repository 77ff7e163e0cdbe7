# try/except/else/finally with return, break and continue.
def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f4())
def f5():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
print(f5())
def f6():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after break in finally"
print(f6())
def f7(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "except value"
    else:
        print("else")
        return r
    finally:
        print("finally")
print(f7(2))
print(f7(0))
def f8():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f8())
def f9():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated")
print(f9())
def f10():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
f10()
def f11():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else runs when no exception")
    finally:
        print("and finally")
f11()
def f12():
    for i in range(3):
        try:
            continue
        finally:
            print("cleanup", i)
f12()
def gen_count():
    n = 0
    while n < 5:
        try:
            n += 1
            if n % 2:
                continue
            print("even", n)
        finally:
            print("fin", n)
gen_count()
def nested_return():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_return())
def exc_in_else():
    try:
        try:
            pass
        except ValueError:
            print("not this")
        else:
            raise ValueError("from else")
    except ValueError as e:
        print("caught", e)
exc_in_else()
