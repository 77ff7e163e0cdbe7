x = not in y
