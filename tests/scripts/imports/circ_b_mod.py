print("circ_b_mod: start")
import circ_a_mod
print("circ_b_mod sees circ_a_mod partially:", hasattr(circ_a_mod, "A_VALUE"))
B_VALUE = "b"
def from_b():
    return "from_b sees " + circ_a_mod.A_VALUE
print("circ_b_mod: end")
