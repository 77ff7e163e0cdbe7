x = [a b
     for c in d]
y = f(1,
