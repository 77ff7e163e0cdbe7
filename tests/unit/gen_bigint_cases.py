#!/usr/bin/env python3
"""Writes tests/unit/bigint_cases.h: expected results of big-integer
operations as CPython 3.12 computes them, for tests/unit/test_bigint.c.

Run with CPython 3.12 from the repository root:
    python3.12 tests/unit/gen_bigint_cases.py

Each case is {op, a, b, c, want, status, msg}. Integers are written in hex
("-1f"), floats as float.hex(), bytes (to_bytes, from_bytes) as hex; text
as itself, except an int() argument holding a NUL, written "hex:" and the
hex of its bytes. status is 0 for success, otherwise the
exception: 1 MemoryError, 2 ZeroDivisionError, 3 OverflowError, 4
ValueError, with msg its text. The case list is deterministic.
"""
import math
import os
import random
import sys
import unicodedata

assert sys.version_info[:2] == (3, 12), "generate with CPython 3.12"

R = random.Random(20240612)
STATUS = {MemoryError: 1, ZeroDivisionError: 2, OverflowError: 3, ValueError: 4}
cases = []


def hx(v):
    return ('-' if v < 0 else '') + format(abs(v), 'x')


def bhex(b):
    return b.hex()


def add(op, a, b, c, fn, fmt):
    """Runs fn(); records its formatted result or the exception it raises."""
    try:
        res = fn()
    except tuple(STATUS) as e:
        cases.append((op, a, b, c, '', STATUS[type(e)], str(e)))
        return
    cases.append((op, a, b, c, fmt(res), 0, ''))


def rnd(bits):
    return R.getrandbits(bits) | (1 << (bits - 1))


# ---- value pools ---------------------------------------------------------

edges = [0, 1, 2, 3, 5, 7, 10, 255, 256, 1000, 12345678901234567, 10**18, 10**19]
for k in [30, 31, 32, 52, 53, 54, 59, 60, 61, 62, 63, 64, 65, 90, 119, 120, 121, 128, 180, 240]:
    edges += [2**k - 1, 2**k, 2**k + 1]
for bits in [70, 150, 500, 2000]:
    edges.append(rnd(bits))
edges += [10**30, 10**40 + 1, 3**100, 2**61 - 1, 2 * (2**61 - 1), (2**61 - 1)**2]
unary_pool = sorted(set(edges + [-v for v in edges]))

pair_pool = sorted(set([
    0, 1, -1, 2, -3, 7, -10, 2**30, 2**31 - 1, -2**31, 2**53 + 1, -(2**53),
    2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
    2**64 - 1, 2**64, -2**64 + 1, 2**65 + 3, -2**120, 2**121 - 1,
    rnd(70), -rnd(200), rnd(600),
    10**30, -10**40,
]))

# ---- conversions -------------------------------------------------------------

unops = [
    ('neg', lambda v: -v, hx),
    ('abs', abs, hx),
    ('invert', lambda v: ~v, hx),
    ('bit_length', int.bit_length, str),
    ('bit_count', int.bit_count, str),
    ('isqrt', math.isqrt, hx),
]
# The conversions for every value; the other operations for every value
# near 0, 2^62, 2^63 or 2^64, and three of them in turn for the rest.
for i, v in enumerate(unary_pool):
    add('fits_small', hx(v), '', '', lambda: v, lambda r: '1:' + hx(r) if -2**62 <= r < 2**62 else '0')
    add('to_i64', hx(v), '', '', lambda: v, lambda r: '1:' + hx(r) if -2**63 <= r < 2**63 else '0')
    add('to_double', hx(v), '', '', lambda: float(v), float.hex)
    add('hash', hx(v), '', '', lambda: hash(v), str)
    edge = abs(v) <= 1 or 62 <= abs(v).bit_length() <= 65
    for n, (op, fn, fmt) in enumerate(unops):
        if op == 'isqrt' and v < 0 and not edge and v % 8 != 1:
            continue  # a sample of negatives is enough for the error
        if edge or (n - i) % 2 == 0:
            add(op, hx(v), '', '', lambda: fn(v), fmt)

# to_double: rounding ties, the overflow edge, and sticky bits far below.
dbl = []
for k in [53, 54, 55, 64, 100, 500, 1000]:
    base = 2**k
    for m in [1, 2, 3]:
        dbl += [base + m * 2**(k - 53), base + m * 2**(k - 53) - 1, base + m * 2**(k - 53) + 1]
    dbl += [base - 1, base + 1]
dbl += [2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024, 2**1023,
        2**1024 - 1, (2**53 + 1) * 2**900 + 1, (2**53 + 1) * 2**900, 2**2000]
for _ in range(10):
    bits = R.choice([54, 60, 64, 65, 80, 120, 300, 1023, 1024])
    dbl.append(rnd(bits))
for v in dbl:
    for s in (v, -v):
        add('to_double', hx(s), '', '', lambda: float(s), float.hex)
        add('hash', hx(s), '', '', lambda: hash(s), str)

# from_double truncates; cmp_double compares exactly.
floats = [0.0, -0.0, 0.5, -0.5, 1.0, -1.5, 2.0**52 + 0.5, 2.0**53, 2.0**62, -2.0**62, 2.0**63,
          -2.0**63, 2.0**64, 1e300, -1e300, 1.7976931348623157e308, 5e-324, 123456.789,
          float(2**62 - 512), float(-(2**62) - 1024)]
floats += [R.uniform(-1e20, 1e20) for _ in range(6)]
floats += [math.ldexp(R.random(), R.randrange(0, 1024)) for _ in range(6)]
for d in floats:
    add('from_double', d.hex(), '', '', lambda: int(d), hx)
cmp_ints = [0, 1, -1, 2**53, 2**53 + 1, -2**53 - 1, 2**63, 2**64 - 1, 2**1023, 2**1024, -2**1024,
            int(1e300), int(1e300) + 1, int(1e300) - 1, 3, -3, 10**20]
cmp_floats = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0**53, 2.0**53 + 2, -2.0**53, 2.0**63, 2.0**64,
              2.0**1023, 1e300, -1e300, math.inf, -math.inf, math.nan, 2.5, -2.5, 3.0, 1e20]
# Pairs of like magnitude, where the comparison is close, and a sample of the rest.
def near(v, d):
    if not math.isfinite(d) or d == 0 or v == 0:
        return abs(v) <= 1
    return abs(abs(v).bit_length() - math.frexp(d)[1]) <= 1


for v in cmp_ints:
    for d in cmp_floats:
        if not near(v, d) and R.random() >= 0.15:
            continue
        add('cmp_double', hx(v), d.hex(), '', lambda: 2 if d != d else (v > d) - (v < d), str)

# ---- binary arithmetic over a pool of pairs ----------------------------------

def cmp(a, b):
    return (a > b) - (a < b)


binops = [
    ('add', lambda a, b: a + b, hx),
    ('sub', lambda a, b: a - b, hx),
    ('mul', lambda a, b: a * b, hx),
    ('floordiv', lambda a, b: a // b, hx),
    ('mod', lambda a, b: a % b, hx),
    ('divmod', divmod, lambda r: hx(r[0]) + ',' + hx(r[1])),
    ('and', lambda a, b: a & b, hx),
    ('or', lambda a, b: a | b, hx),
    ('xor', lambda a, b: a ^ b, hx),
    ('cmp', cmp, str),
    ('truediv', lambda a, b: a / b, float.hex),
    ('gcd', math.gcd, hx),
]
# Every operation on every pair of the values at the ends of the inline,
# int64 and uint64 ranges (and 0, 1, -1); every other pair of the pool gets
# one operation, rotating so each operation sees each value on both sides.
pair_edges = {0, 1, -1, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63,
              -2**63 - 1, 2**64}
for i, a in enumerate(pair_pool):
    for j, b in enumerate(pair_pool):
        both = a in pair_edges and b in pair_edges
        for n, (op, fn, fmt) in enumerate(binops):
            if both or n == (i + j) % len(binops):
                add(op, hx(a), hx(b), '', lambda: fn(a, b), fmt)

# Division of random large operands of every size relation.
for _ in range(10):
    a = rnd(R.randrange(1, 1600)) * R.choice([1, -1])
    b = rnd(R.randrange(1, 900)) * R.choice([1, -1])
    add('divmod', hx(a), hx(b), '', lambda: divmod(a, b), lambda r: hx(r[0]) + ',' + hx(r[1]))
    add('mul', hx(a), hx(b), '', lambda: a * b, hx)
    add('truediv', hx(a), hx(b), '', lambda: a / b, float.hex)

# truediv: ties, subnormals, overflow edges.
td = []
for k in [60, 100, 1100]:
    for m in [2**53 + 1, 2**53 + 3, 2**54 - 1, 3 * 2**52 + 1]:
        td += [(m << k, 1 << (k + 1)), ((m << k) + 1, 1 << (k + 1)), (m << k, 3 << k)]
td += [(1, 2**1074), (1, 2**1075), (3, 2**1075), (1, 2**1076), (1, 2**1080),
       (2**1074 + 1, 2**2148), (2**1100, 2**76), (2**1100, 2**77), (2**1100 - 1, 2**77),
       (2**2000, 2**977), (2**2000, 2**976), (2**2000 - 2**1000, 2**976 - 1), (10**400, 10**100),
       (10**400, 7), (7, 10**400), (2**53 + 1, 2**100 + 1), (2**1024 - 2**970, 1),
       (2**1024 - 2**970 - 1, 1), (2**1025, 2), ((2**1024 - 2**970) * 3, 3)]
for _ in range(3):
    td.append((rnd(R.randrange(54, 1200)), rnd(R.randrange(1, 1200))))
for a, b in td:
    for sa, sb in ((1, 1), (-1, 1), (1, -1)):
        add('truediv', hx(sa * a), hx(sb * b), '', lambda: (sa * a) / (sb * b), float.hex)

# ---- pow ----------------------------------------------------------------------

pow_bases = [0, 1, -1, 2, -2, 3, -3, 10, -7, 2**62, -2**62 - 1, 2**64 + 1, rnd(100), -rnd(130), 2**33]
for a in pow_bases:
    for e in [0, 1, 2, 3, 5, 10, 31, 32, 63, 64, 100]:
        if abs(a).bit_length() > 65 and e in (32, 63, 64):
            continue  # the large bases' results grow fast enough without these
        add('pow', hx(a), hx(e), '', lambda: a**e, hx)
for a, e in [(0, 2**100), (1, 2**100), (-1, 2**100), (-1, 2**100 + 1), (2, 2**40), (3, 10**12),
             (2, 2**64), (-2, 2**31), (2, 2**31), (7, 2**40)]:
    if abs(a) <= 1:
        add('pow', hx(a), hx(e), '', lambda: a**e, hx)
    else:  # CPython runs out of memory, slowly; skein refuses at once
        cases.append(('pow', hx(a), hx(e), '', '', 1, ''))

mods = [1, -1, 2, 3, 7, -7, 10, 97, 2**61 - 1, 2**64, -(2**64 + 13), 2**127 - 1, rnd(200), -rnd(300)]
for a in [0, 1, -1, 2, 3, -5, 10, 2**70 + 5, -rnd(150), rnd(400)]:
    for e in [0, 1, 2, 5, -1, -2, -7, 65537, 2**100 + 1, -(2**70)]:
        # One of 0 (which raises), 1 and -1, and three other moduli.
        for m in [R.choice([0, 1, -1, 0])] + R.sample(mods[2:], 3):
            add('powmod', hx(a), hx(e), hx(m), lambda: pow(a, e, m), hx)

# ---- shifts ---------------------------------------------------------------------

shift_vals = [0, 1, -1, 5, -5, 2**62 - 1, -2**62, 2**63, -2**63 - 1, rnd(200), -rnd(200), -(2**100)]
counts = [0, 1, 2, 29, 30, 31, 59, 60, 61, 62, 63, 64, 65, 100, 200, 201, 1000, -1, -(2**70)]
for v in shift_vals:
    for n in counts if abs(v).bit_length() <= 64 else counts[::2]:  # every other for big values
        add('lshift', hx(v), hx(n), '', lambda: v << n, hx)
        add('rshift', hx(v), hx(n), '', lambda: v >> n, hx)
    for n in [2**63 - 1, 2**63, 2**64, 2**100, 10**30]:
        add('rshift', hx(v), hx(n), '', lambda: v >> n, hx)
# Huge left shifts: OverflowError where CPython's digit count overflows,
# MemoryError otherwise (CPython tries to allocate; skein refuses).
W = (2**63 - 1) // 4
for v in [1, -1, 2**100, 5]:
    for n in [2**31, 2**40, 2**63 - 1, 2**63, 2**64, 30 * (W - 10), 30 * (W - 7), 30 * (W - 6) - 1,
              30 * W, 30 * W - 1, 2**100, 2**200]:
        wordshift, rem = divmod(n, 30)
        if wordshift >= W:
            wordshift, rem = W, 0
        size = (abs(v).bit_length() + 29) // 30 + wordshift + (1 if rem else 0)
        if size > (2**63 - 1 - 24) // 4:
            add('lshift', hx(v), hx(n), '', lambda: v << n, hx)  # really raises
        else:
            cases.append(('lshift', hx(v), hx(n), '', '', 1, ''))
    add('lshift', hx(0), hx(2**200), '', lambda: 0 << 2**200, hx)

# ---- text: int -> str ---------------------------------------------------------

def to_base(v, base, prefix, upper):
    if base == 10:
        s = str(abs(v))
    elif base == 16:
        s = format(abs(v), 'x')
    elif base == 8:
        s = format(abs(v), 'o')
    elif base == 2:
        s = format(abs(v), 'b')
    else:
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'
        n, out = abs(v), []
        while n:
            n, d = divmod(n, base)
            out.append(digits[d])
        s = ''.join(reversed(out)) or '0'
        assert int(s, base) == abs(v)
    pre = {2: '0b', 8: '0o', 16: '0x'}.get(base, '') if prefix else ''
    s = pre + s
    if upper:
        s = s.upper()
    return ('-' if v < 0 else '') + s


def str_case(v, base, flags, limit):
    def fn():
        old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(limit)
        try:
            if base == 10:
                s = str(v)  # raises past the limit
            else:
                s = to_base(v, base, False, False)
            return to_base(v, base, flags & 1, flags & 2) if base != 10 else s
        finally:
            sys.set_int_max_str_digits(old)
    add('to_str', hx(v), '%d:%d:%d' % (base, flags, limit), '', fn, lambda s: s)


str_forms = [(2, 0, 4300), (2, 1, 4300), (8, 1, 4300), (16, 0, 4300), (16, 3, 4300), (3, 0, 0),
             (7, 0, 0), (12, 2, 0), (35, 2, 0), (36, 2, 0)]
# Decimal for every value, and two of the other bases and flags in turn.
for i, v in enumerate(unary_pool):
    str_case(v, 10, 0, 4300)
    for base, flags, limit in (str_forms[i % 10], str_forms[(i * 3 + 5) % 10]):
        str_case(v, base, flags, limit)
big_text = [10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 2**14285, 2**14286]
for v in big_text:
    str_case(v, 10, 0, 4300)
str_case(10**4300 + 7, 10, 0, 0)
str_case(-(10**5000), 10, 0, 640)
str_case(2**14286, 16, 1, 640)
str_case(2**14286 - 1, 8, 0, 640)
str_case(-(2**14286 - 1), 2, 0, 640)
for _ in range(3):
    v = rnd(R.randrange(100, 6000)) * R.choice([1, -1])
    str_case(v, 10, 0, 0)
    str_case(v, R.choice([3, 5, 6, 7, 11, 36]), 0, 0)
str_case(10**640 - 1, 10, 0, 640)
str_case(10**640, 10, 0, 640)
str_case(-(10**640), 10, 0, 640)

# ---- text: str -> int -----------------------------------------------------------

def transform(s):
    """What the caller of sk_bi_from_str does first, as CPython does: non-ASCII
    whitespace becomes ' ', a non-ASCII decimal digit its ASCII digit, and
    any other non-ASCII character '?', which ends the text."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ch.isspace():
            out.append(' ')
        elif unicodedata.decimal(ch, None) is not None:
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append('?')
            break
    return ''.join(out)


def from_str_case(s, base, limit=4300):
    data = transform(s).encode('ascii')

    def fn():
        old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(limit)
        try:
            return int(s, base)
        finally:
            sys.set_int_max_str_digits(old)
    arg = 'hex:' + bhex(data) if '\x00' in s else data.decode()
    add('from_str', arg, '%d:%d' % (base, limit), repr(s), fn, hx)


forms = ['0', '1', '-1', '+1', ' 12 ', '\t\n\v\f\r 12\r\n', '-0', '00', '007', '0_7', '0_0', '1_000',
         '1__0', '_1', '1_', '0x', '0x1f', '0X1F', '0x_1f', '0x__1f', '0_x1', '-0x1f', '0o17',
         '0O17', '0o8', '0b101', '0B101', '0b102', '0b', '0o', '0b_1', ' - 1', '- 1', '+-1', '',
         ' ', '+', '-', '1 2', '12a', 'z', 'Z', 'zz', '0z', '9' * 30, '-' + '9' * 40, 'x' * 300,
         '\x1c1\x1f', '1\x00', '\x00', '\u0663', 'é', '0 ', ' 0x10 ', '0xg', '1e5', '1.0',
         '0b1_0_1', '0b1__0', '0o_7', '0o7_', 'ffff_ffff', '0xffff_ffff_ffff_ffff_ffff',
         '١٢', '\u2003 12\u00a0', '1\u0663', '1\u00e9 ', '9223372036854775807', '9223372036854775808', '-9223372036854775808',
         '-9223372036854775809', '4611686018427387903', '4611686018427387904',
         '-4611686018427387904', '-4611686018427387905', '18446744073709551616']
for s in forms:
    for base in [0, 2, 8, 10, 16, 36]:
        from_str_case(s, base)
for base in [1, -1, 37, 100]:
    from_str_case('1', base)
for base in range(2, 37):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
    s = ''.join(R.choice(digits) for _ in range(R.randrange(1, 60)))
    if R.random() < 0.3:
        s = '-' + s
    from_str_case(s, base)
    from_str_case(s.upper(), base)
for n in [4300, 4301]:
    s = '7' + '1' * (n - 1)
    from_str_case(s, 10)
    from_str_case(s, 0)
    from_str_case('_'.join(s), 10)
    from_str_case(s, 3, 4300)
    from_str_case(s, 16, 4300)
for n in [640, 641]:
    from_str_case('9' * n, 10, 640)
    from_str_case('-' + '9' * n, 36, 640)
from_str_case('9' * 5000, 10, 0)
from_str_case('0' * 5000, 10)
from_str_case('0' * 5000, 0)
from_str_case('0' * 4000 + '1' * 1000, 0)
from_str_case('1' * 5000 + 'x', 10)
from_str_case('1' * 5000 + '_', 10)
from_str_case('1' * 5000 + ' ', 10)
from_str_case('1' * 5000 + '__1', 10)
from_str_case('_' + '1' * 5000, 10)
from_str_case('1' * 5000 + '\x00', 10)
from_str_case('0x' + 'f' * 5000, 0)
from_str_case('0b' + '1' * 5000, 0)
n = R.randrange(1000, 6000)
s = str(R.choice([1, 7, 9])) + ''.join(R.choice('0123456789') for _ in range(n - 1))
from_str_case(s, 10, 0)

# Source literals: the limit applies only above 2^63 - 1.
def literal_case(s, limit=4300):
    def fn():
        old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(limit)
        try:
            ns = {}
            exec(compile('x = ' + s, 'f', 'exec'), ns)
            return ns['x']
        except SyntaxError as e:
            msg = e.msg
            tail = ' - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.'
            assert msg.endswith(tail)
            raise ValueError(msg[:-len(tail)])
        finally:
            sys.set_int_max_str_digits(old)
    add('from_literal', s, str(limit), '', fn, hx)


for s in ['0', '00', '0_0', '1', '1_000', '0x_ff', '0XFF', '0o17', '0O1_7', '0b101', '0B_1',
          '9223372036854775807', '9223372036854775808', '18446744073709551616',
          '123_456_789_012_345_678_901_234_567_890', '0x' + 'f' * 5000, '0' * 5000,
          '1' * 4300, '1' * 4301, '0b' + '1' * 64]:
    literal_case(s)
literal_case('1' * 700, 640)
literal_case('1' * 700, 0)

# ---- int methods ------------------------------------------------------------------

for v in pair_pool + [-128, 127, 128, -129, 255, -256, 2**63, -2**63, 2**64 - 1, -2**64, 2**64,
                     rnd(1000), -rnd(1000)]:
    # 0 and the lengths on either side of the value's size in bytes.
    lengths = [0, 1, 2, 8, 9, 16, 40, 126, 127]
    i = next((i for i, n in enumerate(lengths) if n >= (abs(v).bit_length() + 7) // 8), len(lengths))
    for length in sorted(set(lengths[max(i - 1, 0):i + 2]) | {0}):
        for signed in (0, 1):
            for little in (0, 1):
                order = 'little' if little else 'big'
                add('to_bytes', hx(v), '%d:%d:%d' % (length, little, signed), '',
                    lambda: v.to_bytes(length, order, signed=bool(signed)), bhex)
blobs = [b'', b'\x00', b'\x7f', b'\x80', b'\xff', b'\x00\x80', b'\x80\x00', b'\xff' * 8,
         b'\x80' + b'\x00' * 7, b'\x01' + b'\x00' * 8, b'\xff' * 9]
blobs += [bytes(R.randrange(256) for _ in range(R.randrange(1, 90))) for _ in range(6)]
for bl in blobs:
    for signed in (0, 1):
        for little in (0, 1):
            order = 'little' if little else 'big'
            add('from_bytes', bhex(bl), '%d:%d' % (little, signed), '',
                lambda: int.from_bytes(bl, order, signed=bool(signed)), hx)

for v in [0, 5, 15, 25, 35, -15, -25, 149, 150, 151, 250, -250, 350, 12345, -12345, 10**20,
          5 * 10**20, 15 * 10**20, -25 * 10**20, 2**64, -2**64, 10**100 + 1, rnd(400), -rnd(400),
          499999, 500000, 500001, 1500000, 2500000]:
    # The small and extreme ndigits, those around the value's length, and a sample.
    digits = len(str(abs(v)))
    for nd in [3, 0, -1, -2, -3, -5, -6, -7, -20, -21, -22, -100, -121, -10**6]:
        if nd not in (3, 0, -1, -10**6) and abs(-nd - digits) > 1 and R.random() >= 0.2:
            continue
        add('round', hx(v), hx(nd), '', lambda: round(v, nd), hx)
    for nd in [-10**20, -2**70]:  # CPython computes 10**-nd and never finishes
        cases.append(('round', hx(v), hx(nd), '', hx(0), 0, ''))

for a, b in [(0, 0), (0, 5), (-12, 18), (2**64, 2**32 * 3), (-(2**100), -(2**60) * 7),
             (rnd(200) * 12345, rnd(150) * 12345)]:
    add('gcd', hx(a), hx(b), '', lambda: math.gcd(a, b), hx)
for v in [0, 1, 2, 3, 4, 8, 9, 15, 16, 17, 2**62 - 1, 2**64, 2**64 - 1, 10**40, 10**40 - 1,
          rnd(1000), (2**200 + 1)**2, (2**200 + 1)**2 - 1, -1, -(2**100)]:
    add('isqrt', hx(v), '', '', lambda: math.isqrt(v), hx)

# ---- write ---------------------------------------------------------------------------

def cstr(s):
    out = []
    for ch in s.encode('utf-8'):
        c = chr(ch)
        if c == '"' or c == '\\':
            out.append('\\' + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append('\\%03o' % ch)
    return '"' + ''.join(out) + '"'


here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'bigint_cases.h'), 'w') as f:
    f.write('/* bigint_cases.h: generated by gen_bigint_cases.py from CPython %s;\n'
            ' * do not edit. See that script for the format. */\n' % sys.version.split()[0])
    f.write('static const bi_case bi_cases[] = {\n')
    for op, a, b, c, want, st, msg in cases:
        f.write('    {%s, %s, %s, %s, %s, %d, %s},\n' % (cstr(op), cstr(a), cstr(b), cstr(c),
                                                      cstr(want), st, cstr(msg)))
    f.write('};\n')
print('%d cases' % len(cases))
