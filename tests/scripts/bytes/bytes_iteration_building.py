# Processing binary data: checksums, xor cipher, hex dumps, packing ints by hand.
data = bytes(range(0, 256, 7))
print(len(data), sum(data) % 256, data[:8])
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
secret = xor(b"attack at dawn", b"key")
print(secret, xor(secret, b"key"))
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexpart:<{width * 3}} {text}")
hexdump(b"Hello, binary\x00\x01\x02 world!\xff")
def pack_u32_le(n):
    return bytes((n >> (8 * i)) & 0xFF for i in range(4))
def unpack_u32_le(b):
    return sum(b[i] << (8 * i) for i in range(4))
p = pack_u32_le(0x12345678)
print(p, unpack_u32_le(p) == 0x12345678, p == (0x12345678).to_bytes(4, "little"))
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(adler32(b"Wikipedia"), adler32(b""))
crc_table = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
    crc_table.append(c)
def crc32(data):
    c = 0xFFFFFFFF
    for byte in data:
        c = crc_table[(c ^ byte) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF
print(crc32(b"The quick brown fox jumps over the lazy dog"), crc32(b""))
