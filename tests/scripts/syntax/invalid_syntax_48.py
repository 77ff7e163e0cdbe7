for x of y:
    pass
