# 3.12 f-string grammar: quote reuse, backslashes, comments, deep nesting.
songs = ["a", "b", "c"]
print(f"Songs: {", ".join(songs)}")
print(f"{"double inside double"}")
print(f'{'single inside single'}')
print(f"{"\n".join(songs)}")
print(f"{'\t'.join(songs)!r}")
x = 5
print(f"{
    x
    + 1
}")
print(f"{x  # a comment inside the braces
}")
print(f"{f"{f"{f"{f"{x}"}"}"}"}")
print(f"{x:{"^"}{10}}")
words = {"hi": 1}
print(f"{words["hi"]}")
print(f"{'\N{GREEK SMALL LETTER ALPHA}'}")
print(f"{"\\"}")
print(f"{x!r:>{x}}")
print(f"{'a' 'b'}")
print(f"{x:=^9}")
print(f"{(x:=10)}", x)
print(f"{x:{'>'}{3 + 2}}|")
print(f"{[f'{i}{j}' for i in range(2) for j in 'ab']}")
print(f"{3.0 * 2:.{1 + 1}f}")
