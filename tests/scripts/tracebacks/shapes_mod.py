# Imported by import_error_suggestion.py and module_frames.py.
PI = 3.14159
def circle_area(r):
    return PI * r * r
def square_area(side):
    if side < 0:
        raise ValueError(f"negative side: {side}")
    return side * side
def describe(shape, size):
    area = {"circle": circle_area, "square": square_area}[shape](size)
    return f"{shape} of size {size} has area {area}"
class ShapeError(Exception):
    pass
def strict(shape):
    if shape not in ("circle", "square"):
        raise ShapeError(f"unknown shape {shape!r}")
    return shape
