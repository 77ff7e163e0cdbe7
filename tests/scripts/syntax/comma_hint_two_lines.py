x = [a
     b]
