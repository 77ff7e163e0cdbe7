# Lexicographic comparison by code point, sorting with keys, case-insensitive sorting.
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zebra", "10", "9", "", "a b"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True)[:4])
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("a" < "B", "a".upper() < "B", ord("a"), ord("B"), "abc" < "abcd", "abd" > "abcd")
print([w for w in words if "an" in w], [w for w in words if w.startswith(("a", "A"))])
print(sorted(["item10", "item2", "item1"]), sorted(["item10", "item2", "item1"], key=lambda s: int(s[4:])))
