from circ_y_mod import y_func
def x_func():
    return "x"
