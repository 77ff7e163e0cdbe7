(x for x)
