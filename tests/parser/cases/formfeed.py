x = 1
def f():
    return 1

class A:
    pass
