#!/usr/bin/env python3
"""Writes the expected-value tables for test_dtoa.c and test_format.c.

CPython 3.12 is the oracle: every expected string below is what it prints.
Run from the repository root with CPython 3.12:

    python3.12 tests/unit/gen_numfmt_cases.py

It rewrites tests/unit/dtoa_cases.inc, tests/unit/format_float_cases.inc
(format() of floats and complexes) and tests/unit/format_cases.inc (format()
of ints and strs, and printf-style '%'). The cases are a fixed list of edge
cases plus pseudo-random ones from fixed seeds, so the output only changes
when this script does.

The random samples are kept small so that each file stays near 1 MB or
under (files over 2 MiB are not committed): the edge cases carry the
coverage, the samples only add mixtures of them, and test_dtoa.c runs its
own million random bit patterns on top.
"""
import math
import os
import random
import re
import struct
import sys

if sys.version_info[:2] != (3, 12):
    sys.exit("gen_numfmt_cases.py needs CPython 3.12 (it is the oracle)")

HERE = os.path.dirname(os.path.abspath(__file__))


def bits(v):
    return struct.unpack('<Q', struct.pack('<d', v))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def c_str(s):
    """A C string literal for s (str: UTF-8 encoded; bytes as they are)."""
    data = s.encode('utf-8') if isinstance(s, str) else s
    out = ['"']
    for byte in data:
        ch = chr(byte)
        if 32 <= byte < 127 and ch not in '"\\?':
            out.append(ch)
        else:
            out.append('\\%03o' % byte)
    out.append('"')
    return ''.join(out)


def outcome(fn):
    """CPython's result, or 'ValueError: message' / 'OverflowError: ...'."""
    try:
        return fn()
    except (ValueError, OverflowError) as e:
        return '%s: %s' % (type(e).__name__, e)


def single_line(s):
    return '\x00' not in s and len((s + 'x').splitlines()) == 1


LONG_SEEN = {}


def keep(table, spec, expected):
    """Long outputs (huge widths and precisions) cost table space without
    adding much after the first few: keep four per spec and table."""
    if len(expected) <= 200:
        return True
    key = (table, spec)
    LONG_SEEN[key] = LONG_SEEN.get(key, 0) + 1
    return LONG_SEEN[key] <= 4


# ---- values ---------------------------------------------------------------

SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 9.5, 99.5, 999.5,
    0.05, 0.25, 1e16, 1e15, 1e17, 9999999999999998.0, 1e22, 1e23, 1e-4,
    1e-5, 9.999e-5, 0.0001, 0.00001, 123456789012345.0, 1234567890123456.0,
    12345678901234567.0, 1.5e-7, 5e-324, 1e-323, 1.5e-323, 2.5e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
    float('inf'), -float('inf'), float('nan'), 2.0 ** 52, 2.0 ** 53,
    2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1022, 2.0 ** -1074,
    1234.5, 1234567.891, -0.004, 999.9999, 0.3, 2.0 / 3, 1 / 3, math.pi,
    math.e, 100.0, 12.0, 123.0, 1e100, -1e-100, 4.35, 0.045, 1.005, 2.675,
]


def random_float(rng):
    r = rng.random()
    if r < 0.3:
        b = rng.getrandbits(64)
        if (b >> 52) & 0x7ff == 0x7ff and rng.random() < 0.8:
            b &= ~(1 << 62)
        return from_bits(b)
    if r < 0.6:
        return rng.choice([1, -1]) * rng.uniform(0, 10) ** rng.randint(-30, 30)
    if r < 0.8:
        d = rng.randint(0, 10 ** rng.randint(1, 8))
        return rng.choice([1, -1]) * (d + 0.5) / 10 ** rng.randint(0, 6)
    return rng.choice(SPECIAL_FLOATS)


def random_int(rng):
    r = rng.random()
    if r < 0.4:
        return rng.randint(-1000, 1000)
    if r < 0.85:
        n = 10 ** rng.randint(1, 30)
        return rng.randint(-n, n)
    return rng.choice([0, 1, -1, 65, 0x10ffff, 0x110000, -5, 255, -255, 1234,
                       1234567, 2 ** 64, -(2 ** 70), 10 ** 25, 8364, 123456789])


# ---- dtoa tables ------------------------------------------------------------

def dtoa_tables():
    rng = random.Random(1234)
    out = []

    # repr: edge values, every binary exponent, random bit patterns
    vals = [bits(v) for v in SPECIAL_FLOATS]
    for e in range(0, 2047):
        for t in (0, 1, (1 << 52) - 1):
            vals.append((e << 52) | t)
    for t in range(1, 40):
        vals.append(t)
    for _ in range(1000):
        b = rng.getrandbits(64)
        if (b >> 52) & 0x7ff != 0x7ff:
            vals.append(b)
    for _ in range(300):
        vals.append(bits(float('%.*g' % (rng.randint(1, 17), random_float(rng)))))
    out.append('static const struct repr_case REPR_CASES[] = {')
    for b in vals:
        out.append('    {0x%016xu, %s},' % (b, c_str(repr(from_bits(b)))))
    out.append('};')

    # sk_dtoa_format against '%' formatting and format(x, '.Ng')
    out.append('static const struct format_case FORMAT_CASES[] = {')
    cases = []
    for v in SPECIAL_FLOATS:
        for code in 'eEfFgG':
            for prec in (0, 1, 2, 3, 6, 16, 17, 20):
                for alt in (0, 4):
                    cases.append((v, code, prec, alt))
    for _ in range(800):
        v = random_float(rng)
        code = rng.choice('eEfFgGr')
        prec = rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 18, 20, 25, 50,
                           rng.randint(0, 400), rng.randint(0, 1100)])
        flags = (4 if rng.random() < 0.3 else 0) | (1 if rng.random() < 0.2 else 0)
        if code in 'gr' and rng.random() < 0.3:
            flags |= 2
        cases.append((v, code, 0 if code == 'r' else prec, flags))
    for v, code, prec, flags in cases:
        sign = '+' if flags & 1 else ''
        alt = '#' if flags & 4 else ''
        if code == 'r':
            if flags & 4:
                continue
            s = repr(v) if flags & 2 else None
            if s is None:
                continue
            if sign and not s.startswith('-'):
                s = '+' + s
        elif flags & 2:
            if code == 'G':
                continue
            s = format(v, sign + alt + '.%d' % prec)
        else:
            s = ('%' + sign + alt + '.' + str(prec) + code) % v
        out.append('    {0x%016xu, %s, %d, %d, %s},' % (bits(v), c_str(code), prec, flags, c_str(s)))
    out.append('};')

    # round(x, n)
    out.append('static const struct round_case ROUND_CASES[] = {')
    rcases = [(2.5, 0), (0.5, 0), (-0.5, 0), (1.5, 0), (2.675, 2), (0.125, 2),
              (0.375, 2), (1234.5, -1), (1250.0, -2), (1350.0, -2), (-0.4, 0),
              (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
              (5e-324, 323), (5e-324, 324), (5e-324, 1000), (1.5, -1000),
              (-1.5, -309), (0.0, 3), (-0.0, 3), (float('inf'), 2),
              (float('nan'), 2), (123.456, 10 ** 18), (123.456, -10 ** 18),
              (9.995, 2), (1e22, -22), (5e22, -23), (4.5e-300, 300)]
    for _ in range(500):
        v = random_float(rng)
        nd = rng.choice([rng.randint(-20, 20), rng.randint(-330, 330), 0, 1, 2])
        rcases.append((v, nd))
    for v, nd in rcases:
        try:
            r = round(v, nd)
            out.append('    {0x%016xu, %dLL, 1, 0x%016xu},' % (bits(v), nd, bits(r)))
        except OverflowError:
            out.append('    {0x%016xu, %dLL, 0, 0},' % (bits(v), nd))
    out.append('};')

    # round(x) to an integral value, half to even
    out.append('static const struct round_int_case ROUND_INT_CASES[] = {')
    for v in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370495.5,
              4503599627370497.0, 1e300, -0.0, 0.0, 3.7, -3.7, 2.5000000000000004]:
        out.append('    {0x%016xu, 0x%016xu},' % (bits(v), bits(float(round(v)))))
    out.append('};')

    # float.hex
    out.append('static const struct repr_case HEX_CASES[] = {')
    hvals = [bits(v) for v in SPECIAL_FLOATS] + [bits(-v) for v in SPECIAL_FLOATS]
    for _ in range(200):
        hvals.append(bits(random_float(rng)))
    for b in hvals:
        out.append('    {0x%016xu, %s},' % (b, c_str(from_bits(b).hex())))
    out.append('};')

    # float.fromhex
    texts = ['0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023',
             '0x1p-1075', '0x1.0000000000001p-1075', '0x1p-1074', '0x3p-1076',
             '0x0p99999999999999999999', '0x1p-99999999999999999999',
             '0x1p99999999999999999999', '0x', '0x.p1', '.8', '0x.8', '1p',
             '0x1.8p1 ', '- 1', '--inf', '0X1P1', '0x1.000000000000080000000000000000001p0',
             '0x1.00000000000008p0', '0x1.00000000000018p0', '0x' + 'f' * 300,
             '0x0.' + '0' * 300 + '1p1200', 'inf', '-Infinity', ' nan ', '-nan',
             'infinit', '1e-1000', 'abc', '', ' ', '+', '0x1.8p+1', '0x1.8P-1',
             '\t0x1p0\n', '0x1p0x', '0x1\x00', '1' * 1000 + 'e-1000',
             '0x1.fffffffffffffp1023', '0x1.fffffffffffff4p1023', '-0x0p0',
             '0x0.0000000000001p-1022', '0x0.00000000000008p-1022', '0x0.00000000000018p-1022']
    for _ in range(300):
        r = rng.random()
        if r < 0.3:
            texts.append(random_float(rng).hex())
        else:
            digs = ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(rng.randint(1, 30)))
            pos = rng.randint(0, len(digs))
            t = (rng.choice(['', '0x', '0X']) + digs[:pos] + rng.choice(['.', '']) + digs[pos:] +
                 rng.choice(['', 'p%d' % rng.randint(-1200, 1200), 'P+%d' % rng.randint(0, 1100),
                             'p-%d' % rng.randint(0, 1200)]))
            texts.append(rng.choice(['', '-', '+', ' ', '\t-']) + t + rng.choice(['', ' ', '\n']))
    out.append('static const struct text_case FROMHEX_CASES[] = {')
    for t in texts:
        try:
            v = float.fromhex(t)
            out.append('    {%s, %d, 0, 0x%016xu, NULL},' % (c_str(t), len(t.encode()), bits(v)))
        except ValueError as e:
            out.append('    {%s, %d, 1, 0, %s},' % (c_str(t), len(t.encode()), c_str(str(e))))
        except OverflowError as e:
            out.append('    {%s, %d, 2, 0, %s},' % (c_str(t), len(t.encode()), c_str(str(e))))
    out.append('};')

    # float(str) and float literals
    texts = ['inf', '-inf', '+Infinity', 'nan', '-NaN', 'iNfInItY', 'infinit', 'nan(1)',
             '1_000.5', '1__0', '_1', '1_', '1._5', '1_.5', '1e1_0', '1e_1', '.', 'e5',
             '1e', '1e+', '.e5', '1.e5', '  1.5  ', '\x0b1\x0c', '0x10', '1.5j', '', ' ',
             '-', '+.5', '-.5e-3', '1' * 1000 + 'e-1000', '0.' + '0' * 400 + '1e400',
             '1e500', '-1e500', '1e-500', '-1e-500', '2.4703282292062328e-324',
             '2.4703282292062327e-324', '2.4703282292062328e-324' + '0' * 50 + '1',
             '1.7976931348623158e308', '1.7976931348623159e308', '0_0', '1_2.3_4e1_0',
             '1\x00', '9' * 400, '0.' + '9' * 800, '1e99999999999999999999',
             '1e-99999999999999999999', '0e99999999999999999999', '+-1', '1 2',
             '1.5e+1_0', '00001.5', '.5_5', '5._', '1e5.5']
    for _ in range(300):
        v = random_float(rng)
        if not math.isfinite(v):
            continue
        if rng.random() < 0.4:
            texts.append(repr(v))
            continue
        a = abs(v)
        if a == 0:
            continue
        from decimal import Decimal
        mid = (Decimal(a) + Decimal(math.nextafter(a, math.inf))) / 2
        s = format(mid, 'f') if rng.random() < 0.5 else format(mid, 'e')
        texts.append(rng.choice([s, s + '0000001', s + '0' * 50]))
    for _ in range(300):
        ds = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 40)))
        pos = rng.randint(0, len(ds))
        ds = (ds[:pos] + rng.choice(['.', '']) + ds[pos:] +
              rng.choice(['', 'e%d' % rng.randint(-400, 400), 'E+%d' % rng.randint(0, 400)]))
        if rng.random() < 0.3:
            k = rng.randint(0, len(ds))
            ds = ds[:k] + '_' + ds[k:]
        texts.append(rng.choice(['', '-', '+', ' ']) + ds + rng.choice(['', ' ', '\n']))
    out.append('static const struct text_case PARSE_CASES[] = {')
    lits = []
    for t in texts:
        try:
            v = float(t)
            out.append('    {%s, %d, 0, 0x%016xu, NULL},' % (c_str(t), len(t.encode()), bits(v)))
        except ValueError:
            out.append('    {%s, %d, 1, 0, NULL},' % (c_str(t), len(t.encode())))
        s = t.strip()
        if any(c in s for c in '.eE') and re.fullmatch(r'[0-9.][0-9._]*([eE][+-]?[0-9_]*)?', s):
            try:
                lv = eval(s)
                if isinstance(lv, float):
                    lits.append('    {%s, %d, 0, 0x%016xu, NULL},' % (c_str(s), len(s), bits(lv)))
            except SyntaxError:
                lits.append('    {%s, %d, 1, 0, NULL},' % (c_str(s), len(s)))
    out.append('};')
    out.append('static const struct text_case LITERAL_CASES[] = {')
    out.extend(lits)
    out.append('};')
    return out


# ---- format tables -----------------------------------------------------------

FILLS = ['', '', '', '', '*', '0', 'ñ', '€', '😀', ' ', '<', '=', 'x', '_', ',']


def random_spec(rng, types):
    s = ''
    r = rng.random()
    if r < 0.5:
        s += rng.choice(FILLS) + rng.choice('<>^=')
    elif r < 0.6:
        s += rng.choice('<>^=')
    if rng.random() < 0.3:
        s += rng.choice('+- ')
    if rng.random() < 0.15:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    r = rng.random()
    if r < 0.5:
        s += str(rng.randint(0, 25))
    elif r < 0.55:
        s += str(rng.choice([100, 300, 1000]))
    elif r < 0.57:
        s += '١٢'
    if rng.random() < 0.25:
        s += rng.choice([',', '_', ',', '_', ',_', '_,', ',,'])
    r = rng.random()
    if r < 0.4:
        s += '.' + str(rng.randint(0, 20))
    elif r < 0.45:
        s += '.' + str(rng.choice([0, 50, 100, 400, 1100]))
    elif r < 0.46:
        s += '.'
    if rng.random() < 0.85:
        s += rng.choice(types)
    return s


FIXED_SPECS = ['', 'abc', '10.2.3', '\n', 'é', '.2147483648f', '99999999999999999999',
               '<<<', '=10,', '0=10,', 'x<05', '08,', '010,', '0=8,', '0=9,', '0=12_',
               '012_', '0=13_x', '#0=13_x', '+0=15,', ' 020,.2f', '1000,', '0=1000,',
               '=1000_', '^1001', 'z', 'z.1f', 'z.0e', '+z.3g', '#', '#.0f', '#.0e', '#g',
               '#.3', '#x', '#X', '#b', '#o', ',', '_', ',d', '_b', ',b', '_n', ',n', 'n',
               '.0', '.1', '.3', '.17', '.16', '.0%', '%', ',%', '_.3%', 'c', '+c', '#c',
               ',c', '5c', '0=5c', '^5c', '.2c', 's', 'd', '+', '-', ' ', '=', '05', '<05',
               '1١', '١٠', '\u0661\u0660.\u0663', 'x^20', 'ñ<10', '😀>10', '0<10', '.', ',_',
               '_,', ',,', '.1000e', '.400f', '100.50e', '-=10', ' =10', '+^10', '=+10']

OPTIONS = ['+', '-', ' ', 'z', '#', '0', ',', '_', '<', '>', '^', '=', '*^', '*<0', '.3']


def option_specs(types):
    """Every presentation type with each option on its own, at width 12, so
    every pairing is in the tables whatever the random sample holds."""
    specs = []
    for t in types:
        for o in OPTIONS:
            specs.append('12' + o + t if o in (',', '_', '.3') else o + '12' + t)
    return specs


def format_tables():
    rng = random.Random(5678)
    float_out = []  # format() of floats and complexes
    out = []        # format() of ints and strs, and printf-style '%'

    def row(key, spec, expected):
        if not single_line(expected) or not keep('float', spec, expected):
            return
        float_out.append('    {%s, %s, %s},' % (key, c_str(spec), c_str(expected)))

    # floats
    float_out.append('static const struct float_spec_case FLOAT_SPEC_CASES[] = {')
    fvals = SPECIAL_FLOATS + [-v for v in SPECIAL_FLOATS[:40]] + [-float('nan'), 1234567890.0123]
    for v in fvals:
        for spec in FIXED_SPECS:
            row('0x%016xu' % bits(v), spec, outcome(lambda: format(v, spec)))
    for v in (1234567.125, -0.000125):
        for spec in option_specs(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd', 's', 'x']):
            row('0x%016xu' % bits(v), spec, outcome(lambda: format(v, spec)))
    for _ in range(1000):
        v = random_float(rng)
        spec = random_spec(rng, ['e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '', '', 'd', 's', 'x'])
        row('0x%016xu' % bits(v), spec, outcome(lambda: format(v, spec)))
    float_out.append('};')

    # ints: sign, then digits in bases 10, 2, 8, 16, then float(n)
    out.append('static const struct int_spec_case INT_SPEC_CASES[] = {')

    def int_row(v, spec):
        res = outcome(lambda: format(v, spec))
        if 'C long' in res or 'int too large' in res or not single_line(res):
            return
        if not keep('int', spec, res):
            return
        a = abs(v)
        try:
            fb = bits(float(v))
        except OverflowError:
            return
        out.append('    {%d, "%d", "%s", "%s", "%s", 0x%016xu, %s, %s},' % (
            v < 0, a, format(a, 'b'), format(a, 'o'), format(a, 'x'), fb,
            c_str(spec), c_str(res)))
    ivals = [0, 1, -1, 7, -7, 65, 255, -255, 1234, -1234, 123456789, -123456789,
             10 ** 20, -(10 ** 20), 2 ** 64, 0x10ffff, 0x110000, 8364, -5]
    for v in ivals:
        for spec in FIXED_SPECS:
            int_row(v, spec)
    for v in (123456, -1234567):
        for spec in option_specs(['', 'b', 'o', 'd', 'x', 'X', 'n', 'c', 'e', 'f', 'g', 'G', '%', 's']):
            int_row(v, spec)
    for _ in range(800):
        int_row(random_int(rng),
                random_spec(rng, ['b', 'o', 'd', 'x', 'X', 'n', 'c', '', '', 'e', 'f', 'g', '%', 's', 'G']))
    out.append('};')

    # strings
    out.append('static const struct str_spec_case STR_SPEC_CASES[] = {')
    svals = ['', 'a', 'hello', 'ñandú', '€uro', '😀x', 'x' * 30, 'ab', '日本語']
    for sv in svals:
        for spec in FIXED_SPECS:
            res = outcome(lambda: format(sv, spec))
            if single_line(res) and keep('str', spec, res):
                out.append('    {%s, %s, %s},' % (c_str(sv), c_str(spec), c_str(res)))
    for _ in range(300):
        sv = rng.choice(svals)
        spec = random_spec(rng, ['s', 's', '', '', 'd'])
        res = outcome(lambda: format(sv, spec))
        if single_line(res):
            out.append('    {%s, %s, %s},' % (c_str(sv), c_str(spec), c_str(res)))
    out.append('};')

    # complexes
    float_out.append('static const struct complex_spec_case COMPLEX_SPEC_CASES[] = {')
    cvals = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1j, -1j, 1 + 2j, complex(-0.0, 2.0),
             complex(1.5, -2.5), complex(float('inf'), float('nan')), complex(1e16, 1e-5),
             complex(1234.5, -1234567.0)]
    cases = [(v, spec) for v in cvals for spec in FIXED_SPECS]
    cases += [(v, spec) for v in (complex(1234.5, -0.25), complex(-1234567.0, 2.5))
              for spec in option_specs(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd'])]
    for _ in range(300):
        v = (complex(random_float(rng), random_float(rng)) if rng.random() < 0.7
             else complex(rng.choice([0.0, -0.0, 1.0]), random_float(rng)))
        cases.append((v, random_spec(rng, ['e', 'E', 'f', 'F', 'g', 'G', 'n', '', '', '%', 'd'])))
    for v, spec in cases:
        res = outcome(lambda: format(v, spec))
        if single_line(res) and keep('complex', spec, res):
            float_out.append('    {0x%016xu, 0x%016xu, %s, %s},' % (bits(v.real), bits(v.imag), c_str(spec), c_str(res)))
    float_out.append('};')

    # printf-style
    def pct_spec(convs):
        s = ''.join(rng.choice('-+ #0') for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
        r = rng.random()
        if r < 0.5:
            s += str(rng.randint(0, 25))
        elif r < 0.53:
            s += str(rng.choice([100, 300]))
        r = rng.random()
        if r < 0.4:
            s += '.' + str(rng.randint(0, 20))
        elif r < 0.45:
            s += '.' + str(rng.choice([0, 50, 100, 400]))
        elif r < 0.48:
            s += '.'
        if rng.random() < 0.05:
            s += rng.choice('hlL')
        return s + rng.choice(convs)

    pct_fixed = ['5.2f', '-10.3e', '+d', '#x', '#o', '#X', '#08x', '-#8x', '+#x', '+.5d', '#.5x',
                 '05d', ' d', '-05d', '05f', '-05f', '+05f', '05e', ' f', '+f', '#g', '#.0f',
                 '#.0e', '.0f', 'g', '010.3g', '- 10d', '0-10d', '+ d', ' +d', '#.0g', '.100f',
                 '.0e', '20.10E', 'lf', 'hd', 'Lg', '.20g', '#.20g', '0100d', '.3u', 'i']
    out.append('static const struct pct_float_case PCT_FLOAT_CASES[] = {')
    fcases = [(v, s) for v in SPECIAL_FLOATS[:45] for s in pct_fixed if s[-1] in 'eEfFgG']
    for _ in range(600):
        fcases.append((random_float(rng), pct_spec('eEfFgG')))
    for v, s in fcases:
        out.append('    {0x%016xu, %s, %s},' % (bits(v), c_str(s), c_str(('%' + s) % v)))
    out.append('};')
    out.append('static const struct pct_int_case PCT_INT_CASES[] = {')
    icases = [(v, s) for v in ivals for s in pct_fixed if s[-1] in 'diuoxX']
    for _ in range(500):
        icases.append((random_int(rng), pct_spec('diuoxX')))
    for v, s in icases:
        a = abs(v)
        out.append('    {%d, "%d", "%s", "%s", %s, %s},' % (
            v < 0, a, format(a, 'o'), format(a, 'x'), c_str(s), c_str(('%' + s) % v)))
    out.append('};')
    out.append('static const struct pct_str_case PCT_STR_CASES[] = {')
    for _ in range(200):
        sv = rng.choice(svals)
        s = pct_spec('sra')
        out.append('    {%s, %s, %s},' % (c_str(sv), c_str(s), c_str(('%' + s[:-1] + 's') % sv)))
    out.append('};')
    return float_out, out


def write(name, lines):
    path = os.path.join(HERE, name)
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        f.write('/* Generated by tests/unit/gen_numfmt_cases.py from CPython %d.%d.%d; '
                'do not edit. */\n' % sys.version_info[:3])
        f.write('\n'.join(lines))
        f.write('\n')
    print('%s: %d lines' % (name, len(lines)))


if __name__ == '__main__':
    write('dtoa_cases.inc', dtoa_tables())
    float_lines, other_lines = format_tables()
    write('format_float_cases.inc', float_lines)
    write('format_cases.inc', other_lines)
