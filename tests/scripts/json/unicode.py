# json on documents holding non-ASCII text: strings of every width, '?'
# (which looks like a replaced character), lone surrogates, and error
# positions counted in characters after them.
import json

values = ["?", "\u00e9?", "?\u00e9?", "\u4e2d\u6587", "\U0001f600?\U0001f601",
          "\ud800", "\udfff?", "a\u0000\u00e9", "\u00e9\"\\\n\u00e9",
          "\u2028\u2029\ufeff", "\x7f\x80\x9f"]
doc = json.dumps({v: [v, {v: v}] for v in values}, ensure_ascii=False)
print(ascii(doc))
back = json.loads(doc)
print(back == {v: [v, {v: v}] for v in values})
print(ascii(json.loads(json.dumps(values))) == ascii(values))
print(json.loads(json.dumps(values, ensure_ascii=False)) == values)

many = ["\u00e9l\u00e8ve %d \u4e2d" % i for i in range(3000)]
text = json.dumps(many, ensure_ascii=False, indent=1)
print(len(text), json.loads(text) == many)
print(json.loads(text.encode("utf-8")) == many,
      json.loads(text.encode("utf-16")) == many)

for bad in ['["\u00e9\u00e9", ?]', '["\u00e9", \u00e9]', '{"\u4e2d": 1, \u4e2d}',
            '["\u00e9"] \u00e9', '"\u00e9\\\u00e9"', '"\u00e9\\u12\u00e9x"',
            '["\u00e9\u00e9\u00e9",\n "\u00e9" "x"]', '"\U0001f600',
            '"\U0001f600\x05"', '\u00e9', '?', '[1, "?", ?]',
            '{"\u00e9": "?" "\u00e9"}', '"\ud800\\q"']:
    try:
        print(ascii(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(ascii(bad), e, e.lineno, e.colno)
