/* unicode.h — Unicode character properties and case mappings, as str's
 * methods define them (CPython 3.12, Unicode 15.0).
 *
 * Properties come from libutf8proc's general categories and simple case
 * mappings, corrected by the generated tables in unicode_tables.inc where
 * Python's definitions differ (Other_Lowercase, Numeric_Type, XID_Start,
 * SpecialCasing.txt, CaseFolding.txt…). Pure functions: no VM, no
 * allocation, usable from any thread.
 *
 * Surrogates (U+D800..U+DFFF) have no properties and map to themselves.
 */
#ifndef SK_UNICODE_H
#define SK_UNICODE_H

#ifndef SK_BUILDING_LIB
#error "vm/unicode.h is internal to skein; embedders use <skein.h>"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The value 0-9 of a decimal digit (category Nd), or -1. */
int sk_unicode_decimal(uint32_t cp);

/* One-character versions of the str predicates: 'x'.isalpha() is
 * sk_unicode_isalpha('x'). isdecimal is Nd, isdigit adds Numeric_Type
 * Digit (superscripts, circled digits), isnumeric adds Numeric_Type
 * Numeric (fractions, Roman numerals, CJK numerals). islower/isupper are
 * the Lowercase/Uppercase properties, istitle is category Lt. */
bool sk_unicode_isspace(uint32_t cp);
bool sk_unicode_isalpha(uint32_t cp);
bool sk_unicode_isdecimal(uint32_t cp);
bool sk_unicode_isdigit(uint32_t cp);
bool sk_unicode_isnumeric(uint32_t cp);
bool sk_unicode_isalnum(uint32_t cp);
bool sk_unicode_isprintable(uint32_t cp);
bool sk_unicode_islower(uint32_t cp);
bool sk_unicode_isupper(uint32_t cp);
bool sk_unicode_istitle(uint32_t cp);
/* The derived properties Cased and Case_Ignorable (title-casing, final
 * sigma). */
bool sk_unicode_iscased(uint32_t cp);
bool sk_unicode_iscase_ignorable(uint32_t cp);
/* XID_Start and XID_Continue, for str.isidentifier ('_' is allowed as a
 * first character by the caller, not here). */
bool sk_unicode_isxid_start(uint32_t cp);
bool sk_unicode_isxid_continue(uint32_t cp);
/* The line boundaries of str.splitlines: \n \r \v \f \x1c \x1d \x1e \x85
 * U+2028 U+2029. */
bool sk_unicode_islinebreak(uint32_t cp);

/* Full case mappings of one code point: write 1 to 3 code points to `out`
 * and return how many. Final sigma is the caller's business (see
 * sk_unicode_lower_sigma). */
#define SK_UNICODE_MAX_MAP 3
int sk_unicode_upper(uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]);
int sk_unicode_lower(uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]);
int sk_unicode_title(uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]);
int sk_unicode_fold(uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]);

/* What str.lower() makes of the capital sigma (U+03A3) that starts at
 * byte `pos` of the UTF-8 text s[0..size): U+03C2 (final sigma) when a
 * cased letter precedes it and none follows, skipping case-ignorable
 * code points on both sides; U+03C3 otherwise. */
uint32_t sk_unicode_sigma(const char *s, size_t size, size_t pos);

#endif
