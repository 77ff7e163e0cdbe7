# A 'return' at module level is reported before anything runs.
print("this line never runs")
value = 10
if value > 5:
    return value
