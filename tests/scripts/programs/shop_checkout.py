# A shopping cart with pricing rules as decorated functions, properties, coupons and receipt formatting.
from dataclasses import dataclass
RULES = []
def rule(priority):
    def register(fn):
        RULES.append((priority, fn.__name__, fn))
        RULES.sort(key=lambda r: r[0])
        return fn
    return register
@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    cents: int
    category: str
class CartError(Exception):
    pass
class Cart:
    def __init__(self, catalog):
        self.catalog = catalog
        self.lines = {}
        self.coupons = []
    def add(self, sku, qty=1):
        if sku not in self.catalog:
            raise CartError(f"unknown product {sku}")
        if qty <= 0:
            raise CartError("quantity must be positive")
        self.lines[sku] = self.lines.get(sku, 0) + qty
    def remove(self, sku, qty=1):
        have = self.lines.get(sku, 0)
        if qty > have:
            raise CartError(f"cannot remove {qty} x {sku}, only {have} in cart")
        if qty == have:
            del self.lines[sku]
        else:
            self.lines[sku] = have - qty
    @property
    def subtotal(self):
        return sum(self.catalog[s].cents * q for s, q in self.lines.items())
    def discounts(self):
        found = []
        for _, name, fn in RULES:
            amount = fn(self)
            if amount:
                found.append((name, amount))
        return found
    @property
    def total(self):
        return max(0, self.subtotal - sum(a for _, a in self.discounts()))
@rule(1)
def three_for_two_fruit(cart):
    return sum((q // 3) * cart.catalog[s].cents for s, q in cart.lines.items() if cart.catalog[s].category == "fruit")
@rule(2)
def bulk_bakery(cart):
    qty = sum(q for s, q in cart.lines.items() if cart.catalog[s].category == "bakery")
    return 50 * qty if qty >= 4 else 0
@rule(3)
def coupon(cart):
    total = 0
    for code in cart.coupons:
        if code == "TENOFF" and cart.subtotal >= 2000:
            total += 1000
        elif code.startswith("PCT"):
            total += cart.subtotal * int(code[3:]) // 100
    return total
def money(c):
    return f"{'-' if c < 0 else ''}${abs(c) // 100}.{abs(c) % 100:02d}"
catalog = {p.sku: p for p in [Product("APL", "Apple", 45, "fruit"), Product("BAN", "Banana", 30, "fruit"),
                              Product("BRD", "Bread", 250, "bakery"), Product("CRS", "Croissant", 120, "bakery"),
                              Product("MLK", "Milk", 99, "dairy"), Product("TEA", "Tea", 1899, "pantry")]}
cart = Cart(catalog)
for action, *args in [("add", "APL", 7), ("add", "BAN", 2), ("add", "BRD"), ("add", "CRS", 3), ("add", "XYZ"),
                      ("add", "MLK", 0), ("add", "TEA"), ("remove", "BAN", 5), ("remove", "BAN", 1)]:
    try:
        getattr(cart, action)(*args)
    except CartError as e:
        print("CartError:", e)
cart.coupons = ["TENOFF", "PCT5"]
print(f"{'item':<12}{'qty':>4}{'price':>9}{'line':>10}")
for sku, qty in cart.lines.items():
    p = catalog[sku]
    print(f"{p.name:<12}{qty:>4}{money(p.cents):>9}{money(p.cents * qty):>10}")
print(f"{'subtotal':<25}{money(cart.subtotal):>10}")
for name, amount in cart.discounts():
    print(f"{name:<25}{money(-amount):>10}")
print(f"{'TOTAL':<25}{money(cart.total):>10}")
print([name for _, name, _ in RULES])
try:
    catalog["APL"].cents = 1
except AttributeError as e:
    print(type(e).__name__, e)
