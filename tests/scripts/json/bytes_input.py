# json.loads of bytes: encodings detected from BOMs and zero bytes, lone
# surrogates passed through, empty and odd inputs.
import json
for b in [b'"\xed\xa0\x80"', '"\ud800"'.encode('utf-16-le', 'surrogatepass'), '["\ud800x"]'.encode('utf-32-be', 'surrogatepass'), b'\xef\xbb\xbf[1]', b'\xef\xbb\xbf', b'', b'\x00', b'\x00\x00\x00\x00']:
    try: print(ascii(json.loads(b)))
    except Exception as e: print(type(e).__name__, e)
