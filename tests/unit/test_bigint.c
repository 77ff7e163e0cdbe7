/* test_bigint.c — Check suite for vm/bigint.c.
 *
 * Most cases come from CPython 3.12 (bigint_cases.h, written by
 * gen_bigint_cases.py). Each case runs three ways: on heap operands, with
 * the result aliasing the first operand, and with int64 operands passed as
 * sk_bi_view_i64 views. The hand-written tests below cover what a table
 * cannot: the small/big boundary, round trips of large values against
 * libtommath's own radix code, and size accounting.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"

typedef struct bi_case {
    const char *op, *a, *b, *c, *want;
    int status;
    const char *msg;
} bi_case;

#include "bigint_cases.h"

#define NCASES ((int)(sizeof bi_cases / sizeof bi_cases[0]))

enum { PLAIN, ALIAS, VIEWS };

static void *test_alloc(void *ud, void *ptr, size_t old, size_t new_size) {
    (void)ud;
    (void)old;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

static void read_hex(mp_int *r, const char *hex) {
    ck_assert_int_eq(mp_init(r), MP_OKAY);
    ck_assert_int_eq(mp_read_radix(r, hex, 16), MP_OKAY);
}

static bool fits64(const char *hex) {
    mp_int t;
    read_hex(&t, hex);
    bool ok = sk_bi_to_i64(&t, NULL);
    mp_clear(&t);
    return ok;
}

/* An operand: a heap int, or a view of a small one. */
typedef struct operand {
    mp_int heap;
    sk_bi_small view;
    const mp_int *p;
} operand;

static void op_load(operand *o, const char *hex, bool as_view) {
    read_hex(&o->heap, hex);
    o->p = &o->heap;
    if (as_view) {
        int64_t v;
        ck_assert(sk_bi_to_i64(&o->heap, &v));
        o->p = sk_bi_view_i64(&o->view, v);
        ck_assert_int_eq(mp_cmp(o->p, &o->heap), MP_EQ);
    }
}

static void expect_int(const bi_case *k, const mp_int *got, const char *want) {
    mp_int w;
    read_hex(&w, want);
    if (mp_cmp(got, &w) != MP_EQ) {
        char buf[200] = "?";
        size_t n;
        if (mp_to_radix(got, buf, sizeof buf, &n, 16) != MP_OKAY) strcpy(buf, "(long)");
        ck_abort_msg("%s(%.60s, %.60s, %.60s): got %.100s want %.100s", k->op, k->a, k->b, k->c,
                     buf, want);
    }
    ck_assert_msg(got->used != 0 || got->sign == MP_ZPOS, "%s: negative zero", k->op);
    ck_assert_msg(got->used == 0 || got->dp[got->used - 1] != 0, "%s: not clamped", k->op);
    mp_clear(&w);
}

static void expect_double(const bi_case *k, double got, const char *want) {
    double w = strtod(want, NULL);
    ck_assert_msg(memcmp(&got, &w, sizeof w) == 0, "%s(%.60s, %.60s): got %a want %s", k->op, k->a,
                  k->b, got, want);
}

static bool expect_status(const bi_case *k, sk_bi_status st, const sk_bi_err *err) {
    ck_assert_msg((int)st == k->status, "%s(%.60s, %.60s, %.60s): status %d want %d (%s)", k->op,
                  k->a, k->b, k->c, (int)st, k->status, st ? err->msg : "");
    if (st != SK_BI_OK)
        ck_assert_msg(strcmp(err->msg, k->msg) == 0, "%s(%.60s, %.60s): message\n  %s\nwant\n  %s",
                      k->op, k->a, k->b, err->msg, k->msg);
    return st == SK_BI_OK;
}

static size_t unhex(const char *hex, unsigned char *out) {
    size_t n = strlen(hex) / 2;
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        ck_assert_int_eq(sscanf(hex + 2 * i, "%2x", &v), 1);
        out[i] = (unsigned char)v;
    }
    return n;
}

typedef sk_bi_status (*binop_fn)(mp_int *, const mp_int *, const mp_int *, sk_bi_err *);
typedef sk_bi_status (*unop_fn)(mp_int *, const mp_int *, sk_bi_err *);

static binop_fn find_binop(const char *op) {
    static const struct {
        const char *name;
        binop_fn fn;
    } table[] = {
        {"add", sk_bi_add},       {"sub", sk_bi_sub},       {"mul", sk_bi_mul},
        {"floordiv", sk_bi_floordiv}, {"mod", sk_bi_mod},   {"and", sk_bi_and},
        {"or", sk_bi_or},         {"xor", sk_bi_xor},       {"gcd", sk_bi_gcd},
        {"pow", sk_bi_pow},       {"lshift", sk_bi_lshift}, {"rshift", sk_bi_rshift},
        {"round", sk_bi_round},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].name, op) == 0) return table[i].fn;
    return NULL;
}

static unop_fn find_unop(const char *op) {
    if (!strcmp(op, "neg")) return sk_bi_neg;
    if (!strcmp(op, "abs")) return sk_bi_abs;
    if (!strcmp(op, "invert")) return sk_bi_invert;
    if (!strcmp(op, "isqrt")) return sk_bi_isqrt;
    return NULL;
}

/* Runs one table case in one way; returns false when that way does not
 * apply to the case. */
static bool run_case(const bi_case *k, int way) {
    sk_bi_err err;
    sk_bi_status st;
    binop_fn bin = find_binop(k->op);
    unop_fn un = find_unop(k->op);
    memset(&err, 0, sizeof err);

    if (bin) {
        bool views = way == VIEWS;
        if (views && !(fits64(k->a) && fits64(k->b))) return false;
        operand a, b;
        op_load(&a, k->a, views);
        op_load(&b, k->b, views);
        mp_int r;
        ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
        if (way == ALIAS) {
            ck_assert_int_eq(sk_bi_copy(&r, &a.heap), SK_BI_OK);
            st = bin(&r, &r, b.p, &err);
        } else {
            st = bin(&r, a.p, b.p, &err);
        }
        if (expect_status(k, st, &err)) expect_int(k, &r, k->want);
        mp_clear_multi(&r, &a.heap, &b.heap, NULL);
        return true;
    }
    if (un) {
        bool views = way == VIEWS;
        if (views && !fits64(k->a)) return false;
        operand a;
        op_load(&a, k->a, views);
        mp_int r;
        ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
        if (way == ALIAS) {
            ck_assert_int_eq(sk_bi_copy(&r, &a.heap), SK_BI_OK);
            st = un(&r, &r, &err);
        } else {
            st = un(&r, a.p, &err);
        }
        if (expect_status(k, st, &err)) expect_int(k, &r, k->want);
        mp_clear_multi(&r, &a.heap, NULL);
        return true;
    }
    if (way == ALIAS && strcmp(k->op, "divmod") && strcmp(k->op, "powmod")) return false;

    if (!strcmp(k->op, "divmod")) {
        bool views = way == VIEWS;
        if (views && !(fits64(k->a) && fits64(k->b))) return false;
        operand a, b;
        op_load(&a, k->a, views);
        op_load(&b, k->b, views);
        mp_int q, m;
        ck_assert_int_eq(sk_bi_init(&q), SK_BI_OK);
        ck_assert_int_eq(sk_bi_init(&m), SK_BI_OK);
        if (way == ALIAS) {
            ck_assert_int_eq(sk_bi_copy(&q, &a.heap), SK_BI_OK);
            ck_assert_int_eq(sk_bi_copy(&m, &b.heap), SK_BI_OK);
            st = sk_bi_divmod(&q, &m, &q, &m, &err);
        } else {
            st = sk_bi_divmod(&q, &m, a.p, b.p, &err);
        }
        if (expect_status(k, st, &err)) {
            char want[8192];
            const char *comma = strchr(k->want, ',');
            ck_assert(comma && (size_t)(comma - k->want) < sizeof want);
            memcpy(want, k->want, (size_t)(comma - k->want));
            want[comma - k->want] = '\0';
            expect_int(k, &q, want);
            expect_int(k, &m, comma + 1);
        }
        mp_clear_multi(&q, &m, &a.heap, &b.heap, NULL);
        return true;
    }
    if (!strcmp(k->op, "powmod")) {
        bool views = way == VIEWS;
        if (views && !(fits64(k->a) && fits64(k->b) && fits64(k->c))) return false;
        operand a, e, m;
        op_load(&a, k->a, views);
        op_load(&e, k->b, views);
        op_load(&m, k->c, views);
        mp_int r;
        ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
        if (way == ALIAS) {
            ck_assert_int_eq(sk_bi_copy(&r, &m.heap), SK_BI_OK);
            st = sk_bi_powmod(&r, a.p, e.p, &r, &err);
        } else {
            st = sk_bi_powmod(&r, a.p, e.p, m.p, &err);
        }
        if (expect_status(k, st, &err)) expect_int(k, &r, k->want);
        mp_clear_multi(&r, &a.heap, &e.heap, &m.heap, NULL);
        return true;
    }
    if (way == VIEWS) {
        /* Views for the remaining read-only operations on one int. */
        if (!strcmp(k->op, "from_str") || !strcmp(k->op, "from_literal") ||
            !strcmp(k->op, "from_bytes") || !strcmp(k->op, "from_double"))
            return false;
        if (!fits64(k->a)) return false;
    }

    if (!strcmp(k->op, "from_str") || !strcmp(k->op, "from_literal")) {
        static unsigned char raw[1 << 16];
        const char *s = k->a;
        size_t len = strlen(s);
        if (!strncmp(s, "hex:", 4)) {
            len = unhex(s + 4, raw);
            s = (const char *)raw;
        }
        mp_int r;
        ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
        if (!strcmp(k->op, "from_str")) {
            int base;
            long long limit;
            ck_assert_int_eq(sscanf(k->b, "%d:%lld", &base, &limit), 2);
            st = sk_bi_from_str(&r, s, len, base, limit, k->c, strlen(k->c), &err);
        } else {
            st = sk_bi_from_literal(&r, s, len, atoll(k->b), &err);
        }
        if (expect_status(k, st, &err)) expect_int(k, &r, k->want);
        mp_clear(&r);
        return true;
    }
    if (!strcmp(k->op, "from_bytes")) {
        static unsigned char raw[4096];
        size_t len = unhex(k->a, raw);
        int little, is_signed;
        ck_assert_int_eq(sscanf(k->b, "%d:%d", &little, &is_signed), 2);
        mp_int r;
        ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
        st = sk_bi_from_bytes(&r, raw, len, little, is_signed, &err);
        if (expect_status(k, st, &err)) expect_int(k, &r, k->want);
        mp_clear(&r);
        return true;
    }
    if (!strcmp(k->op, "from_double")) {
        mp_int r;
        ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
        ck_assert_int_eq(sk_bi_from_double(&r, strtod(k->a, NULL)), SK_BI_OK);
        expect_int(k, &r, k->want);
        mp_clear(&r);
        return true;
    }

    /* Everything else reads one int. */
    operand a;
    op_load(&a, k->a, way == VIEWS);
    const mp_int *x = a.p;
    if (!strcmp(k->op, "fits_small") || !strcmp(k->op, "to_i64")) {
        int64_t v = 12345;
        bool ok = !strcmp(k->op, "fits_small") ? sk_bi_fits_small(x, &v) : sk_bi_to_i64(x, &v);
        ck_assert_int_eq(ok, k->want[0] == '1');
        if (ok) {
            sk_bi_small t;
            expect_int(k, sk_bi_view_i64(&t, v), k->want + 2);
        }
    } else if (!strcmp(k->op, "to_double")) {
        double d = 0;
        st = sk_bi_to_double(x, &d, &err);
        if (expect_status(k, st, &err)) expect_double(k, d, k->want);
    } else if (!strcmp(k->op, "hash")) {
        int64_t h = sk_bi_hash(x);
        ck_assert_msg(h == strtoll(k->want, NULL, 10), "hash(%s) = %lld want %s", k->a,
                      (long long)h, k->want);
        int64_t v;
        if (sk_bi_to_i64(x, &v)) ck_assert(sk_bi_hash_i64(v) == h);
    } else if (!strcmp(k->op, "bit_length")) {
        ck_assert_uint_eq(sk_bi_bit_length(x), strtoull(k->want, NULL, 10));
    } else if (!strcmp(k->op, "bit_count")) {
        ck_assert_uint_eq(sk_bi_bit_count(x), strtoull(k->want, NULL, 10));
    } else if (!strcmp(k->op, "cmp")) {
        operand b;
        op_load(&b, k->b, false);
        ck_assert_int_eq(sk_bi_cmp(x, b.p), atoi(k->want));
        mp_clear(&b.heap);
    } else if (!strcmp(k->op, "cmp_double")) {
        ck_assert_msg(sk_bi_cmp_double(x, strtod(k->b, NULL)) == atoi(k->want),
                      "cmp_double(%s, %s) want %s", k->a, k->b, k->want);
    } else if (!strcmp(k->op, "truediv")) {
        if (way == VIEWS && !fits64(k->b)) goto skip;
        operand b;
        op_load(&b, k->b, way == VIEWS);
        double d = 0;
        st = sk_bi_truediv(x, b.p, &d, &err);
        if (expect_status(k, st, &err)) expect_double(k, d, k->want);
        mp_clear(&b.heap);
    } else if (!strcmp(k->op, "to_str")) {
        int base;
        unsigned flags;
        long long limit;
        ck_assert_int_eq(sscanf(k->b, "%d:%u:%lld", &base, &flags, &limit), 3);
        sk_buf out;
        sk_buf_init(&out, test_alloc, NULL);
        sk_buf_puts(&out, "<");
        st = sk_bi_to_str(x, base, flags, limit, &out, &err);
        if (expect_status(k, st, &err)) {
            ck_assert_msg(out.len == strlen(k->want) + 1 && !strcmp(out.data + 1, k->want),
                          "to_str(%.60s, %s) = %.80s want %.80s", k->a, k->b, out.data + 1,
                          k->want);
        } else {
            ck_assert_msg(out.len == 1, "to_str left partial output");
        }
        sk_buf_free(&out);
    } else if (!strcmp(k->op, "to_bytes")) {
        size_t length;
        int little, is_signed;
        ck_assert_int_eq(sscanf(k->b, "%zu:%d:%d", &length, &little, &is_signed), 3);
        unsigned char got[512], want[512];
        ck_assert(length <= sizeof got);
        st = sk_bi_to_bytes(x, got, length, little, is_signed, &err);
        if (expect_status(k, st, &err)) {
            ck_assert_uint_eq(unhex(k->want, want), length);
            ck_assert_msg(length == 0 || memcmp(got, want, length) == 0, "to_bytes(%s, %s)", k->a,
                          k->b);
        }
    } else {
        ck_abort_msg("unknown op %s", k->op);
    }
skip:
    mp_clear(&a.heap);
    return true;
}

START_TEST(test_cpython_cases) {
    const bi_case *k = &bi_cases[_i];
    run_case(k, PLAIN);
    run_case(k, ALIAS);
    run_case(k, VIEWS);
}
END_TEST

/* ---- hand-written tests ---------------------------------------------------- */

/* Results on either side of the inline range's ends: the VM stores a value
 * inline exactly when sk_bi_fits_small says so. */
START_TEST(test_small_boundary) {
    const int64_t lo = SK_BI_SMALL_MIN, hi = SK_BI_SMALL_MAX;
    ck_assert_int_eq(lo, -(INT64_C(1) << 62));
    ck_assert_int_eq(hi, (INT64_C(1) << 62) - 1);
    sk_bi_err err;
    for (int64_t d = -3; d <= 3; d++) {
        sk_bi_small x, y;
        mp_int r;
        int64_t v;
        ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
        /* hi + d */
        ck_assert_int_eq(sk_bi_add(&r, sk_bi_view_i64(&x, hi), sk_bi_view_i64(&y, d), &err), SK_BI_OK);
        ck_assert_int_eq(sk_bi_fits_small(&r, &v), d <= 0);
        if (d <= 0) ck_assert_int_eq(v, hi + d);
        /* lo + d */
        ck_assert_int_eq(sk_bi_add(&r, sk_bi_view_i64(&x, lo), sk_bi_view_i64(&y, d), &err), SK_BI_OK);
        ck_assert_int_eq(sk_bi_fits_small(&r, &v), d >= 0);
        if (d >= 0) ck_assert_int_eq(v, lo + d);
        /* -(lo + d): negating the smallest inline value leaves the range */
        ck_assert_int_eq(sk_bi_neg(&r, &r, &err), SK_BI_OK);
        ck_assert_int_eq(sk_bi_fits_small(&r, &v), d >= 1);
        /* hi * 2 + d never fits; (hi * 2 + d) // 2 does again */
        ck_assert_int_eq(sk_bi_mul(&r, sk_bi_view_i64(&x, hi), sk_bi_view_i64(&y, 2), &err), SK_BI_OK);
        ck_assert_int_eq(sk_bi_add(&r, &r, sk_bi_view_i64(&y, d), &err), SK_BI_OK);
        ck_assert(!sk_bi_fits_small(&r, NULL));
        ck_assert_int_eq(sk_bi_floordiv(&r, &r, sk_bi_view_i64(&y, 2), &err), SK_BI_OK);
        ck_assert_int_eq(sk_bi_fits_small(&r, &v), d <= 1);
        mp_clear(&r);
    }
    /* int64 ends through sk_bi_to_i64 */
    sk_bi_small x, y;
    mp_int r;
    ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
    ck_assert_int_eq(sk_bi_sub(&r, sk_bi_view_i64(&x, INT64_MIN), sk_bi_view_i64(&y, 0), &err), SK_BI_OK);
    int64_t v;
    ck_assert(sk_bi_to_i64(&r, &v) && v == INT64_MIN);
    ck_assert(!sk_bi_fits_small(&r, NULL));
    ck_assert_int_eq(mp_sub_d(&r, 1, &r), MP_OKAY);
    ck_assert(!sk_bi_to_i64(&r, NULL));
    mp_clear(&r);
}
END_TEST

/* Large values: decimal output against libtommath's own (quadratic,
 * independent) conversion, and parse(print(x)) == x in every base. */
START_TEST(test_round_trips) {
    sk_bi_err err;
    static const int sizes[] = {1, 2, 3, 40, 47, 48, 49, 97, 200, 513, 1500, 4000};
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        mp_int x, y;
        ck_assert_int_eq(mp_init_multi(&x, &y, NULL), MP_OKAY);
        ck_assert_int_eq(mp_rand(&x, sizes[si]), MP_OKAY);
        if (si & 1) ck_assert_int_eq(mp_neg(&x, &x), MP_OKAY);
        /* decimal vs mp_to_radix */
        int size;
        ck_assert_int_eq(mp_radix_size(&x, 10, &size), MP_OKAY);
        char *ref = malloc((size_t)size);
        ck_assert_int_eq(mp_to_radix(&x, ref, (size_t)size, NULL, 10), MP_OKAY);
        sk_buf out;
        sk_buf_init(&out, test_alloc, NULL);
        ck_assert_int_eq(sk_bi_to_str(&x, 10, 0, 0, &out, &err), SK_BI_OK);
        ck_assert_str_eq(out.data, ref);
        free(ref);
        for (int base = 2; base <= 36; base++) {
            out.len = 0;
            ck_assert_int_eq(sk_bi_to_str(&x, base, SK_BI_FMT_PREFIX, 0, &out, &err), SK_BI_OK);
            ck_assert_int_eq(sk_bi_from_str(&y, out.data, out.len, base, 0, "x", 1, &err), SK_BI_OK);
            ck_assert_int_eq(mp_cmp(&x, &y), MP_EQ);
            if (base == 2 || base == 8 || base == 16) {
                ck_assert_int_eq(sk_bi_from_str(&y, out.data, out.len, 0, 0, "x", 1, &err), SK_BI_OK);
                ck_assert_int_eq(mp_cmp(&x, &y), MP_EQ);
            }
        }
        /* exact powers of the base and their neighbours */
        for (int base = 3; base <= 36; base += 7) {
            for (int d = -1; d <= 1; d++) {
                mp_int p;
                ck_assert_int_eq(mp_init_set(&p, (mp_digit)base), MP_OKAY);
                ck_assert_int_eq(mp_expt_u32(&p, (uint32_t)(sizes[si] * 12), &p), MP_OKAY);
                ck_assert_int_eq(d < 0 ? mp_sub_d(&p, 1, &p) : mp_add_d(&p, (mp_digit)d, &p), MP_OKAY);
                out.len = 0;
                ck_assert_int_eq(sk_bi_to_str(&p, base, 0, 0, &out, &err), SK_BI_OK);
                ck_assert_uint_eq(out.len, (size_t)(sizes[si] * 12) + (d >= 0));
                ck_assert_int_eq(sk_bi_from_str(&y, out.data, out.len, base, 0, "x", 1, &err), SK_BI_OK);
                ck_assert_int_eq(mp_cmp(&p, &y), MP_EQ);
                mp_clear(&p);
            }
        }
        sk_buf_free(&out);
        mp_clear_multi(&x, &y, NULL);
    }
}
END_TEST

/* Absurd sizes fail at once instead of running for hours. */
START_TEST(test_refusals) {
    sk_bi_err err;
    sk_bi_small a, b;
    mp_int r, e;
    ck_assert_int_eq(sk_bi_init(&r), SK_BI_OK);
    ck_assert_int_eq(sk_bi_init(&e), SK_BI_OK);
    ck_assert_int_eq(mp_2expt(&e, 100), MP_OKAY);
    ck_assert_int_eq(sk_bi_pow(&r, sk_bi_view_i64(&a, 3), &e, &err), SK_BI_NOMEM);
    ck_assert_str_eq(err.msg, "");
    ck_assert_int_eq(sk_bi_pow(&r, sk_bi_view_i64(&a, 3), sk_bi_view_i64(&b, INT64_C(1) << 33), &err),
                     SK_BI_NOMEM);
    ck_assert_int_eq(sk_bi_lshift(&r, sk_bi_view_i64(&a, 1), sk_bi_view_i64(&b, SK_BI_MAX_BITS), &err),
                     SK_BI_NOMEM);
    ck_assert_int_eq(sk_bi_lshift(&r, sk_bi_view_i64(&a, 1), sk_bi_view_i64(&b, 100000), &err), SK_BI_OK);
    /* a product past the bound */
    ck_assert_int_eq(mp_2expt(&e, (int)(SK_BI_MAX_BITS / 2 + 10)), MP_OKAY);
    ck_assert_int_eq(sk_bi_mul(&r, &e, &e, &err), SK_BI_NOMEM);
    ck_assert_int_eq(sk_bi_pow(&r, sk_bi_view_i64(&a, -1), &e, &err), SK_BI_OK);
    ck_assert_int_eq(mp_cmp_d(&r, 1), MP_EQ);
    mp_clear_multi(&r, &e, NULL);
}
END_TEST

/* Size accounting: a quotient does not keep the dividend's digit array. */
START_TEST(test_size_bytes) {
    sk_bi_err err;
    mp_int a, b, q;
    ck_assert_int_eq(mp_init_multi(&a, &b, &q, NULL), MP_OKAY);
    ck_assert_int_eq(mp_2expt(&a, 64000), MP_OKAY);
    ck_assert_int_eq(mp_2expt(&b, 63990), MP_OKAY);
    ck_assert_uint_ge(sk_bi_size_bytes(&a), 8000);
    ck_assert_int_eq(sk_bi_floordiv(&q, &a, &b, &err), SK_BI_OK);
    ck_assert_int_eq(mp_cmp_d(&q, 1024), MP_EQ);
    ck_assert_uint_le(sk_bi_size_bytes(&q), 8 * sizeof(mp_digit));
    mp_int s;
    ck_assert_int_eq(sk_bi_init(&s), SK_BI_OK);
    ck_assert_uint_le(sk_bi_size_bytes(&s), 2 * sizeof(mp_digit));
    mp_clear_multi(&a, &b, &q, &s, NULL);
}
END_TEST

static Suite *bigint_suite(void) {
    Suite *s = suite_create("bigint");
    TCase *tc = tcase_create("cpython");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_cpython_cases, 0, NCASES);
    suite_add_tcase(s, tc);
    TCase *hand = tcase_create("hand");
    tcase_set_timeout(hand, 600);
    tcase_add_test(hand, test_small_boundary);
    tcase_add_test(hand, test_round_trips);
    tcase_add_test(hand, test_refusals);
    tcase_add_test(hand, test_size_bytes);
    suite_add_tcase(s, hand);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(bigint_suite());
    /* Thousands of table cases: forking for each would dominate the run. */
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    printf("%d table cases\n", NCASES);
    return failed == 0 ? 0 : 1;
}
