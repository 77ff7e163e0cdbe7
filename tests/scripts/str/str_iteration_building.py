# Iterating strings: enumerate, zip, char frequency, run-length encoding, palindromes.
text = "the rain in spain stays mainly in the plain"
freq = {}
for ch in text:
    if ch != " ":
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
enc = rle("aaabccddddde")
print(enc, unrle(enc))
def is_pal(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""]])
print([(i, c) for i, c in enumerate("abc")], list(zip("abc", "xyz")), ["".join(p) for p in zip("ab", "cd", "ef")])
vowels = sum(1 for c in text if c in "aeiou")
print(vowels, text.count("ain"), text.split("ain"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
print(" ".join(w[::-1] for w in "reverse each word".split()))
