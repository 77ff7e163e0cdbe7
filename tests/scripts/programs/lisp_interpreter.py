# A small Lisp: reader, environments, special forms, closures, recursion, tail-call loop and errors.
import math
import operator as op
class LispError(Exception):
    pass
class Symbol(str):
    pass
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"
def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a, "*": lambda *a: math.prod(a),
                "/": op.truediv, "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le, "mod": op.mod,
                "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b, "list": lambda *x: list(x),
                "null?": lambda x: x == [], "length": len, "abs": abs, "max": max, "min": min, "not": op.not_,
                "apply": lambda f, args: call(f, args), "map": lambda f, xs: [call(f, [x]) for x in xs]})
    return env
def call(fn, args):
    if isinstance(fn, Lambda):
        return evaluate([fn] + [[Symbol("quote"), a] for a in args], fn.env)
    return fn(*args)
def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("cannot evaluate ()")
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) else alt
            continue
        if head == "define":
            env[x[1]] = evaluate(x[2], env)
            return None
        if head == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if head == "lambda":
            return Lambda(x[1], x[2], env)
        if head == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        fn = head if isinstance(head, Lambda) else evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(fn, Lambda):
            if len(args) != len(fn.params):
                raise LispError(f"{fn!r} expects {len(fn.params)} args, got {len(args)}")
            x, env = fn.body, Env(fn.params, args, fn.env)
            continue
        if callable(fn):
            try:
                return fn(*args)
            except (TypeError, ZeroDivisionError, IndexError) as e:
                raise LispError(f"{type(e).__name__} in primitive: {e}") from e
        raise LispError(f"not a procedure: {fn!r}")
def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)
env = standard_env()
program = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 25)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(map fib (list 0 1 2 3 4 5 6 7 8 9 10))
(define make-counter (lambda () (begin (define n 0) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (make-counter))
(c) (c) (c)
(define count-down (lambda (n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1)))))
(count-down 5000 0)
(define compose (lambda (f g) (lambda (x) (f (g x)))))
((compose (lambda (x) (* x x)) (lambda (x) (+ x 1))) 6)
(cons 1 '(2 3))
(car (cdr '(a b c)))
(null? '())
(apply max '(3 9 2))
(/ 1 0)
(undefined 1)
(fact 1 2)
(1 2 3)
(car '())
"""
tokens = tokenize(program)
while tokens:
    try:
        expr = read(tokens)
        result = evaluate(expr, env)
        if result is not None:
            print(to_str(expr)[:40].ljust(40), "=>", to_str(result))
    except LispError as e:
        print(to_str(expr)[:40].ljust(40), "!!", e)
for bad in ["(+ 1", ")", ""]:
    try:
        read(tokenize(bad))
    except LispError as e:
        print(repr(bad), "LispError:", e)
