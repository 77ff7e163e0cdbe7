# Escape sequences in str and bytes literals.
samples = ['\\', '\'', '\"', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\0',
           '\7', '\101', '\377', '\x41', '\xff', '\u00e9', '\u20ac', '\U0001F600',
           '\N{LATIN SMALL LETTER A WITH ACUTE}', '\N{EM DASH}', '\N{BULLET}']
for s in samples:
    print(len(s), [ord(c) for c in s], ascii(s), repr(s))
print('line\
continued')
print(repr('tab\there'), repr('nl\nthere'))
print(repr('\x00\x01\x1f\x7f\x80\x9f\xa0\xad'))
print(repr('\u2028\u2029\ufeff\U000e0001'))
print(repr('ascii \u00e9 \u4e2d\u6587 \U0001F600'))
print(ascii('ascii \u00e9 \u4e2d\u6587 \U0001F600'))
bs = [b'\\', b'\'', b'\a', b'\n', b'\0', b'\101', b'\x7f', b'\xff', b'\x80abc']
for b in bs:
    print(len(b), list(b), repr(b))
print(rb'\u00e9', len(rb'\u00e9'))
print('\N{DIGIT ONE}\N{PLUS SIGN}\N{DIGIT TWO}')
print('\101\102\103', '\x61\x62\x63')
print('\1234'.__len__(), repr('\1234'))
print(repr('\x5c'), '\x5c' == '\\')
