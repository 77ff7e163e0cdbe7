/* skein-ast [--mode exec|eval|single] [--attrs] FILE
 *
 * Parses FILE and prints its tree as CPython 3.12's ast.dump() does (with
 * --attrs, with positions as include_attributes=True prints them), exit
 * status 0; or prints the syntax error as `skein FILE` will print it, on
 * standard error, exit status 1. Used by the parser's tests until the
 * real `skein` exists. With --bench N it only parses, N times, and prints
 * the fastest time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parse.h"

static void *std_alloc(void *ud, void *ptr, size_t old, size_t new_size) {
    (void)ud; (void)old;
    if (new_size == 0) { free(ptr); return NULL; }
    return realloc(ptr, new_size);
}

static void write_out(void *ud, const char *s, size_t len) { fwrite(s, 1, len, (FILE *)ud); }

int main(int argc, char **argv) {
    ast_mode mode = AST_MODE_EXEC;
    bool attrs = false;
    int bench = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc) {
            const char *m = argv[++i];
            mode = strcmp(m, "eval") == 0 ? AST_MODE_EVAL : strcmp(m, "single") == 0 ? AST_MODE_SINGLE : AST_MODE_EXEC;
        } else if (strcmp(argv[i], "--bench") == 0 && i + 1 < argc) {
            bench = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--attrs") == 0) {
            attrs = true;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: skein-ast [--mode exec|eval|single] [--attrs] FILE\n");
        return 2;
    }
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 2; }
    size_t cap = 1 << 16, len = 0;
    char *src = malloc(cap);
    size_t n;
    while (src && (n = fread(src + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) { cap *= 2; src = realloc(src, cap); }
    }
    fclose(f);
    if (!src) { fprintf(stderr, "out of memory\n"); return 2; }
    if (bench > 0) {
        double best = 1e9;
        for (int i = 0; i < bench; i++) {
            struct timespec t0, t1;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            ast_arena *ar = sk_ast_arena_new(std_alloc, NULL);
            sk_syntax_error e;
            ast_module *m = sk_parse(ar, src, len, path, mode, &e);
            sk_ast_arena_free(ar);
            clock_gettime(CLOCK_MONOTONIC, &t1);
            double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
            if (ms < best) best = ms;
            if (!m) { fprintf(stderr, "syntax error\n"); return 1; }
        }
        printf("parse: %.2f ms (best of %d)\n", best, bench);
        free(src);
        return 0;
    }
    ast_arena *arena = sk_ast_arena_new(std_alloc, NULL);
    sk_syntax_error err;
    ast_module *mod = sk_parse(arena, src, len, path, mode, &err);
    int status = 0;
    if (mod) {
        sk_ast_dump_ex(mod, attrs, write_out, stdout);
    } else {
        sk_buf b;
        sk_buf_init(&b, std_alloc, NULL);
        sk_syntax_error_format(&err, path, &b);
        if (b.data) fwrite(b.data, 1, b.len, stderr);
        sk_buf_free(&b);
        status = 1;
    }
    sk_ast_arena_free(arena);
    free(src);
    return status;
}
