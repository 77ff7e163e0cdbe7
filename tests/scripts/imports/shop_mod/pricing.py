print("shop_mod.pricing loading")
TAX = 0.2
def price_with_tax(amount):
    return round(amount * (1 + TAX), 2)
