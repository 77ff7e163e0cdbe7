from circ_x_mod import x_func
def y_func():
    return "y"
