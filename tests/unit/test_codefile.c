/* test_codefile.c — frozen code (vm/codefile.c): for every bundled module,
 * the code object loaded from the frozen table linked into libskein equals,
 * field by field, the one compiling its source gives now; and damaged data
 * is refused with ValueError, never a crash.
 *
 * The comparison below walks every field of sk_code and sk_code_pos itself
 * (it does not reuse the serializer), so a field the serializer drops or
 * garbles fails here; codefile.c's size checks of those structs point
 * whoever adds a field to both places. */
#include "vmtest.h"

#include "bytes.h"
#include "code.h"
#include "codefile.h"
#include "compile.h"
#include "exc.h"
#include "floatobj.h"
#include "int.h"
#include "modules.h"
#include "str.h"
#include "tuple.h"

static void same_value(sk_vm *vm, sk_value a, sk_value b, const char *where);

static void same_str(sk_value a, sk_value b, const char *where) {
    ck_assert_msg(sk_is_ptr(a) && sk_is_ptr(b) && sk_as_obj(a)->type == sk_as_obj(b)->type, "%s: str type", where);
    ck_assert_msg(sk_str_size(a) == sk_str_size(b) && memcmp(sk_str_data(a), sk_str_data(b), sk_str_size(a)) == 0,
                  "%s: text '%s' vs '%s'", where, sk_str_data(a), sk_str_data(b));
    ck_assert_msg(sk_str_len(a) == sk_str_len(b) && sk_str_ptr(a)->ascii == sk_str_ptr(b)->ascii, "%s: length", where);
    ck_assert_msg(sk_str_ptr(a)->interned == sk_str_ptr(b)->interned, "%s: interned flag of '%s'", where,
                  sk_str_data(a));
    /* interned strings are the very same object */
    if (sk_str_ptr(a)->interned) ck_assert_msg(a == b, "%s: '%s' not the interned object", where, sk_str_data(a));
}

static void same_tuple(sk_vm *vm, sk_value a, sk_value b, const char *where) {
    ck_assert_msg(a && b && sk_as_obj(a)->type == SK_TYPE(vm, TUPLE) && sk_as_obj(b)->type == SK_TYPE(vm, TUPLE),
                  "%s: not tuples", where);
    ck_assert_msg(sk_tuple_len(a) == sk_tuple_len(b), "%s: %zu items vs %zu", where, sk_tuple_len(a), sk_tuple_len(b));
    for (size_t i = 0; i < sk_tuple_len(a); i++) {
        char sub[512];
        snprintf(sub, sizeof sub, "%s[%zu]", where, i);
        same_value(vm, sk_tuple_items(a)[i], sk_tuple_items(b)[i], sub);
    }
}

static bool same_bits(double x, double y) { return memcmp(&x, &y, sizeof x) == 0; }

static void same_code(sk_vm *vm, sk_value av, sk_value bv, const char *where) {
    const sk_code *a = sk_code_ptr(av), *b = sk_code_ptr(bv);
    char sub[512];
    snprintf(sub, sizeof sub, "%s/%s", where, sk_str_data(a->qualname));
    ck_assert_msg(a->ninsns == b->ninsns, "%s: ninsns", sub);
    ck_assert_msg(a->nexc == b->nexc, "%s: nexc", sub);
    ck_assert_msg(a->ncaches == b->ncaches, "%s: ncaches", sub);
    ck_assert_msg(a->flags == b->flags, "%s: flags", sub);
    ck_assert_msg(a->firstlineno == b->firstlineno, "%s: firstlineno", sub);
    ck_assert_msg(a->nregs == b->nregs && a->nlocals == b->nlocals, "%s: nregs/nlocals", sub);
    ck_assert_msg(a->argcount == b->argcount && a->posonlyargcount == b->posonlyargcount &&
                      a->kwonlyargcount == b->kwonlyargcount,
                  "%s: argument counts", sub);
    ck_assert_msg(a->ncells == b->ncells && a->nfree == b->nfree && a->free_base == b->free_base, "%s: cells", sub);
    ck_assert_msg(memcmp(a->insns, b->insns, a->ninsns * sizeof(uint32_t)) == 0, "%s: instructions", sub);
    for (uint32_t i = 0; i < a->ninsns; i++) {
        const sk_code_pos *p = &a->positions[i], *q = &b->positions[i];
        ck_assert_msg(p->line == q->line && p->end_line == q->end_line && p->col == q->col && p->end_col == q->end_col,
                      "%s: position of instruction %u", sub, i);
        ck_assert_msg(p->anchor_left == q->anchor_left && p->anchor_right == q->anchor_right &&
                          p->anchor_kind == q->anchor_kind,
                      "%s: anchors of instruction %u", sub, i);
        ck_assert_msg(p->stmt_live == q->stmt_live && p->stmt_start == q->stmt_start,
                      "%s: statement liveness of instruction %u", sub, i);
    }
    for (uint32_t i = 0; i < a->nexc; i++) {
        const sk_exc_entry *e = &a->exctable[i], *f = &b->exctable[i];
        ck_assert_msg(e->start == f->start && e->end == f->end && e->handler == f->handler && e->exc_reg == f->exc_reg,
                      "%s: exception table entry %u", sub, i);
    }
    for (uint32_t i = 0; i < a->ncaches; i++) {
        const sk_inline_cache *c = &b->caches[i];
        ck_assert_msg(!c->guard && !c->guard2 && !c->value && !c->index, "%s: cache %u not empty", sub, i);
    }
    for (uint32_t i = 0; i < a->ncells; i++)
        ck_assert_msg(a->cell_regs[i] == b->cell_regs[i] && a->cell_param[i] == b->cell_param[i], "%s: cell %u", sub, i);
    char part[600];
    snprintf(part, sizeof part, "%s.consts", sub);
    same_tuple(vm, a->consts, b->consts, part);
    snprintf(part, sizeof part, "%s.names", sub);
    same_tuple(vm, a->names, b->names, part);
    snprintf(part, sizeof part, "%s.varnames", sub);
    same_tuple(vm, a->varnames, b->varnames, part);
    snprintf(part, sizeof part, "%s.cellvars", sub);
    same_tuple(vm, a->cellvars, b->cellvars, part);
    snprintf(part, sizeof part, "%s.freevars", sub);
    same_tuple(vm, a->freevars, b->freevars, part);
    same_str(a->name, b->name, sub);
    same_str(a->qualname, b->qualname, sub);
    ck_assert_msg(a->filename == b->filename, "%s: filename", sub);
    ck_assert_msg(a->source == b->source, "%s: source", sub);
}

static void same_value(sk_vm *vm, sk_value a, sk_value b, const char *where) {
    if (!sk_is_ptr(a) || !sk_is_ptr(b)) {
        ck_assert_msg(a == b, "%s: immediate values differ", where);
        return;
    }
    sk_type *t = sk_as_obj(a)->type;
    ck_assert_msg(t == sk_as_obj(b)->type, "%s: types differ", where);
    if (t == SK_TYPE(vm, STR)) same_str(a, b, where);
    else if (t == SK_TYPE(vm, INT)) ck_assert_msg(sk_int_cmp(vm, a, b) == 0, "%s: ints differ", where);
    else if (t == SK_TYPE(vm, FLOAT)) ck_assert_msg(same_bits(sk_float_value(a), sk_float_value(b)), "%s: floats", where);
    else if (t == SK_TYPE(vm, COMPLEX)) {
        const sk_complex *x = (const sk_complex *)sk_as_obj(a), *y = (const sk_complex *)sk_as_obj(b);
        ck_assert_msg(same_bits(x->real, y->real) && same_bits(x->imag, y->imag), "%s: complex", where);
    } else if (t == SK_TYPE(vm, BYTES))
        ck_assert_msg(sk_bytes_len(a) == sk_bytes_len(b) && memcmp(sk_bytes_data(a), sk_bytes_data(b), sk_bytes_len(a)) == 0,
                      "%s: bytes", where);
    else if (t == SK_TYPE(vm, TUPLE)) same_tuple(vm, a, b, where);
    else if (t == SK_TYPE(vm, CODE)) same_code(vm, a, b, where);
    else ck_assert_msg(a == b, "%s: objects of type %s differ", where, t->c_name ? t->c_name : "?");
}

static sk_value frozen_filename(sk_vm *vm, const char *name) {
    sk_value f = sk_str_fmt(vm, "<frozen %s>", name);
    ck_assert(f);
    return f;
}

START_TEST(every_module_round_trips) {
    sk_vm *vm = vmtest_new(0);
    ck_assert_uint_eq(sk_frozen_count, sk_bundled_count);
    ck_assert_uint_gt(sk_bundled_count, 0);
    for (size_t i = 0; i < sk_bundled_count; i++) {
        size_t mark = sk_gc_roots_save(vm);
        const sk_bundled_module *bm = &sk_bundled_modules[i];
        const sk_frozen_module *fm = &sk_frozen_modules[i];
        ck_assert_str_eq(fm->name, bm->name);
        sk_value filename = frozen_filename(vm, bm->name);
        SK_ROOT(vm, filename);
        /* as vm/import.c compiled bundled modules before they were frozen
         * (not under GC stress: a collection at each of the compiler's
         * allocations would take many minutes here; the load below is
         * stressed in a stress build, which takes seconds) */
        vm->stress_quiet++;
        sk_value compiled = sk_compile_source(vm, bm->source, bm->len, filename, AST_MODE_EXEC, 0);
        vm->stress_quiet--;
        ck_assert_msg(compiled, "%s does not compile", bm->name);
        SK_ROOT(vm, compiled);
        sk_value loaded = sk_codefile_load(vm, fm->code, fm->len, filename);
        ck_assert_msg(loaded, "%s does not load", bm->name);
        SK_ROOT(vm, loaded);
        same_code(vm, compiled, loaded, bm->name);
        sk_gc_roots_restore(vm, mark);
    }
    sk_vm_free(vm);
}
END_TEST

/* Source with every kind of constant and of code object the compiler
 * makes, some the bundled library may not use (big ints of both signs,
 * complex, bytes, surrogates, the assert statement's exception type, async
 * generators, except*, cells). */
static const char every_kind_source[] =
    "\"\"\"A module with every kind of constant and code the compiler makes.\"\"\"\n"
    "from os import path as p, sep\n"
    "import sys as _sys\n"
    "x: int = 5\n"
    "values = (None, True, False, ..., NotImplemented, 0, 1, -5, 4611686018427387903, 4611686018427387904,\n"
    "          -4611686018427387904, -4611686018427387905, 123456789012345678901234567890,\n"
    "          -0x123456789abcdef0123456789abcdef, 1.5, -0.0, 0.0, 1e400, -1e400, 2j, -3.5j, 0j,\n"
    "          \"id_like\", \"not an identifier\", \"\", \"a\", \"\303\251 \303\274 \342\202\254\", \"\\ud800\\udfff\", b\"\", b\"bytes\\x00\\xff\", f\"{x!r:>{x}}\")\n"
    "def f(a, b=2, /, c=3, *args, d, e=5, **kw):\n"
    "    \"\"\"docstring\"\"\"\n"
    "    assert a, \"message\"\n"
    "    g = lambda q: q + a\n"
    "    return g, [i * a for i in args], {k: v for k, v in kw.items()}, (y for y in args), f(a=1, d=2)\n"
    "class C(object, metaclass=type):\n"
    "    attr = 1\n"
    "    def m(self):\n"
    "        return __class__, super().m()\n"
    "    @staticmethod\n"
    "    async def am(n):\n"
    "        async with n as v:\n"
    "            async for w in v:\n"
    "                await w\n"
    "        yield n\n"
    "def outer():\n"
    "    z = 1\n"
    "    def inner():\n"
    "        nonlocal z\n"
    "        z += 1\n"
    "        return z\n"
    "    return inner\n"
    "try:\n"
    "    pass\n"
    "except* ValueError as eg:\n"
    "    raise\n"
    "except* (TypeError, KeyError):\n"
    "    pass\n"
    "finally:\n"
    "    del x\n"
    "with open(__file__) as fh, open(__file__):\n"
    "    pass\n"
    "global_name = [*values, *values][1:2:3]\n"
    "print(f, C, outer, global_name, values[0b1011 % 3] ** 2 @ 1 if 0 else 0)\n";

/* Which kinds of constant a code tree holds, as bits. */
enum { K_BIGINT = 1, K_NEGBIG = 2, K_FLOAT = 4, K_COMPLEX = 8, K_BYTES = 16, K_INTERNED = 32, K_PLAIN_STR = 64,
       K_TUPLE = 128, K_CODE = 256, K_TYPE = 512, K_ELLIPSIS = 1024, K_SURROGATE = 2048 };

static unsigned const_kinds(sk_vm *vm, sk_value v) {
    if (v == SK_ELLIPSIS) return K_ELLIPSIS;
    if (!sk_is_ptr(v)) return 0;
    sk_type *t = sk_as_obj(v)->type;
    if (t == SK_TYPE(vm, INT)) return sk_int_sign(v) < 0 ? K_NEGBIG : K_BIGINT;
    if (t == SK_TYPE(vm, FLOAT)) return K_FLOAT;
    if (t == SK_TYPE(vm, COMPLEX)) return K_COMPLEX;
    if (t == SK_TYPE(vm, BYTES)) return K_BYTES;
    if (t == SK_TYPE(vm, STR))
        return (sk_str_ptr(v)->interned ? K_INTERNED : K_PLAIN_STR) |
               (memmem(sk_str_data(v), sk_str_size(v), "\355\240\200", 3) ? K_SURROGATE : 0);
    if (t == SK_TYPE(vm, TUPLE)) {
        unsigned k = K_TUPLE;
        for (size_t i = 0; i < sk_tuple_len(v); i++) k |= const_kinds(vm, sk_tuple_items(v)[i]);
        return k;
    }
    if (t == SK_TYPE(vm, CODE)) return K_CODE | const_kinds(vm, sk_code_ptr(v)->consts);
    if (t == SK_TYPE(vm, TYPE)) return K_TYPE;
    return 0;
}

START_TEST(every_constant_kind_round_trips) {
    sk_vm *vm = vmtest_new(0);
    sk_value filename = frozen_filename(vm, "every_kind");
    SK_ROOT(vm, filename);
    sk_value compiled = sk_compile_source(vm, every_kind_source, sizeof every_kind_source - 1, filename, AST_MODE_EXEC, 0);
    ck_assert(compiled);
    SK_ROOT(vm, compiled);
    ck_assert_uint_eq(const_kinds(vm, sk_code_ptr(compiled)->consts), (unsigned)K_SURROGATE * 2 - 1);
    sk_buf bytes;
    sk_buf_init_vm(vm, &bytes);
    ck_assert(sk_codefile_dump(vm, compiled, &bytes));
    sk_value loaded = sk_codefile_load(vm, bytes.data, bytes.len, filename);
    sk_buf_free(&bytes);
    ck_assert(loaded);
    SK_ROOT(vm, loaded);
    same_code(vm, compiled, loaded, "every_kind");
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

/* The frozen module with the most bytes below `limit`. */
static const sk_frozen_module *module_below(size_t limit) {
    const sk_frozen_module *best = NULL;
    for (size_t i = 0; i < sk_frozen_count; i++)
        if (sk_frozen_modules[i].len < limit && (!best || sk_frozen_modules[i].len > best->len)) best = &sk_frozen_modules[i];
    ck_assert(best);
    return best;
}

/* Loading fails with ValueError (never anything worse). */
static void refused(sk_vm *vm, const unsigned char *data, size_t len, sk_value filename, const char *what) {
    sk_value c = sk_codefile_load(vm, data, len, filename);
    ck_assert_msg(!c, "%s: loaded", what);
    ck_assert_msg(sk_exc_pending(vm, SK_EXC_VALUE), "%s: not a ValueError", what);
    sk_exc_take(vm);
}

static void fix_checksum(unsigned char *data, size_t len) {
    uint64_t sum = sk_codefile_checksum(data + SK_CODEFILE_BODY_AT, len - SK_CODEFILE_BODY_AT);
    for (int k = 0; k < 8; k++) data[SK_CODEFILE_CHECKSUM_AT + k] = (unsigned char)(sum >> (8 * k));
}

START_TEST(damage_is_refused) {
    sk_vm *vm = vmtest_new(0);
    vm->stress_quiet++; /* thousands of loads: not under GC stress */
    sk_value filename = frozen_filename(vm, "damaged");
    SK_ROOT(vm, filename);
    const sk_frozen_module *fm = module_below(4000);
    size_t len = fm->len;
    unsigned char *copy = malloc(len);
    ck_assert(copy);
    memcpy(copy, fm->code, len);
    /* the header */
    refused(vm, copy, 0, filename, "empty");
    copy[0] = 'X';
    refused(vm, copy, len, filename, "magic");
    copy[0] = fm->code[0];
    copy[4] = SK_CODEFILE_VERSION + 1;
    refused(vm, copy, len, filename, "version");
    copy[4] = fm->code[4];
    copy[len / 2] ^= 0x10;
    refused(vm, copy, len, filename, "checksum");
    copy[len / 2] = fm->code[len / 2];
    /* every truncation, with a checksum that matches what is left */
    for (size_t n = SK_CODEFILE_BODY_AT; n < len; n++) {
        memcpy(copy, fm->code, len);
        fix_checksum(copy, n);
        refused(vm, copy, n, filename, "truncated");
    }
    /* damaged bytes behind a matching checksum: the structural checks
     * answer, with ValueError or with some code object, never a crash */
    unsigned seed = 12345;
    for (int round = 0; round < 20000; round++) {
        size_t mark = sk_gc_roots_save(vm);
        memcpy(copy, fm->code, len);
        int flips = 1 + round % 3;
        for (int k = 0; k < flips; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = SK_CODEFILE_BODY_AT + (seed >> 8) % (len - SK_CODEFILE_BODY_AT);
            seed = seed * 1103515245u + 12345u;
            copy[at] = (round & 4) ? (unsigned char)(seed >> 16) : (unsigned char)(copy[at] ^ (1u << ((seed >> 16) % 8)));
        }
        fix_checksum(copy, len);
        sk_value c = sk_codefile_load(vm, copy, len, filename);
        if (!c) {
            ck_assert_msg(sk_exc_pending(vm, SK_EXC_VALUE), "round %d: not a ValueError", round);
            sk_exc_take(vm);
        }
        sk_gc_roots_restore(vm, mark);
    }
    free(copy);
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

/* Frozen modules run: what a bundled module defines is there, and a
 * traceback through one prints as it did when it was compiled at import. */
START_TEST(frozen_modules_run) {
    sk_vm *vm = vmtest_new(0);
    const char *out = vmtest_run(vm,
                                 "import asyncio, sys\n"
                                 "print(asyncio.sleep.__code__.co_filename, asyncio.sleep.__qualname__)\n"
                                 "print(asyncio.Task.__name__, sys.modules['asyncio.tasks'].__doc__[:18])\n");
    ck_assert_str_eq(out, "<frozen asyncio.tasks> sleep\nTask Task, which drives\n");
    sk_vm_free(vm);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("codefile");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, every_module_round_trips);
    tcase_add_test(tc, every_constant_kind_round_trips);
    tcase_add_test(tc, damage_is_refused);
    tcase_add_test(tc, frozen_modules_run);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
