# Indexing errors, slice assignment edge cases, equality and ordering, list in boolean context.
lst = [10, 20, 30]
for i in [0, 2, -1, -3]:
    print(i, lst[i])
for i in [3, -4, 100]:
    try:
        lst[i]
    except IndexError as e:
        print(i, "IndexError", e)
try:
    lst[3] = 1
except IndexError as e:
    print("IndexError", e)
try:
    lst["1"]
except TypeError as e:
    print("TypeError", e)
lst[1:2] = []
print(lst)
lst[:0] = [1, 2]
print(lst)
lst[len(lst):] = [99]
print(lst)
lst[1:3] = range(5)
print(lst)
try:
    lst[1:3] = 5
except TypeError as e:
    print("TypeError", e)
print([] == [], [] == (), [1] != [1.0], [1, [2]] == [1, [2]], [1, 2] < [1, 2, 0], [] < [0])
print(bool([]), bool([None]), not [], len([[]]))
n = [3, 1, 2]
print(sum(n), max(n), min(n), sorted(n), n, any(n), all([]), all([0, 1]))
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError", e)
print([1, "a"] == [1, "a"], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
