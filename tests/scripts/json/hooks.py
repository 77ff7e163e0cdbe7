# json.loads hooks: object_hook, object_pairs_hook, parse_float, parse_int,
# parse_constant, cls; duplicate keys.
import json
from collections import OrderedDict

doc = '{"b": 1, "a": {"x": 2.50, "y": [3, 4.0e1]}, "b": 5, "n": NaN}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_hook=len, object_pairs_hook=tuple))
print(json.loads('{}', object_pairs_hook=list), json.loads('[{}]', object_hook=repr))
print(json.loads(doc, parse_float=lambda s: "F" + s))
print(json.loads(doc, parse_int=lambda s: "I" + s))
print(json.loads("[1, -0, 12, -3.5, 1e5, 1E-2, 2.0e+3, 10]", parse_int=float,
                 parse_float=str))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: s * 2))
print(json.loads("[NaN, Infinity, -Infinity, -0.0, 0]"))


def no_constants(name):
    raise ValueError("constant not allowed: " + name)


try:
    json.loads("[1, Infinity]", parse_constant=no_constants)
except ValueError as e:
    print(e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d


print(json.loads('[{"x": 1, "y": 2}, {"x": 3}, {"p": {"x": 0, "y": -1}}]',
                 object_hook=as_point))


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=as_point, **kw)


print(json.loads('{"x": 1.5, "y": 2}', cls=PointDecoder))
print(json.loads('{"x": 1.5, "y": 2}', cls=PointDecoder, parse_float=str))
dec = json.JSONDecoder(strict=False, parse_int=str)
print(dec.decode('["a\tb", 7]'), dec.strict, dec.parse_float is float)
print(json.JSONDecoder().parse_constant("NaN"))

# numbers
for text in ["0", "-0", "-0.0", "1.25", "1e3", "1E3", "1e-3", "-12e+2",
             "123456789012345678901234567890", "1.7976931348623157e308",
             "1e400", "-1e400", "5e-324", "0.1", "1.10", "[0,1,-2]"]:
    v = json.loads(text)
    print(text, repr(v), type(v).__name__)

# unicode keys and values, surrogate pairs
print(ascii(json.loads('{"\\u00e9": "\\ud83d\\ude00", "\u4e2d": "\u6587"}')))
print(ascii(json.loads('["\\uD834\\uDD1E", "\\ud834", "\\udd1e", "a\\u0000b"]')))
print(json.loads('"\\u0041\\u00410"'), json.loads('"\\/"'))
