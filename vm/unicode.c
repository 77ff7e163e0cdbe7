/* unicode.c — Unicode properties and case mappings for str (see unicode.h).
 *
 * Each property is first derived from utf8proc's data (its general
 * category, its bidirectional class), then flipped for the code points
 * listed in unicode_tables.inc, where Python's definition of the property
 * includes or excludes more than the category says. The derivation here
 * must match guess() in scripts/gen_unicode_tables.py, which wrote the
 * tables. Case mappings are utf8proc's simple ones unless the tables give
 * a full mapping.
 */
#include "unicode.h"

#include <utf8proc.h>

struct case_map {
    uint32_t cp;
    uint8_t n;
    uint32_t to[SK_UNICODE_MAX_MAP];
};

#include "unicode_tables.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Is cp inside one of the sorted, disjoint ranges? */
static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid][0]) hi = mid;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

#define FLIPPED(table, cp) in_ranges(table, COUNT(table), cp)

static int category(uint32_t cp) {
    if (cp >= 0x110000) return UTF8PROC_CATEGORY_CN;
    return utf8proc_category((utf8proc_int32_t)cp);
}

static bool is_letter(int c) {
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

/* ---- properties ----------------------------------------------------------- */

int sk_unicode_decimal(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (category(cp) != UTF8PROC_CATEGORY_ND) return -1;
    /* the greatest zero at or below cp */
    size_t lo = 0, hi = COUNT(decimal_zeros);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (decimal_zeros[mid] <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t d = cp - decimal_zeros[lo - 1];
    return d <= 9 ? (int)d : -1;
}

bool sk_unicode_isspace(uint32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
    if (cp >= 0x110000) return false;
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    bool g = p->category == UTF8PROC_CATEGORY_ZS || p->bidi_class == UTF8PROC_BIDI_CLASS_B ||
             p->bidi_class == UTF8PROC_BIDI_CLASS_S || p->bidi_class == UTF8PROC_BIDI_CLASS_WS;
    return g != FLIPPED(flip_space, cp);
}

bool sk_unicode_isalpha(uint32_t cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return is_letter(category(cp)) != FLIPPED(flip_alpha, cp);
}

bool sk_unicode_isdecimal(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return (category(cp) == UTF8PROC_CATEGORY_ND) != FLIPPED(flip_decimal, cp);
}

bool sk_unicode_isdigit(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return (category(cp) == UTF8PROC_CATEGORY_ND) != FLIPPED(flip_digit, cp);
}

bool sk_unicode_isnumeric(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    int c = category(cp);
    bool g = c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
    return g != FLIPPED(flip_numeric, cp);
}

bool sk_unicode_isalnum(uint32_t cp) {
    return sk_unicode_isalpha(cp) || sk_unicode_isdecimal(cp) || sk_unicode_isdigit(cp) ||
           sk_unicode_isnumeric(cp);
}

bool sk_unicode_isprintable(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    bool g;
    switch (category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        g = false;
        break;
    default:
        g = true;
        break;
    }
    return g != FLIPPED(flip_printable, cp);
}

bool sk_unicode_islower(uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return (category(cp) == UTF8PROC_CATEGORY_LL) != FLIPPED(flip_lower, cp);
}

bool sk_unicode_isupper(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return (category(cp) == UTF8PROC_CATEGORY_LU) != FLIPPED(flip_upper, cp);
}

bool sk_unicode_istitle(uint32_t cp) {
    if (cp < 0x80) return false;
    return (category(cp) == UTF8PROC_CATEGORY_LT) != FLIPPED(flip_title, cp);
}

bool sk_unicode_iscased(uint32_t cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    int c = category(cp);
    bool g = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT;
    return g != FLIPPED(flip_cased, cp);
}

bool sk_unicode_iscase_ignorable(uint32_t cp) {
    int c = category(cp);
    bool g = c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_ME || c == UTF8PROC_CATEGORY_CF ||
             c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_SK;
    return g != FLIPPED(flip_case_ignorable, cp);
}

bool sk_unicode_isxid_start(uint32_t cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    int c = category(cp);
    bool g = is_letter(c) || c == UTF8PROC_CATEGORY_NL;
    return g != FLIPPED(flip_xid_start, cp);
}

bool sk_unicode_isxid_continue(uint32_t cp) {
    if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9') || cp == '_';
    int c = category(cp);
    bool g = is_letter(c) || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_MN ||
             c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_PC;
    return g != FLIPPED(flip_xid_continue, cp);
}

bool sk_unicode_islinebreak(uint32_t cp) {
    return (cp >= '\n' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 ||
           cp == 0x2029;
}

/* ---- case mappings ---------------------------------------------------- */

static const struct case_map *find_map(const struct case_map *m, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < m[mid].cp) hi = mid;
        else if (cp > m[mid].cp) lo = mid + 1;
        else return &m[mid];
    }
    return NULL;
}

static int full_map(const struct case_map *m, size_t n, uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]) {
    const struct case_map *e = find_map(m, n, cp);
    if (!e) return 0;
    for (int i = 0; i < e->n; i++) out[i] = e->to[i];
    return e->n;
}

static bool surrogate_or_beyond(uint32_t cp) { return (cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0x110000; }

int sk_unicode_upper(uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]) {
    if (cp < 0x80) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    if (surrogate_or_beyond(cp)) { out[0] = cp; return 1; }
    int n = full_map(map_upper, COUNT(map_upper), cp, out);
    if (n) return n;
    out[0] = (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
    return 1;
}

int sk_unicode_lower(uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]) {
    if (cp < 0x80) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    if (surrogate_or_beyond(cp)) { out[0] = cp; return 1; }
    int n = full_map(map_lower, COUNT(map_lower), cp, out);
    if (n) return n;
    out[0] = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    return 1;
}

int sk_unicode_title(uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]) {
    if (cp < 0x80) return sk_unicode_upper(cp, out);
    if (surrogate_or_beyond(cp)) { out[0] = cp; return 1; }
    int n = full_map(map_title, COUNT(map_title), cp, out);
    if (n) return n;
    out[0] = (uint32_t)utf8proc_totitle((utf8proc_int32_t)cp);
    return 1;
}

int sk_unicode_fold(uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]) {
    if (cp < 0x80) return sk_unicode_lower(cp, out);
    int n = full_map(map_fold, COUNT(map_fold), cp, out);
    if (n) return n;
    return sk_unicode_lower(cp, out);
}

/* ---- final sigma ------------------------------------------------------- */

static uint32_t decode_at(const unsigned char *p) {
    uint32_t c = p[0];
    if (c < 0x80) return c;
    if (c < 0xE0) return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    if (c < 0xF0) return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static size_t seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

uint32_t sk_unicode_sigma(const char *text, size_t size, size_t pos) {
    const unsigned char *s = (const unsigned char *)text;
    /* backwards: the first code point that is not case-ignorable must be
     * cased */
    size_t j = pos;
    bool cased_before = false;
    while (j > 0) {
        j--;
        while (j > 0 && (s[j] & 0xC0) == 0x80) j--;
        uint32_t c = decode_at(s + j);
        if (!sk_unicode_iscase_ignorable(c)) {
            cased_before = sk_unicode_iscased(c);
            break;
        }
    }
    if (!cased_before) return 0x3C3;
    /* forwards: no cased code point may follow */
    for (size_t k = pos + seq_len(s[pos]); k < size; k += seq_len(s[k])) {
        uint32_t c = decode_at(s + k);
        if (!sk_unicode_iscase_ignorable(c)) return sk_unicode_iscased(c) ? 0x3C3 : 0x3C2;
    }
    return 0x3C2;
}
