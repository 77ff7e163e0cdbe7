/* traceback.c — traceback objects, frame objects for tb_frame, and the
 * printer for uncaught exceptions (CPython 3.12's layout, including the
 * position markers computed from the instruction's source span).
 */
#include "traceback.h"

#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "code.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "list.h"
#include "ops.h"
#include "parse.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- traceback and frame objects ------------------------------------------- */

/* Frame objects are snapshots: skein's frames live on the frame stack or
 * inside generators and are never objects themselves, so f_locals, f_back
 * and f_lineno are captured when the frame object is made. */
typedef struct frame_obj {
    sk_obj hdr;
    sk_value code, globals, locals;
    sk_value back;       /* the caller's snapshot, or SK_NULL */
    int32_t lineno;
    uint32_t lasti;
} frame_obj;

static void tb_trace(sk_vm *vm, sk_obj *o) {
    sk_traceback *t = (sk_traceback *)o;
    sk_gc_mark(vm, t->next);
    sk_gc_mark(vm, t->code);
    sk_gc_mark(vm, t->globals);
    sk_gc_mark(vm, t->frame);
}

static void frame_obj_trace(sk_vm *vm, sk_obj *o) {
    frame_obj *f = (frame_obj *)o;
    sk_gc_mark(vm, f->code);
    sk_gc_mark(vm, f->globals);
    sk_gc_mark(vm, f->locals);
    sk_gc_mark(vm, f->back);
}

sk_value sk_traceback_new(sk_vm *vm, sk_value next, sk_frame *f) {
    SK_ROOT(vm, next);
    sk_traceback *t = (sk_traceback *)sk_gc_new(vm, SK_TYPE(vm, TRACEBACK), sizeof(sk_traceback));
    if (!t) return SK_NULL;
    t->next = next;
    t->code = sk_from_obj(f->code);
    t->globals = f->globals;
    t->lasti = sk_frame_lasti(f);
    t->lineno = sk_code_line(f->code, t->lasti);
    return sk_from_obj(t);
}

#define TB(v) ((sk_traceback *)sk_as_obj(v))

static sk_value tb_next(sk_vm *vm, sk_value self) { return TB(self)->next ? TB(self)->next : SK_NONE; }
static int tb_set_next(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "can't delete tb_next attribute");
        return -1;
    }
    if (v != SK_NONE && !SK_IS(vm, v, TRACEBACK)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "expected traceback object or None, got '%T'", v);
        return -1;
    }
    for (sk_value c = v; c && c != SK_NONE; c = TB(c)->next)
        if (c == self) {
            sk_exc_msg(vm, SK_EXC_VALUE, "traceback loop detected");
            return -1;
        }
    TB(self)->next = v == SK_NONE ? SK_NULL : v;
    return 0;
}
static sk_value tb_lineno(sk_vm *vm, sk_value self) { return sk_from_int(TB(self)->lineno); }
static sk_value tb_lasti(sk_vm *vm, sk_value self) { return sk_from_int((int64_t)TB(self)->lasti * 2); }
static sk_value tb_frame(sk_vm *vm, sk_value self) {
    sk_traceback *t = TB(self);
    if (t->frame) return t->frame;
    frame_obj *f = (frame_obj *)sk_gc_new(vm, SK_TYPE(vm, FRAME), sizeof(frame_obj));
    if (!f) return SK_NULL;
    f->code = t->code;
    f->globals = t->globals;
    f->lineno = t->lineno;
    f->lasti = t->lasti;
    t->frame = sk_from_obj(f);
    return t->frame;
}

static const sk_getset_def tb_getsets[] = {
    {"tb_next", tb_next, tb_set_next, NULL},
    {"tb_lineno", tb_lineno, NULL, NULL},
    {"tb_lasti", tb_lasti, NULL, NULL},
    {"tb_frame", tb_frame, NULL, NULL},
    {NULL},
};

#define FR(v) ((frame_obj *)sk_as_obj(v))
static sk_value fr_code(sk_vm *vm, sk_value self) { return FR(self)->code; }
static sk_value fr_globals(sk_vm *vm, sk_value self) { return FR(self)->globals; }
static sk_value fr_locals(sk_vm *vm, sk_value self) {
    if (!FR(self)->locals && !(FR(self)->locals = sk_dict_new(vm))) return SK_NULL;
    return FR(self)->locals;
}
static sk_value fr_lineno(sk_vm *vm, sk_value self) { return sk_from_int(FR(self)->lineno); }
static sk_value fr_back(sk_vm *vm, sk_value self) { return FR(self)->back ? FR(self)->back : SK_NONE; }
static sk_value fr_repr(sk_vm *vm, sk_value self) {
    sk_code *c = sk_code_ptr(FR(self)->code);
    return sk_str_fmt(vm, "<frame at %p, file %R, line %d, code %V>", (void *)sk_as_obj(self), c->filename,
                      FR(self)->lineno, c->name);
}

/* The named locals of a running frame, as a dict: the namespace itself for
 * module and class code, the live registers otherwise. */
static sk_value frame_locals(sk_vm *vm, sk_frame *f) {
    if (f->locals) return f->locals;
    if (!f->func) return f->globals;
    sk_code *c = f->code;
    sk_value d = sk_dict_new(vm);
    if (!d) return SK_NULL;
    SK_ROOT(vm, d);
    for (uint16_t i = 0; i < c->nlocals; i++) {
        sk_value v = f->regs[i];
        if (!v) continue;
        for (uint16_t k = 0; k < c->ncells; k++)
            if (c->cell_regs[k] == i) v = sk_cell_get(v);
        if (v && !sk_dict_set(vm, d, sk_tuple_get(c->varnames, i), v)) return SK_NULL;
    }
    for (uint16_t k = 0; k < c->ncells; k++) {
        if (c->cell_regs[k] < c->nlocals) continue;
        sk_value cell = f->regs[c->cell_regs[k]];
        if (cell && sk_cell_get(cell) && !sk_dict_set(vm, d, sk_tuple_get(c->cellvars, k), sk_cell_get(cell)))
            return SK_NULL;
    }
    for (uint16_t k = 0; k < c->nfree; k++) {
        sk_value cell = f->regs[c->free_base + k];
        if (cell && sk_cell_get(cell) && !sk_dict_set(vm, d, sk_tuple_get(c->freevars, k), sk_cell_get(cell)))
            return SK_NULL;
    }
    return d;
}

static sk_value snapshot(sk_vm *vm, sk_frame *f, bool follow) {
    size_t mark = sk_gc_roots_save(vm);
    sk_value first = SK_NULL, last = SK_NULL;
    SK_ROOT(vm, first);
    for (; f; f = f->prev) {
        sk_value locals = frame_locals(vm, f);
        if (!locals) return SK_NULL;
        SK_ROOT(vm, locals);
        frame_obj *o = (frame_obj *)sk_gc_new(vm, SK_TYPE(vm, FRAME), sizeof(frame_obj));
        if (!o) return SK_NULL;
        o->code = sk_from_obj(f->code);
        o->globals = f->globals;
        o->locals = locals;
        o->lasti = sk_frame_lasti(f);
        o->lineno = sk_code_line(f->code, o->lasti);
        if (last) FR(last)->back = sk_from_obj(o);
        else first = sk_from_obj(o);
        last = sk_from_obj(o);
        if (!follow) break;
    }
    sk_gc_roots_restore(vm, mark);
    return first;
}

sk_value sk_frame_snapshot(sk_vm *vm, sk_frame *f) { return snapshot(vm, f, true); }

sk_value sk_gen_frame_object(sk_vm *vm, sk_value gen) {
    sk_gen *g = sk_gen_ptr(gen);
    sk_value f = snapshot(vm, g->frame, g->state == SK_GEN_RUNNING);
    /* Before its first instruction a frame stands on its `def` line, as
     * CPython's does (which is what a pending Task's repr shows). */
    if (f && g->state == SK_GEN_CREATED) FR(f)->lineno = g->frame->code->firstlineno;
    return f;
}

static const sk_getset_def frame_getsets[] = {
    {"f_code", fr_code, NULL, NULL},
    {"f_globals", fr_globals, NULL, NULL},
    {"f_locals", fr_locals, NULL, NULL},
    {"f_lineno", fr_lineno, NULL, NULL},
    {"f_back", fr_back, NULL, NULL},
    {NULL},
};

void sk_traceback_init_types(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_TRACEBACK, SK_TYPE(vm, OBJECT), sizeof(sk_traceback), 0);
    t->trace = tb_trace;
    (void)sk_type_add_getsets(vm, t, tb_getsets);
    sk_type *f = sk_type_init_builtin(vm, SK_T_FRAME, SK_TYPE(vm, OBJECT), sizeof(frame_obj), 0);
    f->trace = frame_obj_trace;
    f->repr = fr_repr;
    (void)sk_type_add_getsets(vm, f, frame_getsets);
}

/* ---- source lines ------------------------------------------------------------ */

static sk_value read_lines(sk_vm *vm, const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return SK_NULL;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) sk_buf_append(&b, chunk, n);
    fclose(fp);
    if (b.failed) {
        sk_buf_free(&b);
        return SK_NULL;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value lines = sk_list_new(vm, 0);
    if (!lines) goto fail;
    SK_ROOT(vm, lines);
    const char *p = b.data ? b.data : "", *end = p + b.len;
    /* a BOM is not part of the first line */
    if (end - p >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        p += 3;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r') q++;
        sk_value line = sk_str_from_utf8_lossy(vm, p, (size_t)(q - p));
        if (!line || !sk_list_append(vm, lines, line)) goto fail;
        if (q < end && *q == '\r' && q + 1 < end && q[1] == '\n') q++;
        p = q + 1;
    }
    sk_buf_free(&b);
    sk_gc_roots_restore(vm, mark);
    return lines;
fail:
    sk_buf_free(&b);
    sk_gc_roots_restore(vm, mark);
    return SK_NULL;
}

sk_value sk_source_line(sk_vm *vm, sk_value filename, int32_t lineno) {
    if (!filename || !sk_is_str(vm, filename) || lineno < 1) return SK_NULL;
    const char *fn = sk_str_data(filename);
    size_t n = sk_str_size(filename);
    if (n && fn[0] == '<' && fn[n - 1] == '>') return SK_NULL;
    sk_value saved = vm->exc;
    vm->exc = SK_NULL;
    if (!vm->linecache) vm->linecache = sk_dict_new(vm);
    sk_value lines = vm->linecache ? sk_dict_get_str(vm, vm->linecache, filename) : SK_NULL;
    if (!lines && vm->linecache) {
        lines = read_lines(vm, fn);
        if (lines && !sk_dict_set(vm, vm->linecache, filename, lines)) lines = SK_NULL;
    }
    vm->exc = saved;
    if (!lines || (size_t)lineno > sk_list_len(lines)) return SK_NULL;
    return sk_list_items(lines)[lineno - 1];
}

/* ---- printing ------------------------------------------------------------------ */

/* character offset of byte offset `byte` in a UTF-8 line */
static int64_t char_offset(sk_value line, int64_t byte) {
    const char *p = sk_str_data(line);
    int64_t size = (int64_t)sk_str_size(line);
    if (byte > size) byte = size;
    if (byte < 0) return -1;
    return (int64_t)sk_utf8_count(p, (size_t)byte);
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

typedef struct printer {
    sk_vm *vm;
    sk_buf *out;
    const char *margin;      /* "| " inside exception groups, else "" */
    int indent;
} printer;

static void put_margin(printer *p) {
    for (int k = 0; k < p->indent; k++) sk_buf_putc(p->out, ' ');
    sk_buf_puts(p->out, p->margin);
}

/* The source line and the markers under it, as CPython's tb_displayline. */
static void display_line(printer *p, sk_code *code, uint32_t lasti, int32_t lineno) {
    sk_vm *vm = p->vm;
    sk_value line = sk_source_line(vm, code->filename, lineno);
    if (!line) return;
    const char *text = sk_str_data(line);
    size_t size = sk_str_size(line);
    size_t lead = 0;
    while (lead < size && is_ws(text[lead])) lead++;
    /* what is printed: "    " + the line without its indentation */
    put_margin(p);
    sk_buf_puts(p->out, "    ");
    sk_buf_append(p->out, text + lead, size - lead);
    sk_buf_putc(p->out, '\n');

    if (lasti >= code->ninsns) return;
    const sk_code_pos *pos = &code->positions[lasti];
    if (pos->line < 0 || pos->end_line < 0 || pos->col < 0 || pos->end_col < 0) return;
    if (pos->line != lineno) return;
    int64_t line_len = (int64_t)sk_str_len(line);
    int64_t lead_chars = (int64_t)sk_utf8_count(text, lead);
    int64_t truncation = lead_chars - 4;
    int64_t start = char_offset(line, pos->col);
    int64_t end = char_offset(line, pos->end_col);
    int64_t left = -1, right = -1;
    bool anchors = false;
    if (pos->line == pos->end_line) {
        if (pos->anchor_left >= 0 && pos->anchor_right >= 0) {
            left = char_offset(line, pos->anchor_left);
            right = char_offset(line, pos->anchor_right);
            anchors = true;
        }
    } else {
        int64_t i = (int64_t)size;
        while (--i >= 0 && is_ws(text[i])) {}
        end = char_offset(line, i + 1);
    }
    int64_t stripped_len = line_len - lead_chars;
    if (end - start == stripped_len && !anchors) return;
    put_margin(p);
    for (int64_t off = truncation + 1; off <= end; off++) {
        if (off <= start) sk_buf_putc(p->out, ' ');
        else if (anchors && left < off && off <= right) sk_buf_putc(p->out, pos->anchor_kind ? '^' : '^');
        else sk_buf_putc(p->out, anchors ? '~' : '^');
    }
    sk_buf_putc(p->out, '\n');
}

static void print_tb(printer *p, sk_value tb) {
    sk_value last_file = SK_NULL, last_name = SK_NULL;
    int32_t last_line = -1;
    long count = 0;
    for (; tb; tb = TB(tb)->next) {
        sk_traceback *t = TB(tb);
        sk_code *code = sk_code_ptr(t->code);
        if (!last_file || !sk_str_eq(code->filename, last_file) || t->lineno != last_line || !last_name ||
            !sk_str_eq(code->name, last_name)) {
            if (count > 3) {
                put_margin(p);
                sk_buf_printf(p->out, "  [Previous line repeated %ld more time%s]\n", count - 3,
                              count - 3 > 1 ? "s" : "");
            }
            last_file = code->filename;
            last_line = t->lineno;
            last_name = code->name;
            count = 0;
        }
        count++;
        if (count > 3) continue;
        put_margin(p);
        sk_buf_fmt(p->vm, p->out, "  File \"%V\", line %d, in %V\n", code->filename, (int)t->lineno, code->name) ||
            (sk_exc_take(p->vm), true);
        display_line(p, code, t->lasti, t->lineno);
    }
    if (count > 3) {
        put_margin(p);
        sk_buf_printf(p->out, "  [Previous line repeated %ld more time%s]\n", count - 3, count - 3 > 1 ? "s" : "");
    }
}

/* "module.Name" for the final line (builtins and __main__ omitted). */
static void put_type_name(printer *p, sk_type *t) {
    sk_vm *vm = p->vm;
    sk_value mod = SK_NULL;
    if (t->flags & SK_TF_HEAP) mod = sk_dict_get_str(vm, t->dict, SK_NAME(vm, __module__));
    else mod = t->module;
    sk_value qn = t->qualname ? t->qualname : t->name;
    if (mod && sk_is_str(vm, mod) && !sk_str_eq_cstr(mod, "builtins") && !sk_str_eq_cstr(mod, "__main__")) {
        sk_buf_append(p->out, sk_str_data(mod), sk_str_size(mod));
        sk_buf_putc(p->out, '.');
    } else if (mod && !sk_is_str(vm, mod)) {
        sk_buf_puts(p->out, "<unknown>.");
    }
    sk_buf_append(p->out, sk_str_data(qn), sk_str_size(qn));
}

static void put_lines_with_margin(printer *p, const char *s, size_t n) {
    /* multi-line messages get the margin on every line */
    const char *end = s + n;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t len = nl ? (size_t)(nl - s) : (size_t)(end - s);
        sk_buf_append(p->out, s, len);
        sk_buf_putc(p->out, '\n');
        if (!nl) break;
        s = nl + 1;
        if (s < end) put_margin(p);
    }
}

static void print_syntax_error_location(printer *p, sk_value exc) {
    sk_vm *vm = p->vm;
    sk_exc_syntax *e = (sk_exc_syntax *)sk_as_obj(exc);
    if (!e->lineno || !sk_is_int(e->lineno)) return;
    sk_syntax_error se;
    memset(&se, 0, sizeof se);
    se.lineno = (int32_t)sk_as_int(e->lineno);
    se.offset = e->offset && sk_is_int(e->offset) ? (int32_t)sk_as_int(e->offset) : 0;
    se.end_lineno = e->end_lineno && sk_is_int(e->end_lineno) ? (int32_t)sk_as_int(e->end_lineno) : se.lineno;
    se.end_offset = e->end_offset && sk_is_int(e->end_offset) ? (int32_t)sk_as_int(e->end_offset) : 0;
    se.tokenizer = e->tokenizer;
    /* the attribute has the line's newline; the location printer does not want it */
    char *text = NULL;
    if (e->text && sk_is_str(vm, e->text)) {
        size_t n = sk_str_size(e->text);
        text = sk_mem_alloc(vm, n + 1);
        if (!text) {
            sk_exc_take(vm);
            return;
        }
        memcpy(text, sk_str_data(e->text), n);
        while (n && (text[n - 1] == '\n' || text[n - 1] == '\r')) n--;
        text[n] = '\0';
        se.text = text;
    }
    const char *filename = e->filename && sk_is_str(vm, e->filename) ? sk_str_data(e->filename) : "<string>";
    sk_buf loc;
    sk_buf_init_vm(vm, &loc);
    sk_syntax_error_location(&se, filename, &loc);
    if (loc.len) {
        /* each line of the location block gets the margin */
        const char *s = loc.data, *end = loc.data + loc.len;
        while (s < end) {
            const char *nl = memchr(s, '\n', (size_t)(end - s));
            size_t len = nl ? (size_t)(nl - s + 1) : (size_t)(end - s);
            put_margin(p);
            sk_buf_append(p->out, s, len);
            s += len;
        }
    }
    sk_buf_free(&loc);
    if (text) sk_mem_free(vm, text, sk_str_size(e->text) + 1);
}

static void print_exception_line(printer *p, sk_value exc) {
    sk_vm *vm = p->vm;
    sk_type *t = sk_typeof(vm, exc);
    bool is_syntax = sk_exc_is(vm, exc, SK_EXC_SYNTAX);
    if (is_syntax) print_syntax_error_location(p, exc);
    put_margin(p);
    put_type_name(p, t);
    sk_value s;
    if (is_syntax) {
        sk_exc_syntax *e = (sk_exc_syntax *)sk_as_obj(exc);
        s = e->msg && e->msg != SK_NONE ? sk_str(vm, e->msg) : sk_str(vm, exc);
    } else {
        s = sk_str(vm, exc);
    }
    if (!s) {
        sk_exc_take(vm);
        sk_buf_puts(p->out, ": <exception str() failed>\n");
    } else if (sk_str_size(s) == 0) {
        sk_buf_putc(p->out, '\n');
    } else {
        sk_buf_puts(p->out, ": ");
        put_lines_with_margin(p, sk_str_data(s), sk_str_size(s));
    }
    /* notes */
    sk_value notes = sk_getattr_opt(vm, exc, SK_NAME(vm, __notes__));
    if (vm->exc) {
        sk_exc_take(vm);
        return;
    }
    if (!notes) return;
    if (!sk_is_list(vm, notes) && !sk_is_tuple(vm, notes)) {
        sk_value r = sk_repr(vm, notes);
        put_margin(p);
        if (!r) {
            sk_exc_take(vm);
            sk_buf_puts(p->out, "<__notes__ repr() failed>\n");
        } else {
            put_lines_with_margin(p, sk_str_data(r), sk_str_size(r));
        }
        return;
    }
    SK_ROOT(vm, notes);
    size_t n = sk_is_list(vm, notes) ? sk_list_len(notes) : sk_tuple_len(notes);
    for (size_t i = 0; i < n; i++) {
        sk_value note = sk_is_list(vm, notes) ? sk_list_items(notes)[i] : sk_tuple_get(notes, i);
        sk_value ns = sk_is_str(vm, note) ? note : sk_str(vm, note);
        put_margin(p);
        if (!ns) {
            sk_exc_take(vm);
            sk_buf_puts(p->out, "<note str() failed>\n");
        } else {
            put_lines_with_margin(p, sk_str_data(ns), sk_str_size(ns));
        }
    }
}

static bool is_group(sk_vm *vm, sk_value exc) { return sk_exc_is(vm, exc, SK_EXC_BASE_GROUP); }

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

typedef struct print_ctx {
    sk_value seen;          /* list of exceptions already printed */
    int group_depth;
    bool need_close;
} print_ctx;

static bool seen_before(sk_vm *vm, print_ctx *ctx, sk_value exc) {
    for (size_t i = 0; i < sk_list_len(ctx->seen); i++)
        if (sk_list_items(ctx->seen)[i] == exc) return true;
    return false;
}

static void print_recursive(printer *p, print_ctx *ctx, sk_value exc);

static void print_single(printer *p, print_ctx *ctx, sk_value exc) {
    sk_exception *e = (sk_exception *)sk_as_obj(exc);
    bool group = is_group(p->vm, exc);
    if (e->traceback) {
        put_margin(p);
        if (group && ctx->group_depth > 0) {
            /* nested groups draw their own header */
        }
        sk_buf_puts(p->out, group ? "Exception Group Traceback (most recent call last):\n"
                                  : "Traceback (most recent call last):\n");
        print_tb(p, e->traceback);
    }
    print_exception_line(p, exc);
}

static void print_group(printer *p, print_ctx *ctx, sk_value exc);

static void print_chain_and_self(printer *p, print_ctx *ctx, sk_value exc) {
    sk_vm *vm = p->vm;
    if (!sk_list_append(vm, ctx->seen, exc)) {
        sk_exc_take(vm);
        return;
    }
    sk_exception *e = (sk_exception *)sk_as_obj(exc);
    sk_value cause = e->cause, context = e->context;
    if (cause && sk_is_exception(vm, cause) && !seen_before(vm, ctx, cause)) {
        print_recursive(p, ctx, cause);
        put_margin(p);
        sk_buf_putc(p->out, '\n');
        put_margin(p);
        sk_buf_puts(p->out, "The above exception was the direct cause of the following exception:\n");
        put_margin(p);
        sk_buf_putc(p->out, '\n');
    } else if (!cause && context && !e->suppress_context && sk_is_exception(vm, context) &&
               !seen_before(vm, ctx, context)) {
        print_recursive(p, ctx, context);
        put_margin(p);
        sk_buf_putc(p->out, '\n');
        put_margin(p);
        sk_buf_puts(p->out, "During handling of the above exception, another exception occurred:\n");
        put_margin(p);
        sk_buf_putc(p->out, '\n');
    }
}

static void print_recursive(printer *p, print_ctx *ctx, sk_value exc) {
    sk_vm *vm = p->vm;
    if (!sk_enter_recursion(vm, NULL)) {
        sk_exc_take(vm);
        return;
    }
    print_chain_and_self(p, ctx, exc);
    if (is_group(vm, exc)) print_group(p, ctx, exc);
    else print_single(p, ctx, exc);
    sk_leave_recursion(vm);
}

/* The box layout of an exception group, as CPython 3.12's
 * print_exception_group draws it. */
static void print_group(printer *p, print_ctx *ctx, sk_value exc) {
    if (ctx->group_depth > MAX_GROUP_DEPTH) {
        put_margin(p);
        sk_buf_printf(p->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    const char *saved_margin = p->margin;
    int saved_indent = p->indent;
    /* the group's own traceback and line, under a "+" marker at depth 0 */
    if (ctx->group_depth == 0) {
        ctx->group_depth++;
        p->indent = 2;
        p->margin = "| ";
        sk_exception *e = (sk_exception *)sk_as_obj(exc);
        if (e->traceback) {
            sk_buf_puts(p->out, "  + Exception Group Traceback (most recent call last):\n");
            print_tb(p, e->traceback);
        }
        print_exception_line(p, exc);
    } else {
        sk_exception *e = (sk_exception *)sk_as_obj(exc);
        if (e->traceback) {
            put_margin(p);
            sk_buf_puts(p->out, "Exception Group Traceback (most recent call last):\n");
            print_tb(p, e->traceback);
        }
        print_exception_line(p, exc);
    }
    sk_exc_group *g = (sk_exc_group *)sk_as_obj(exc);
    sk_value excs = g->exceptions;
    size_t n = excs ? sk_tuple_len(excs) : 0;
    /* one more entry, "...", stands for the members beyond the width */
    size_t entries = n > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : n;
    int base_indent = p->indent;
    ctx->need_close = false;
    for (size_t i = 0; i < entries; i++) {
        bool last = i == entries - 1;
        bool truncated = i >= MAX_GROUP_WIDTH;
        /* the closing line may come from a nested group ending with us */
        if (last) ctx->need_close = true;
        /* "+-+---------------- 1 ----------------", then "  +----..." */
        for (int k = 0; k < base_indent; k++) sk_buf_putc(p->out, ' ');
        char label[64];
        if (truncated) snprintf(label, sizeof label, "...");
        else snprintf(label, sizeof label, "%zu", i + 1);
        sk_buf_puts(p->out, i == 0 ? "+-+" : "  +");
        sk_buf_printf(p->out, "---------------- %s ----------------\n", label);
        p->indent = base_indent + 2;
        p->margin = "| ";
        if (!truncated) {
            ctx->group_depth++;
            print_recursive(p, ctx, sk_tuple_get(excs, i));
            ctx->group_depth--;
        } else {
            for (int k = 0; k < base_indent + 2; k++) sk_buf_putc(p->out, ' ');
            sk_buf_printf(p->out, "| and %zu more exception%s\n", n - MAX_GROUP_WIDTH,
                          n - MAX_GROUP_WIDTH > 1 ? "s" : "");
        }
        if (last && ctx->need_close) {
            for (int k = 0; k < base_indent + 2; k++) sk_buf_putc(p->out, ' ');
            sk_buf_puts(p->out, "+------------------------------------\n");
            ctx->need_close = false;
        }
        p->indent = base_indent;
        p->margin = "| ";
    }
    p->margin = saved_margin;
    p->indent = saved_indent;
}

void sk_traceback_format(sk_vm *vm, sk_value exc, sk_buf *out) {
    size_t mark = sk_gc_roots_save(vm);
    sk_value saved = vm->exc;
    vm->exc = SK_NULL;
    SK_ROOT(vm, exc);
    SK_ROOT(vm, saved);
    print_ctx ctx = {SK_NULL, 0, false};
    ctx.seen = sk_list_new(vm, 4);
    if (ctx.seen) {
        SK_ROOT(vm, ctx.seen);
        printer p = {vm, out, "", 0};
        if (sk_is_exception(vm, exc)) {
            print_recursive(&p, &ctx, exc);
        } else {
            sk_value r = sk_repr(vm, exc);
            if (r) sk_buf_fmt(vm, out, "%V\n", r) || (sk_exc_take(vm), true);
        }
    }
    vm->exc = saved;
    sk_gc_roots_restore(vm, mark);
}

void sk_traceback_print(sk_vm *vm, sk_value exc) {
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_traceback_format(vm, exc, &b);
    if (b.len) vm->config.write_err(vm->config.write_ud, b.data, b.len);
    sk_buf_free(&b);
}
