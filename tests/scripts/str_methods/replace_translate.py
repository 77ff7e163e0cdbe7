# replace with counts, translate with maketrans in all three forms.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaa".replace("aa", "b"))
print("hello".replace("l", "L"), "hello".replace("xyz", "q"), "ab".replace("ab", "abab"))
table = str.maketrans("abc", "xyz")
print(table, "aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, ord("c"): "333"})
print(sorted(table2.items()), "abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("abxyzba".translate(table3))
print("hello".translate({ord("l"): None}), "hello".translate({104: 72}), "hello".translate({}))
class Upper:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return chr(k).upper()
        raise LookupError
print("education".translate(Upper()))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError", e)
try:
    "a".translate({97: 5.5})
except TypeError as e:
    print("TypeError", e)
