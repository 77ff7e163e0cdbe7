# Frames from a module in this folder appear with its file name; its exception class is module-qualified.
import shapes_mod
print(shapes_mod.describe("circle", 1))
print(shapes_mod.describe("square", 3))
try:
    shapes_mod.describe("square", -1)
except ValueError as e:
    print("caught:", e)
shapes_mod.strict("hexagon")
