# An interpreter for a tiny expression language with variables, functions and closures.
import math
class ParseError(Exception):
    pass
class EvalError(Exception):
    pass
def tokenize(src):
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(float(src[i:j]) if "." in src[i:j] else int(src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(src[i:j])
            i = j
        elif src[i:i + 2] in ("=>", "==", "<=", ">="):
            out.append(src[i:i + 2])
            i += 2
        elif c in "+-*/()<>,=;":
            out.append(c)
            i += 1
        else:
            raise ParseError(f"bad character {c!r}")
    return out
class Parser:
    PREC = {"==": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "+": 2, "-": 2, "*": 3, "/": 3}
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self, expected=None):
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise ParseError(f"expected {expected!r}, got {tok!r}")
        self.i += 1
        return tok
    def program(self):
        stmts = [self.statement()]
        while self.peek() == ";":
            self.take(";")
            if self.peek() is not None:
                stmts.append(self.statement())
        if self.peek() is not None:
            raise ParseError(f"unexpected {self.peek()!r}")
        return stmts
    def statement(self):
        if self.peek() == "let":
            self.take()
            name = self.take()
            self.take("=")
            return ("let", name, self.expr(0))
        return self.expr(0)
    def expr(self, min_prec):
        left = self.atom()
        while isinstance(self.peek(), str) and self.peek() in self.PREC and self.PREC[self.peek()] > min_prec:
            op = self.take()
            left = ("bin", op, left, self.expr(self.PREC[op]))
        return left
    def atom(self):
        tok = self.take()
        if isinstance(tok, (int, float)):
            node = ("num", tok)
        elif tok == "-":
            node = ("neg", self.atom())
        elif tok == "(":
            node = self.expr(0)
            self.take(")")
        elif tok == "fn":
            self.take("(")
            params = []
            while self.peek() != ")":
                params.append(self.take())
                if self.peek() == ",":
                    self.take(",")
            self.take(")")
            self.take("=>")
            node = ("fn", params, self.expr(0))
        elif tok == "if":
            cond = self.expr(0)
            self.take("then")
            a = self.expr(0)
            self.take("else")
            node = ("if", cond, a, self.expr(0))
        elif isinstance(tok, str) and tok.isidentifier():
            node = ("var", tok)
        else:
            raise ParseError(f"unexpected {tok!r}")
        while self.peek() == "(":
            self.take("(")
            args = []
            while self.peek() != ")":
                args.append(self.expr(0))
                if self.peek() == ",":
                    self.take(",")
            self.take(")")
            node = ("call", node, args)
        return node
class Closure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return f"<fn({', '.join(self.params)})>"
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "<": lambda a, b: a < b, ">": lambda a, b: a > b,
       "==": lambda a, b: a == b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        for scope in env:
            if node[1] in scope:
                return scope[node[1]]
        raise EvalError(f"undefined variable {node[1]!r}")
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "bin":
        a, b = evaluate(node[2], env), evaluate(node[3], env)
        try:
            return OPS[node[1]](a, b)
        except ZeroDivisionError:
            raise EvalError("division by zero") from None
    if kind == "let":
        env[0][node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "fn":
        return Closure(node[1], node[2], env)
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if kind == "call":
        fn = evaluate(node[1], env)
        args = [evaluate(a, env) for a in node[2]]
        if callable(fn):
            return fn(*args)
        if not isinstance(fn, Closure):
            raise EvalError(f"{fn!r} is not callable")
        if len(args) != len(fn.params):
            raise EvalError(f"expected {len(fn.params)} arguments, got {len(args)}")
        return evaluate(fn.body, [dict(zip(fn.params, args))] + fn.env)
    raise EvalError(f"unknown node {kind}")
def run(src, env):
    try:
        result = None
        for stmt in Parser(tokenize(src)).program():
            result = evaluate(stmt, env)
        return result
    except (ParseError, EvalError) as e:
        return f"{type(e).__name__}: {e}"
    except RecursionError:
        return "RecursionError: too deep"
globals_env = [{"sqrt": math.sqrt, "max": max}]
programs = [
    "1 + 2 * 3 - 4 / 2",
    "let x = 10; let y = x * x; y - x",
    "let square = fn(n) => n * n; square(12)",
    "let fact = fn(n) => if n <= 1 then 1 else n * fact(n - 1); fact(20)",
    "let adder = fn(a) => fn(b) => a + b; let add5 = adder(5); add5(37)",
    "let fib = fn(n) => if n < 2 then n else fib(n - 1) + fib(n - 2); fib(15)",
    "sqrt(2) * sqrt(2)",
    "max(3, 9, 4)",
    "1 / (2 - 2)",
    "undefined_name + 1",
    "let f = fn(a, b) => a; f(1)",
    "(1 + 2",
    "5(3)",
    "let loop = fn(n) => loop(n + 1); loop(0)",
    "-x + 1",
    "square",
]
for p in programs:
    print(f"{p[:52]:52} => {run(p, globals_env)}")
