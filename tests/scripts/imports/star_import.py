# from module import * honours __all__ and skips underscore names otherwise.
from greet_mod import *
print(greet("star"), GREETING, "Greeter" in dir(), "_private" in dir())
from shop_mod import *
print(sorted(n for n in ("price_with_tax", "Cart", "VERSION", "cart", "pricing") if n in globals()))
print(price_with_tax(10), VERSION, Cart().add("x", 5).total())
