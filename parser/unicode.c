/* unicode.c — the Unicode facts the front end needs: character names for
 * \N{...}, identifier properties (XID_Start / XID_Continue) and which code
 * points repr() shows as themselves. The data is ICU's (Unicode 15.0, the
 * version CPython 3.12 uses), plus the name aliases ICU lacks
 * (name_aliases.tsv); normalisation of identifiers is utf8proc's
 * (build.c). Declared in lexer.h. Stateless.
 */
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>

#include "name_aliases.h"

static int cmp_alias(const void *key, const void *elem) {
    return strcmp(key, ((const struct name_alias *)elem)->name);
}

int32_t sk_unicode_lookup(const char *name, size_t len) {
    char buf[256];
    if (len == 0 || len >= sizeof buf) return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        /* Names are ASCII letters, digits, space and hyphen. */
        if (c >= 128 || c == 0) return -1;
        buf[i] = (char)((c >= 'a' && c <= 'z') ? c - 32 : c);
    }
    buf[len] = 0;
    /* CPython derives CJK ideograph and Hangul syllable names itself and
     * matches them in upper case only (ICU in any case); it has no names
     * for Tangut ideographs at all. */
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-", hangul[] = "HANGUL SYLLABLE ",
                      tangut[] = "TANGUT IDEOGRAPH-";
    if ((len > sizeof cjk - 1 && memcmp(buf, cjk, sizeof cjk - 1) == 0) ||
        (len > sizeof hangul - 1 && memcmp(buf, hangul, sizeof hangul - 1) == 0)) {
        if (memcmp(buf, name, len) != 0) return -1;
    }
    if (len > sizeof tangut - 1 && memcmp(buf, tangut, sizeof tangut - 1) == 0) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UChar32 c = u_charFromName(U_UNICODE_CHAR_NAME, buf, &status);
    if (U_SUCCESS(status) && c >= 0) return c;
    status = U_ZERO_ERROR;
    c = u_charFromName(U_CHAR_NAME_ALIAS, buf, &status);
    if (U_SUCCESS(status) && c >= 0) return c;
    /* ICU knows only the corrections among the aliases. */
    const struct name_alias *a = bsearch(buf, name_aliases, sizeof name_aliases / sizeof name_aliases[0],
                                         sizeof name_aliases[0], cmp_alias);
    return a ? (int32_t)a->cp : -1;
}

bool sk_unicode_is_xid_start(uint32_t cp) {
    return u_hasBinaryProperty((UChar32)cp, UCHAR_XID_START) != 0;
}

bool sk_unicode_is_xid_continue(uint32_t cp) {
    return u_hasBinaryProperty((UChar32)cp, UCHAR_XID_CONTINUE) != 0;
}

bool sk_unicode_is_printable(uint32_t cp) {
    if (cp == ' ') return true;
    switch (u_charType((UChar32)cp)) {
    case U_CONTROL_CHAR: case U_FORMAT_CHAR: case U_SURROGATE: case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
        return false;
    default:
        return true;
    }
}

/* Converts src[0..len) from `encoding` (a PEP 263 name) to UTF-8 in
 * out[0..cap); returns the length, -1 for an unknown encoding, -2 when the
 * text is not valid in it or out is too small. */
int64_t sk_unicode_convert(const char *encoding, const char *src, size_t len, char *out, size_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *from = ucnv_open(encoding, &status);
    if (U_FAILURE(status) || !from) return -1;
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    ucnv_close(from);
    status = U_ZERO_ERROR;
    int32_t n = ucnv_convert("UTF-8", encoding, out, (int32_t)cap, src, (int32_t)len, &status);
    if (U_FAILURE(status)) return -2;
    return n;
}
