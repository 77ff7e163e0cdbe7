/* literal.h — decoding of string and bytes literals (escape sequences,
 * \N{...} names, the literal parts of f-strings) into their values.
 *
 * Values are UTF-8 (str) or raw bytes, written to an sk_buf. A lone
 * surrogate from a \uD800-style escape is written as its 3-byte
 * generalised UTF-8 form (see ast.h).
 */
#ifndef SK_LITERAL_H
#define SK_LITERAL_H

#if !defined(SK_BUILDING_LIB) && !defined(SK_TESTING)
#error "literal.h is internal to skein"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* Decodes the body s[0..n) of a literal. `fstring` makes `{{` and `}}`
 * single braces. On a bad escape returns false with a CPython-style
 * message in msg and, in *err_pos, the byte offset in s where the bad
 * escape starts. */
bool sk_lit_decode(const char *s, size_t n, bool raw, bool bytes, bool fstring,
                   sk_buf *out, char *msg, size_t msgsize, size_t *err_pos);

#endif
