# A tiny spreadsheet: cells with numbers or formulas, dependency-ordered evaluation, cycle and reference errors.
class CellError(Exception):
    pass
class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
    def set(self, ref, value):
        self.raw[ref.upper()] = value
        self.cache.clear()
    def refs(self, formula):
        out, i = [], 0
        while i < len(formula):
            if formula[i].isalpha():
                j = i + 1
                while j < len(formula) and formula[j].isdigit():
                    j += 1
                if j > i + 1:
                    out.append(formula[i:j].upper())
                i = j
            else:
                i += 1
        return out
    def expand(self, formula):
        while "SUM(" in formula.upper():
            start = formula.upper().index("SUM(")
            end = formula.index(")", start)
            a, b = formula[start + 4:end].split(":")
            col1, row1, col2, row2 = a[0].upper(), int(a[1:]), b[0].upper(), int(b[1:])
            cells = [f"{chr(c)}{r}" for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]
            formula = formula[:start] + "(" + "+".join(cells) + ")" + formula[end + 1:]
        return formula
    def value(self, ref, stack=()):
        ref = ref.upper()
        if ref in stack:
            raise CellError("cycle: " + " -> ".join(stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref)
        if raw is None:
            raise CellError(f"reference to empty cell {ref}")
        if isinstance(raw, str) and raw.startswith("="):
            expr = self.expand(raw[1:])
            env = {r: self.value(r, stack + (ref,)) for r in self.refs(expr)}
            try:
                result = eval(expr.upper(), {"__builtins__": {}}, env)
            except ZeroDivisionError:
                raise CellError(f"division by zero in {ref}") from None
        else:
            result = raw
        self.cache[ref] = result
        return result
    def show(self, cols="ABC", rows=range(1, 6)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                ref = f"{c}{r}"
                if ref not in self.raw:
                    cells.append(f"{'':>10}")
                    continue
                try:
                    v = self.value(ref)
                    cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v:>10}")
                except CellError:
                    cells.append(f"{'#ERR':>10}")
            print(f"{r:>3} " + "".join(cells))
s = Sheet()
for ref, v in {"A1": 10, "A2": 20, "A3": 30.5, "A4": "=SUM(A1:A3)", "B1": "=A1*2", "B2": "=b1 + a2 / 4",
               "B3": "=A4 / (A1 - 10)", "B4": "=C1 + 1", "C1": "=B4 * 2", "C2": "=Z9", "C3": "=SUM(A1:B2)", "C5": "=A4 > 60"}.items():
    s.set(ref, v)
s.show()
for ref in ["A4", "B2", "B3", "B4", "C2", "C3", "C5"]:
    try:
        print(ref, "=", s.value(ref))
    except CellError as e:
        print(ref, "CellError:", e)
s.set("A1", 100)
print("after A1=100:", s.value("A4"), s.value("C3"), s.value("B3"))
