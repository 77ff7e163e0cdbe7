# ZeroDivisionError in a compound arithmetic expression: carets on the division.
def average_speed(distance, start, end):
    return distance / (end - start) * 3.6
print(average_speed(100, 0, 10))
print(average_speed(100, 5, 5))
