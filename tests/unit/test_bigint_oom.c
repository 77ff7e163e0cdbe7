/* test_bigint_oom.c — every allocation failure inside vm/bigint.c becomes
 * SK_BI_NOMEM and leaks nothing.
 *
 * libtommath allocates with malloc, so this program replaces malloc and
 * friends (forwarding to glibc's __libc_* functions) to fail the Nth call
 * and to count live blocks. Each operation runs with N = 0, 1, 2, ... until
 * it completes without reaching N; after every run the count of live
 * blocks must be back to zero. Built only without sanitizers, which
 * replace malloc themselves.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"

void *__libc_malloc(size_t n);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t n);
void __libc_free(void *p);

/* The project builds with hidden visibility; the replacements must be
 * seen by libtommath. */
#define EXPORTED __attribute__((visibility("default")))

/* Test-only state: this program runs one thread. */
static bool armed;
static long fail_at, calls, live;

static bool should_fail(void) {
    if (!armed) return false;
    return calls++ == fail_at;
}

EXPORTED void *malloc(size_t n) {
    if (should_fail()) return NULL;
    void *p = __libc_malloc(n);
    if (p && armed) live++;
    return p;
}

EXPORTED void *calloc(size_t n, size_t size) {
    if (should_fail()) return NULL;
    void *p = __libc_calloc(n, size);
    if (p && armed) live++;
    return p;
}

EXPORTED void *realloc(void *p, size_t n) {
    if (!p) return malloc(n);
    if (n == 0) {
        free(p);
        return NULL;
    }
    if (should_fail()) return NULL;
    return __libc_realloc(p, n);
}

EXPORTED void free(void *p) {
    if (p && armed) live--;
    __libc_free(p);
}

static void *buf_alloc(void *ud, void *ptr, size_t old, size_t new_size) {
    (void)ud;
    (void)old;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

enum { OP_ADD, OP_MUL, OP_FLOORDIV, OP_DIVMOD, OP_POW, OP_POWMOD, OP_POWMOD_INV, OP_LSHIFT,
       OP_RSHIFT, OP_AND, OP_XOR, OP_TRUEDIV, OP_TO_STR, OP_FROM_STR, OP_FROM_BYTES, OP_ROUND,
       OP_GCD, OP_ISQRT, OP_INVERT, OP_LITERAL, OP_COUNT };

/* Runs op once with the current failure point. Returns its status; any
 * status but OK and NOMEM is a failure of the test. */
static sk_bi_status run(int op) {
    sk_bi_err err;
    sk_bi_status st = SK_BI_NOMEM;
    mp_int a, b, m, r, r2;
    sk_buf out;
    sk_buf_init(&out, buf_alloc, NULL);
    if (sk_bi_init(&a) != SK_BI_OK) return SK_BI_NOMEM;
    if (sk_bi_init(&b) != SK_BI_OK) goto clear_a;
    if (sk_bi_init(&m) != SK_BI_OK) goto clear_b;
    if (sk_bi_init(&r) != SK_BI_OK) goto clear_m;
    if (sk_bi_init(&r2) != SK_BI_OK) goto clear_r;
    /* Operands: a ~ 3000 digits, b ~ 1000 digits, m odd. */
    static char digits[3001];
    for (int i = 0; i < 3000; i++) digits[i] = (char)('1' + (i * 7) % 9);
    if (sk_bi_from_str(&a, digits, 3000, 10, 0, "x", 1, &err) != SK_BI_OK) goto clear_all;
    if (sk_bi_from_str(&b, digits, 1000, 10, 0, "x", 1, &err) != SK_BI_OK) goto clear_all;
    if (sk_bi_from_str(&m, digits, 301, 10, 0, "x", 1, &err) != SK_BI_OK) goto clear_all;
    sk_bi_small s1, s2;
    double d;
    switch (op) {
    case OP_ADD: st = sk_bi_add(&r, &a, &b, &err); break;
    case OP_MUL: st = sk_bi_mul(&r, &a, &b, &err); break;
    case OP_FLOORDIV: st = sk_bi_floordiv(&r, &a, &b, &err); break;
    case OP_DIVMOD: st = sk_bi_divmod(&r, &r2, &a, &b, &err); break;
    case OP_POW: st = sk_bi_pow(&r, &b, sk_bi_view_i64(&s1, 7), &err); break;
    case OP_POWMOD: st = sk_bi_powmod(&r, &a, &b, &m, &err); break;
    case OP_POWMOD_INV: st = sk_bi_powmod(&r, &b, sk_bi_view_i64(&s1, -3), &m, &err); break;
    case OP_LSHIFT: st = sk_bi_lshift(&r, &a, sk_bi_view_i64(&s1, 1000), &err); break;
    case OP_RSHIFT:
        if (sk_bi_neg(&a, &a, &err) != SK_BI_OK) break;
        st = sk_bi_rshift(&r, &a, sk_bi_view_i64(&s1, 1000), &err);
        break;
    case OP_AND:
        if (sk_bi_neg(&a, &a, &err) != SK_BI_OK) break;
        st = sk_bi_and(&r, &a, &b, &err);
        break;
    case OP_XOR:
        if (sk_bi_neg(&b, &b, &err) != SK_BI_OK) break;
        st = sk_bi_xor(&r, &a, &b, &err);
        break;
    case OP_TRUEDIV: st = sk_bi_truediv(&b, &a, &d, &err); break;
    case OP_TO_STR:
        if (sk_bi_mul(&a, &a, &a, &err) != SK_BI_OK) break; /* big enough for Barrett */
        st = sk_bi_to_str(&a, 10, 0, 0, &out, &err);
        break;
    case OP_FROM_STR: st = sk_bi_from_str(&r, digits, 3000, 11, 0, "x", 1, &err); break;
    case OP_FROM_BYTES: st = sk_bi_from_bytes(&r, (const unsigned char *)digits, 300, true, true, &err); break;
    case OP_ROUND: st = sk_bi_round(&r, &a, sk_bi_view_i64(&s2, -500), &err); break;
    case OP_GCD: st = sk_bi_gcd(&r, &a, &b, &err); break;
    case OP_ISQRT: st = sk_bi_isqrt(&r, &a, &err); break;
    case OP_INVERT: st = sk_bi_invert(&r, &a, &err); break;
    case OP_LITERAL: st = sk_bi_from_literal(&r, digits, 2000, 4300, &err); break;
    }
clear_all:
    mp_clear(&r2);
clear_r:
    mp_clear(&r);
clear_m:
    mp_clear(&m);
clear_b:
    mp_clear(&b);
clear_a:
    mp_clear(&a);
    sk_buf_free(&out);
    return st;
}

START_TEST(test_oom) {
    int op = _i;
    long n;
    for (n = 0;; n++) {
        armed = true;
        fail_at = n;
        calls = 0;
        live = 0;
        sk_bi_status st = run(op);
        armed = false;
        ck_assert_msg(live == 0, "op %d, failing allocation %ld: %ld blocks leaked", op, n, live);
        ck_assert_msg(st == SK_BI_OK || st == SK_BI_NOMEM, "op %d: status %d", op, (int)st);
        if (calls <= n) {
            ck_assert_int_eq(st, SK_BI_OK);
            break;
        }
    }
    ck_assert_int_gt(n, 3);
}
END_TEST

int main(void) {
    Suite *s = suite_create("bigint_oom");
    TCase *tc = tcase_create("oom");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_oom, 0, OP_COUNT);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
