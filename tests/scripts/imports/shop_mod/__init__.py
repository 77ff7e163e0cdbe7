"""A package imported by the import tests."""
print("shop_mod package initialising")
from .pricing import price_with_tax
from . import cart
__all__ = ["price_with_tax", "Cart", "VERSION"]
VERSION = "1.0"
Cart = cart.Cart
