in x
