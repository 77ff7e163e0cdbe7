import string, types, keyword, reprlib, numbers
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('hello   world  foo'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes $$ and ${what}s')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
for f in [lambda: t.substitute(who='a'), lambda: string.Template('bad $ here').substitute(), lambda: string.Template('x\n  $1').substitute()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(string.Template('$a$b').substitute({'a': 1}, b=2), string.Template('${a}x $').safe_substitute(a=5))
fmt = string.Formatter()
print(fmt.format('{0} {name!r} {1:>5} {x[0]} {y.real} {{}}', 'a', 'b', name='n', x=[7], y=3+4j), fmt.format('{} {}', 1, 2), list(fmt.parse('a{0!r:>3}b{}c')))
for f in [lambda: fmt.format('{0} {}', 1, 2), lambda: fmt.format('{!x}', 1), lambda: fmt.format('{', 1), lambda: fmt.format('}')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(fmt.format('{:{w}.{p}f}', 3.14159, w=8, p=2))
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace(), vars(ns))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
print(types.FunctionType, types.MethodType, types.ModuleType, types.MappingProxyType, types.GeneratorType, types.CoroutineType, types.BuiltinFunctionType, types.NoneType, types.SimpleNamespace)
print(types.MappingProxyType({'a': 1}), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
m = types.ModuleType('mymod', 'doc'); m.x = 1; print(m.__name__, m.__doc__, m.x)
def exec_body(ns): ns['greet'] = lambda self: 'hi'
C = types.new_class('C', (object,), {}, exec_body); print(C, C().greet(), types.get_original_bases(C))
class Meta(type):
    def __new__(m, name, bases, ns, flag=False): c = super().__new__(m, name, bases, ns); c.flag = flag; return c
D = types.new_class('D', (), {'metaclass': Meta, 'flag': True}); print(type(D).__name__, D.flag, types.prepare_class('E', (D,))[0].__name__)
@types.coroutine
def gen_coro():
    yield 'x'
print(types.coroutine(gen_coro) is gen_coro, bool(gen_coro.__code__.co_flags & 0x100))
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
r = reprlib.Repr(); print(reprlib.repr(list(range(100))), reprlib.repr('a' * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(2 ** 200), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr((1,)), reprlib.repr(frozenset()))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.children})'
print(Node(), Node.__repr__.__name__)
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), issubclass(int, numbers.Rational), isinstance(1j, numbers.Real))
class MyNum(numbers.Integral): pass
try: MyNum()
except TypeError as e: print(str(e)[:60])
