# A backtracking regular-expression matcher supporting literals, ., *, +, ?, ^, $, classes and groups of alternatives.
class Pattern:
    def __init__(self, pattern):
        self.source = pattern
        self.anchored = pattern.startswith("^")
        self.items = self._compile(pattern[1:] if self.anchored else pattern)
    def _compile(self, p):
        items, i = [], 0
        while i < len(p):
            ch = p[i]
            if ch == "\\":
                if i + 1 >= len(p):
                    raise ValueError("trailing backslash")
                atom = ("lit", p[i + 1])
                i += 2
            elif ch == "[":
                j = p.find("]", i + 1)
                if j == -1:
                    raise ValueError(f"unterminated class at {i}")
                body = p[i + 1:j]
                negate = body.startswith("^")
                if negate:
                    body = body[1:]
                chars = set()
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        chars.update(chr(c) for c in range(ord(body[k]), ord(body[k + 2]) + 1))
                        k += 3
                    else:
                        chars.add(body[k])
                        k += 1
                atom = ("class", frozenset(chars), negate)
                i = j + 1
            elif ch == "(":
                depth, j = 1, i + 1
                while j < len(p) and depth:
                    depth += {"(": 1, ")": -1}.get(p[j], 0)
                    j += 1
                if depth:
                    raise ValueError(f"unbalanced parenthesis at {i}")
                alts, buf, d = [], "", 0
                for c in p[i + 1:j - 1]:
                    if c == "|" and d == 0:
                        alts.append(buf)
                        buf = ""
                    else:
                        d += {"(": 1, ")": -1}.get(c, 0)
                        buf += c
                alts.append(buf)
                atom = ("alt", [self._compile(a) for a in alts])
                i = j
            elif ch == "$" and i == len(p) - 1:
                items.append(("end",))
                i += 1
                continue
            elif ch in "*+?":
                raise ValueError(f"nothing to repeat at {i}")
            else:
                atom = ("any",) if ch == "." else ("lit", ch)
                i += 1
            if i < len(p) and p[i] in "*+?":
                items.append(("rep", atom, {"*": (0, None), "+": (1, None), "?": (0, 1)}[p[i]]))
                i += 1
            else:
                items.append(atom)
        return items
    @staticmethod
    def _atom_len(atom, text, pos):
        """Yield every end position for matching atom at pos."""
        kind = atom[0]
        if kind == "alt":
            for alt in atom[1]:
                yield from Pattern._match_seq(alt, 0, text, pos)
            return
        if pos >= len(text):
            return
        ch = text[pos]
        if kind == "any" or (kind == "lit" and atom[1] == ch) or (kind == "class" and (ch in atom[1]) != atom[2]):
            yield pos + 1
    @staticmethod
    def _match_seq(items, idx, text, pos):
        if idx == len(items):
            yield pos
            return
        item = items[idx]
        if item[0] == "end":
            if pos == len(text):
                yield from Pattern._match_seq(items, idx + 1, text, pos)
            return
        if item[0] == "rep":
            _, atom, (lo, hi) = item
            def reps(count, p):
                if hi is None or count < hi:
                    for nxt in Pattern._atom_len(atom, text, p):
                        if nxt != p:
                            yield from reps(count + 1, nxt)
                if count >= lo:
                    yield from Pattern._match_seq(items, idx + 1, text, p)
            yield from reps(0, pos)
            return
        for nxt in Pattern._atom_len(item, text, pos):
            yield from Pattern._match_seq(items, idx + 1, text, nxt)
    def search(self, text):
        starts = [0] if self.anchored else range(len(text) + 1)
        for s in starts:
            for end in self._match_seq(self.items, 0, text, s):
                return s, end, text[s:end]
        return None
    def findall(self, text):
        out, pos = [], 0
        while pos <= len(text):
            m = Pattern("^" + self.source.lstrip("^")).search(text[pos:]) if False else None
            found = None
            for s in range(pos, len(text) + 1):
                for end in self._match_seq(self.items, 0, text, s):
                    found = (s, end)
                    break
                if found:
                    break
            if not found:
                break
            out.append(text[found[0]:found[1]])
            pos = found[1] if found[1] > found[0] else found[1] + 1
        return out
tests = [("ab*c", "xxabbbcyy"), ("^ab*c", "xxabbbc"), ("a.c", "abc adc"), ("colou?r", "my color"), ("colou?r", "my colour"),
         ("[0-9]+", "order 1234 shipped"), ("[^a-z ]+", "abc DEF ghi"), ("(cat|dog)s?$", "hotdogs"), ("(cat|dog)s?$", "dogsled"),
         ("^$", ""), ("x*", "yyy"), ("a(b|c)*d", "zzabcbcbdzz"), ("\\.py$", "script.py"), ("h.*o", "hello world, hi bob")]
for pat, text in tests:
    print(f"{pat!r:16} in {text!r:22} -> {Pattern(pat).search(text)}")
print(Pattern("[0-9]+").findall("a1b22c333"), Pattern("[a-z]+@[a-z]+\\.com").findall("x ann@mail.com, bob@site.com"))
for bad in ["*a", "[abc", "(ab", "ab\\"]:
    try:
        Pattern(bad)
    except ValueError as e:
        print(f"{bad!r:8} ValueError: {e}")
