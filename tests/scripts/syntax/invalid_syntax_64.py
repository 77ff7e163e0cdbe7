[x for x, y]
