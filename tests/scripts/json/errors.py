# Every error json raises, with CPython's messages and JSONDecodeError's
# attributes.
import json


def show_loads(doc, **kw):
    try:
        print(ascii(doc), "->", ascii(json.loads(doc, **kw)))
    except json.JSONDecodeError as e:
        print(ascii(doc), "JSONDecodeError:", e)
        print("   ", ascii(e.msg), e.pos, e.lineno, e.colno, e.doc == doc
              or e.doc)
    except (ValueError, TypeError) as e:
        print(ascii(doc), type(e).__name__ + ":", e)


for doc in [
    "", "   ", "\n\n  ", "x", "nul", "tru", "fals", "Nan", "Inf", "-", "-x",
    "+1", ".5", "1.", "01", "1e", "1e+", "1.5e-", "0x10", "-Infinity", "-I",
    "[", "[1", "[1,", "[1,]", "[1 2]", "[,1]", "]", "[1]]", "[1] x",
    "{", "{}", "{ ", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,",
    "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "{'a':1}", "{\"a\":1 \"b\":2}",
    "{\"a\":}", "{,}",
    '"abc', '"abc\\', '"ab\x01c"', '"\x1f', '"tab\there"', '"nl\n"',
    '"\\q"', '"ab\\x41"', '"\\u"', '"\\u12"', '"\\u12x4"', '"\\uzzzz"',
    '"\\u1234', '"\\ud834\\u12xx"', '"\\ud834\\udd1e', '"\\ud834\\u"',
    '"\\ud834x', '"\\ud834"', '"\\udd1e\\ud834"', '"\\ud834\\u0041"',
    '"\\ud834\\ud834\\udd1e"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
    "[1,\n 2,\n x]", "{\n  \"a\": 1,\n  \"b\" 2\n}", "\n\n\"abc",
    "\ufeff[1]", "[\"caf\u00e9\", x]", "\"\u00e9\u00e9\x02\"",
    "[1, \"\u00e9\\q\"]", "{\"\u00e9\":1 2}", "\u00e9", "[\u00e9]",
    "1 2", "\"a\" \"b\"", " [ ] ", "\t{ }\r\n",
]:
    show_loads(doc)

# strict=False allows control characters inside strings
show_loads('"ab\x01c\nd\te"', strict=False)
show_loads('["\x00", "\x1f"]', strict=False)

# wrong types
for bad in [None, 1, [1], object]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)

# bytes with a bad encoding
for raw in [b'\xff', b'"\xc3"', b'\xff\xfe\x00']:
    try:
        json.loads(raw)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    except ValueError as e:
        print(type(e).__name__, e)

# JSONDecodeError is a ValueError; raw_decode
e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(e.args, type(e).__mro__[1].__name__)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'), dec.raw_decode('[1] [2]', 4))
for doc, idx in [(' 1', 0), ('', 0), ('[1]', 3)]:
    try:
        print(dec.raw_decode(doc, idx))
    except json.JSONDecodeError as err:
        print("JSONDecodeError:", err)

# encoding errors
for value, kw in [
    (object(), {}), ({1, 2}, {}), ([1, b"x"], {}), ({"a": 1j}, {}),
    ({(1, 2): 3}, {}), ({frozenset(): 1}, {"sort_keys": True}),
    ({b"k": 1}, {"indent": 2}), ({1: 2, "a": 3}, {"sort_keys": True}),
    (float("nan"), {"allow_nan": False}),
    ([float("inf")], {"allow_nan": False}),
    ({"x": -float("inf")}, {"allow_nan": False, "indent": 2}),
    ({float("nan"): 1}, {"allow_nan": False}),
    (object(), {"default": lambda o: o}),
]:
    try:
        print(json.dumps(value, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# circular references
a = []
a.append(a)
d = {}
d["self"] = d
deep = [{"x": [1]}]
deep[0]["x"].append(deep)
for value in (a, d, deep):
    for kw in ({}, {"indent": 2}):
        try:
            json.dumps(value, **kw)
        except ValueError as e:
            print("ValueError:", e)


class Node:
    pass


n = Node()
try:
    json.dumps(n, default=lambda o: [o])
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps([1], indent=None, foo=1)
except TypeError as e:
    print("TypeError:", e)
