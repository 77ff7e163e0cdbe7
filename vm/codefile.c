/* codefile.c — the serialized form of code objects (see codefile.h): the
 * writer used at build time and the loader used at import, which checks
 * everything it reads.
 *
 * Layout (integers are LEB128 varints; "s" marks a zigzag-signed one):
 *
 *   file    = "SKCF" version:u8 checksum:u64le body
 *   body    = code                       (the module's code object)
 *   code    = 'C' flags firstlineno:s nregs nlocals argcount posonly
 *             kwonly ncells nfree free_base ncaches ninsns nexc
 *             insn:u32le * ninsns
 *             position * ninsns          (a mask of the fields that
 *                                         changed, then their deltas:
 *                                         see pos_fields)
 *             (start end handler exc_reg) * nexc
 *             (cell_reg cell_param:s) * ncells
 *             consts:tuple names:tuple varnames:tuple cellvars:tuple
 *             freevars:tuple name:value qualname:value
 *   value   = 'N' | 'F' | 'T' | 'E' | 'I'     None False True ... NotImplemented
 *           | 'i' int:s                    a small int
 *           | 'L' sign:u8 n hexdigits[n]   a big int
 *           | 'f' f64le | 'c' f64le f64le  float, complex
 *           | 's' interned:u8 n utf8[n]    a str, numbered in order of
 *           | 'r' index                    first appearance; 'r' repeats one
 *           | 'b' n bytes[n]               bytes
 *           | 't' n value*n                tuple
 *           | 'X' index | 'Y' index        a built-in exception type, a
 *                                          built-in type (vm->exc_types,
 *                                          vm->types)
 *           | code
 *
 * Every string object is written once and referred to by number after
 * that, so the loaded tree shares strings exactly as the compiled one did;
 * interned ones are interned again. Filenames are not stored: the loader
 * is given the one every code object of the module carries. Inline caches
 * are stored as a count only (they start empty).
 *
 * The loader checks the magic, the version and the checksum, then every
 * count against the bytes left, every index against what it indexes, the
 * frame layout and the registers the exception table and the cells name
 * against the frame size (stmt_live against SK_MAX_REGS: the interpreter
 * clamps it), every instruction's opcode, data word and jump target, that
 * names are interned str, and the UTF-8 of every str. It does not check
 * the operands of instructions against the frame or the constants (that
 * would repeat the compiler's knowledge of every opcode): the checksum is
 * what stands between damaged bytes and the interpreter there, the data
 * being skein's own, written by the same build.
 */
#include "codefile.h"

#include <string.h>

#include "bytes.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* A field added to sk_code or sk_code_pos must be written and read here
 * (and compared by tests/unit/test_codefile.c): these sizes fail the build
 * until then. */
_Static_assert(sizeof(sk_code) == 176, "sk_code changed: update codefile.c and test_codefile.c");
_Static_assert(sizeof(sk_code_pos) == 32, "sk_code_pos changed: update codefile.c and test_codefile.c");
_Static_assert(sizeof(sk_exc_entry) == 16, "sk_exc_entry changed: update codefile.c and test_codefile.c");

static const char MAGIC[4] = {'S', 'K', 'C', 'F'};

/* Nested code objects deeper than this are refused (the compiler's own
 * limits keep real code far below it). */
#define MAX_DEPTH 200

uint64_t sk_codefile_checksum(const void *data, size_t len) {
    /* FNV-1a over 8-byte little-endian words (then the tail bytes): a
     * damaged byte changes it, at a fraction of a cycle per byte */
    const unsigned char *p = data;
    uint64_t h = 0xcbf29ce484222325ULL;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t word = 0;
        for (int k = 7; k >= 0; k--) word = word << 8 | p[i + (size_t)k];
        h = (h ^ word) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    for (; i < len; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    return h;
}

/* ---- positions ---------------------------------------------------------------------- */

/* A position as the numbers the file stores, each as its change from the
 * previous instruction's (and only those that changed, under a bit mask):
 * most instructions share their line, anchors and statement with the one
 * before, so most positions take two or three bytes. */
enum { POS_FIELDS = 9 };

static void pos_fields(const sk_code_pos *p, int64_t q[POS_FIELDS]) {
    q[0] = p->line;
    q[1] = (int64_t)p->end_line - p->line;
    q[2] = p->col;
    q[3] = (int64_t)p->end_col - p->col;
    q[4] = p->anchor_left;
    q[5] = p->anchor_right;
    q[6] = p->anchor_kind;
    q[7] = p->stmt_live;
    q[8] = p->stmt_start;
}

static bool fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* The inverse of pos_fields; false when a number is out of its field's
 * range (stmt_live is SK_MAX_REGS outside statements; readers clamp it). */
static bool pos_from_fields(const int64_t q[POS_FIELDS], sk_code_pos *p) {
    int64_t end_line = q[0] + q[1], end_col = q[2] + q[3];
    if (!fits32(q[0]) || !fits32(end_line) || !fits32(q[2]) || !fits32(end_col) || !fits32(q[4]) || !fits32(q[5]) ||
        q[6] < 0 || q[6] > UINT8_MAX || q[7] < 0 || q[7] > SK_MAX_REGS || q[8] < 0 || q[8] > UINT32_MAX)
        return false;
    memset(p, 0, sizeof *p);
    p->line = (int32_t)q[0];
    p->end_line = (int32_t)end_line;
    p->col = (int32_t)q[2];
    p->end_col = (int32_t)end_col;
    p->anchor_left = (int32_t)q[4];
    p->anchor_right = (int32_t)q[5];
    p->anchor_kind = (uint8_t)q[6];
    p->stmt_live = (uint16_t)q[7];
    p->stmt_start = (uint32_t)q[8];
    return true;
}

/* ---- writing ---------------------------------------------------------------------- */

typedef struct writer {
    sk_vm *vm;
    sk_buf *out;
    sk_value strings;  /* dict: id of a str object -> its number */
    sk_value filename;
    int64_t nstrings;
} writer;

static void put_u8(writer *w, unsigned v) { sk_buf_putc(w->out, (char)(unsigned char)v); }

static void put_uv(writer *w, uint64_t v) {
    char tmp[10];
    size_t n = 0;
    do {
        unsigned char b = v & 0x7F;
        v >>= 7;
        tmp[n++] = (char)(v ? b | 0x80 : b);
    } while (v);
    sk_buf_append(w->out, tmp, n);
}

static void put_sv(writer *w, int64_t v) { put_uv(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63)); }

static void put_u32(writer *w, uint32_t v) {
    char tmp[4] = {(char)(v & 0xFF), (char)((v >> 8) & 0xFF), (char)((v >> 16) & 0xFF), (char)(v >> 24)};
    sk_buf_append(w->out, tmp, 4);
}

static void put_u64(writer *w, uint64_t v) {
    put_u32(w, (uint32_t)v);
    put_u32(w, (uint32_t)(v >> 32));
}

static void put_f64(writer *w, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    put_u64(w, bits);
}

static bool unsupported(writer *w, sk_value v) {
    sk_exc_fmt(w->vm, SK_EXC_VALUE, "frozen code cannot hold a constant of type %T", v);
    return false;
}

static bool write_code(writer *w, sk_value cv);

static bool write_str(writer *w, sk_value s) {
    sk_vm *vm = w->vm;
    SK_ROOT_SCOPE(vm);
    sk_value key = sk_int_from_u64(vm, (uint64_t)(uintptr_t)sk_as_obj(s));
    if (!key) return false;
    SK_ROOT(vm, key);
    sk_value found = sk_dict_get(vm, w->strings, key);
    if (found) {
        put_u8(w, 'r');
        put_uv(w, (uint64_t)sk_as_int(found));
        return true;
    }
    if (vm->exc || !sk_dict_set(vm, w->strings, key, sk_from_int(w->nstrings++))) return false;
    put_u8(w, 's');
    put_u8(w, sk_str_ptr(s)->interned ? 1 : 0);
    put_uv(w, sk_str_size(s));
    sk_buf_append(w->out, sk_str_data(s), sk_str_size(s));
    return true;
}

static bool write_value(writer *w, sk_value v) {
    sk_vm *vm = w->vm;
    if (v == SK_NONE) return put_u8(w, 'N'), true;
    if (v == SK_FALSE) return put_u8(w, 'F'), true;
    if (v == SK_TRUE) return put_u8(w, 'T'), true;
    if (v == SK_ELLIPSIS) return put_u8(w, 'E'), true;
    if (v == SK_NOTIMPL) return put_u8(w, 'I'), true;
    if (sk_is_int(v)) {
        put_u8(w, 'i');
        put_sv(w, sk_as_int(v));
        return true;
    }
    if (!sk_is_ptr(v)) return unsupported(w, v);
    sk_type *t = sk_as_obj(v)->type;
    if (t == SK_TYPE(vm, STR)) return write_str(w, v);
    if (t == SK_TYPE(vm, INT)) {
        SK_ROOT_SCOPE(vm);
        bool negative = sk_int_sign(v) < 0;
        sk_value digits = sk_int_to_str(vm, v, 16);
        if (!digits) return false;
        SK_ROOT(vm, digits);
        const char *d = sk_str_data(digits);
        size_t n = sk_str_size(digits);
        if (n && d[0] == '-') d++, n--;
        put_u8(w, 'L');
        put_u8(w, negative);
        put_uv(w, n);
        sk_buf_append(w->out, d, n);
        return true;
    }
    if (t == SK_TYPE(vm, FLOAT)) {
        put_u8(w, 'f');
        put_f64(w, sk_float_value(v));
        return true;
    }
    if (t == SK_TYPE(vm, COMPLEX)) {
        const sk_complex *c = (const sk_complex *)sk_as_obj(v);
        put_u8(w, 'c');
        put_f64(w, c->real);
        put_f64(w, c->imag);
        return true;
    }
    if (t == SK_TYPE(vm, BYTES)) {
        put_u8(w, 'b');
        put_uv(w, sk_bytes_len(v));
        sk_buf_append(w->out, sk_bytes_data(v), sk_bytes_len(v));
        return true;
    }
    if (t == SK_TYPE(vm, TUPLE)) {
        put_u8(w, 't');
        put_uv(w, sk_tuple_len(v));
        for (size_t i = 0; i < sk_tuple_len(v); i++)
            if (!write_value(w, sk_tuple_items(v)[i])) return false;
        return true;
    }
    if (t == SK_TYPE(vm, CODE)) return write_code(w, v);
    if (t == SK_TYPE(vm, TYPE) || sk_type_is_subtype(t, SK_TYPE(vm, TYPE))) {
        for (unsigned i = 0; i < SK_EXC_COUNT; i++)
            if (sk_from_obj(vm->exc_types[i]) == v) return put_u8(w, 'X'), put_uv(w, i), true;
        for (unsigned i = 0; i < SK_T_COUNT; i++)
            if (sk_from_obj(vm->types[i]) == v) return put_u8(w, 'Y'), put_uv(w, i), true;
    }
    return unsupported(w, v);
}

/* A tuple of str (names, varnames…): written as a tuple value. */
static bool write_tuple(writer *w, sk_value t) {
    if (!t || !sk_is_tuple(w->vm, t)) {
        sk_exc_msg(w->vm, SK_EXC_VALUE, "frozen code: a code object lacks one of its tuples");
        return false;
    }
    return write_value(w, t);
}

static bool write_code(writer *w, sk_value cv) {
    sk_vm *vm = w->vm;
    const sk_code *c = sk_code_ptr(cv);
    if (c->filename != w->filename || c->source) {
        sk_exc_msg(vm, SK_EXC_VALUE, "frozen code: nested code objects must share the module's filename and have no source");
        return false;
    }
    put_u8(w, 'C');
    put_uv(w, c->flags);
    put_sv(w, c->firstlineno);
    put_uv(w, c->nregs);
    put_uv(w, c->nlocals);
    put_uv(w, c->argcount);
    put_uv(w, c->posonlyargcount);
    put_uv(w, c->kwonlyargcount);
    put_uv(w, c->ncells);
    put_uv(w, c->nfree);
    put_uv(w, c->free_base);
    put_uv(w, c->ncaches);
    put_uv(w, c->ninsns);
    put_uv(w, c->nexc);
    for (uint32_t i = 0; i < c->ninsns; i++) put_u32(w, c->insns[i]);
    int64_t prev[POS_FIELDS] = {0};
    for (uint32_t i = 0; i < c->ninsns; i++) {
        int64_t q[POS_FIELDS];
        pos_fields(&c->positions[i], q);
        unsigned mask = 0;
        for (int k = 0; k < POS_FIELDS; k++)
            if (q[k] != prev[k]) mask |= 1u << k;
        put_uv(w, mask);
        for (int k = 0; k < POS_FIELDS; k++)
            if (mask & (1u << k)) put_sv(w, q[k] - prev[k]);
        memcpy(prev, q, sizeof prev);
    }
    for (uint32_t i = 0; i < c->nexc; i++) {
        const sk_exc_entry *e = &c->exctable[i];
        put_uv(w, e->start);
        put_uv(w, e->end);
        put_uv(w, e->handler);
        put_uv(w, e->exc_reg);
    }
    for (uint32_t i = 0; i < c->ncells; i++) {
        put_uv(w, c->cell_regs[i]);
        put_sv(w, c->cell_param[i]);
    }
    if (!write_tuple(w, c->consts) || !write_tuple(w, c->names) || !write_tuple(w, c->varnames) ||
        !write_tuple(w, c->cellvars) || !write_tuple(w, c->freevars))
        return false;
    if (!c->name || !c->qualname || !sk_is_str(vm, c->name) || !sk_is_str(vm, c->qualname)) {
        sk_exc_msg(vm, SK_EXC_VALUE, "frozen code: a code object's name is not a str");
        return false;
    }
    return write_value(w, c->name) && write_value(w, c->qualname);
}

bool sk_codefile_dump(sk_vm *vm, sk_value code, sk_buf *out) {
    SK_ROOT_SCOPE(vm);
    if (!sk_is_ptr(code) || sk_as_obj(code)->type != SK_TYPE(vm, CODE)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "frozen code: not a code object");
        return false;
    }
    writer w = {vm, out, sk_dict_new(vm), sk_code_ptr(code)->filename, 0};
    if (!w.strings) return false;
    SK_ROOT(vm, w.strings);
    SK_ROOT(vm, code);
    size_t start = out->len;
    sk_buf_append(out, MAGIC, sizeof MAGIC);
    put_u8(&w, SK_CODEFILE_VERSION);
    put_u64(&w, 0); /* the checksum, filled in below */
    if (!write_code(&w, code)) return false;
    if (out->failed) {
        sk_exc_no_memory(vm);
        return false;
    }
    unsigned char *file = (unsigned char *)out->data + start;
    uint64_t sum = sk_codefile_checksum(file + SK_CODEFILE_BODY_AT, out->len - start - SK_CODEFILE_BODY_AT);
    for (int i = 0; i < 8; i++) file[SK_CODEFILE_CHECKSUM_AT + i] = (unsigned char)(sum >> (8 * i));
    return true;
}

/* ---- reading ---------------------------------------------------------------------- */

typedef struct reader {
    sk_vm *vm;
    const unsigned char *p, *end;
    sk_value strings;   /* list: the strs read so far, by number */
    sk_value filename;
    int depth;
} reader;

/* Raises the ValueError for damaged data; returns false / SK_NULL. */
static bool bad(reader *r, const char *what) {
    sk_exc_fmt(r->vm, SK_EXC_VALUE, "bad frozen code data: %s", what);
    return false;
}

static sk_value bad_value(reader *r, const char *what) {
    bad(r, what);
    return SK_NULL;
}

static bool get_u8(reader *r, unsigned *out) {
    if (r->p >= r->end) return bad(r, "truncated");
    *out = *r->p++;
    return true;
}

static bool get_uv_long(reader *r, uint64_t *out);

/* Most numbers take one byte: that case is inlined. */
static inline bool get_uv(reader *r, uint64_t *out) {
    if (SK_LIKELY(r->p < r->end && *r->p < 0x80)) {
        *out = *r->p++;
        return true;
    }
    return get_uv_long(r, out);
}

static bool get_uv_long(reader *r, uint64_t *out) {
    uint64_t v = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) return bad(r, "truncated");
        unsigned char b = *r->p++;
        if (shift == 63 && b > 1) break;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            *out = v;
            return true;
        }
    }
    return bad(r, "integer too long");
}

static inline bool get_sv(reader *r, int64_t *out) {
    uint64_t u;
    if (!get_uv(r, &u)) return false;
    *out = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
    return true;
}

/* An unsigned varint no larger than `max`. */
static bool get_count(reader *r, uint64_t max, uint64_t *out) {
    if (!get_uv(r, out)) return false;
    if (*out > max) return bad(r, "count out of range");
    return true;
}

static bool get_u16(reader *r, uint16_t *out) {
    uint64_t v;
    if (!get_count(r, UINT16_MAX, &v)) return false;
    *out = (uint16_t)v;
    return true;
}

static bool get_bytes(reader *r, uint64_t n, const char **out) {
    if (n > (uint64_t)(r->end - r->p)) return bad(r, "truncated");
    *out = (const char *)r->p;
    r->p += n;
    return true;
}

static bool get_f64(reader *r, double *out) {
    const char *b;
    if (!get_bytes(r, 8, &b)) return false;
    uint64_t bits = 0;
    for (int i = 7; i >= 0; i--) bits = bits << 8 | (unsigned char)b[i];
    memcpy(out, &bits, sizeof bits);
    return true;
}

static sk_value read_code(reader *r);

static sk_value read_str(reader *r) {
    sk_vm *vm = r->vm;
    unsigned interned;
    uint64_t n;
    const char *text;
    if (!get_u8(r, &interned) || !get_uv(r, &n) || !get_bytes(r, n, &text)) return SK_NULL;
    if (interned > 1) return bad_value(r, "bad str flag");
    if (sk_utf8_valid_prefix(text, (size_t)n, true) != n) return bad_value(r, "str is not UTF-8");
    sk_value s = interned ? sk_str_intern(vm, text, (size_t)n) : sk_str_new(vm, text, (size_t)n);
    if (!s) return SK_NULL;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, s);
    if (!sk_list_append(vm, r->strings, s)) return SK_NULL;
    return s;
}

static sk_value read_bigint(reader *r) {
    sk_vm *vm = r->vm;
    unsigned negative;
    uint64_t n;
    const char *digits;
    if (!get_u8(r, &negative) || !get_uv(r, &n) || !get_bytes(r, n, &digits)) return SK_NULL;
    if (negative > 1 || n == 0) return bad_value(r, "bad int");
    for (uint64_t i = 0; i < n; i++)
        if (!((digits[i] >= '0' && digits[i] <= '9') || (digits[i] >= 'a' && digits[i] <= 'f')))
            return bad_value(r, "bad int digits");
    sk_buf text;
    sk_buf_init_vm(vm, &text);
    sk_buf_puts(&text, "0x");
    sk_buf_append(&text, digits, (size_t)n);
    if (text.failed) {
        sk_buf_free(&text);
        return sk_exc_no_memory(vm);
    }
    sk_value v = sk_int_from_literal(vm, text.data, text.len);
    sk_buf_free(&text);
    if (!v || !negative) return v;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, v);
    return sk_neg(vm, v);
}

static sk_value read_value(reader *r) {
    sk_vm *vm = r->vm;
    unsigned tag;
    if (!get_u8(r, &tag)) return SK_NULL;
    switch (tag) {
    case 'N': return SK_NONE;
    case 'F': return SK_FALSE;
    case 'T': return SK_TRUE;
    case 'E': return SK_ELLIPSIS;
    case 'I': return SK_NOTIMPL;
    case 'i': {
        int64_t v;
        if (!get_sv(r, &v)) return SK_NULL;
        if (!sk_int_fits_small(v)) return bad_value(r, "small int out of range");
        return sk_from_int(v);
    }
    case 'L': return read_bigint(r);
    case 'f': {
        double d;
        if (!get_f64(r, &d)) return SK_NULL;
        return sk_float_new(vm, d);
    }
    case 'c': {
        double re, im;
        if (!get_f64(r, &re) || !get_f64(r, &im)) return SK_NULL;
        return sk_complex_new(vm, re, im);
    }
    case 's': return read_str(r);
    case 'r': {
        uint64_t i;
        if (!get_uv(r, &i)) return SK_NULL;
        if (i >= sk_list_len(r->strings)) return bad_value(r, "str reference out of range");
        return sk_list_items(r->strings)[i];
    }
    case 'b': {
        uint64_t n;
        const char *data;
        if (!get_uv(r, &n) || !get_bytes(r, n, &data)) return SK_NULL;
        return sk_bytes_new(vm, data, (size_t)n);
    }
    case 't': {
        uint64_t n;
        /* each item takes at least one byte */
        if (!get_count(r, (uint64_t)(r->end - r->p), &n)) return SK_NULL;
        SK_ROOT_SCOPE(vm);
        sk_value t = sk_tuple_new(vm, (size_t)n);
        if (!t) return SK_NULL;
        SK_ROOT(vm, t);
        for (uint64_t i = 0; i < n; i++) {
            sk_value item = read_value(r);
            if (!item) return SK_NULL;
            sk_tuple_items(t)[i] = item;
        }
        return t;
    }
    case 'X': {
        uint64_t i;
        if (!get_count(r, SK_EXC_COUNT - 1, &i)) return SK_NULL;
        return sk_from_obj(vm->exc_types[i]);
    }
    case 'Y': {
        uint64_t i;
        if (!get_count(r, SK_T_COUNT - 1, &i)) return SK_NULL;
        return vm->types[i] ? sk_from_obj(vm->types[i]) : bad_value(r, "no such type");
    }
    case 'C': {
        if (++r->depth > MAX_DEPTH) return bad_value(r, "code nested too deeply");
        sk_value c = read_code(r);
        r->depth--;
        return c;
    }
    }
    return bad_value(r, "unknown value tag");
}

/* A tuple whose items all satisfy `want_str`. */
static sk_value read_tuple(reader *r, bool want_str) {
    sk_value t = read_value(r);
    if (!t) return SK_NULL;
    if (!sk_is_ptr(t) || sk_as_obj(t)->type != SK_TYPE(r->vm, TUPLE)) return bad_value(r, "expected a tuple");
    if (want_str)
        for (size_t i = 0; i < sk_tuple_len(t); i++)
            if (!sk_is_str(r->vm, sk_tuple_items(t)[i])) return bad_value(r, "expected a tuple of str");
    return t;
}

/* Every instruction's opcode exists and its data word is inside the code;
 * jumps land inside the code. */
static bool check_insns(reader *r, const sk_code *c) {
    for (uint32_t pc = 0; pc < c->ninsns;) {
        uint32_t insn = c->insns[pc];
        unsigned op = insn & 0xFF;
        if (op >= SK_OP_COUNT) return bad(r, "unknown opcode");
        int words = sk_op_words((sk_opcode)op);
        if ((uint64_t)pc + (uint64_t)words > c->ninsns) return bad(r, "instruction runs past the end");
        uint8_t fmt = sk_opinfo_table[op].format;
        int64_t target = -1;
        if (fmt == SK_FMT_sJ) target = (int64_t)pc + 1 + GETARG_sJ(insn);
        if (target != -1 && (target < 0 || target >= (int64_t)c->ninsns)) return bad(r, "jump out of range");
        pc += (uint32_t)words;
    }
    return true;
}

static sk_value read_code(reader *r) {
    sk_vm *vm = r->vm;
    SK_ROOT_SCOPE(vm);
    sk_value cv = sk_code_new(vm);
    if (!cv) return SK_NULL;
    SK_ROOT(vm, cv);
    sk_code *c = sk_code_ptr(cv);
    c->filename = r->filename;
    uint64_t flags, ninsns, nexc, ncaches;
    int64_t firstlineno;
    uint16_t nregs, nlocals, argcount, posonly, kwonly, ncells, nfree, free_base;
    if (!get_count(r, UINT32_MAX, &flags) || !get_sv(r, &firstlineno) || !get_u16(r, &nregs) ||
        !get_u16(r, &nlocals) || !get_u16(r, &argcount) || !get_u16(r, &posonly) || !get_u16(r, &kwonly) ||
        !get_u16(r, &ncells) || !get_u16(r, &nfree) || !get_u16(r, &free_base) ||
        !get_count(r, UINT32_MAX, &ncaches) || !get_count(r, UINT32_MAX, &ninsns) || !get_count(r, UINT32_MAX, &nexc))
        return SK_NULL;
    if (firstlineno < INT32_MIN || firstlineno > INT32_MAX) return bad_value(r, "firstlineno out of range");
    if (nregs > SK_MAX_REGS || nlocals > nregs || (uint32_t)free_base + nfree > nregs ||
        (uint32_t)argcount + kwonly > nlocals || posonly > argcount)
        return bad_value(r, "inconsistent frame layout");
    /* every instruction takes 4 bytes and a position at least 1 */
    size_t left = (size_t)(r->end - r->p);
    if (ninsns == 0 || ninsns > left / 5 || nexc > left / 4 || ncells > left / 2)
        return bad_value(r, "count out of range");
    c->flags = (uint32_t)flags;
    c->firstlineno = (int32_t)firstlineno;
    c->nregs = nregs;
    c->nlocals = nlocals;
    c->argcount = argcount;
    c->posonlyargcount = posonly;
    c->kwonlyargcount = kwonly;
    c->nfree = nfree;
    c->free_base = free_base;

    /* the arrays (set each count only once its arrays exist: a collection
     * may finalize this half-built object, freeing by the counts) */
    uint32_t *insns = sk_mem_alloc(vm, ninsns * sizeof(uint32_t));
    if (!insns) return SK_NULL;
    sk_code_pos *pos = sk_mem_alloc(vm, ninsns * sizeof(sk_code_pos));
    if (!pos) {
        sk_mem_free(vm, insns, ninsns * sizeof(uint32_t));
        return SK_NULL;
    }
    c->insns = insns;
    c->positions = pos;
    c->ninsns = (uint32_t)ninsns;
    for (uint32_t i = 0; i < ninsns; i++) {
        const char *b;
        if (!get_bytes(r, 4, &b)) return SK_NULL;
        insns[i] = (uint32_t)(unsigned char)b[0] | (uint32_t)(unsigned char)b[1] << 8 |
                   (uint32_t)(unsigned char)b[2] << 16 | (uint32_t)(unsigned char)b[3] << 24;
    }
    if (!check_insns(r, c)) return SK_NULL;
    int64_t prev[POS_FIELDS] = {0};
    for (uint32_t i = 0; i < ninsns; i++) {
        uint64_t mask;
        if (!get_count(r, (1u << POS_FIELDS) - 1, &mask)) return SK_NULL;
        for (unsigned bits = (unsigned)mask; bits; bits &= bits - 1) {
            int k = __builtin_ctz(bits);
            int64_t d;
            if (!get_sv(r, &d)) return SK_NULL;
            /* every field fits in 32 bits: a larger delta is damage */
            if (d < -((int64_t)1 << 33) || d > ((int64_t)1 << 33)) return bad_value(r, "bad position");
            prev[k] += d;
        }
        if (!pos_from_fields(prev, &pos[i])) return bad_value(r, "bad position");
        if (pos[i].stmt_start > ninsns) return bad_value(r, "bad position");
    }
    if (nexc) {
        sk_exc_entry *exc = sk_mem_alloc(vm, nexc * sizeof(sk_exc_entry));
        if (!exc) return SK_NULL;
        c->exctable = exc;
        c->nexc = (uint32_t)nexc;
        for (uint32_t i = 0; i < nexc; i++) {
            uint64_t start, end, handler;
            uint16_t reg;
            if (!get_count(r, ninsns, &start) || !get_count(r, ninsns, &end) || !get_count(r, ninsns - 1, &handler) ||
                !get_u16(r, &reg))
                return SK_NULL;
            if (start > end || reg >= nregs) return bad_value(r, "bad exception table entry");
            exc[i] = (sk_exc_entry){(uint32_t)start, (uint32_t)end, (uint32_t)handler, reg};
        }
    }
    if (ncaches) {
        sk_inline_cache *caches = sk_mem_alloc(vm, ncaches * sizeof(sk_inline_cache));
        if (!caches) return SK_NULL;
        memset(caches, 0, ncaches * sizeof(sk_inline_cache));
        c->caches = caches;
        c->ncaches = (uint32_t)ncaches;
    }
    if (ncells) {
        uint16_t *regs = sk_mem_alloc(vm, ncells * sizeof(uint16_t));
        if (!regs) return SK_NULL;
        int16_t *params = sk_mem_alloc(vm, ncells * sizeof(int16_t));
        if (!params) {
            sk_mem_free(vm, regs, ncells * sizeof(uint16_t));
            return SK_NULL;
        }
        c->cell_regs = regs;
        c->cell_param = params;
        c->ncells = ncells;
        for (uint32_t i = 0; i < ncells; i++) {
            int64_t param;
            if (!get_u16(r, &regs[i]) || !get_sv(r, &param)) return SK_NULL;
            if (regs[i] >= nregs || param < -1 || param >= (int64_t)nlocals) return bad_value(r, "bad cell");
            params[i] = (int16_t)param;
        }
    }
    /* each tuple is stored in the code as soon as it exists, which roots it */
    if (!(c->consts = read_tuple(r, false)) || !(c->names = read_tuple(r, true)) ||
        !(c->varnames = read_tuple(r, true)) || !(c->cellvars = read_tuple(r, true)) ||
        !(c->freevars = read_tuple(r, true)))
        return SK_NULL;
    /* the interpreter finds names by identity in its caches and dicts */
    for (size_t i = 0; i < sk_tuple_len(c->names); i++)
        if (!sk_str_ptr(sk_tuple_items(c->names)[i])->interned) return bad_value(r, "a name is not interned");
    if (sk_tuple_len(c->varnames) != nlocals || sk_tuple_len(c->cellvars) != ncells ||
        sk_tuple_len(c->freevars) != nfree)
        return bad_value(r, "name tuples do not match the frame layout");
    if (!(c->name = read_value(r))) return SK_NULL;
    if (!sk_is_str(vm, c->name)) return bad_value(r, "code name is not a str");
    if (!(c->qualname = read_value(r))) return SK_NULL;
    if (!sk_is_str(vm, c->qualname)) return bad_value(r, "code qualname is not a str");
    return cv;
}

sk_value sk_codefile_load(sk_vm *vm, const void *data, size_t len, sk_value filename) {
    SK_ROOT_SCOPE(vm);
    reader r = {vm, data, (const unsigned char *)data + len, SK_NULL, filename, 0};
    if (len < SK_CODEFILE_BODY_AT || memcmp(data, MAGIC, sizeof MAGIC) != 0) return bad_value(&r, "no header");
    if (r.p[sizeof MAGIC] != SK_CODEFILE_VERSION) return bad_value(&r, "written by another version");
    uint64_t sum = 0;
    for (int i = 7; i >= 0; i--) sum = sum << 8 | r.p[SK_CODEFILE_CHECKSUM_AT + i];
    if (sum != sk_codefile_checksum(r.p + SK_CODEFILE_BODY_AT, len - SK_CODEFILE_BODY_AT))
        return bad_value(&r, "checksum mismatch");
    r.p += SK_CODEFILE_BODY_AT;
    SK_ROOT(vm, filename);
    r.strings = sk_list_new(vm, 0);
    if (!r.strings) return SK_NULL;
    SK_ROOT(vm, r.strings);
    unsigned tag;
    if (!get_u8(&r, &tag)) return SK_NULL;
    if (tag != 'C') return bad_value(&r, "not a code object");
    sk_value code = read_code(&r);
    if (!code) return SK_NULL;
    if (r.p != r.end) return bad_value(&r, "trailing bytes");
    return code;
}
