# An error inside an expression spread over several lines.
def divide(a, b):
    return a / b
values = [10, 5, 0]
result = (
    divide(values[0], values[1])
    + divide(values[1],
             values[2])
)
