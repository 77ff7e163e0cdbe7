/* check.h — the few assertion helpers the embedding tests share. Each test
 * is a host program written against <skein.h> alone; a failed check prints
 * where and why and the program exits 1 (meson reports it as a failure).
 */
#ifndef EMBED_CHECK_H
#define EMBED_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skein.h"

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            exit(1);                                                                 \
        }                                                                            \
    } while (0)

#define CHECK_STATUS(vm, call, want)                                                   \
    do {                                                                               \
        sk_status got_ = (call);                                                       \
        if (got_ != (want)) {                                                          \
            fprintf(stderr, "%s:%d: %s returned %d, expected %d (%s)\n", __FILE__,     \
                    __LINE__, #call, (int)got_, (int)(want), sk_error_message(vm));    \
            exit(1);                                                                   \
        }                                                                              \
    } while (0)

#define CHECK_STR(got, want)                                                          \
    do {                                                                              \
        const char *g_ = (got), *w_ = (want);                                         \
        if (strcmp(g_, w_) != 0) {                                                    \
            fprintf(stderr, "%s:%d: %s is\n---\n%s\n---\nexpected\n---\n%s\n---\n",   \
                    __FILE__, __LINE__, #got, g_, w_);                                \
            exit(1);                                                                  \
        }                                                                             \
    } while (0)

/* An output hook's destination: a growing, NUL-terminated buffer. */
typedef struct capture {
    char *data;
    size_t len, cap;
} capture;

static inline void capture_write(void *ud, const char *data, size_t len) {
    capture *c = ud;
    if (c->len + len + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 256;
        while (c->len + len + 1 > cap) cap *= 2;
        char *p = realloc(c->data, cap);
        CHECK(p != NULL);
        c->data = p;
        c->cap = cap;
    }
    memcpy(c->data + c->len, data, len);
    c->len += len;
    c->data[c->len] = '\0';
}

static inline const char *capture_text(const capture *c) { return c->data ? c->data : ""; }

static inline void capture_clear(capture *c) {
    c->len = 0;
    if (c->data) c->data[0] = '\0';
}

static inline void capture_free(capture *c) {
    free(c->data);
    *c = (capture){0};
}

#endif
