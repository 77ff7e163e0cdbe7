# A deep chain of calls: every frame appears in order, outermost first.
def level1(x):
    return level2(x + 1)
def level2(x):
    return level3(x * 2)
def level3(x):
    return level4(x - 3)
def level4(x):
    return level5([x])
def level5(items):
    return items[5]
print("start")
level1(1)
