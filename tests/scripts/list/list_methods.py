# Every list method with normal and edge-case arguments.
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend("ab")
lst.extend(range(2))
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
lst.insert(-100, "new first")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(5), lst.count(1), lst.count("zz"))
print(lst.index(1, 3) if 1 in lst[3:] else "no second 1", lst.index("a", 0, len(lst)))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
c = nums.copy()
c.append(100)
print(nums, c)
c.clear()
print(c, len(c))
errors = [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
          lambda: [1, "a"].sort(), lambda: [1].insert("x", 1), lambda: [].index(1, 0, 0), lambda: [3, 1].sort(key=5),
          lambda: [1, 2].pop("0")]
for e in errors:
    try:
        e()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
print(list(), list("abc"), list(range(3)), list({1: 2}), list((1, 2)), list(x * 2 for x in range(3)))
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0, [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9])
a = [1, 2, 3]
print(a.__len__(), a.__getitem__(1), a.__contains__(2), reversed(a).__class__.__name__, list(reversed(a)))
