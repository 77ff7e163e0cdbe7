/* codec.h — the text encodings behind str.encode, bytes.decode and
 * str(b, encoding): UTF-8 (and "utf-8-sig"), ASCII, Latin-1, UTF-16 and
 * UTF-32 (with a BOM, or little- or big-endian), under CPython's names and
 * aliases ("utf8", "latin1", "iso-8859-1", "us-ascii", "utf_16le" …).
 *
 * Error handlers: strict, ignore, replace, backslashreplace,
 * surrogateescape, surrogatepass, and for encoding xmlcharrefreplace and
 * namereplace (character names from ICU).
 * Errors are CPython's: LookupError "unknown encoding: X", LookupError
 * "unknown error handler name 'X'" (only once an error needs the handler,
 * as in CPython), and UnicodeEncodeError / UnicodeDecodeError with the
 * same encoding name, positions and reason.
 */
#ifndef SK_CODEC_H
#define SK_CODEC_H

#include "vm.h"

/* Encodes the str `s`. `encoding` and `errors` are str values or SK_NULL
 * (utf-8, strict). Returns a bytes object. */
SK_INTERNAL sk_value sk_codec_encode(sk_vm *vm, sk_value s, sk_value encoding, sk_value errors) SK_MUST_CHECK;
/* Decodes data[0..len) into a str. The data must stay valid during the
 * call (it is copied into the exception's `object` on error). */
SK_INTERNAL sk_value sk_codec_decode(sk_vm *vm, const char *data, size_t len, sk_value encoding,
                                     sk_value errors) SK_MUST_CHECK;
/* The codec an encoding name (a str) stands for, spelled as CPython's
 * codecs.lookup(name).name: "utf-8", "utf-8-sig", "ascii", "iso8859-1",
 * "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be".
 * NULL with LookupError "unknown encoding: X" set. Text streams use it to
 * decode incrementally (they must know where a character may be cut). */
SK_INTERNAL const char *sk_codec_canonical_name(sk_vm *vm, sk_value encoding) SK_MUST_CHECK;

#endif
