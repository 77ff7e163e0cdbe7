/* test_dtoa.c — vm/dtoa: repr, e/f/g formatting, parsing, round, hex.
 *
 * Expected values come from CPython 3.12 through dtoa_cases.inc (written by
 * gen_numfmt_cases.py). On top of those tables, a million pseudo-random bit
 * patterns (subnormals, huge and tiny values included) go through repr and
 * back, and a subset is checked to be the shortest and nearest digits
 * against the exact expansion.
 */
#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dtoa.h"

struct repr_case { uint64_t bits; const char *text; };
struct format_case { uint64_t bits; const char *code; int prec; unsigned flags; const char *text; };
struct round_case { uint64_t bits; long long ndigits; int ok; uint64_t result; };
struct round_int_case { uint64_t bits; uint64_t result; };
struct text_case { const char *text; size_t len; int status; uint64_t bits; const char *msg; };

#include "dtoa_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void *test_alloc(void *ud, void *p, size_t old, size_t n) {
    (void)ud;
    (void)old;
    if (n == 0) {
        free(p);
        return NULL;
    }
    return realloc(p, n);
}

/* An allocator that refuses everything past a budget (ud points at it). */
static void *tight_alloc(void *ud, void *p, size_t old, size_t n) {
    size_t *budget = ud;
    if (n == 0) {
        free(p);
        return NULL;
    }
    if (n > old && n - old > *budget) return NULL;
    *budget -= n > old ? n - old : 0;
    return realloc(p, n);
}

static double dbl(uint64_t b) {
    double v;
    memcpy(&v, &b, sizeof v);
    return v;
}

static uint64_t bits_of(double v) {
    uint64_t b;
    memcpy(&b, &v, sizeof b);
    return b;
}

/* Bits, except that every NaN compares equal to every NaN. */
static bool same(double a, double b) {
    if (isnan(a) || isnan(b)) return isnan(a) && isnan(b) && signbit(a) == signbit(b);
    return bits_of(a) == bits_of(b);
}

/* xorshift64*: deterministic pseudo-random bits. */
static uint64_t next_rand(uint64_t *s) {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 0x2545F4914F6CDD1DULL;
}

/* ---- tables ---------------------------------------------------------------- */

START_TEST(repr_table) {
    sk_buf b;
    sk_buf_init(&b, test_alloc, NULL);
    for (size_t i = 0; i < COUNT(REPR_CASES); i++) {
        b.len = 0;
        sk_dtoa_repr(&b, dbl(REPR_CASES[i].bits));
        ck_assert_msg(!b.failed && strcmp(b.data, REPR_CASES[i].text) == 0,
                      "repr(0x%016llx): got '%s', want '%s'",
                      (unsigned long long)REPR_CASES[i].bits, b.data, REPR_CASES[i].text);
    }
    sk_buf_free(&b);
}
END_TEST

START_TEST(format_table) {
    sk_buf b;
    sk_buf_init(&b, test_alloc, NULL);
    for (size_t i = 0; i < COUNT(FORMAT_CASES); i++) {
        const struct format_case *c = &FORMAT_CASES[i];
        b.len = 0;
        sk_dtoa_format(&b, dbl(c->bits), c->code[0], c->prec, c->flags);
        ck_assert_msg(!b.failed && strcmp(b.data, c->text) == 0,
                      "format(0x%016llx, '%c', %d, %u): got '%s', want '%s'",
                      (unsigned long long)c->bits, c->code[0], c->prec, c->flags, b.data, c->text);
    }
    sk_buf_free(&b);
}
END_TEST

START_TEST(round_table) {
    for (size_t i = 0; i < COUNT(ROUND_CASES); i++) {
        const struct round_case *c = &ROUND_CASES[i];
        double r = 12345;
        bool ok = sk_dtoa_round(dbl(c->bits), c->ndigits, &r);
        ck_assert_msg(ok == (c->ok != 0), "round(0x%016llx, %lld): ok %d", (unsigned long long)c->bits,
                      c->ndigits, ok);
        if (ok)
            ck_assert_msg(same(r, dbl(c->result)), "round(0x%016llx, %lld): got %.17g want %.17g",
                          (unsigned long long)c->bits, c->ndigits, r, dbl(c->result));
    }
    for (size_t i = 0; i < COUNT(ROUND_INT_CASES); i++) {
        double r = sk_dtoa_round_half_even(dbl(ROUND_INT_CASES[i].bits));
        /* the caller turns this into an int, so -0.0 and 0.0 are the same */
        ck_assert_msg(r == dbl(ROUND_INT_CASES[i].result), "round(%.17g) = %.17g",
                      dbl(ROUND_INT_CASES[i].bits), r);
    }
}
END_TEST

START_TEST(hex_table) {
    sk_buf b;
    sk_buf_init(&b, test_alloc, NULL);
    for (size_t i = 0; i < COUNT(HEX_CASES); i++) {
        b.len = 0;
        sk_dtoa_hex(&b, dbl(HEX_CASES[i].bits));
        ck_assert_msg(strcmp(b.data, HEX_CASES[i].text) == 0, "hex: got '%s', want '%s'", b.data,
                      HEX_CASES[i].text);
        double back = 0;
        ck_assert_int_eq(sk_dtoa_fromhex(b.data, b.len, &back, NULL), SK_DTOA_OK);
        ck_assert(same(back, dbl(HEX_CASES[i].bits)) || isnan(back));
    }
    sk_buf_free(&b);
}
END_TEST

START_TEST(fromhex_table) {
    for (size_t i = 0; i < COUNT(FROMHEX_CASES); i++) {
        const struct text_case *c = &FROMHEX_CASES[i];
        double v = 12345;
        const char *msg = NULL;
        sk_dtoa_status st = sk_dtoa_fromhex(c->text, c->len, &v, &msg);
        ck_assert_msg((int)st == c->status, "fromhex('%s'): status %d, want %d", c->text, st, c->status);
        if (st == SK_DTOA_OK) {
            ck_assert_msg(same(v, dbl(c->bits)), "fromhex('%s'): got %a", c->text, v);
        } else {
            ck_assert_str_eq(msg, c->msg);
            ck_assert(v == 12345);
        }
    }
}
END_TEST

START_TEST(parse_table) {
    for (size_t i = 0; i < COUNT(PARSE_CASES); i++) {
        const struct text_case *c = &PARSE_CASES[i];
        double v = 12345;
        bool ok = sk_dtoa_parse(c->text, c->len, &v);
        ck_assert_msg(ok == (c->status == 0), "float('%s'): ok %d", c->text, ok);
        if (ok) ck_assert_msg(same(v, dbl(c->bits)), "float('%s'): got %a, want %a", c->text, v, dbl(c->bits));
        else ck_assert(v == 12345);
    }
    for (size_t i = 0; i < COUNT(LITERAL_CASES); i++) {
        const struct text_case *c = &LITERAL_CASES[i];
        double v = 12345;
        bool ok = sk_dtoa_parse_literal(c->text, c->len, &v);
        ck_assert_msg(ok == (c->status == 0), "literal '%s': ok %d", c->text, ok);
        if (ok) ck_assert_msg(same(v, dbl(c->bits)), "literal '%s': got %a", c->text, v);
    }
}
END_TEST

/* ---- properties ----------------------------------------------------------- */

/* A million random bit patterns: repr, then parse, gives the same double;
 * the digits are also at most 17 and parse back through libc's strtod. */
START_TEST(repr_round_trip_random) {
    sk_buf b;
    sk_buf_init(&b, test_alloc, NULL);
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    long done = 0;
    for (long i = 0; i < 1200000; i++) {
        uint64_t r = next_rand(&seed);
        /* one in four: force a subnormal or a tiny/huge exponent */
        switch (r & 3) {
        case 0: r &= 0x800FFFFFFFFFFFFFULL; break;
        case 1: r = (r & 0x800FFFFFFFFFFFFFULL) | ((next_rand(&seed) % 64) << 52); break;
        default: break;
        }
        double v = dbl(r);
        if (!isfinite(v)) continue;
        b.len = 0;
        sk_dtoa_repr(&b, v);
        double back = 0;
        ck_assert_msg(sk_dtoa_parse(b.data, b.len, &back), "cannot parse '%s'", b.data);
        ck_assert_msg(bits_of(back) == r, "0x%016llx -> '%s' -> %a", (unsigned long long)r, b.data, back);
        ck_assert(bits_of(strtod(b.data, NULL)) == r);
        done++;
    }
    ck_assert_int_ge(done, 1000000);
    sk_buf_free(&b);
}
END_TEST

/* Digit strings as decimals: helpers for the shortest/nearest check. */
static double digits_value(const char *d, int n, int decpt) {
    char buf[SK_DTOA_MAX_DIGITS + 32];
    memcpy(buf, d, (size_t)n);
    snprintf(buf + n, 32, "e%d", decpt - n);
    return strtod(buf, NULL);
}

/* Adds delta (+1 or -1) to the last digit of d[0..n); returns the new
 * length (it may grow by one, or the value may become 0). */
static int bump(char *d, int n, int delta, int *decpt) {
    int i = n - 1;
    if (delta > 0) {
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i < 0) {
            memmove(d + 1, d, (size_t)n);
            d[0] = '1';
            (*decpt)++;
            return n + 1;
        }
        d[i]++;
    } else {
        while (i >= 0 && d[i] == '0') d[i--] = '9';
        if (i < 0) return 0;
        d[i]--;
    }
    return n;
}

/* For random doubles: the shortest digits (n of them) are the correctly
 * rounded n-digit value whenever that reads back (else a neighbour that
 * does, at a power of two), and no (n-1)-digit decimal reads back. */
START_TEST(shortest_is_shortest_and_nearest) {
    uint64_t seed = 0x0123456789ABCDEFULL;
    for (long i = 0; i < 150000; i++) {
        uint64_t r = next_rand(&seed);
        if (i % 3 == 0) r &= 0x800FFFFFFFFFFFFFULL;              /* subnormal */
        if (i % 7 == 0) r &= 0xFFF0000000000000ULL | (r & 0xFF); /* near a power of two */
        double v = fabs(dbl(r));
        if (!isfinite(v) || v == 0) continue;
        char d[SK_DTOA_SHORTEST_MAX];
        int dp;
        int n = sk_dtoa_shortest(v, d, &dp);
        ck_assert(n >= 1 && n <= 17 && d[n - 1] != '0');
        ck_assert(digits_value(d, n, dp) == v);

        char e[SK_DTOA_MAX_DIGITS + 2];
        int edp;
        int en = sk_dtoa_digits(v, SK_DTOA_SIGNIFICANT, n, e, &edp);
        if (digits_value(e, en, edp) == v) {
            ck_assert_msg(en == n && edp == dp && memcmp(d, e, (size_t)n) == 0,
                          "0x%016llx: shortest %.*s e%d, nearest %.*s e%d", (unsigned long long)r, n,
                          d, dp, en, e, edp);
        }
        if (n > 1) {
            en = sk_dtoa_digits(v, SK_DTOA_SIGNIFICANT, n - 1, e, &edp);
            char up[SK_DTOA_MAX_DIGITS + 2], down[SK_DTOA_MAX_DIGITS + 2];
            int updp = edp, downdp = edp;
            memcpy(up, e, (size_t)en);
            memcpy(down, e, (size_t)en);
            /* pad to n-1 digits so the neighbours are (n-1)-digit decimals */
            while (en < n - 1) {
                up[en] = down[en] = e[en] = '0';
                en++;
            }
            int un = bump(up, en, +1, &updp);
            int dn = bump(down, en, -1, &downdp);
            ck_assert(digits_value(e, en, edp) != v);
            ck_assert(digits_value(up, un, updp) != v);
            ck_assert(dn == 0 || digits_value(down, dn, downdp) != v);
        }
    }
}
END_TEST

/* Exact digits: mode FIXED and SIGNIFICANT agree with each other and with
 * libc's printf (glibc prints exact, correctly rounded digits). */
START_TEST(digits_match_printf) {
    uint64_t seed = 42;
    char want[2048], got[2048];
    for (long i = 0; i < 40000; i++) {
        double v = dbl(next_rand(&seed) & 0x7FFFFFFFFFFFFFFFULL);
        if (!isfinite(v)) continue;
        int prec = (int)(next_rand(&seed) % 40);
        snprintf(want, sizeof want, "%.*e", prec, v);
        sk_buf b;
        sk_buf_init(&b, test_alloc, NULL);
        sk_dtoa_format(&b, v, 'e', prec, 0);
        snprintf(got, sizeof got, "%s", b.data);
        sk_buf_free(&b);
        ck_assert_msg(strcmp(want, got) == 0, "%%.%de of %a: got %s want %s", prec, v, got, want);
    }
}
END_TEST

/* ---- specific behaviour ----------------------------------------------------- */

static void check_repr(double v, const char *want) {
    sk_buf b;
    sk_buf_init(&b, test_alloc, NULL);
    sk_dtoa_repr(&b, v);
    ck_assert_str_eq(b.data, want);
    sk_buf_free(&b);
}

START_TEST(repr_examples) {
    check_repr(0.1, "0.1");
    check_repr(1e16, "1e+16");
    check_repr(1.5e-7, "1.5e-07");
    check_repr(123456789012345.0, "123456789012345.0");
    check_repr(1e15, "1000000000000000.0");
    check_repr(0.0001, "0.0001");
    check_repr(0.00001, "1e-05");
    check_repr(INFINITY, "inf");
    check_repr(-INFINITY, "-inf");
    check_repr(NAN, "nan");
    check_repr(-NAN, "nan");
    check_repr(-0.0, "-0.0");
    check_repr(5e-324, "5e-324");
    check_repr(1.7976931348623157e308, "1.7976931348623157e+308");
    check_repr(2.0 / 3, "0.6666666666666666");
}
END_TEST

START_TEST(shortest_digits_api) {
    char d[SK_DTOA_SHORTEST_MAX];
    int dp = 99;
    int n = sk_dtoa_shortest(0.0, d, &dp);
    ck_assert(n == 1 && d[0] == '0' && dp == 1);
    n = sk_dtoa_shortest(-1.5, d, &dp);
    ck_assert(n == 2 && memcmp(d, "15", 2) == 0 && dp == 1);
    n = sk_dtoa_shortest(0.001, d, &dp);
    ck_assert(n == 1 && d[0] == '1' && dp == -2);
    n = sk_dtoa_shortest(1e23, d, &dp);
    ck_assert(n == 1 && d[0] == '1' && dp == 24);
}
END_TEST

START_TEST(fixed_digits_api) {
    char d[SK_DTOA_MAX_DIGITS];
    int dp = 0;
    /* rounds to nothing: no digits, decpt = -ndigits */
    int n = sk_dtoa_digits(0.001, SK_DTOA_FIXED, 2, d, &dp);
    ck_assert(n == 0 && dp == -2);
    /* ties to even on the exact value */
    n = sk_dtoa_digits(0.5, SK_DTOA_FIXED, 0, d, &dp);
    ck_assert(n == 0 && dp == 0);
    n = sk_dtoa_digits(1.5, SK_DTOA_FIXED, 0, d, &dp);
    ck_assert(n == 1 && d[0] == '2' && dp == 1);
    n = sk_dtoa_digits(0.125, SK_DTOA_FIXED, 2, d, &dp);
    ck_assert(n == 2 && memcmp(d, "12", 2) == 0 && dp == 0);
    /* 2.675 is 2.67499999999999982236431605997495353221893310546875 */
    n = sk_dtoa_digits(2.675, SK_DTOA_FIXED, 2, d, &dp);
    ck_assert(n == 3 && memcmp(d, "267", 3) == 0 && dp == 1);
    /* negative ndigits: round to tens */
    n = sk_dtoa_digits(1250.0, SK_DTOA_FIXED, -2, d, &dp);
    ck_assert(n == 2 && memcmp(d, "12", 2) == 0 && dp == 4);
    /* carry into a new digit */
    n = sk_dtoa_digits(9.99, SK_DTOA_SIGNIFICANT, 2, d, &dp);
    ck_assert(n == 1 && d[0] == '1' && dp == 2);
    /* the longest exact expansion: 767 digits */
    n = sk_dtoa_digits(dbl(0x000FFFFFFFFFFFFFULL), SK_DTOA_SIGNIFICANT, 10000, d, &dp);
    ck_assert_int_eq(n, 767);
    n = sk_dtoa_digits(dbl(0x001FFFFFFFFFFFFFULL), SK_DTOA_FIXED, 2000, d, &dp);
    ck_assert_int_eq(n, 767);
    ck_assert_int_eq(dp, -307);
}
END_TEST

START_TEST(parse_syntax) {
    double v;
    ck_assert(sk_dtoa_parse("1_000.5", 7, &v) && v == 1000.5);
    ck_assert(sk_dtoa_parse(" \t-1.5e-3\n", 10, &v) && v == -0.0015);
    ck_assert(sk_dtoa_parse("-0", 2, &v) && v == 0 && signbit(v));
    ck_assert(sk_dtoa_parse("+iNfInItY", 9, &v) && isinf(v) && v > 0);
    ck_assert(sk_dtoa_parse("-nan", 4, &v) && isnan(v) && signbit(v));
    ck_assert(sk_dtoa_parse("nan", 3, &v) && isnan(v) && !signbit(v));
    ck_assert(sk_dtoa_parse("1e500", 5, &v) && isinf(v));
    ck_assert(sk_dtoa_parse("-1e-500", 7, &v) && v == 0 && signbit(v));
    ck_assert(!sk_dtoa_parse("1__0", 4, &v));
    ck_assert(!sk_dtoa_parse("1_", 2, &v));
    ck_assert(!sk_dtoa_parse("_1", 2, &v));
    ck_assert(!sk_dtoa_parse("1._5", 4, &v));
    ck_assert(!sk_dtoa_parse("", 0, &v));
    ck_assert(!sk_dtoa_parse("   ", 3, &v));
    ck_assert(!sk_dtoa_parse("1.5\0", 4, &v));
    ck_assert(!sk_dtoa_parse("infinit", 7, &v));
    ck_assert(!sk_dtoa_parse("0x10", 4, &v));
    ck_assert(sk_dtoa_parse_literal("1_000.5e-3", 10, &v) && v == 1.0005);
    ck_assert(sk_dtoa_parse_literal("1.", 2, &v) && v == 1.0);
    ck_assert(sk_dtoa_parse_literal(".5", 2, &v) && v == 0.5);
    ck_assert(sk_dtoa_parse_literal("1e500", 5, &v) && isinf(v));
    ck_assert(!sk_dtoa_parse_literal("-1.5", 4, &v));
    ck_assert(!sk_dtoa_parse_literal(" 1.5", 4, &v));
    ck_assert(!sk_dtoa_parse_literal("inf", 3, &v));
    ck_assert(!sk_dtoa_parse_literal("1.5j", 4, &v));
}
END_TEST

/* Digits beyond the 800 kept are folded into a sticky digit: the result
 * must still see a difference in the 1000th digit. */
START_TEST(parse_long_inputs) {
    /* halfway between 1 and the next double, then a 1 far away */
    static const char half[] =
        "1.00000000000000011102230246251565404236316680908203125";
    char buf[3000];
    double v;
    ck_assert(sk_dtoa_parse(half, strlen(half), &v) && v == 1.0);
    snprintf(buf, sizeof buf, "%s%01500d1", half, 0);
    ck_assert(sk_dtoa_parse(buf, strlen(buf), &v) && v == nextafter(1.0, 2.0));
    memset(buf, '9', 2000);
    buf[2000] = '\0';
    ck_assert(sk_dtoa_parse(buf, 2000, &v) && isinf(v));
    buf[0] = '.';
    ck_assert(sk_dtoa_parse(buf, 2000, &v) && v == 1.0);
}
END_TEST

/* The C locale's decimal point must not matter. This only bites where a
 * comma-decimal locale is installed; without one, make it with
 *   localedef -i de_DE -f UTF-8 DIR/de_DE.UTF-8
 * and run the test with LOCPATH=DIR. */
START_TEST(locale_independent) {
    const char *names[] = {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8", NULL};
    const char *got = NULL;
    for (int i = 0; names[i] && !got; i++) got = setlocale(LC_NUMERIC, names[i]);
    if (got) ck_assert(strtod("1.5", NULL) == 1.0); /* libc now reads "1,5" */
    double v;
    ck_assert(sk_dtoa_parse("1.5", 3, &v) && v == 1.5);
    sk_buf b;
    sk_buf_init(&b, test_alloc, NULL);
    sk_dtoa_format(&b, 1.5, 'f', 2, 0);
    ck_assert_str_eq(b.data, "1.50");
    sk_buf_free(&b);
    setlocale(LC_NUMERIC, "C");
}
END_TEST

START_TEST(fromhex_examples) {
    double v;
    const char *msg = NULL;
    ck_assert(sk_dtoa_fromhex("0x1.8p1", 7, &v, &msg) == SK_DTOA_OK && v == 3.0);
    ck_assert(sk_dtoa_fromhex("  -0X.8P0 ", 10, &v, &msg) == SK_DTOA_OK && v == -0.5);
    ck_assert(sk_dtoa_fromhex("0x1p-1074", 9, &v, &msg) == SK_DTOA_OK && v == 5e-324);
    ck_assert(sk_dtoa_fromhex("0x1p1024", 8, &v, &msg) == SK_DTOA_OVERFLOW);
    ck_assert_str_eq(msg, "hexadecimal value too large to represent as a float");
    ck_assert(sk_dtoa_fromhex("0x", 2, &v, &msg) == SK_DTOA_INVALID);
    ck_assert_str_eq(msg, "invalid hexadecimal floating-point string");
    ck_assert(sk_dtoa_fromhex("1p", 2, &v, NULL) == SK_DTOA_INVALID);
}
END_TEST

/* Out of memory is reported through the buffer, never a crash. */
START_TEST(allocation_failure) {
    for (size_t budget0 = 0; budget0 < 200; budget0 += 7) {
        size_t budget = budget0;
        sk_buf b;
        sk_buf_init(&b, tight_alloc, &budget);
        sk_dtoa_format(&b, 1e300, 'f', 100, 0);
        ck_assert(b.failed);
        sk_buf_free(&b);
    }
    size_t budget = 100;
    sk_buf b;
    sk_buf_init(&b, tight_alloc, &budget);
    sk_dtoa_format(&b, 1.0, 'f', 2000000000, 0);
    ck_assert(b.failed);
    sk_buf_free(&b);
}
END_TEST

static Suite *dtoa_suite(void) {
    Suite *s = suite_create("dtoa");
    TCase *tables = tcase_create("cpython-tables");
    tcase_add_test(tables, repr_table);
    tcase_add_test(tables, format_table);
    tcase_add_test(tables, round_table);
    tcase_add_test(tables, hex_table);
    tcase_add_test(tables, fromhex_table);
    tcase_add_test(tables, parse_table);
    tcase_set_timeout(tables, 120);
    suite_add_tcase(s, tables);

    TCase *props = tcase_create("properties");
    tcase_add_test(props, repr_round_trip_random);
    tcase_add_test(props, shortest_is_shortest_and_nearest);
    tcase_add_test(props, digits_match_printf);
    tcase_set_timeout(props, 600);
    suite_add_tcase(s, props);

    TCase *spec = tcase_create("behaviour");
    tcase_add_test(spec, repr_examples);
    tcase_add_test(spec, shortest_digits_api);
    tcase_add_test(spec, fixed_digits_api);
    tcase_add_test(spec, parse_syntax);
    tcase_add_test(spec, parse_long_inputs);
    tcase_add_test(spec, locale_independent);
    tcase_add_test(spec, fromhex_examples);
    tcase_add_test(spec, allocation_failure);
    suite_add_tcase(s, spec);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(dtoa_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
