print("shop_mod.cart loading")
from .pricing import price_with_tax
from .util import fmt_money
class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price):
        self.items.append((name, price))
        return self
    def total(self):
        return price_with_tax(sum(p for _, p in self.items))
    def summary(self):
        return f"{len(self.items)} items, {fmt_money(self.total())}"
