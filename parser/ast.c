/* ast.c — the AST arena and the operator name tables (see ast.h).
 *
 * The arena is a list of chunks taken from the caller's allocator; memory
 * is handed out by bumping a pointer and freed all at once. Requests larger
 * than a quarter of a chunk get a chunk of their own, so big blocks waste
 * nothing and small ones stay fast.
 */
#include "ast.h"

#include <string.h>

typedef struct chunk {
    struct chunk *next;
    size_t size;             /* bytes after the header */
    max_align_t align[];     /* the memory */
} chunk;

struct ast_arena {
    sk_alloc_fn alloc;
    void *ud;
    chunk *chunks;
    char *cur, *end;         /* free space in the current chunk */
};

enum { CHUNK_SIZE = 64 * 1024, ALIGN = 8 };

ast_arena *sk_ast_arena_new(sk_alloc_fn alloc, void *ud) {
    ast_arena *a = alloc(ud, NULL, 0, sizeof *a);
    if (!a) return NULL;
    a->alloc = alloc;
    a->ud = ud;
    a->chunks = NULL;
    a->cur = a->end = NULL;
    return a;
}

void sk_ast_arena_free(ast_arena *a) {
    if (!a) return;
    chunk *c = a->chunks;
    while (c) {
        chunk *next = c->next;
        a->alloc(a->ud, c, sizeof(chunk) + c->size, 0);
        c = next;
    }
    a->alloc(a->ud, a, sizeof *a, 0);
}

static chunk *new_chunk(ast_arena *a, size_t size) {
    chunk *c = a->alloc(a->ud, NULL, 0, sizeof(chunk) + size);
    if (!c) return NULL;
    c->size = size;
    return c;
}

void *sk_ast_alloc(ast_arena *a, size_t size) {
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0) size = ALIGN;
    if ((size_t)(a->end - a->cur) >= size) {
        void *p = a->cur;
        a->cur += size;
        memset(p, 0, size);
        return p;
    }
    if (size > CHUNK_SIZE / 4) {
        /* A chunk of its own, linked behind the current one. */
        chunk *c = new_chunk(a, size);
        if (!c) return NULL;
        if (a->chunks) { c->next = a->chunks->next; a->chunks->next = c; }
        else { c->next = NULL; a->chunks = c; }
        memset(c->align, 0, size);
        return c->align;
    }
    chunk *c = new_chunk(a, CHUNK_SIZE);
    if (!c) return NULL;
    c->next = a->chunks;
    a->chunks = c;
    a->cur = (char *)c->align + size;
    a->end = (char *)c->align + CHUNK_SIZE;
    memset(c->align, 0, size);
    return c->align;
}

char *sk_ast_strdup(ast_arena *a, const char *s, size_t len) {
    char *d = sk_ast_alloc(a, len + 1);
    if (!d) return NULL;
    if (len) memcpy(d, s, len);
    d[len] = 0;
    return d;
}

static const char *const binop_names[] = {
#define X(id, name, sym) name,
    AST_BINOPS(X)
#undef X
};
static const char *const binop_symbols[] = {
#define X(id, name, sym) sym,
    AST_BINOPS(X)
#undef X
};
static const char *const cmpop_names[] = {
#define X(id, name, sym) name,
    AST_CMPOPS(X)
#undef X
};
static const char *const cmpop_symbols[] = {
#define X(id, name, sym) sym,
    AST_CMPOPS(X)
#undef X
};

const char *sk_ast_binop_name(ast_operator op) { return binop_names[op]; }
const char *sk_ast_binop_symbol(ast_operator op) { return binop_symbols[op]; }
const char *sk_ast_cmpop_name(ast_cmpop op) { return cmpop_names[op]; }
const char *sk_ast_cmpop_symbol(ast_cmpop op) { return cmpop_symbols[op]; }
