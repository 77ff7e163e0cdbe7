def f():
    g(x):
