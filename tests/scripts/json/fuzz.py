# json against CPython's: random values encoded with random options, and
# random documents (valid and mangled) decoded, printing text, values and
# error messages.
import json


class Lcg:
    # A small fixed generator: `random` cannot be loaded under the shim.
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 11) / 2 ** 53

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        return a + int(self.random() * (b - a))

    def choice(self, seq):
        return seq[self.randrange(len(seq))]

    def uniform(self, a, b):
        return a + (b - a) * self.random()


rng = Lcg(1234)
ALPHABET = ['a', 'z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f',
            '\u00e9', '\u4e2d', '\U0001f600', '\ud800', '\udc00', '?', '{',
            '[', ':', ',', '0', '-', 'e', '.', 'u']


def rand_str():
    return ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(6)))


def rand_float():
    return rng.choice([0.0, -0.0, 1.5, 1e16, 1e-7, 0.1, 1 / 3, 2.5e300,
                       float('nan'), float('inf'), -float('inf'),
                       rng.uniform(-1e6, 1e6), rng.random() * 10 ** rng.randrange(-30, 30)])


def rand_key():
    return rng.choice([rand_str, lambda: rng.randrange(-5, 100), rand_float,
                       lambda: rng.choice([True, False, None]),
                       lambda: (1, 2)])()


def rand_value(depth=0):
    kind = rng.randrange(9 if depth < 4 else 5)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.randrange(-10 ** rng.randrange(1, 25), 10 ** rng.randrange(1, 25))
    if kind == 2:
        return rand_float()
    if kind in (3, 4):
        return rand_str()
    if kind in (5, 6):
        return [rand_value(depth + 1) for _ in range(rng.randrange(4))]
    if kind == 7:
        return tuple(rand_value(depth + 1) for _ in range(rng.randrange(3)))
    return {rand_key(): rand_value(depth + 1) for _ in range(rng.randrange(4))}


def rand_options():
    opts = {}
    if rng.random() < 0.3:
        opts['indent'] = rng.choice([0, 1, 2, '', '\t', '..'])
    if rng.random() < 0.3:
        opts['separators'] = rng.choice([(',', ':'), (', ', ': '), (';', '=')])
    for name in ('sort_keys', 'skipkeys', 'allow_nan', 'ensure_ascii', 'check_circular'):
        if rng.random() < 0.3:
            opts[name] = rng.random() < 0.5
    return opts


def attempt(fn, *args, **kw):
    try:
        return ascii(fn(*args, **kw))
    except json.JSONDecodeError as e:
        return 'JSONDecodeError %s | %r %d %d %d' % (e, e.msg, e.pos, e.lineno, e.colno)
    except (TypeError, ValueError) as e:
        return '%s %s' % (type(e).__name__, e)


for _ in range(400):
    value = rand_value()
    opts = rand_options()
    print(attempt(json.dumps, value, **opts))
    try:
        text = json.dumps(value, skipkeys=True)
    except (TypeError, ValueError):
        continue
    print(attempt(json.loads, text))
    # mangle the document: delete, insert or replace a character
    for _ in range(3):
        chars = list(text)
        pos = rng.randrange(len(chars) + 1)
        op = rng.randrange(3)
        if op == 0 and pos < len(chars):
            del chars[pos]
        elif op == 1:
            chars.insert(pos, rng.choice(ALPHABET + [' ', 'n', 't', 'f', 'N', 'I']))
        elif pos < len(chars):
            chars[pos] = rng.choice(ALPHABET)
        mangled = ''.join(chars)
        print(attempt(json.loads, mangled), attempt(json.loads, mangled, strict=False))
