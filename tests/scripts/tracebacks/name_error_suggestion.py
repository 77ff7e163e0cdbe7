# NameError with a "Did you mean" suggestion for a misspelled local name.
def report():
    counter = 10
    message = "items"
    print(countr, message)
report()
