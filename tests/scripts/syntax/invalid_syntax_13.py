a.b: int, c
