# A tokenizer for arithmetic expressions with positions and error reporting.
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}({self.text!r}@{self.pos})"
class LexError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos
OPERATORS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "%": "PERCENT",
             "(": "LPAREN", ")": "RPAREN", ",": "COMMA", "**": "POWER", "==": "EQ", "=": "ASSIGN"}
KEYWORDS = {"let", "if", "else"}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < len(src) and (src[i].isdigit() or (src[i] == "." and not seen_dot) or src[i] == "_"):
                if src[i] == ".":
                    seen_dot = True
                i += 1
            text = src[start:i]
            if text.endswith("_"):
                raise LexError("number may not end with '_'", i - 1)
            tokens.append(Token("FLOAT" if seen_dot else "INT", text, start))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            tokens.append(Token("KEYWORD" if word in KEYWORDS else "NAME", word, start))
            continue
        if ch in "\"'":
            start = i
            i += 1
            buf = []
            while i < len(src) and src[i] != ch:
                if src[i] == "\\" and i + 1 < len(src):
                    i += 1
                    buf.append({"n": "\n", "t": "\t"}.get(src[i], src[i]))
                else:
                    buf.append(src[i])
                i += 1
            if i >= len(src):
                raise LexError("unterminated string", start)
            i += 1
            tokens.append(Token("STRING", "".join(buf), start))
            continue
        two = src[i:i + 2]
        if two in OPERATORS:
            tokens.append(Token(OPERATORS[two], two, i))
            i += 2
            continue
        if ch in OPERATORS:
            tokens.append(Token(OPERATORS[ch], ch, i))
            i += 1
            continue
        raise LexError(f"unexpected character {ch!r}", i)
    tokens.append(Token("EOF", "", len(src)))
    return tokens
samples = [
    "1 + 2 * 3",
    "let rate = 0.07",
    "total = price * (1 + rate) ** 2",
    "max(a, b, 1_000)",
    "'it\\'s' + \"tab\\there\"",
    "x == .5 % 3",
    "if a else b",
    "3 $ 4",
    "'never closed",
    "12_ + 1",
]
for src in samples:
    try:
        toks = tokenize(src)
        print(f"{src!r:36} -> {len(toks) - 1} tokens")
        print("   ", " ".join(f"{t.kind}:{t.text}" for t in toks[:-1]))
    except LexError as e:
        print(f"{src!r:36} -> LexError: {e} (pos {e.pos})")
        print("    " + src)
        print("    " + " " * e.pos + "^")
kinds = {}
for t in tokenize("a + b * (c - 2) / d ** 2 + f(x, y)"):
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
