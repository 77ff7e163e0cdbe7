# Uncaught TypeError in a binary operation inside a function: carets mark the operator.
def total(price, quantity):
    subtotal = price * quantity
    return subtotal + " EUR"
print("computing")
print(total(3, 4))
