# mode: eval
(x + 1) * f(y, *z) if w else [i for i in range(3)]
