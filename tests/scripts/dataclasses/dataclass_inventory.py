# An inventory built from dataclasses: ordering, aggregation, and a formatted report.
from dataclasses import dataclass, field, asdict
@dataclass(order=True)
class Product:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    price: float
    stock: int = 0
    def __post_init__(self):
        self.sort_key = (-self.stock, self.name)
    @property
    def value(self):
        return self.price * self.stock
@dataclass
class Inventory:
    products: dict = field(default_factory=dict)
    def add(self, product):
        if product.sku in self.products:
            raise KeyError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
    def restock(self, sku, qty):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.products[sku].stock += qty
    def sell(self, sku, qty):
        p = self.products[sku]
        if qty > p.stock:
            raise RuntimeError(f"only {p.stock} of {p.name} left")
        p.stock -= qty
        return qty * p.price
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Stock':>6}{'Value':>10}"]
        for p in sorted(self.products.values()):
            lines.append(f"{p.sku:<6}{p.name:<12}{p.price:>8.2f}{p.stock:>6}{p.value:>10.2f}")
        total = sum(p.value for p in self.products.values())
        lines.append(f"{'':<32}{total:>10.2f}")
        return "\n".join(lines)
inv = Inventory()
for args in [("A1", "hammer", 12.5, 4), ("B2", "nails", 0.05, 1000), ("C3", "saw", 24.0), ("D4", "drill", 89.99, 2)]:
    inv.add(Product(*args))
try:
    inv.add(Product("A1", "dup", 1.0))
except KeyError as e:
    print("KeyError", e)
inv.restock("C3", 3)
print(inv.sell("B2", 250), inv.sell("A1", 1))
for sku, qty in [("D4", 5), ("C3", 0), ("ZZ", 1)]:
    try:
        if qty == 0:
            inv.restock(sku, qty)
        else:
            inv.sell(sku, qty)
    except (RuntimeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(inv.report())
print(asdict(inv.products["C3"]))
