/* test_unicode.c — vm/unicode: character properties and case mappings.
 *
 * The expected values are what CPython 3.12 answers for one-character
 * strings ('²'.isdigit(), 'ß'.upper() …). The whole code point range was
 * compared with CPython when unicode_tables.inc was generated; these cases
 * keep the interesting corners (the table-corrected ones above all)
 * checked on every build.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* flags: one letter per true predicate */
struct prop_case {
    uint32_t cp;
    const char *props; /* a=alpha d=decimal g=digit n=numeric s=space l=lower
                          u=upper t=title p=printable c=cased i=case_ignorable
                          x=xid_start y=xid_continue */
    int decimal;
};

static const struct prop_case prop_cases[] = {
    {'a', "alpcxy", -1},
    {'Z', "aupcxy", -1},
    {'5', "dgnpy", 5},
    {'_', "py", -1},
    {' ', "sp", -1},
    {'\t', "s", -1},
    {0x1C, "s", -1},
    {0x1F, "s", -1},
    {'\'', "pi", -1},
    {'.', "pi", -1},
    {'^', "pi", -1},
    {0x00, "", -1},
    {0x7F, "", -1},
    {0x85, "s", -1},
    {0xA0, "s", -1},
    {0xAA, "alpcxy", -1},             /* ª: Other_Lowercase */
    {0xAD, "i", -1},                  /* soft hyphen: Cf */
    {0xB2, "gnp", -1},                /* ² */
    {0xB7, "piy", -1},                /* middle dot */
    {0xBD, "np", -1},                 /* ½ */
    {0xDF, "alpcxy", -1},             /* ß */
    {0x1C5, "atpcxy", -1},            /* ǅ */
    {0x2B0, "alpcixy", -1},           /* ʰ: Lm, lowercase */
    {0x345, "lpciy", -1},            /* combining ypogegrammeni */
    {0x37A, "alpci", -1},           /* ͺ: alpha, yet not an identifier character */
    {0x663, "dgnpy", 3},              /* Arabic-Indic three */
    {0x1369, "gnpy", -1},             /* Ethiopic digit one */
    {0x2028, "s", -1},
    {0x2070, "gnp", -1},
    {0x2118, "pxy", -1},              /* ℘: Other_ID_Start */
    {0x2160, "nupcxy", -1},          /* Ⅰ: Nl, Other_Uppercase */
    {0x216B, "nupcxy", -1},          /* Ⅻ */
    {0x24D0, "lpc", -1},              /* ⓐ */
    {0x3000, "s", -1},
    {0x4E00, "anpxy", -1},            /* 一: a CJK numeral */
    {0xD800, "", -1},
    {0xFF10, "dgnpy", 0},
    {0x1D7D9, "dgnpy", 1},            /* mathematical double-struck one */
    {0x1D7FF, "dgnpy", 9},
    {0x1F40D, "p", -1},               /* 🐍 */
    {0xE0001, "i", -1},               /* language tag */
    {0x10FFFF, "", -1},
};

static bool has(const char *props, char c) { return strchr(props, c) != NULL; }

START_TEST(test_properties) {
    for (size_t i = 0; i < COUNT(prop_cases); i++) {
        const struct prop_case *c = &prop_cases[i];
        const char *p = c->props;
        uint32_t cp = c->cp;
        ck_assert_msg(sk_unicode_isalpha(cp) == has(p, 'a'), "isalpha U+%04X", cp);
        ck_assert_msg(sk_unicode_isdecimal(cp) == has(p, 'd'), "isdecimal U+%04X", cp);
        ck_assert_msg(sk_unicode_isdigit(cp) == (has(p, 'g')), "isdigit U+%04X", cp);
        ck_assert_msg(sk_unicode_isnumeric(cp) == has(p, 'n'), "isnumeric U+%04X", cp);
        ck_assert_msg(sk_unicode_isalnum(cp) == (has(p, 'a') || has(p, 'n')), "isalnum U+%04X", cp);
        ck_assert_msg(sk_unicode_isspace(cp) == has(p, 's'), "isspace U+%04X", cp);
        ck_assert_msg(sk_unicode_islower(cp) == has(p, 'l'), "islower U+%04X", cp);
        ck_assert_msg(sk_unicode_isupper(cp) == has(p, 'u'), "isupper U+%04X", cp);
        ck_assert_msg(sk_unicode_istitle(cp) == has(p, 't'), "istitle U+%04X", cp);
        ck_assert_msg(sk_unicode_isprintable(cp) == has(p, 'p'), "isprintable U+%04X", cp);
        ck_assert_msg(sk_unicode_iscased(cp) == has(p, 'c'), "iscased U+%04X", cp);
        ck_assert_msg(sk_unicode_iscase_ignorable(cp) == has(p, 'i'), "iscase_ignorable U+%04X", cp);
        ck_assert_msg(sk_unicode_isxid_start(cp) == has(p, 'x'), "isxid_start U+%04X", cp);
        ck_assert_msg(sk_unicode_isxid_continue(cp) == has(p, 'y'), "isxid_continue U+%04X", cp);
        ck_assert_msg(sk_unicode_decimal(cp) == c->decimal, "decimal U+%04X", cp);
    }
}
END_TEST

START_TEST(test_linebreaks) {
    static const uint32_t yes[] = {'\n', '\r', 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029};
    static const uint32_t no[] = {' ', '\t', 0x1F, 0xA0, 0x2027, 0x202A};
    for (size_t i = 0; i < COUNT(yes); i++) ck_assert(sk_unicode_islinebreak(yes[i]));
    for (size_t i = 0; i < COUNT(no); i++) ck_assert(!sk_unicode_islinebreak(no[i]));
}
END_TEST

enum { UPPER, LOWER, TITLE, FOLD };
struct map_case {
    int kind;
    uint32_t cp;
    int n;
    uint32_t want[3];
};

static const struct map_case map_cases[] = {
    {UPPER, 'a', 1, {'A'}},
    {UPPER, '1', 1, {'1'}},
    {UPPER, 0xDF, 2, {'S', 'S'}},                 /* ß → SS */
    {UPPER, 0xFB01, 2, {'F', 'I'}},               /* ﬁ → FI */
    {UPPER, 0x149, 2, {0x2BC, 'N'}},              /* ŉ → ʼN */
    {UPPER, 0x390, 3, {0x399, 0x308, 0x301}},
    {UPPER, 0x1F80, 2, {0x1F08, 0x399}},
    {UPPER, 0x3C2, 1, {0x3A3}},                   /* ς → Σ */
    {UPPER, 0x24D0, 1, {0x24B6}},                 /* ⓐ → Ⓐ */
    {UPPER, 0xD800, 1, {0xD800}},
    {LOWER, 'A', 1, {'a'}},
    {LOWER, 0x130, 2, {'i', 0x307}},              /* İ → i̇ */
    {LOWER, 0x3A3, 1, {0x3C3}},                   /* Σ alone → σ */
    {LOWER, 0x1C5, 1, {0x1C6}},                   /* ǅ → ǆ */
    {LOWER, 0x216B, 1, {0x217B}},                 /* Ⅻ → ⅻ */
    {TITLE, 'a', 1, {'A'}},
    {TITLE, 0x1C6, 1, {0x1C5}},                   /* ǆ → ǅ */
    {TITLE, 0x1C4, 1, {0x1C5}},                   /* Ǆ → ǅ */
    {TITLE, 0xDF, 2, {'S', 's'}},                 /* ß → Ss */
    {TITLE, 0xFB01, 2, {'F', 'i'}},
    {TITLE, 0x1F80, 1, {0x1F88}},
    {FOLD, 'A', 1, {'a'}},
    {FOLD, 0xDF, 2, {'s', 's'}},
    {FOLD, 0x1E9E, 2, {'s', 's'}},                /* ẞ */
    {FOLD, 0x3C2, 1, {0x3C3}},                    /* ς folds to σ */
    {FOLD, 0xAB70, 1, {0x13A0}},                  /* Cherokee folds to capitals */
    {FOLD, 0x130, 2, {'i', 0x307}},
    {FOLD, 0xFB01, 2, {'f', 'i'}},
};

START_TEST(test_case_maps) {
    for (size_t i = 0; i < COUNT(map_cases); i++) {
        const struct map_case *c = &map_cases[i];
        uint32_t out[SK_UNICODE_MAX_MAP];
        int n;
        switch (c->kind) {
        case UPPER: n = sk_unicode_upper(c->cp, out); break;
        case LOWER: n = sk_unicode_lower(c->cp, out); break;
        case TITLE: n = sk_unicode_title(c->cp, out); break;
        default: n = sk_unicode_fold(c->cp, out); break;
        }
        ck_assert_msg(n == c->n, "case %zu (U+%04X): %d code points, want %d", i, c->cp, n, c->n);
        for (int k = 0; k < n; k++)
            ck_assert_msg(out[k] == c->want[k], "case %zu (U+%04X): [%d] U+%04X, want U+%04X", i, c->cp, k,
                          out[k], c->want[k]);
    }
}
END_TEST

/* The final sigma rule, on UTF-8 text: the answer for the first capital
 * sigma (CE A3) in the text. */
struct sigma_case {
    const char *text;
    uint32_t want;
};

static const struct sigma_case sigma_cases[] = {
    {"\xce\xa3", 0x3C3},                      /* Σ alone */
    {"A\xce\xa3", 0x3C2},                     /* AΣ */
    {"A\xce\xa3" "B", 0x3C3},                 /* AΣB */
    {"A\xce\xa3 B", 0x3C2},                   /* AΣ B */
    {"A'\xce\xa3", 0x3C2},                    /* apostrophe is case-ignorable */
    {" \xce\xa3", 0x3C3},
    {"A\xce\xa3'", 0x3C2},
    {"A\xce\xa3'B", 0x3C3},
    {"\xce\x91\xce\xa3", 0x3C2},              /* ΑΣ */
    {"1\xce\xa3", 0x3C3},
    {"\xe1\xbd\x88\xce\xa3\xcc\x81", 0x3C2},  /* Ὀ Σ + combining acute */
};

START_TEST(test_sigma) {
    for (size_t i = 0; i < COUNT(sigma_cases); i++) {
        const char *t = sigma_cases[i].text;
        const char *at = strstr(t, "\xce\xa3");
        ck_assert_ptr_nonnull(at);
        uint32_t got = sk_unicode_sigma(t, strlen(t), (size_t)(at - t));
        ck_assert_msg(got == sigma_cases[i].want, "sigma case %zu: U+%04X", i, got);
    }
}
END_TEST

static Suite *unicode_suite(void) {
    Suite *s = suite_create("unicode");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_properties);
    tcase_add_test(tc, test_linebreaks);
    tcase_add_test(tc, test_case_maps);
    tcase_add_test(tc, test_sigma);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(unicode_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
