# A reverse Polish notation calculator with variables, stack words and precise error messages.
import math
class CalcError(Exception):
    pass
class RPN:
    def __init__(self):
        self.stack = []
        self.vars = {}
        self.binary = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                       "/": self._div, "//": self._floordiv, "%": self._mod, "^": lambda a, b: a ** b,
                       "max": max, "min": min}
        self.unary = {"neg": lambda a: -a, "abs": abs, "sqrt": self._sqrt, "inv": lambda a: self._div(1, a)}
    def _div(self, a, b):
        if b == 0:
            raise CalcError("division by zero")
        r = a / b
        return int(r) if r == int(r) else r
    def _floordiv(self, a, b):
        if b == 0:
            raise CalcError("division by zero")
        return a // b
    def _mod(self, a, b):
        if b == 0:
            raise CalcError("modulo by zero")
        return a % b
    def _sqrt(self, a):
        if a < 0:
            raise CalcError(f"sqrt of negative number {a}")
        return math.isqrt(a) if isinstance(a, int) and math.isqrt(a) ** 2 == a else math.sqrt(a)
    def pop(self, n=1):
        if len(self.stack) < n:
            raise CalcError(f"stack underflow: need {n}, have {len(self.stack)}")
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals
    def run(self, line):
        for tok in line.split():
            if tok in self.binary:
                a, b = self.pop(2)
                self.stack.append(self.binary[tok](a, b))
            elif tok in self.unary:
                (a,) = self.pop()
                self.stack.append(self.unary[tok](a))
            elif tok == "dup":
                (a,) = self.pop()
                self.stack += [a, a]
            elif tok == "swap":
                a, b = self.pop(2)
                self.stack += [b, a]
            elif tok == "drop":
                self.pop()
            elif tok == "sum":
                self.stack[:] = [sum(self.stack)]
            elif tok.startswith("=") and len(tok) > 1:
                (self.vars[tok[1:]],) = self.pop()
            elif tok.startswith("$"):
                try:
                    self.stack.append(self.vars[tok[1:]])
                except KeyError:
                    raise CalcError(f"unknown variable {tok[1:]!r}") from None
            else:
                try:
                    self.stack.append(int(tok))
                except ValueError:
                    try:
                        self.stack.append(float(tok))
                    except ValueError:
                        raise CalcError(f"unknown token {tok!r}") from None
        return self.stack[-1] if self.stack else None
calc = RPN()
lines = ["3 4 + 2 *", "drop 10 3 /", "drop 10 4 /", "drop 2 10 ^ =kb", "$kb 1000 -", "drop 1 2 3 4 5 sum",
         "drop 16 sqrt 2 sqrt *", "drop -7 2 // -7 2 %", "drop drop 1 0 /", "+", "5 $missing", "3 dup * dup *",
         "drop 2.5 neg abs inv", "drop 1e3 7 max 3 min", "drop hello", "drop -4 sqrt", "1 2 swap -", "drop 17 5 % 5 0 %"]
for line in lines:
    try:
        result = calc.run(line)
        print(f"{line:24} => {result!r:22} stack={calc.stack}")
    except CalcError as e:
        print(f"{line:24} !! {e}   stack={calc.stack}")
print("variables:", calc.vars)
