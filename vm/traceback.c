/* traceback.c — traceback objects, frame objects for tb_frame and
 * sys._getframe, the source-line cache, and the printer for uncaught
 * exceptions.
 *
 * The printer reproduces CPython 3.12's C printer (PyErr_Display), which is
 * what an uncaught exception, sys.excepthook and "Exception ignored"
 * reports show. It differs in small ways from the traceback module (which
 * stdlib/traceback.py reproduces): inside exception groups the
 * "[Previous line repeated]" line, a message's later lines and a
 * SyntaxError's source line get no "| " margin; position markers come from
 * re-parsing the marked source segment, as CPython does, so that exactly
 * the expressions CPython recognises (a binary operation or a subscript)
 * get ~~~^^^ markers.
 */
#include "traceback.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "builtins.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "parse.h"
#include "str.h"
#include "suggest.h"
#include "tuple.h"
#include "type.h"

/* ---- what a frame object keeps of its frame ---------------------------------- */

/* skein's frames live on the frame stack or inside generators and are
 * never objects themselves, so a traceback entry or a frame object keeps a
 * copy of what Python code may ask about later: the code, the namespaces,
 * and the variables — the namespace mapping itself for module and class
 * code (it stays live, as in CPython), else a tuple copy of the registers
 * holding the function's variables (unbound ones SK_NULL; the tuple is
 * never shown to Python code). */
typedef struct frame_vars {
    sk_value ns;     /* mapping, or SK_NULL */
    sk_value regs;   /* tuple, or SK_NULL */
} frame_vars;

static bool capture_vars(sk_vm *vm, sk_frame *f, frame_vars *out) {
    out->ns = out->regs = SK_NULL;
    if (sk_frame_namespace(f)) {
        out->ns = f->locals;
        return true;
    }
    if (!f->func) {
        out->ns = f->globals;
        return true;
    }
    sk_code *c = f->code;
    size_t n = c->nlocals;
    for (uint16_t k = 0; k < c->ncells; k++)
        if ((size_t)c->cell_regs[k] + 1 > n) n = (size_t)c->cell_regs[k] + 1;
    if (c->nfree && (size_t)c->free_base + c->nfree > n) n = (size_t)c->free_base + c->nfree;
    if (n > f->nregs) n = f->nregs;
    sk_value t = sk_tuple_new(vm, n);
    if (!t) return false;
    memcpy(sk_tuple_ptr(t)->items, f->regs, n * sizeof(sk_value));
    for (size_t i = 0; i < n; i++) sk_str_untip(vm, f->regs[i]);
    out->regs = t;
    return true;
}

/* The value of variable `name` in captured registers, SK_NULL if unbound
 * or not a variable of the code. */
static sk_value regs_lookup(sk_code *c, sk_value regs, const char *name) {
    size_t n = sk_tuple_len(regs);
    for (uint16_t i = 0; i < c->nlocals && i < n; i++) {
        if (!sk_str_eq_cstr(sk_tuple_get(c->varnames, i), name)) continue;
        sk_value v = sk_tuple_get(regs, i);
        for (uint16_t k = 0; v && k < c->ncells; k++)
            if (c->cell_regs[k] == i) v = sk_cell_get(v);
        return v;
    }
    for (uint16_t k = 0; k < c->ncells; k++) {
        if (c->cell_regs[k] < c->nlocals || c->cell_regs[k] >= n) continue;
        if (!sk_str_eq_cstr(sk_tuple_get(c->cellvars, k), name)) continue;
        sk_value cell = sk_tuple_get(regs, c->cell_regs[k]);
        return cell ? sk_cell_get(cell) : SK_NULL;
    }
    for (uint16_t k = 0; k < c->nfree && (size_t)c->free_base + k < n; k++) {
        if (!sk_str_eq_cstr(sk_tuple_get(c->freevars, k), name)) continue;
        sk_value cell = sk_tuple_get(regs, c->free_base + k);
        return cell ? sk_cell_get(cell) : SK_NULL;
    }
    return SK_NULL;
}

/* f_locals: the bound variables as a new dict, in CPython's order (the
 * named locals, then cells, then free variables). */
static sk_value locals_dict(sk_vm *vm, sk_code *c, sk_value regs) {
    SK_ROOT_SCOPE(vm);
    sk_value d = sk_dict_new(vm);
    if (!d) return SK_NULL;
    SK_ROOT(vm, d);
    size_t n = sk_tuple_len(regs);
    for (uint16_t i = 0; i < c->nlocals && i < n; i++) {
        sk_value v = sk_tuple_get(regs, i);
        for (uint16_t k = 0; v && k < c->ncells; k++)
            if (c->cell_regs[k] == i) v = sk_cell_get(v);
        if (v && !sk_dict_set(vm, d, sk_tuple_get(c->varnames, i), v)) return SK_NULL;
    }
    for (uint16_t k = 0; k < c->ncells; k++) {
        if (c->cell_regs[k] < c->nlocals || c->cell_regs[k] >= n) continue;
        sk_value cell = sk_tuple_get(regs, c->cell_regs[k]);
        if (cell && sk_cell_get(cell) && !sk_dict_set(vm, d, sk_tuple_get(c->cellvars, k), sk_cell_get(cell)))
            return SK_NULL;
    }
    for (uint16_t k = 0; k < c->nfree && (size_t)c->free_base + k < n; k++) {
        sk_value cell = sk_tuple_get(regs, c->free_base + k);
        if (cell && sk_cell_get(cell) && !sk_dict_set(vm, d, sk_tuple_get(c->freevars, k), sk_cell_get(cell)))
            return SK_NULL;
    }
    return d;
}

/* ---- traceback objects ------------------------------------------------------- */

static void tb_trace(sk_vm *vm, sk_obj *o) {
    sk_traceback *t = (sk_traceback *)o;
    sk_gc_mark(vm, t->next);
    sk_gc_mark(vm, t->code);
    sk_gc_mark(vm, t->globals);
    sk_gc_mark(vm, t->builtins);
    sk_gc_mark(vm, t->ns);
    sk_gc_mark(vm, t->regs);
    sk_gc_mark(vm, t->frame);
}

sk_value sk_traceback_new(sk_vm *vm, sk_value next, sk_frame *f) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, next);
    frame_vars vars;
    if (!capture_vars(vm, f, &vars)) return SK_NULL;
    SK_ROOT(vm, vars.regs);
    sk_traceback *t = (sk_traceback *)sk_gc_new(vm, SK_TYPE(vm, TRACEBACK), sizeof(sk_traceback));
    if (!t) return SK_NULL;
    t->next = next;
    t->code = sk_from_obj(f->code);
    t->globals = f->globals;
    t->builtins = f->builtins;
    t->ns = vars.ns;
    t->regs = vars.regs;
    t->lasti = sk_frame_lasti(f);
    t->lineno = sk_code_line(f->code, t->lasti);
    return sk_from_obj(t);
}

#define TB(v) ((sk_traceback *)sk_as_obj(v))

sk_value sk_traceback_local(sk_vm *vm, sk_value tb, const char *name) {
    sk_traceback *t = TB(tb);
    if (t->regs) return regs_lookup(sk_code_ptr(t->code), t->regs, name);
    if (t->ns && sk_is_dict(vm, t->ns)) return sk_dict_get_cstr(vm, t->ns, name);
    return SK_NULL;
}

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
/* tb_lasti is a byte offset in CPython (two bytes a code unit); skein has
 * one position per instruction, so instruction i is offset 2*i, and
 * co_positions() yields one entry per instruction to match. */
static sk_value tb_lasti(sk_vm *vm, sk_value self) { return sk_from_int((int64_t)TB(self)->lasti * 2); }

/* ---- frame objects ----------------------------------------------------------- */

typedef struct frame_obj {
    sk_obj hdr;
    sk_value code, globals, builtins;
    sk_value ns;         /* the namespace of module and class code */
    sk_value regs;       /* a function's captured variables (frame_vars) */
    sk_value locals;     /* f_locals once made */
    sk_value back;       /* the caller's frame object, or SK_NULL */
    int32_t lineno;
    uint32_t lasti;
} frame_obj;

static void frame_obj_trace(sk_vm *vm, sk_obj *o) {
    frame_obj *f = (frame_obj *)o;
    sk_gc_mark(vm, f->code);
    sk_gc_mark(vm, f->globals);
    sk_gc_mark(vm, f->builtins);
    sk_gc_mark(vm, f->ns);
    sk_gc_mark(vm, f->regs);
    sk_gc_mark(vm, f->locals);
    sk_gc_mark(vm, f->back);
}

static sk_value tb_frame(sk_vm *vm, sk_value self) {
    sk_traceback *t = TB(self);
    if (t->frame) return t->frame;
    frame_obj *f = (frame_obj *)sk_gc_new(vm, SK_TYPE(vm, FRAME), sizeof(frame_obj));
    if (!f) return SK_NULL;
    f->code = t->code;
    f->globals = t->globals;
    f->builtins = t->builtins;
    f->ns = t->ns;
    f->regs = t->regs;
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
static sk_value fr_builtins(sk_vm *vm, sk_value self) {
    return FR(self)->builtins ? FR(self)->builtins : vm->builtins;
}
static sk_value fr_locals(sk_vm *vm, sk_value self) {
    frame_obj *f = FR(self);
    if (f->ns) return f->ns;
    if (!f->locals) {
        f->locals = f->regs ? locals_dict(vm, sk_code_ptr(f->code), f->regs) : sk_dict_new(vm);
        if (!f->locals) return SK_NULL;
    }
    return f->locals;
}
static sk_value fr_lineno(sk_vm *vm, sk_value self) { return sk_from_int(FR(self)->lineno); }
static sk_value fr_lasti(sk_vm *vm, sk_value self) { return sk_from_int((int64_t)FR(self)->lasti * 2); }
static sk_value fr_back(sk_vm *vm, sk_value self) { return FR(self)->back ? FR(self)->back : SK_NONE; }
static sk_value fr_trace(sk_vm *vm, sk_value self) { return SK_NONE; }
static sk_value fr_repr(sk_vm *vm, sk_value self) {
    sk_code *c = sk_code_ptr(FR(self)->code);
    return sk_str_fmt(vm, "<frame at %p, file %R, line %d, code %V>", (void *)sk_as_obj(self), c->filename,
                      FR(self)->lineno, c->name);
}

/* frame.clear(): there is nothing to release in a snapshot. */
static sk_value fr_clear(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    (void)vm, (void)nargs, (void)kwnames;
    FR(args[0])->locals = SK_NULL;
    return SK_NONE;
}

static sk_value snapshot(sk_vm *vm, sk_frame *f, bool follow) {
    SK_ROOT_SCOPE(vm);
    sk_value first = SK_NULL, last = SK_NULL;
    SK_ROOT(vm, first);
    for (; f; f = f->prev) {
        SK_ROOT_SCOPE(vm);
        frame_vars vars;
        if (!capture_vars(vm, f, &vars)) return SK_NULL;
        SK_ROOT(vm, vars.regs);
        frame_obj *o = (frame_obj *)sk_gc_new(vm, SK_TYPE(vm, FRAME), sizeof(frame_obj));
        if (!o) return SK_NULL;
        o->code = sk_from_obj(f->code);
        o->globals = f->globals;
        o->builtins = f->builtins;
        o->ns = vars.ns;
        o->regs = vars.regs;
        o->lasti = sk_frame_lasti(f);
        o->lineno = sk_code_line(f->code, o->lasti);
        if (last) FR(last)->back = sk_from_obj(o);
        else first = sk_from_obj(o);
        last = sk_from_obj(o);
        if (!follow) break;
    }
    return first;
}

sk_value sk_frame_snapshot(sk_vm *vm, sk_frame *f) { return snapshot(vm, f, true); }

sk_value sk_gen_frame_object(sk_vm *vm, sk_value gen) {
    sk_gen *g = sk_gen_ptr(gen);
    sk_value f = snapshot(vm, sk_gen_frame(g), g->state == SK_GEN_RUNNING);
    /* Before its first instruction a frame stands on its `def` line, as
     * CPython's does (which is what a pending Task's repr shows). */
    if (f && g->state == SK_GEN_CREATED) FR(f)->lineno = sk_gen_frame(g)->code->firstlineno;
    return f;
}

static const sk_getset_def frame_getsets[] = {
    {"f_code", fr_code, NULL, NULL},
    {"f_globals", fr_globals, NULL, NULL},
    {"f_builtins", fr_builtins, NULL, NULL},
    {"f_locals", fr_locals, NULL, NULL},
    {"f_lineno", fr_lineno, NULL, NULL},
    {"f_lasti", fr_lasti, NULL, NULL},
    {"f_back", fr_back, NULL, NULL},
    {"f_trace", fr_trace, NULL, NULL},
    {NULL},
};

static const sk_method_def frame_methods[] = {
    {"clear", fr_clear, 1, 1, 0, NULL},
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
    (void)sk_type_add_methods(vm, f, frame_methods);
}

/* ---- source lines ------------------------------------------------------------ */

/* The file's lines, split as a text file opened with universal newlines
 * splits them (\n, \r\n and \r), without their line ends. */
static sk_value read_lines(sk_vm *vm, const char *path) {
    SK_ROOT_SCOPE(vm);
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
    return lines;
fail:
    sk_buf_free(&b);
    return SK_NULL;
}

sk_value sk_source_line(sk_vm *vm, sk_value filename, int32_t lineno) {
    SK_ROOT_SCOPE(vm);
    if (!filename || !sk_is_str(vm, filename) || lineno < 1) return SK_NULL;
    const char *fn = sk_str_data(filename);
    size_t n = sk_str_size(filename);
    if (n && fn[0] == '<' && fn[n - 1] == '>') return SK_NULL;
    if (memchr(fn, '\0', n)) return SK_NULL;
    sk_value saved = vm->exc;
    SK_ROOT(vm, saved);  /* only reachable from here while vm->exc is clear */
    vm->exc = SK_NULL;
    if (!vm->linecache) vm->linecache = sk_dict_new(vm);
    sk_value lines = vm->linecache ? sk_dict_get_str(vm, vm->linecache, filename) : SK_NULL;
    if (!lines && vm->linecache) {
        lines = read_lines(vm, fn);
        if (lines && !sk_dict_set(vm, vm->linecache, filename, lines)) lines = SK_NULL;
    }
    if (vm->exc) sk_exc_take(vm);
    vm->exc = saved;
    if (!lines || (size_t)lineno > sk_list_len(lines)) return SK_NULL;
    return sk_list_items(lines)[lineno - 1];
}

/* ---- position markers --------------------------------------------------------- */

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* CPython's byte-offset-to-character conversion of a str: an offset past
 * the end counts as one more character than the text has, and a cut
 * through a multibyte character counts that character. */
static int64_t byte_to_char(const char *s, size_t size, int64_t byte) {
    if (byte < 0) return -1;
    if ((size_t)byte > size) return (int64_t)sk_utf8_count(s, size) + 1;
    int64_t n = 0;
    for (size_t i = 0; i < (size_t)byte; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

bool sk_traceback_segment_tree(sk_vm *vm, const char *segment, size_t size, sk_segment_tree *out) {
    out->kind = SK_SEGMENT_OTHER;
    ast_arena *arena = sk_ast_arena_new(sk_mem_buf_alloc, vm);
    if (!arena) return false;
    sk_syntax_error err;
    memset(&err, 0, sizeof err);
    ast_module *mod = sk_parse(arena, segment, size, "<segment>", AST_MODE_EXEC, &err);
    if (mod && mod->body.count == 1 && mod->body.items[0]->kind == AST_EXPR) {
        ast_expr *e = mod->body.items[0]->u.expr.value;
        if (e->kind == AST_BINOP && e->span.line == 1) {
            out->kind = SK_SEGMENT_BINOP;
            out->left_end = e->u.binop.left->span.end_col;
            out->right_start = e->u.binop.right->span.col;
        } else if (e->kind == AST_SUBSCRIPT) {
            out->kind = SK_SEGMENT_SUBSCRIPT;
            out->left_end = e->u.subscript.value->span.end_col;
            out->right_start = e->u.subscript.slice->span.end_col;
        }
    }
    sk_ast_arena_free(arena);
    return mod != NULL;
}

/* The ^ part of the markers under a one-line segment of source, as
 * CPython's C printer finds it: for a binary operation the operator, for a
 * subscript the brackets. Offsets are characters of the whole line;
 * false when the segment is neither. */
static bool segment_anchors(sk_vm *vm, sk_value line, int64_t start, int64_t end, int64_t *left, int64_t *right) {
    size_t from = sk_str_offset(line, (size_t)start), to = sk_str_offset(line, (size_t)end);
    const char *seg = sk_str_data(line) + from;
    size_t seg_size = to - from;
    sk_segment_tree tree;
    if (!sk_traceback_segment_tree(vm, seg, seg_size, &tree) || tree.kind == SK_SEGMENT_OTHER) return false;
    int64_t l = -1, r = -1;
    if (tree.kind == SK_SEGMENT_BINOP) {
        for (int64_t i = tree.left_end; i < tree.right_start && i < (int64_t)seg_size; i++) {
            if (is_ws(seg[i])) continue;
            l = i;
            r = i + 1;
            /* a two-character operator such as // or ** */
            if (i + 1 < tree.right_start && !is_ws(seg[i + 1])) r++;
            /* the left operand's closing parenthesis is not the operator */
            if (i + 1 < tree.right_start && seg[i] == ')') continue;
            break;
        }
        if (l < 0) return false;
    } else {
        /* CPython scans the segment as a C string: it stops at a NUL */
        int64_t len = (int64_t)strnlen(seg, seg_size);
        l = tree.left_end;
        r = tree.right_start + 1;
        while (l < len && seg[l] != '[') l++;
        while (r < len && seg[r] != ']') r++;
        if (r < len) r++;
    }
    *left = byte_to_char(seg, seg_size, l) + start;
    *right = byte_to_char(seg, seg_size, r) + start;
    return true;
}

/* ---- the printer ----------------------------------------------------------------- */

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
/* Runs of more than this many identical entries are summarised. */
#define RECURSIVE_CUTOFF 3
/* PyTraceBack_LIMIT: entries shown when sys.tracebacklimit is not set */
#define DEFAULT_TB_LIMIT 1000

typedef struct printer {
    sk_vm *vm;
    sk_buf *out;
    sk_value seen;       /* list: exceptions printed so far, compared by identity */
    int depth;           /* how deep inside exception groups (0: outside) */
    bool need_close;     /* the innermost group's closing line is still owed */
    int64_t limit;       /* sys.tracebacklimit */
} printer;

static void put_indent(printer *p) { sk_buf_repeat(p->out, " ", 1, (size_t)(2 * p->depth)); }

/* Every line inside a group starts with its indentation and "| ". */
static void put_margin(printer *p) {
    put_indent(p);
    if (p->depth) sk_buf_puts(p->out, "| ");
}

static void put_str(printer *p, sk_value s) { sk_buf_append(p->out, sk_str_data(s), sk_str_size(s)); }

/* str(v) written out; false (exception cleared) if str() failed. */
static bool put_str_of(printer *p, sk_value v) {
    sk_value s = sk_str(p->vm, v);
    if (!s) {
        sk_exc_take(p->vm);
        return false;
    }
    put_str(p, s);
    return true;
}

/* The columns the first `offset` characters of line take on a terminal:
 * East Asian wide and full-width characters take two. As in CPython, an
 * offset into (or past) an ASCII prefix is its own width. */
static int64_t display_width(sk_value line, int64_t offset) {
    size_t n = offset <= 0 ? 0 : (size_t)offset;
    if (n > sk_str_len(line)) n = sk_str_len(line);
    const char *p = sk_str_data(line), *start = p;
    size_t bytes = sk_str_offset(line, n);
    bool ascii = true;
    for (size_t i = 0; i < bytes; i++)
        if ((unsigned char)start[i] >= 0x80) ascii = false;
    if (ascii) return offset;
    int64_t width = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = sk_utf8_next(&p);
        width += utf8proc_charwidth((utf8proc_int32_t)cp) == 2 ? 2 : 1;
    }
    return width;
}

/* The source line of an entry and the markers under it (tb_displayline). */
static void print_source(printer *p, sk_traceback *t) {
    sk_vm *vm = p->vm;
    sk_code *code = sk_code_ptr(t->code);
    sk_value line = sk_source_line(vm, code->filename, t->lineno);
    if (!line) return;
    const char *text = sk_str_data(line);
    size_t size = sk_str_size(line);
    size_t lead = 0;
    while (lead < size && is_ws(text[lead])) lead++;
    put_margin(p);
    sk_buf_puts(p->out, "    ");
    sk_buf_append(p->out, text + lead, size - lead);
    sk_buf_putc(p->out, '\n');

    if (t->lasti >= code->ninsns) return;
    const sk_code_pos *pos = &code->positions[t->lasti];
    if (pos->line < 0 || pos->end_line < 0 || pos->col < 0 || pos->end_col < 0) return;
    int64_t line_len = (int64_t)sk_str_len(line);
    int64_t truncation = (int64_t)lead - 4;
    int64_t start = byte_to_char(text, size, pos->col);
    int64_t end = byte_to_char(text, size, pos->end_col);
    int64_t left = -1, right = -1;
    bool anchors = false;
    if (pos->line == pos->end_line) {
        if (start <= end && end <= line_len) anchors = segment_anchors(vm, line, start, end, &left, &right);
    } else {
        /* up to the line's last non-blank character (CPython counts the
         * characters but indexes the UTF-8 bytes with the count) */
        int64_t i = line_len;
        while (--i >= 0 && is_ws(text[i])) {}
        end = i + 1;
    }
    if (end - start == line_len - (int64_t)lead && !anchors) return;
    /* the markers go by terminal columns: wide characters take two */
    start = display_width(line, start);
    end = display_width(line, end);
    if (anchors) {
        left = display_width(line, left);
        right = display_width(line, right);
    }
    put_margin(p);
    for (int64_t off = truncation + 1; off <= end; off++) {
        if (off <= start) sk_buf_putc(p->out, ' ');
        else if (anchors && left < off && off <= right) sk_buf_putc(p->out, '^');
        else sk_buf_putc(p->out, anchors ? '~' : '^');
    }
    sk_buf_putc(p->out, '\n');
}

static void print_repeated(printer *p, long count) {
    /* no margin: CPython's C printer writes this line bare */
    count -= RECURSIVE_CUTOFF;
    sk_buf_printf(p->out, "  [Previous line repeated %ld more time%s]\n", count, count > 1 ? "s" : "");
}

/* The header and the entries of a traceback (_PyTraceBack_Print_Indented). */
static void print_tb(printer *p, sk_value tb, const char *header_margin, const char *header) {
    if (p->limit <= 0) return;
    put_indent(p);
    sk_buf_puts(p->out, header_margin);
    sk_buf_puts(p->out, header);
    int64_t depth = 0;
    for (sk_value c = tb; c; c = TB(c)->next) depth++;
    while (tb && depth > p->limit) {
        depth--;
        tb = TB(tb)->next;
    }
    sk_value last_file = SK_NULL, last_name = SK_NULL;
    int32_t last_line = -1;
    long count = 0;
    for (; tb; tb = TB(tb)->next) {
        sk_traceback *t = TB(tb);
        sk_code *code = sk_code_ptr(t->code);
        if (!last_file || code->filename != last_file || last_line == -1 || t->lineno != last_line ||
            !last_name || !sk_str_eq(code->name, last_name)) {
            if (count > RECURSIVE_CUTOFF) print_repeated(p, count);
            last_file = code->filename;
            last_line = t->lineno;
            last_name = code->name;
            count = 0;
        }
        count++;
        if (count > RECURSIVE_CUTOFF) continue;
        put_margin(p);
        sk_buf_puts(p->out, "  File \"");
        put_str(p, code->filename);
        sk_buf_printf(p->out, "\", line %d, in ", (int)t->lineno);
        put_str(p, code->name);
        sk_buf_putc(p->out, '\n');
        print_source(p, t);
    }
    if (count > RECURSIVE_CUTOFF) print_repeated(p, count);
}

/* An attribute as a C integer: true with *out set, false when it is not
 * an int (or is missing). None gives `none`. */
static bool int_attr(sk_vm *vm, sk_value v, int64_t none, int64_t *out) {
    if (v == SK_NONE) {
        *out = none;
        return true;
    }
    if (!sk_is_int(v) && !(sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_INT_SUB))) return false;
    if (!sk_int_to_i64(vm, v, out)) {
        sk_exc_take(vm);
        return false;
    }
    return true;
}

static sk_value attr_or_null(sk_vm *vm, sk_value obj, const char *name) {
    sk_value v = sk_getattr_cstr(vm, obj, name);
    if (!v) sk_exc_take(vm);
    return v;
}

/* The source line of a SyntaxError and its caret line (print_error_text).
 * Offsets are used as they are, in bytes: CPython sets them in bytes for
 * source read from files and in characters for source given as str. */
static void print_error_text(printer *p, int64_t offset, int64_t end_offset, sk_value text_obj) {
    const char *text = sk_str_data(text_obj);
    int64_t size = (int64_t)sk_str_size(text_obj);
    int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    int64_t off = offset - 1;
    while (size && is_ws(*text)) text++, size--, off--;
    int64_t len = size;
    if (len > 0 && text[len - 1] == '\n') len--;
    if (off > len) off = len;
    /* a multi-line text shows from the line the offset is on */
    for (;;) {
        const char *nl = memchr(text, '\n', (size_t)size);
        if (!nl || nl - text >= off) break;
        int64_t skip = nl - text + 1;
        text += skip;
        size -= skip;
        len -= skip;
        off -= skip;
    }
    sk_buf_puts(p->out, "    ");
    sk_buf_append(p->out, text, (size_t)size);
    if (len >= size || text[len] != '\n') sk_buf_putc(p->out, '\n');
    if (off < 0) return;
    sk_buf_puts(p->out, "    ");
    sk_buf_repeat(p->out, " ", 1, (size_t)off);
    sk_buf_repeat(p->out, "^", 1, (size_t)carets);
    sk_buf_putc(p->out, '\n');
}

/* A SyntaxError's "File" line and source (print_exception_file_and_line).
 * On success *message becomes its msg, which the final line shows instead
 * of str(exc). */
static void print_file_and_line(printer *p, sk_value exc, sk_value *message) {
    sk_vm *vm = p->vm;
    SK_ROOT_SCOPE(vm);
    sk_value probe = sk_getattr_opt(vm, exc, sk_str_intern_cstr(vm, "print_file_and_line"));
    if (vm->exc) sk_exc_take(vm);
    if (!probe) return;
    sk_value msg = attr_or_null(vm, exc, "msg");
    if (!msg) return;
    SK_ROOT(vm, msg);
    sk_value filename = attr_or_null(vm, exc, "filename");
    if (!filename) return;
    SK_ROOT(vm, filename);
    sk_value v = attr_or_null(vm, exc, "lineno");
    int64_t lineno, offset, end_lineno, end_offset;
    if (!v || v == SK_NONE || !int_attr(vm, v, 0, &lineno)) return;
    v = attr_or_null(vm, exc, "offset");
    if (!v || !int_attr(vm, v, -1, &offset)) return;
    if (sk_typeof(vm, exc) == SK_EXC_TYPE(vm, SYNTAX)) {
        v = attr_or_null(vm, exc, "end_lineno");
        if (!v) end_lineno = lineno;
        else if (!int_attr(vm, v, lineno, &end_lineno)) return;
        v = attr_or_null(vm, exc, "end_offset");
        if (!v) end_offset = -1;
        else if (!int_attr(vm, v, -1, &end_offset)) return;
    } else {
        end_lineno = lineno;
        end_offset = -1;
    }
    sk_value text = attr_or_null(vm, exc, "text");
    if (!text) return;
    SK_ROOT(vm, text);
    *message = msg;
    put_margin(p);
    sk_buf_puts(p->out, "  File \"");
    if (filename == SK_NONE) sk_buf_puts(p->out, "<string>");
    else (void)put_str_of(p, filename);
    sk_buf_printf(p->out, "\", line %lld\n", (long long)lineno);
    if (text == SK_NONE || !sk_is_str(vm, text)) return;
    int64_t line_size = (int64_t)sk_str_size(text);
    /* a span over several lines is marked to the end of the first */
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    print_error_text(p, offset, end_offset, text);
}

/* "module.Qualname" of the exception's type; builtins and __main__ go
 * without their module. */
static void print_type_name(printer *p, sk_type *t) {
    sk_vm *vm = p->vm;
    SK_ROOT_SCOPE(vm);
    sk_value mod = sk_getattr_opt(vm, sk_from_obj(t), SK_NAME(vm, __module__));
    if (vm->exc) sk_exc_take(vm);
    if (!mod || !sk_is_str(vm, mod)) {
        sk_buf_puts(p->out, "<unknown>.");
    } else if (!sk_str_eq_cstr(mod, "builtins") && !sk_str_eq_cstr(mod, "__main__")) {
        put_str(p, mod);
        sk_buf_putc(p->out, '.');
    }
    sk_value qn = t->qualname ? t->qualname : t->name;
    if (qn && sk_is_str(vm, qn)) put_str(p, qn);
    else sk_buf_puts(p->out, "<unknown>");
}

/* The size of the line break at p (0 if there is none), by the rules of
 * str.splitlines: \n, \r, \r\n, \v, \f, \x1c-\x1e, U+0085, U+2028, U+2029. */
static size_t line_break_size(const char *p, const char *end) {
    unsigned char c = (unsigned char)*p;
    if (c == '\r') return p + 1 < end && p[1] == '\n' ? 2 : 1;
    if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) return 1;
    if (c == 0xC2 && p + 1 < end && (unsigned char)p[1] == 0x85) return 2;
    if (c == 0xE2 && p + 2 < end && (unsigned char)p[1] == 0x80 && ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
        return 3;
    return 0;
}

/* Is `v` a sequence in PySequence_Check's sense (and not text)? */
static bool is_note_sequence(sk_vm *vm, sk_value v) {
    if (sk_is_list(vm, v) || sk_is_tuple(vm, v)) return true;
    if (sk_is_str(vm, v) || sk_is_dict(vm, v) || SK_IS(vm, v, BYTES)) return false;
    sk_value gi = sk_lookup_special(vm, v, SK_NAME(vm, __getitem__));
    if (vm->exc) sk_exc_take(vm);
    return gi != SK_NULL;
}

/* __notes__: each note's lines get the margin and the note a newline; a
 * __notes__ that is not a sequence is shown by its repr. */
static void print_notes(printer *p, sk_value notes) {
    sk_vm *vm = p->vm;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, notes);
    if (!is_note_sequence(vm, notes)) {
        put_margin(p);
        sk_value r = sk_repr(vm, notes);
        if (r) put_str(p, r);
        else {
            sk_exc_take(vm);
            sk_buf_puts(p->out, "<__notes__ repr() failed>");
        }
        sk_buf_putc(p->out, '\n');
        return;
    }
    int64_t n = sk_len(vm, notes);
    if (n < 0) {
        sk_exc_take(vm);
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        SK_ROOT_SCOPE(vm);
        sk_value note = sk_is_list(vm, notes)    ? (i < (int64_t)sk_list_len(notes) ? sk_list_items(notes)[i] : SK_NULL)
                        : sk_is_tuple(vm, notes) ? sk_tuple_get(notes, (size_t)i)
                                                 : sk_getitem(vm, notes, sk_from_int(i));
        if (!note) {
            if (vm->exc) sk_exc_take(vm);
            return;
        }
        SK_ROOT(vm, note);
        sk_value s = sk_str(vm, note);
        if (!s) {
            sk_exc_take(vm);
            sk_buf_puts(p->out, "<note str() failed>");
        } else {
            /* each of its lines (str.splitlines(keepends=True)) */
            const char *q = sk_str_data(s), *end = q + sk_str_size(s);
            while (q < end) {
                const char *e = q;
                size_t brk = 0;
                while (e < end && !(brk = line_break_size(e, end))) e++;
                e += brk;
                put_margin(p);
                sk_buf_append(p->out, q, (size_t)(e - q));
                q = e;
            }
        }
        sk_buf_putc(p->out, '\n');
    }
}

/* One exception, without its chain: traceback, message, notes. */
static void print_one(printer *p, sk_value exc) {
    sk_vm *vm = p->vm;
    SK_ROOT_SCOPE(vm);
    if (!sk_is_exception(vm, exc)) {
        sk_buf_printf(p->out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                      sk_type_name_of(vm, exc));
        return;
    }
    bool group = sk_exc_is(vm, exc, SK_EXC_BASE_GROUP);
    sk_value tb = ((sk_exception *)sk_as_obj(exc))->traceback;
    if (tb) {
        const char *header_margin = p->depth ? "| " : "";
        if (group && p->depth == 1) header_margin = "+ ";
        print_tb(p, tb, header_margin,
                 group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n");
    }
    sk_type *type = sk_typeof(vm, exc);
    sk_value notes = sk_getattr_opt(vm, exc, SK_NAME(vm, __notes__));
    if (vm->exc) sk_exc_take(vm);
    SK_ROOT(vm, notes);
    sk_value message = exc;
    SK_ROOT(vm, message);
    print_file_and_line(p, exc, &message);
    put_margin(p);
    print_type_name(p, type);
    if (message != SK_NONE) {
        sk_value s = sk_str(vm, message);
        if (!s) {
            sk_exc_take(vm);
            sk_buf_puts(p->out, ": <exception str() failed>");
        } else {
            if (sk_str_len(s)) sk_buf_puts(p->out, ": ");
            put_str(p, s);
        }
    }
    if (message == exc) {
        sk_value hint = sk_suggest_for(vm, exc);
        if (hint) put_str(p, hint);
    }
    sk_buf_putc(p->out, '\n');
    if (notes) print_notes(p, notes);
}

static bool seen_before(printer *p, sk_value exc) {
    for (size_t i = 0; i < sk_list_len(p->seen); i++)
        if (sk_list_items(p->seen)[i] == exc) return true;
    return false;
}

static void print_recursive(printer *p, sk_value exc);

static void print_chained(printer *p, sk_value exc, const char *message) {
    bool need_close = p->need_close;
    print_recursive(p, exc);
    p->need_close = need_close;
    put_margin(p);
    sk_buf_putc(p->out, '\n');
    put_margin(p);
    sk_buf_puts(p->out, message);
    put_margin(p);
    sk_buf_putc(p->out, '\n');
}

/* The cause, or else the context, printed first (once each). */
static void print_cause_and_context(printer *p, sk_value exc) {
    sk_vm *vm = p->vm;
    if (!sk_list_append(vm, p->seen, exc)) {
        sk_exc_take(vm);
        return;
    }
    if (!sk_is_exception(vm, exc)) return;
    sk_exception *e = (sk_exception *)sk_as_obj(exc);
    if (e->cause) {
        if (!seen_before(p, e->cause))
            print_chained(p, e->cause, "The above exception was the direct cause of the following exception:\n");
        return;
    }
    if (e->suppress_context) return;
    if (e->context && !seen_before(p, e->context))
        print_chained(p, e->context, "During handling of the above exception, another exception occurred:\n");
}

/* A group in its box: its own traceback and message, then each member
 * (up to MAX_GROUP_WIDTH) under a numbered rule, indented one level. */
static void print_group(printer *p, sk_value exc) {
    sk_vm *vm = p->vm;
    SK_ROOT_SCOPE(vm);
    if (p->depth > MAX_GROUP_DEPTH) {
        put_margin(p);
        sk_buf_printf(p->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (p->depth == 0) p->depth++;
    print_one(p, exc);
    sk_value excs = ((sk_exc_group *)sk_as_obj(exc))->exceptions;
    SK_ROOT(vm, excs);
    size_t count = excs && sk_is_tuple(vm, excs) ? sk_tuple_len(excs) : 0;
    size_t shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (size_t i = 0; i < shown; i++) {
        bool last = i == shown - 1;
        /* the closing rule may be drawn by a nested group instead */
        if (last) p->need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        put_indent(p);
        sk_buf_puts(p->out, i == 0 ? "+-" : "  ");
        if (truncated) sk_buf_puts(p->out, "+---------------- ... ----------------\n");
        else sk_buf_printf(p->out, "+---------------- %zu ----------------\n", i + 1);
        p->depth++;
        if (!truncated) {
            print_recursive(p, sk_tuple_get(excs, i));
        } else {
            size_t more = count - MAX_GROUP_WIDTH;
            put_margin(p);
            sk_buf_printf(p->out, "and %zu more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && p->need_close) {
            put_indent(p);
            sk_buf_puts(p->out, "+------------------------------------\n");
            p->need_close = false;
        }
        p->depth--;
    }
    if (p->depth == 1) p->depth--;
}

static void print_recursive(printer *p, sk_value exc) {
    sk_vm *vm = p->vm;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, exc);
    if (!sk_enter_recursion(vm, NULL)) {
        sk_exc_take(vm);
        return;
    }
    print_cause_and_context(p, exc);
    if (sk_is_exception(vm, exc) && sk_exc_is(vm, exc, SK_EXC_BASE_GROUP)) print_group(p, exc);
    else print_one(p, exc);
    sk_leave_recursion(vm);
}

/* sys.tracebacklimit, or CPython's default when unset or not an int. */
static int64_t traceback_limit(sk_vm *vm) {
    if (!vm->sys_module) return DEFAULT_TB_LIMIT;
    sk_value v = sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), "tracebacklimit");
    if (!v || !(sk_is_int(v) || (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_INT_SUB))))
        return DEFAULT_TB_LIMIT;
    int64_t n;
    if (sk_int_to_i64(vm, v, &n)) return n;
    sk_exc_take(vm);
    /* beyond int64: positive means no limit, negative means no traceback */
    sk_value zero = sk_from_int(0);
    int gt = sk_richcmp_bool(vm, v, zero, SK_GT);
    if (gt < 0) sk_exc_take(vm);
    return gt > 0 ? INT64_MAX : 0;
}

void sk_traceback_format(sk_vm *vm, sk_value exc, sk_buf *out) {
    SK_ROOT_SCOPE(vm);
    sk_value saved = vm->exc;
    SK_ROOT(vm, saved);  /* only reachable from here while vm->exc is clear */
    vm->exc = SK_NULL;
    SK_ROOT(vm, exc);
    SK_ROOT(vm, saved);
    printer p = {vm, out, SK_NULL, 0, false, traceback_limit(vm)};
    p.seen = sk_list_new(vm, 4);
    if (p.seen) {
        SK_ROOT(vm, p.seen);
        print_recursive(&p, exc);
    }
    if (vm->exc) sk_exc_take(vm);
    vm->exc = saved;
}

void sk_traceback_format_entries(sk_vm *vm, sk_value tb, sk_buf *out) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, tb);
    sk_value saved = vm->exc;
    SK_ROOT(vm, saved);
    vm->exc = SK_NULL;
    printer p = {vm, out, SK_NULL, 0, false, traceback_limit(vm)};
    print_tb(&p, tb, "", "Traceback (most recent call last):\n");
    if (vm->exc) sk_exc_take(vm);
    vm->exc = saved;
}

void sk_traceback_display(sk_vm *vm, sk_value exc, sk_value tb) {
    /* the traceback given beside an exception that has none is shown as
     * its own (sys.excepthook(type, value, tb) with a fresh value) */
    if (tb && SK_IS(vm, tb, TRACEBACK) && sk_is_exception(vm, exc) && !((sk_exception *)sk_as_obj(exc))->traceback)
        ((sk_exception *)sk_as_obj(exc))->traceback = tb;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_traceback_format(vm, exc, &b);
    if (b.len) sk_write_stderr(vm, b.data, b.len);
    sk_buf_free(&b);
}

void sk_traceback_print(sk_vm *vm, sk_value exc) { sk_traceback_display(vm, exc, SK_NULL); }
