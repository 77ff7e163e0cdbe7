# json round trips: nested containers, numbers, unicode and escapes survive
# dumps -> loads unchanged, in every formatting mode.
import json

values = [
    None, True, False, 0, -1, 12345678901234567890, 1.5, -0.0, 1e16, 1e-7,
    0.1, 1 / 3, 2.5e300, "", "plain", "quote\" back\\slash /",
    "\b\f\n\r\t\x00\x1f\x7f", "caf\u00e9", "\u2028\u2029", "\U0001d11e\U0001f600",
    "\ud834", [], {}, [[], [[]], {}], {"a": {"b": {"c": [1, 2, {"d": None}]}}},
    {"k\u00e9y": ["v\u00e4l", 1, 2.0]}, list(range(20)),
    {"nested": [{"x": i, "y": [i] * i} for i in range(4)]},
]

for v in values:
    for kwargs in ({}, {"ensure_ascii": False}, {"indent": 2},
                   {"indent": "\t", "sort_keys": True},
                   {"separators": (",", ":")}):
        text = json.dumps(v, **kwargs)
        back = json.loads(text)
        same = back == v or (isinstance(v, float) and back != back)
        print(ascii(text) if len(text) < 70 else len(text), same)

# tuples come back as lists, keys as strings
print(json.loads(json.dumps((1, (2, 3)))))
print(json.loads(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"})))

# bytes input in every encoding json detects
doc = '{"caf\u00e9": [1, "\U0001d11e"]}'
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
            "utf-32", "utf-32-le", "utf-32-be"]:
    print(enc, ascii(json.loads(doc.encode(enc))))
print(json.loads(bytearray(b'[1, 2]')))
print(json.loads(b'1'), json.loads(b'12'), json.loads('"x"'.encode("utf-16-le")))

# dump/load through files
import io
buf = io.StringIO()
json.dump({"a": [1, 2, {"b": "c"}]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))

# a large document
big = {"items": [{"id": i, "name": "item%d" % i, "tags": ["t%d" % (i % 7)],
                  "price": i * 1.25, "ok": i % 2 == 0} for i in range(300)]}
text = json.dumps(big)
print(len(text), json.loads(text) == big)
text = json.dumps(big, indent=4, ensure_ascii=False)
print(len(text), json.loads(text) == big)
