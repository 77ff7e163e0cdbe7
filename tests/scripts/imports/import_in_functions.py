# Imports inside functions bind local names; __import__ returns the top-level package.
def use_local_import():
    import greet_mod
    from shop_mod.util import fmt_money
    return greet_mod.greet("local"), fmt_money(2)
print(use_local_import())
print("greet_mod" in globals(), "fmt_money" in globals())
top = __import__("shop_mod.pricing")
print(top.__name__, top.pricing.TAX)
mod = __import__("shop_mod.pricing", fromlist=["TAX"])
print(mod.__name__)
