# find/rfind/index/rindex/count with start/end bounds and empty substrings.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.rfind("a"), s.rfind("bra"), s.find("a", 1), s.find("a", 1, 3))
print(s.find(""), s.find("", 5), s.find("", 11), s.find("", 12), s.rfind(""), s.rfind("", 0, 3))
print(s.find("a", -3), s.find("a", -100), s.rfind("a", 0, -1), s.find("cad", 0, 6), s.find("cad", 0, 7))
print(s.index("c"), s.rindex("a"), s.index("a", 4), s.rindex("b", 0, 5))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("a", 20)
except ValueError as e:
    print("ValueError", e)
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 5), s.count("a", 5, 8), "aaaa".count("aa"), "".count(""))
print("héllo wörld".find("ö"), "🐍x🐍".rfind("🐍"), "🐍x🐍".count("🐍"))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(()))
print(s.startswith(""), s.endswith("", 20), s.startswith("a", 20), "".startswith(""))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError", e)
print("a" in s, "abra" in s, s.__contains__("cad"))
