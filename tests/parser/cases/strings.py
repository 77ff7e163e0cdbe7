a = 'abc', "abc", '''a'b''', """a"b""", 'a' "b" '''c'''
b = r'\n\t', R"\x", u'u', U"u", 'a' u'b'
c = '\n\t\r\a\b\f\v\\\'\"\0\12\123\x41\u00e9\U0001F600\N{EM DASH}\N{latin small letter a}'
d = b'\x00\xff\n', rb'\d', Br'\d', bR'x' b'y', b"it's", b'\777'
e = 'line\
continued', """multi
line
string"""
f = '\q \{', "quote ' and \"", 'both \' and "', "\ud800 \udfff \U0010FFFF"
g = 'é ñ 中文 😀', '\x7f\x80\x9f\xa0\xad', '\u2028\u3000', '\N{CJK UNIFIED IDEOGRAPH-4E00}', '\N{HANGUL SYLLABLE GAG}'
