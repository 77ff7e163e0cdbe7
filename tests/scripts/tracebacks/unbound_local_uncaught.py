# UnboundLocalError when a name is assigned later in the function.
total = 10
def add(n):
    total += n
    return total
add(5)
