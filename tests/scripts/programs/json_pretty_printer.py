# A hand-written JSON serializer with indentation and a recursive parser, round-tripping data.
class JSONError(ValueError):
    pass
def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else ch)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
def dumps(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            raise JSONError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise JSONError(f"keys must be str, not {type(k).__name__}")
            items.append(f"{pad}{escape(k)}: {dumps(v, indent, level + 1)}")
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise JSONError(f"cannot encode object of type {type(value).__name__}")
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def error(self, msg):
        raise JSONError(f"{msg} at offset {self.i}")
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            obj = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return obj
            while True:
                self.ws()
                key = self.string()
                self.ws()
                if self.s[self.i] != ":":
                    self.error("expected ':'")
                self.i += 1
                obj[key] = self.value()
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                elif self.s[self.i] == "}":
                    self.i += 1
                    return obj
                else:
                    self.error("expected ',' or '}'")
        if c == "[":
            self.i += 1
            arr = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return arr
            while True:
                arr.append(self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                elif self.s[self.i] == "]":
                    self.i += 1
                    return arr
                else:
                    self.error("expected ',' or ']'")
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        if j == self.i:
            self.error(f"unexpected character {c!r}")
        num = self.s[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    def string(self):
        if self.s[self.i] != '"':
            self.error("expected string")
        self.i += 1
        out = []
        while self.s[self.i] != '"':
            ch = self.s[self.i]
            if ch == "\\":
                self.i += 1
                esc = self.s[self.i]
                if esc == "u":
                    out.append(chr(int(self.s[self.i + 1:self.i + 5], 16)))
                    self.i += 4
                else:
                    out.append({"n": "\n", "t": "\t"}.get(esc, esc))
            else:
                out.append(ch)
            self.i += 1
        self.i += 1
        return "".join(out)
def loads(text):
    p = Parser(text)
    v = p.value()
    p.ws()
    if p.i != len(text):
        p.error("trailing data")
    return v
data = {"name": "Widget \"Pro\"", "price": 19.99, "tags": ["new", "sale"], "stock": {"warehouse": 12, "store": 0},
        "active": True, "discontinued": None, "notes": "line1\nline2\ttabbed", "ratio": 1e-7, "unicode": "café ☕",
        "empty": {}, "none": [], "nested": [[1, [2, [3]]], {"deep": {"deeper": [False]}}]}
text = dumps(data)
print(text)
back = loads(text)
print(back == data, back["unicode"], back["nested"][0][1][1])
for bad in ['{"a": 1,}', '[1 2]', '{"a" 1}', '[1, 2', 'nul', '{"x": 1} extra']:
    try:
        loads(bad)
    except (JSONError, IndexError) as e:
        print(f"{bad!r:18} {type(e).__name__}: {e}")
for bad in [{1: "x"}, float("nan"), {"s": {1, 2}}]:
    try:
        dumps(bad)
    except JSONError as e:
        print("JSONError", e)
