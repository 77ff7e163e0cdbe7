# A name used before its global declaration.
counter = 0
def increment():
    counter_value = counter
    global counter
    counter = counter_value + 1
increment()
