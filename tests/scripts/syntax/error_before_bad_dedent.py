def f():
    x = 1
lag whether
    y = 2
  z = 3
