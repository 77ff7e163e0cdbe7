/* test_format.c — vm/format: the format-spec mini-language and '%' numbers.
 *
 * Expected values come from CPython 3.12 through format_float_cases.inc and
 * format_cases.inc (written by gen_numfmt_cases.py): format() of floats,
 * ints, strs and complexes over fixed edge-case specs and pseudo-random
 * ones, and printf-style '%' of floats, ints and strings. An error is
 * expected as "ValueError: message" or "OverflowError: message".
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

struct float_spec_case { uint64_t bits; const char *spec; const char *want; };
struct int_spec_case {
    int negative;
    const char *dec, *bin, *oct, *hex;
    uint64_t float_bits;
    const char *spec, *want;
};
struct str_spec_case { const char *value; const char *spec; const char *want; };
struct complex_spec_case { uint64_t re, im; const char *spec; const char *want; };
struct pct_float_case { uint64_t bits; const char *spec; const char *want; };
struct pct_int_case { int negative; const char *dec, *oct, *hex; const char *spec, *want; };
struct pct_str_case { const char *value; const char *spec; const char *want; };

#include "format_float_cases.inc"
#include "format_cases.inc"

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

/* Output and error buffers; results are appended after a marker so that
 * appending to a non-empty buffer is exercised everywhere. */
typedef struct harness {
    sk_buf out, err;
    char text[1 << 16];
} harness;

static void h_init(harness *h) {
    sk_buf_init(&h->out, test_alloc, NULL);
    sk_buf_init(&h->err, test_alloc, NULL);
}

static void h_reset(harness *h) {
    h->out.len = 0;
    h->err.len = 0;
    sk_buf_puts(&h->out, "@");
    sk_buf_puts(&h->err, "");
}

/* The result as CPython's test tables write it. */
static const char *h_result(harness *h, sk_fmt_status st) {
    switch (st) {
    case SK_FMT_OK:
        ck_assert(h->out.data[0] == '@');
        snprintf(h->text, sizeof h->text, "%s", h->out.data + 1);
        break;
    case SK_FMT_VALUE_ERROR:
        ck_assert_str_eq(h->out.data, "@"); /* untouched on error */
        snprintf(h->text, sizeof h->text, "ValueError: %s", h->err.data);
        break;
    case SK_FMT_OVERFLOW_ERROR:
        ck_assert_str_eq(h->out.data, "@");
        snprintf(h->text, sizeof h->text, "OverflowError: %s", h->err.data);
        break;
    default:
        snprintf(h->text, sizeof h->text, "MemoryError");
        break;
    }
    return h->text;
}

static void h_free(harness *h) {
    sk_buf_free(&h->out);
    sk_buf_free(&h->err);
}

/* ---- format() ---------------------------------------------------------------- */

START_TEST(float_specs) {
    static harness h;
    h_init(&h);
    for (size_t i = 0; i < COUNT(FLOAT_SPEC_CASES); i++) {
        const struct float_spec_case *c = &FLOAT_SPEC_CASES[i];
        h_reset(&h);
        sk_fmt_spec spec;
        sk_fmt_status st = sk_fmt_parse(&spec, c->spec, strlen(c->spec), SK_FMT_FLOAT, "float", &h.err);
        if (st == SK_FMT_OK) st = sk_fmt_float(&h.out, &spec, dbl(c->bits), &h.err);
        const char *got = h_result(&h, st);
        ck_assert_msg(strcmp(got, c->want) == 0, "format(%a, '%s'): got '%s', want '%s'",
                      dbl(c->bits), c->spec, got, c->want);
    }
    h_free(&h);
}
END_TEST

START_TEST(int_specs) {
    static harness h;
    h_init(&h);
    for (size_t i = 0; i < COUNT(INT_SPEC_CASES); i++) {
        const struct int_spec_case *c = &INT_SPEC_CASES[i];
        h_reset(&h);
        sk_fmt_spec spec;
        sk_fmt_status st = sk_fmt_parse(&spec, c->spec, strlen(c->spec), SK_FMT_INT, "int", &h.err);
        if (st == SK_FMT_OK) {
            int base = sk_fmt_int_base(&spec);
            if (base == SK_FMT_AS_FLOAT) {
                st = sk_fmt_float(&h.out, &spec, dbl(c->float_bits), &h.err);
            } else if (base == SK_FMT_AS_CHAR) {
                long long v = strtoll(c->dec, NULL, 10);
                st = sk_fmt_char(&h.out, &spec, c->negative ? -v : v, &h.err);
            } else {
                const char *d = base == 2 ? c->bin : base == 8 ? c->oct : base == 16 ? c->hex : c->dec;
                st = sk_fmt_int(&h.out, &spec, c->negative, d, strlen(d), &h.err);
            }
        }
        const char *got = h_result(&h, st);
        ck_assert_msg(strcmp(got, c->want) == 0, "format(%s%s, '%s'): got '%s', want '%s'",
                      c->negative ? "-" : "", c->dec, c->spec, got, c->want);
    }
    h_free(&h);
}
END_TEST

START_TEST(str_specs) {
    static harness h;
    h_init(&h);
    for (size_t i = 0; i < COUNT(STR_SPEC_CASES); i++) {
        const struct str_spec_case *c = &STR_SPEC_CASES[i];
        h_reset(&h);
        sk_fmt_spec spec;
        sk_fmt_status st = sk_fmt_parse(&spec, c->spec, strlen(c->spec), SK_FMT_STR, "str", &h.err);
        if (st == SK_FMT_OK) st = sk_fmt_str(&h.out, &spec, c->value, strlen(c->value), &h.err);
        const char *got = h_result(&h, st);
        ck_assert_msg(strcmp(got, c->want) == 0, "format('%s', '%s'): got '%s', want '%s'", c->value,
                      c->spec, got, c->want);
    }
    h_free(&h);
}
END_TEST

START_TEST(complex_specs) {
    static harness h;
    h_init(&h);
    for (size_t i = 0; i < COUNT(COMPLEX_SPEC_CASES); i++) {
        const struct complex_spec_case *c = &COMPLEX_SPEC_CASES[i];
        h_reset(&h);
        sk_fmt_spec spec;
        sk_fmt_status st = sk_fmt_parse(&spec, c->spec, strlen(c->spec), SK_FMT_COMPLEX, "complex", &h.err);
        if (st == SK_FMT_OK) st = sk_fmt_complex(&h.out, &spec, dbl(c->re), dbl(c->im), &h.err);
        const char *got = h_result(&h, st);
        ck_assert_msg(strcmp(got, c->want) == 0, "format(complex(%a, %a), '%s'): got '%s', want '%s'",
                      dbl(c->re), dbl(c->im), c->spec, got, c->want);
    }
    h_free(&h);
}
END_TEST

/* ---- '%' ----------------------------------------------------------------------- */

static sk_fmt_status parse_pct(harness *h, const char *spec, sk_fmt_pct *arg) {
    size_t pos = 0;
    sk_fmt_status st = sk_fmt_pct_parse(arg, spec, strlen(spec), &pos, &h->err);
    if (st == SK_FMT_OK) ck_assert_uint_eq(pos, strlen(spec));
    return st;
}

START_TEST(pct_floats) {
    static harness h;
    h_init(&h);
    for (size_t i = 0; i < COUNT(PCT_FLOAT_CASES); i++) {
        const struct pct_float_case *c = &PCT_FLOAT_CASES[i];
        h_reset(&h);
        sk_fmt_pct arg;
        sk_fmt_status st = parse_pct(&h, c->spec, &arg);
        if (st == SK_FMT_OK) st = sk_fmt_pct_float(&h.out, &arg, dbl(c->bits));
        const char *got = h_result(&h, st);
        ck_assert_msg(strcmp(got, c->want) == 0, "'%%%s' %% %a: got '%s', want '%s'", c->spec,
                      dbl(c->bits), got, c->want);
    }
    h_free(&h);
}
END_TEST

START_TEST(pct_ints) {
    static harness h;
    h_init(&h);
    for (size_t i = 0; i < COUNT(PCT_INT_CASES); i++) {
        const struct pct_int_case *c = &PCT_INT_CASES[i];
        h_reset(&h);
        sk_fmt_pct arg;
        sk_fmt_status st = parse_pct(&h, c->spec, &arg);
        if (st == SK_FMT_OK) {
            int base = sk_fmt_pct_base(arg.conv);
            const char *d = base == 8 ? c->oct : base == 16 ? c->hex : c->dec;
            st = sk_fmt_pct_int(&h.out, &arg, c->negative, d, strlen(d), &h.err);
        }
        const char *got = h_result(&h, st);
        ck_assert_msg(strcmp(got, c->want) == 0, "'%%%s' %% %s%s: got '%s', want '%s'", c->spec,
                      c->negative ? "-" : "", c->dec, got, c->want);
    }
    h_free(&h);
}
END_TEST

START_TEST(pct_strs) {
    static harness h;
    h_init(&h);
    for (size_t i = 0; i < COUNT(PCT_STR_CASES); i++) {
        const struct pct_str_case *c = &PCT_STR_CASES[i];
        h_reset(&h);
        sk_fmt_pct arg;
        sk_fmt_status st = parse_pct(&h, c->spec, &arg);
        if (st == SK_FMT_OK) st = sk_fmt_pct_str(&h.out, &arg, c->value, strlen(c->value));
        const char *got = h_result(&h, st);
        ck_assert_msg(strcmp(got, c->want) == 0, "'%%%s' %% '%s': got '%s', want '%s'", c->spec,
                      c->value, got, c->want);
    }
    h_free(&h);
}
END_TEST

START_TEST(pct_parse) {
    static harness h;
    h_init(&h);
    sk_fmt_pct arg;
    size_t pos = 0;
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_pct_parse(&arg, "-*.*ld rest", 11, &pos, &h.err), SK_FMT_OK);
    ck_assert(arg.flags == SK_FMT_F_LJUST && arg.width == SK_FMT_STAR && arg.prec == SK_FMT_STAR);
    ck_assert(arg.conv == 'd' && pos == 6);
    pos = 0;
    ck_assert_int_eq(sk_fmt_pct_parse(&arg, "#0+ 12.", 7, &pos, &h.err), SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "incomplete format");
    h_reset(&h);
    pos = 0;
    ck_assert_int_eq(sk_fmt_pct_parse(&arg, "99999999999999999999d", 21, &pos, &h.err), SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "width too big");
    h_reset(&h);
    pos = 0;
    ck_assert_int_eq(sk_fmt_pct_parse(&arg, ".2147483648f", 12, &pos, &h.err), SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "precision too big");
    h_reset(&h);
    pos = 0;
    ck_assert_int_eq(sk_fmt_pct_parse(&arg, "5\xc3\xa9", 3, &pos, &h.err), SK_FMT_OK);
    ck_assert(arg.conv == 0xE9 && arg.width == 5 && pos == 3);
    /* '%c' padding goes through sk_fmt_pct_str */
    arg.flags = SK_FMT_F_ZERO;
    arg.width = 4;
    arg.prec = 1;
    arg.conv = 'c';
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_pct_str(&h.out, &arg, "\xe2\x82\xac", 3), SK_FMT_OK);
    ck_assert_str_eq(h.out.data, "@   \xe2\x82\xac");
    /* precision too large for an int conversion */
    arg.conv = 'd';
    arg.prec = 2147483646;
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_pct_int(&h.out, &arg, false, "1", 1, &h.err), SK_FMT_OVERFLOW_ERROR);
    ck_assert_str_eq(h.err.data, "precision too large");
    h_free(&h);
}
END_TEST

/* ---- specific behaviour --------------------------------------------------------- */

static const char *fmt_float(harness *h, double v, const char *spec) {
    h_reset(h);
    sk_fmt_spec s;
    sk_fmt_status st = sk_fmt_parse(&s, spec, strlen(spec), SK_FMT_FLOAT, "float", &h->err);
    if (st == SK_FMT_OK) st = sk_fmt_float(&h->out, &s, v, &h->err);
    return h_result(h, st);
}

START_TEST(examples) {
    static harness h;
    h_init(&h);
    ck_assert_str_eq(fmt_float(&h, 1234.5, "010,.1f"), "0,001,234.5");
    ck_assert_str_eq(fmt_float(&h, INFINITY, "010"), "0000000inf");
    ck_assert_str_eq(fmt_float(&h, -0.0, "z.2f"), "0.00");
    ck_assert_str_eq(fmt_float(&h, -0.0001, "z.2f"), "0.00");
    ck_assert_str_eq(fmt_float(&h, 123.0, ".3"), "1.23e+02");
    ck_assert_str_eq(fmt_float(&h, 123.0, ".3g"), "123");
    ck_assert_str_eq(fmt_float(&h, 0.0, ".1"), "0e+00");
    ck_assert_str_eq(fmt_float(&h, 1e16, ""), "1e+16");
    ck_assert_str_eq(fmt_float(&h, 1.5, "\xc3\xb1^9"), "\xc3\xb1\xc3\xb1\xc3\xb1" "1.5" "\xc3\xb1\xc3\xb1\xc3\xb1");
    ck_assert_str_eq(fmt_float(&h, 0.25, ".1%"), "25.0%");
    ck_assert_str_eq(fmt_float(&h, 1.0, "d"), "ValueError: Unknown format code 'd' for object of type 'float'");
    ck_assert_str_eq(fmt_float(&h, 1.0, "abc"),
                     "ValueError: Invalid format specifier 'abc' for object of type 'float'");
    ck_assert_str_eq(fmt_float(&h, 1.0, ".2147483648f"), "ValueError: precision too big");
    ck_assert_str_eq(fmt_float(&h, 1.0, "\xd9\xa1\xd9\xa0"), "       1.0"); /* Arabic-Indic 10 */
    h_free(&h);
}
END_TEST

START_TEST(type_names_in_messages) {
    static harness h;
    h_init(&h);
    sk_fmt_spec s;
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_parse(&s, "q", 1, SK_FMT_INT, "MyInt", &h.err), SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "Unknown format code 'q' for object of type 'MyInt'");
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_parse(&s, ",s", 2, SK_FMT_STR, "str", &h.err), SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "Cannot specify ',' with 's'.");
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_parse(&s, "\xe2\x82\xac\xe2\x82\xac", 6, SK_FMT_FLOAT, "float", &h.err),
                     SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "Invalid format specifier '\xe2\x82\xac\xe2\x82\xac' for object of type 'float'");
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_parse(&s, "\xe2\x82\xac", 3, SK_FMT_FLOAT, "float", &h.err), SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "Unknown format code '\\x20ac' for object of type 'float'");
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_parse(&s, "\0", 1, SK_FMT_INT, "int", &h.err), SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "Unknown format code '\\x0' for object of type 'int'");
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_parse(&s, "\n", 1, SK_FMT_FLOAT, "float", &h.err), SK_FMT_VALUE_ERROR);
    ck_assert_str_eq(h.err.data, "Unknown format code '\\xa' for object of type 'float'");
    h_reset(&h);
    ck_assert_int_eq(sk_fmt_parse(&s, "", 0, SK_FMT_INT, "int", &h.err), SK_FMT_OK);
    ck_assert(s.type == 'd' && s.align == '>' && s.width == -1 && s.precision == -1);
    ck_assert_int_eq(sk_fmt_int_base(&s), 10);
    h_free(&h);
}
END_TEST

/* Huge widths fail cleanly (MemoryError) when the allocator says no, and
 * fast: nothing is written piecemeal before the room is there. */
START_TEST(huge_width_is_no_memory) {
    static const char *specs[] = {"999999999999999999", "0=999999999999999999,",
                                  "\xf0\x9f\x98\x80<9223372036854775807", "^4611686018427387904"};
    for (size_t i = 0; i < COUNT(specs); i++) {
        size_t budget = 1 << 20;
        sk_buf out, err;
        sk_buf_init(&out, tight_alloc, &budget);
        sk_buf_init(&err, test_alloc, NULL);
        sk_fmt_spec s;
        ck_assert_int_eq(sk_fmt_parse(&s, specs[i], strlen(specs[i]), SK_FMT_FLOAT, "float", &err), SK_FMT_OK);
        ck_assert_int_eq(sk_fmt_float(&out, &s, 1.5, &err), SK_FMT_NO_MEMORY);
        sk_buf_free(&out);
        budget = 1 << 20;
        sk_buf_init(&out, tight_alloc, &budget);
        ck_assert_int_eq(sk_fmt_parse(&s, specs[i], strlen(specs[i]), SK_FMT_INT, "int", &err), SK_FMT_OK);
        ck_assert_int_eq(sk_fmt_int(&out, &s, true, "12345", 5, &err), SK_FMT_NO_MEMORY);
        sk_buf_free(&out);
        budget = 1 << 20;
        sk_buf_init(&out, tight_alloc, &budget);
        ck_assert_int_eq(sk_fmt_parse(&s, specs[i], strlen(specs[i]), SK_FMT_STR, "str", &err),
                         i == 1 ? SK_FMT_VALUE_ERROR : SK_FMT_OK);
        if (i != 1) ck_assert_int_eq(sk_fmt_str(&out, &s, "ab", 2, &err), SK_FMT_NO_MEMORY);
        sk_buf_free(&out);
        sk_buf_free(&err);
    }
    /* and a big width that fits works */
    static harness h;
    h_init(&h);
    fmt_float(&h, -1.5, "0=100001,");
    const char *got = h.out.data + 1;
    ck_assert_uint_eq(h.out.len - 1, 100001);
    ck_assert(strncmp(got, "-00,000,", 8) == 0 && strcmp(got + strlen(got) - 6, ",001.5") == 0);
    h_free(&h);
}
END_TEST

START_TEST(allocation_failure_sweep) {
    /* fail the buffer at every size: always NO_MEMORY, never a crash */
    for (size_t budget0 = 0; budget0 < 300; budget0 += 3) {
        size_t budget = budget0;
        sk_buf out, err;
        sk_buf_init(&out, tight_alloc, &budget);
        sk_buf_init(&err, test_alloc, NULL);
        sk_fmt_spec s;
        ck_assert_int_eq(sk_fmt_parse(&s, "*^+#200,.100e", 13, SK_FMT_FLOAT, "float", &err), SK_FMT_OK);
        sk_fmt_status st = sk_fmt_float(&out, &s, -1e300, &err);
        ck_assert(st == SK_FMT_NO_MEMORY || (st == SK_FMT_OK && !out.failed));
        sk_buf_free(&out);
        budget = budget0;
        sk_buf_init(&out, tight_alloc, &budget);
        ck_assert_int_eq(sk_fmt_parse(&s, "^60", 3, SK_FMT_COMPLEX, "complex", &err), SK_FMT_OK);
        st = sk_fmt_complex(&out, &s, 1.5, -2.5, &err);
        ck_assert(st == SK_FMT_NO_MEMORY || (st == SK_FMT_OK && !out.failed));
        sk_buf_free(&out);
        budget = budget0;
        sk_buf_init(&out, tight_alloc, &budget);
        sk_fmt_pct arg = {SK_FMT_F_ALT | SK_FMT_F_ZERO, 120, 50, 'x'};
        st = sk_fmt_pct_int(&out, &arg, true, "ff", 2, &err);
        ck_assert(st == SK_FMT_NO_MEMORY || (st == SK_FMT_OK && !out.failed));
        sk_buf_free(&out);
        sk_buf_free(&err);
    }
}
END_TEST

static Suite *format_suite(void) {
    Suite *s = suite_create("format");
    TCase *tables = tcase_create("cpython-tables");
    tcase_add_test(tables, float_specs);
    tcase_add_test(tables, int_specs);
    tcase_add_test(tables, str_specs);
    tcase_add_test(tables, complex_specs);
    tcase_add_test(tables, pct_floats);
    tcase_add_test(tables, pct_ints);
    tcase_add_test(tables, pct_strs);
    tcase_set_timeout(tables, 120);
    suite_add_tcase(s, tables);
    TCase *spec = tcase_create("behaviour");
    tcase_add_test(spec, pct_parse);
    tcase_add_test(spec, examples);
    tcase_add_test(spec, type_names_in_messages);
    tcase_add_test(spec, huge_width_is_no_memory);
    tcase_add_test(spec, allocation_failure_sweep);
    tcase_set_timeout(spec, 120);
    suite_add_tcase(s, spec);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(format_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
