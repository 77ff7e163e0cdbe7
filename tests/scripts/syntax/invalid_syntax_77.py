def f(x):
    nonlocal x = 1
