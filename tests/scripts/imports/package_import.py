# Packages: __init__ runs first, submodules load once, relative imports inside the package.
import shop_mod
print("imported package")
import shop_mod.cart
import shop_mod.util as util
from shop_mod.pricing import TAX
print(shop_mod.VERSION, TAX, util.fmt_money(1234.5), util.package_version())
c = shop_mod.Cart().add("book", 12.5).add("pen", 1.5)
print(c.summary(), shop_mod.cart.Cart is shop_mod.Cart)
print(shop_mod.__name__, shop_mod.cart.__name__, shop_mod.cart.__package__, shop_mod.__package__)
print(shop_mod.__file__, shop_mod.pricing.__file__)
import sys
print(sorted(k for k in sys.modules if k.startswith("shop_mod")))
print(hasattr(shop_mod, "util"), hasattr(shop_mod, "pricing"))
