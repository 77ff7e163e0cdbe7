# The re module: matching, searching, substitution, splitting, flags and
# error messages, checked against CPython's engine.
import re
cases = [
 ('search', r'0x[0-9a-fA-F]+', 'obj at 0x7f00aa12 ok'),
 ('sub', r'0x[0-9a-fA-F]+', '0xADDR', '<a at 0x1234abcd> <b at 0xdeadbeef99>'),
 ('sub', r'when=[0-9.]+', 'when=T', '<Timeout [active] when=1234.5>'),
 ('findall', r'\d+', 'a1b22c333'),
 ('findall', r'(\w)(\d)', 'a1 b2 c'),
 ('findall', r'(a)|b', 'ab'),
 ('sub', 'x*', '-', 'abxd'),
 ('split', r'[,;]\s*', 'a, b;c,  d'),
 ('split', r'(,)', 'a,b,c'),
 ('split', r'x*', 'axbc'),
 ('match', r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'),
 ('fullmatch', r'a|ab', 'ab'),
 ('match', r'a+?b', 'aaab'),
 ('search', r'^b', 'a\nb', re.M),
 ('search', r'a.b', 'a\nb', re.S),
 ('search', r'a.b', 'a\nb'),
 ('findall', r'(?i)hello', 'Hello HELLO hello'),
 ('sub', r'(\w+)@(\w+)', r'\2 at \1', 'joe@example bob@site'),
 ('sub', r'(?P<n>\d)', r'<\g<n>>', 'a1b2'),
 ('findall', r'\bfoo\b', 'foo foobar barfoo foo'),
 ('search', r'(a|b)*c', 'ababc'),
 ('findall', r'[^aeiou\s]+', 'hello world'),
 ('search', r'(\w+)\s\1', 'hello hello world'),
 ('findall', r'a{2,3}', 'aaaaaaa'),
 ('findall', r'a{2}', 'aaaaa'),
 ('findall', r'x{,2}', 'xxxxx'),
 ('search', r'foo(?=bar)', 'foobaz foobar'),
 ('search', r'(?<=\$)\d+', 'cost $42'),
 ('findall', r'(?<!a)b', 'ab cb b'),
 ('search', r'[a-c-]+', 'x-a-b-y'),
 ('search', r'\$\d+\.\d\d', 'price $3.50 now'),
 ('sub', r'\s+', ' ', '  a   b \t c  '),
 ('findall', r'(?x) \d+  # digits\n  [a-z]', '12a 3b'),
 ('search', r'^(\d{3})-(\d{4})$', '555-1234'),
 ('findall', r'[\w.]+@[\w.]+', 'x a.b@c.d y'),
 ('escape', 'a.b*c?(d)'),
 ('sub', r'a', lambda m: m.group(0).upper(), 'banana'),
 ('search', r'(?:ab)+', 'xxababab'),
 ('findall', r'(a)(b)?', 'ab a'),
 ('search', r'colou?r', 'my color'),
 ('findall', r'.', 'abc'),
 ('findall', r'', 'abc'),
 ('sub', r'^', '>', 'a\nb', 0, re.M),
 ('search', r'\d+$', 'abc 123\n'),
 ('findall', rb'\d+', b'a12b3'),
 ('sub', rb'[aeiou]', b'_', b'education'),
 ('search', r'[\]]+', 'a]]b'),
 ('findall', r'[A-Z]', 'aBcD', re.I),
 ('search', r'(a)(?P<x>b)(c)', 'abc'),
 ('subn', r'o', '0', 'foo boo'),
 ('findall', r'\S+', ' a bb  ccc '),
 ('search', r'\Aab\Z', 'ab'),
 ('findall', r'\W', 'a,b c'),
 ('findall', r'(?s).+', 'a\nb'),
 ('search', r'ä+', 'xääy'),
 ('findall', r'\w+', 'héllo wörld'),
]
for case in cases:
    name, *args = case
    try:
        r = getattr(re, name)(*args)
        if isinstance(r, re.Match):
            r = (r, r.groups(), r.groupdict(), r.span(), r.lastindex, r.lastgroup)
    except Exception as e:
        r = 'EXC %s: %s' % (type(e).__name__, e)
    print(name, args[0] if name != 'escape' else '', '->', r)
m = re.match(r'(?P<a>x)(y)?', 'x')
print(m.group(0, 1, 2), m.group('a'), m['a'], m.start(2), m.span(1), m.groups('d'), m.expand(r'[\1]'))
p = re.compile(r'ab+', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, re.compile('x'), re.compile(b'x'))
print(repr(re.I), repr(re.I | re.S), repr(re.NOFLAG), int(re.M))
print(list(re.finditer(r'\d', 'a1b2')))
for bad in ['(', ')', 'a**', '*a', '[a', r'\q', '(?P<1>x)', r'(a)\2', 'a{3,2}', '(?<=a+)b', '(?z)', r'\x1']:
    try:
        re.compile(bad)
    except re.error as e:
        print('error:', e, '|', e.msg, e.pos)
try:
    re.sub('a', r'\9', 'a')
except re.error as e:
    print('error:', e)
print(re.compile(r'\d+').search('ab 12 34', 4))
print(re.match('a', 'ba', ) , re.compile('a').match('ba', 1))
print(re.split(r'\s', 'a b c', maxsplit=1))
print(re.sub('(b)|c', r'[\1]', 'abc'))
