# The rest of json's interface: encoder and decoder subclasses, cls with
# extra options, container subclasses, dump's partial output, module names.
import io
import json
import json.decoder
import json.encoder
from collections import OrderedDict, UserDict
from enum import Enum, IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Mode(Enum):
    A = "a"


class Ratio(float):
    pass


class Tagged(dict):
    def items(self):
        return [("overridden", True)]


class Seq(list):
    pass


print(json.dumps({Level.LOW: Level.HIGH, Ratio(0.5): Ratio(1.5), 3: Seq([1, 2])}))
print(json.dumps(Tagged(a=1)), json.dumps(OrderedDict(b=1, a=2), sort_keys=True))
print(json.dumps(Seq()), json.dumps(Seq([Seq([])]), indent=2))
for value in (UserDict(a=1), Mode.A, range(3), iter([1]), b"x", 1j):
    try:
        print(json.dumps(value))
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps([Mode.A], default=lambda m: m.value))
print(json.dumps({"a": 1}, separators=[";", "="]), json.dumps([1, 2], indent=-1))
print(json.dumps([1, [2]], indent=True), json.dumps({}, sort_keys=True, indent=4))


class Upper(json.JSONEncoder):
    def __init__(self, *, shout=False, **kw):
        super().__init__(**kw)
        self.shout = shout

    def encode(self, o):
        text = super().encode(o)
        return text.upper() if self.shout else text


print(json.dumps({"a": "b"}, cls=Upper, shout=True, sort_keys=True))
print(json.dumps({"a": "b"}, cls=Upper))


class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield "<" + chunk + ">"


buf = io.StringIO()
json.dump([1, {"k": None}], buf, cls=Chunky)
print(buf.getvalue())
print(Chunky().encode([1]))

buf = io.StringIO()
try:
    json.dump([1, 2, {"ok": [3]}, object(), 4], buf)
except TypeError as e:
    print("TypeError:", e)
print(repr(buf.getvalue()))
buf = io.StringIO()
json.dump({"z": [1.5, None], "a": "\u00e9"}, buf, indent="  ", ensure_ascii=False, sort_keys=True)
print(buf.getvalue())


class Shout(str):
    pass


print(json.loads(Shout('{"a": [1]}')), json.loads(bytearray(b'"\\u00e9"')))
print(json.loads("  [1, 2]  \n"), json.loads('"\\u00e9"') == "\u00e9")


class Strict(json.JSONDecoder):
    def decode(self, s):
        result = super().decode(s)
        if not isinstance(result, dict):
            raise ValueError("top level must be an object")
        return result


for doc in ('{"a": 1}', '[1]'):
    try:
        print(json.loads(doc, cls=Strict))
    except ValueError as e:
        print("ValueError:", e)
dec = json.JSONDecoder(object_pairs_hook=OrderedDict)
print(dec.decode('{"b": 1, "a": {"c": 2}}'))
print(dec.scan_once('[1, 2] rest', 0), dec.raw_decode('{"x": 1}   '))
try:
    dec.scan_once('  1', 0)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    json.loads('[1]', bogus=True)
except TypeError as e:
    print("TypeError:", e)

print(json.encoder.encode_basestring("a\"\u00e9\n"),
      json.encoder.encode_basestring_ascii("a\"\u00e9\n\U0001f600"))
print(json.decoder.JSONDecodeError is json.JSONDecodeError,
      issubclass(json.JSONDecodeError, ValueError))
print(sorted(json.__all__))
err = json.JSONDecodeError("msg", "line one\nline two", 12)
print(err.msg, err.doc, err.pos, err.lineno, err.colno, str(err))
print(type(err).__name__, type(err).__qualname__, err.args)

# the chunks iterencode gives
value = {"a": [1, "s", None, [], {}, [2, {"b": 3.5}], {"c": [True]}],
         "d": {}, 5: (1,), "e": [[[]]]}
for kw in ({}, {"indent": 2}, {"separators": (",", ":")},
           {"skipkeys": True, "indent": "\t"}):
    print(list(json.JSONEncoder(**kw).iterencode(value)))
    print(list(json.JSONEncoder(**kw).iterencode(value, _one_shot=True)))
print(list(json.JSONEncoder(sort_keys=True, indent=1).iterencode({"b": [1], "a": {}})))
chunks = json.JSONEncoder(sort_keys=True).iterencode({1: 2, "a": 3})
print("encoded lazily")
try:
    list(chunks)
except TypeError as e:
    print("TypeError:", e)
got = []
try:
    for chunk in json.JSONEncoder().iterencode([1, [2, "x"], object(), 4]):
        got.append(chunk)
except TypeError as e:
    print("TypeError:", e, got)
print(list(json.JSONEncoder(default=lambda o: [1, [2]]).iterencode([object(), 3])))
print(list(json.JSONEncoder().iterencode("s")), list(json.JSONEncoder().iterencode(7)))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 1, "a": 2, (2,): 3})))

# json.decoder.scanstring reads one string body
print(json.decoder.scanstring('"ab\\nc" x', 1), json.decoder.scanstring('xx"\u00e9"', 3))
for doc, strict in (('"ab', True), ('"a\tb"', True), ('"a\tb"', False)):
    try:
        print(ascii(json.decoder.scanstring(doc, 1, strict)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
