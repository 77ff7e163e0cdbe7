/* _traceback.c — what the pure-Python traceback and linecache modules need
 * from C: reading a source file the way CPython's tokenize.open reads it,
 * parsing a source segment for the ~~~^^^ markers (CPython uses the ast
 * module, which skein does not have), the display width of text, and a
 * code object's position at an instruction without building the whole
 * co_positions() list.
 *
 * skein-private: CPython has no module of this name.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <utf8proc.h>

#include "code.h"
#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

static bool path_arg(sk_vm *vm, sk_value v, const char **out) {
    if (!sk_is_str(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "expected str, not %T", v);
        return false;
    }
    if (memchr(sk_str_data(v), '\0', sk_str_size(v))) {
        sk_exc_msg(vm, SK_EXC_VALUE, "embedded null character in path");
        return false;
    }
    *out = sk_str_data(v);
    return true;
}

/* stat(path) -> (size, mtime) or None when the file cannot be read */
NATIVE(tb_stat) {
    const char *path;
    if (!path_arg(vm, args[0], &path)) return SK_NULL;
    struct stat st;
    if (stat(path, &st) != 0 || S_ISDIR(st.st_mode)) return SK_NONE;
    SK_ROOT_SCOPE(vm);
    sk_value t[2] = {sk_int_from_i64(vm, (int64_t)st.st_size), SK_NULL};
    if (!t[0]) return SK_NULL;
    SK_ROOT(vm, t[0]);
    t[1] = sk_float_new(vm, (double)st.st_mtim.tv_sec + (double)st.st_mtim.tv_nsec * 1e-9);
    if (!t[1]) return SK_NULL;
    SK_ROOT(vm, t[1]);
    return sk_tuple_from(vm, t, 2);
}

/* read_source(path) -> the file's text, or None when it cannot be read or
 * is not UTF-8 (tokenize.open would fail the same way, and linecache then
 * has no lines). Newlines are universal: \r\n and \r read as \n. */
NATIVE(tb_read_source) {
    const char *path;
    if (!path_arg(vm, args[0], &path)) return SK_NULL;
    FILE *fp = fopen(path, "rb");
    if (!fp) return SK_NONE;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) sk_buf_append(&b, chunk, n);
    bool failed = ferror(fp) != 0;
    fclose(fp);
    if (b.failed) {
        sk_buf_free(&b);
        return sk_exc_no_memory(vm);
    }
    if (failed) {
        sk_buf_free(&b);
        return SK_NONE;
    }
    char *p = b.data ? b.data : (char *)"";
    size_t len = b.len;
    if (len >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        p += 3, len -= 3;
    /* universal newlines, in place */
    size_t w = 0;
    for (size_t r = 0; r < len; r++) {
        if (p[r] == '\r') {
            p[w++] = '\n';
            if (r + 1 < len && p[r + 1] == '\n') r++;
        } else {
            p[w++] = p[r];
        }
    }
    sk_value s = SK_NONE;
    if (sk_utf8_valid_prefix(p, w, false) == w) s = sk_str_new(vm, p, w);
    sk_buf_free(&b);
    return s;
}

/* segment_tree(segment) -> None, or (kind, left_end, right_start) with kind
 * "binop" or "subscript" and UTF-8 byte offsets into the segment (see
 * sk_traceback_segment_tree). */
NATIVE(tb_segment_tree) {
    if (!sk_is_str(vm, args[0])) return sk_exc_fmt(vm, SK_EXC_TYPE, "expected str, not %T", args[0]);
    sk_segment_tree tree;
    if (!sk_traceback_segment_tree(vm, sk_str_data(args[0]), sk_str_size(args[0]), &tree)) {
        if (vm->exc) return SK_NULL;
        return SK_NONE;
    }
    if (tree.kind == SK_SEGMENT_OTHER) return SK_NONE;
    SK_ROOT_SCOPE(vm);
    sk_value kind = sk_str_from_cstr(vm, tree.kind == SK_SEGMENT_BINOP ? "binop" : "subscript");
    if (!kind) return SK_NULL;
    SK_ROOT(vm, kind);
    sk_value t[3] = {kind, sk_from_int(tree.left_end), sk_from_int(tree.right_start)};
    return sk_tuple_from(vm, t, 3);
}

/* display_width(text, offset): columns the first `offset` characters take
 * on a terminal, counting East Asian wide and full-width characters as 2
 * (what the traceback module computes with unicodedata). */
NATIVE(tb_display_width) {
    if (!sk_is_str(vm, args[0])) return sk_exc_fmt(vm, SK_EXC_TYPE, "expected str, not %T", args[0]);
    int64_t offset;
    if (!sk_index_i64(vm, args[1], &offset, NULL)) return SK_NULL;
    sk_value text = args[0];
    if (offset < 0) offset = 0;
    if ((size_t)offset > sk_str_len(text)) offset = (int64_t)sk_str_len(text);
    const char *p = sk_str_data(text);
    int64_t width = 0;
    for (int64_t i = 0; i < offset; i++) {
        uint32_t cp = sk_utf8_next(&p);
        width += utf8proc_charwidth((utf8proc_int32_t)cp) == 2 ? 2 : 1;
    }
    return sk_from_int(width);
}

/* code_position(code, lasti) -> (line, end_line, col, end_col): the entry
 * of code.co_positions() for the instruction at byte offset lasti. */
NATIVE(tb_code_position) {
    if (!SK_IS(vm, args[0], CODE)) return sk_exc_fmt(vm, SK_EXC_TYPE, "expected a code object, not %T", args[0]);
    int64_t lasti;
    if (!sk_index_i64(vm, args[1], &lasti, NULL)) return SK_NULL;
    if (lasti < 0) {
        sk_value none[4] = {SK_NONE, SK_NONE, SK_NONE, SK_NONE};
        return sk_tuple_from(vm, none, 4);
    }
    return sk_code_position(vm, args[0], (uint32_t)(lasti / 2 > UINT32_MAX ? UINT32_MAX : lasti / 2));
}

static const sk_method_def tb_functions[] = {
    {"stat", tb_stat, 1, 1, 0, NULL},
    {"read_source", tb_read_source, 1, 1, 0, NULL},
    {"segment_tree", tb_segment_tree, 1, 1, 0, NULL},
    {"display_width", tb_display_width, 2, 2, 0, NULL},
    {"code_position", tb_code_position, 2, 2, 0, NULL},
    {NULL},
};

bool sk_traceback_module_init(sk_vm *vm, sk_value module) { return sk_module_add_functions(vm, module, tb_functions); }
