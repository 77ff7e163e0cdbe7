# Circular imports: module objects are visible while partially initialised.
import circ_a_mod
import circ_b_mod
print(circ_a_mod.from_a(), circ_b_mod.from_b())
try:
    import circ_x_mod
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("circ_x_mod" in sys.modules, "circ_y_mod" in sys.modules)
