print("circ_a_mod: start")
import circ_b_mod
A_VALUE = "a"
def from_a():
    return "from_a sees " + circ_b_mod.B_VALUE
print("circ_a_mod: end")
