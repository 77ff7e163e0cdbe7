/* bench_bigint.c — times decimal conversion both ways at sizes that matter:
 * CPython's default digit limit (4300), and far past it. Run with
 * `meson test -C build --benchmark` or directly with digit counts as
 * arguments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bigint.h"

static void *bench_alloc(void *ud, void *ptr, size_t old, size_t new_size) {
    (void)ud;
    (void)old;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int bench(long digits) {
    char *s = malloc((size_t)digits + 1);
    if (!s) return 1;
    unsigned seed = 12345;
    for (long i = 0; i < digits; i++) {
        seed = seed * 1103515245u + 12345u;
        s[i] = (char)('0' + (seed >> 16) % 10);
    }
    s[0] = '7';
    s[digits] = '\0';
    mp_int x;
    sk_bi_err err;
    sk_buf out;
    sk_buf_init(&out, bench_alloc, NULL);
    if (sk_bi_init(&x) != SK_BI_OK) return 1;
    int reps = digits <= 10000 ? 200 : 3;
    double t0 = now();
    for (int i = 0; i < reps; i++)
        if (sk_bi_from_str(&x, s, (size_t)digits, 10, 0, "x", 1, &err) != SK_BI_OK) return 1;
    double t1 = now();
    for (int i = 0; i < reps; i++) {
        out.len = 0;
        if (sk_bi_to_str(&x, 10, 0, 0, &out, &err) != SK_BI_OK) return 1;
    }
    double t2 = now();
    int ok = out.len == (size_t)digits && memcmp(out.data, s, (size_t)digits) == 0;
    printf("%8ld digits: str->int %9.3f ms, int->str %9.3f ms%s\n", digits,
           (t1 - t0) * 1e3 / reps, (t2 - t1) * 1e3 / reps, ok ? "" : "  MISMATCH");
    mp_clear(&x);
    sk_buf_free(&out);
    free(s);
    return ok ? 0 : 1;
}

int main(int argc, char **argv) {
    int rc = 0;
    if (argc > 1) {
        for (int i = 1; i < argc; i++) rc |= bench(atol(argv[i]));
    } else {
        rc |= bench(4300);
        rc |= bench(100000);
        rc |= bench(1000000);
    }
    return rc;
}
