# Parsing and compiling a generated 50,000-line module with compile():
# the front end (lexer, parser, symbol table, code generation).

TEMPLATE = """\
class Shape{i}:
    scale = {i}

    def __init__(self, w, h=1):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * self.scale

def helper{i}(xs, *, limit=10):
    total = 0
    for x in xs:
        if x > limit and x % 2 == 0:
            total += x ** 2
        elif x < 0:
            continue
        else:
            total -= x
    return [v for v in xs if v] or {{"empty": True, "n": {i}}}

"""

lines_per_block = TEMPLATE.count("\n")
blocks = 50_000 // lines_per_block + 1
source = "".join([TEMPLATE.format(i=i) for i in range(blocks)])
code = compile(source, "generated.py", "exec")
namespace = {}
exec(code, namespace)
print(source.count("\n"), len(namespace), namespace["Shape7"](3).area())
