yield x y
