# nonlocal must refer to a name bound in an enclosing function.
total = 0
def outer():
    def inner():
        nonlocal total
        total += 1
    inner()
outer()
