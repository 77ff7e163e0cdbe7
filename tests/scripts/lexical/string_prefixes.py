# Every string prefix, in every case combination the grammar allows.
x = 7
print('plain', "double", '''triple single''', """triple double""")
print(r'raw \n stays', R'RAW \t stays')
print(b'bytes', B'BYTES', br'\x00raw', Br'\d', bR'\s', BR'\w', rb'\n', rB'\t', Rb'\a', RB'\b')
print(u'unicode', U'UNICODE')
print(f'f {x}', F'F {x}')
print(fr'fr {x}\n', Fr'Fr {x}\t', fR'fR {x}\a', FR'FR {x}\b')
print(rf'rf {x}\n', rF'rF {x}\t', Rf'Rf {x}\a', RF'RF {x}\b')
print(type(b''), type(u''), type(r''), type(f''), type(rb''))
print(len(r'\n'), len('\n'), len(rb'\n'), len(b'\n'))
print(r'\'', r"\"", len(r'\''))
print(r'a\
b')
s = '''line one
line two
  line three'''
print(s)
print(repr("""a "quoted" word"""))
print(repr('''it's'''))
print('adjacent' ' strings' " are" '''joined''')
print('mixed' f' with f {x}' r' and raw \n')
print(b'bytes' b' joined' rb' too\n')
print(("paren"
       "thesised"
       " concatenation"))
empty = ''
print(repr(empty), repr(""), repr(''''''), repr(""""""), len(f''))
print(repr('\''), repr("\""), repr('"'), repr("'"), repr('\'"'))
