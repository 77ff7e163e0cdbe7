# A recursive-descent parser for arithmetic with precedence, unary minus, functions and error positions.
import math
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} (at {pos})")
        self.pos = pos
class Num:
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return repr(self.v)
class Var:
    def __init__(self, name): self.name = name
    def eval(self, env):
        if self.name not in env:
            raise NameError(f"unknown variable {self.name!r}")
        return env[self.name]
    def __repr__(self): return self.name
class BinOp:
    FUNCS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
             "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return self.FUNCS[self.op](self.l.eval(env), self.r.eval(env))
    def __repr__(self): return f"({self.l!r} {self.op} {self.r!r})"
class Neg:
    def __init__(self, e): self.e = e
    def eval(self, env): return -self.e.eval(env)
    def __repr__(self): return f"(-{self.e!r})"
class Call:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "min": min, "max": max, "floor": math.floor}
    def __init__(self, name, args): self.name, self.args = name, args
    def eval(self, env): return self.FUNCS[self.name](*(a.eval(env) for a in self.args))
    def __repr__(self): return f"{self.name}({', '.join(map(repr, self.args))})"
class Parser:
    """expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ;
    factor := unary ('^' factor)? ; unary := '-' unary | atom ; atom := num | name | name '(' args ')' | '(' expr ')'"""
    def __init__(self, text):
        self.text, self.pos = text, 0
    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""
    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r} but found {self.peek() or 'end of input'!r}", self.pos)
        self.pos += 1
    def parse(self):
        e = self.expr()
        if self.peek():
            raise ParseError(f"unexpected {self.peek()!r}", self.pos)
        return e
    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.text[self.pos]; self.pos += 1
            node = BinOp(op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in ("*", "/"):
            op = self.text[self.pos]; self.pos += 1
            node = BinOp(op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek() == "^":
            self.pos += 1
            return BinOp("^", base, self.factor())
        return base
    def unary(self):
        if self.peek() == "-":
            self.pos += 1
            return Neg(self.unary())
        return self.atom()
    def atom(self):
        ch = self.peek()
        start = self.pos
        if ch.isdigit() or ch == ".":
            while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] == "."):
                self.pos += 1
            s = self.text[start:self.pos]
            try:
                return Num(float(s) if "." in s else int(s))
            except ValueError:
                raise ParseError(f"bad number {s!r}", start) from None
        if ch.isalpha():
            while self.pos < len(self.text) and self.text[self.pos].isalnum():
                self.pos += 1
            name = self.text[start:self.pos]
            if self.peek() == "(":
                self.pos += 1
                args = []
                if self.peek() != ")":
                    args.append(self.expr())
                    while self.peek() == ",":
                        self.pos += 1
                        args.append(self.expr())
                self.expect(")")
                if name not in Call.FUNCS:
                    raise ParseError(f"unknown function {name!r}", start)
                return Call(name, args)
            return Var(name)
        if ch == "(":
            self.pos += 1
            e = self.expr()
            self.expect(")")
            return e
        raise ParseError(f"unexpected {ch or 'end of input'!r}", self.pos)
env = {"x": 3, "y": 4, "pi": math.pi}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "--x", "sqrt(x*x + y*y)", "max(1, x, y) - min(y, 2)",
             "10 / 4", "floor(pi * 100) / 100", "2 * (3 + 4", "3 + * 4", "1.2.3 + 1", "foo(1)", "z + 1", "8 / (x - 3)", "", "abs(-7) 1"]:
    try:
        tree = Parser(text).parse()
        print(f"{text!r:28} {tree!r:36} = {tree.eval(env)}")
    except ParseError as e:
        print(f"{text!r:28} ParseError: {e}")
    except (NameError, ZeroDivisionError) as e:
        print(f"{text!r:28} {type(e).__name__}: {e}")
