/* warn.c — warnings and unraisable-exception reports (see warn.h). */
#include "warn.h"

#include <string.h>

#include "builtins.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "import.h"
#include "interp.h"
#include "ops.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

/* The frame `stacklevel` levels up from the innermost running one. */
static sk_frame *frame_at(sk_vm *vm, int stacklevel) {
    sk_frame *f = vm->frame;
    for (int i = 1; f && i < stacklevel; i++) f = f->prev;
    return f;
}

bool sk_warn(sk_vm *vm, sk_type *category, sk_value msg, int stacklevel) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, msg);
    /* with the warnings module loaded, its filters decide */
    sk_value wmod = sk_dict_get_cstr(vm, vm->modules, "warnings");
    if (wmod && SK_IS(vm, wmod, MODULE)) {
        SK_ROOT_SCOPE(vm);
        sk_value warn = sk_dict_get_cstr(vm, sk_module_dict(wmod), "warn");
        if (warn) {
            SK_ROOT(vm, warn);
            sk_value args[3] = {msg, sk_from_obj(category), sk_from_int(stacklevel + 1)};
            sk_value r = sk_call(vm, warn, args, 3, SK_NULL);
            sk_gc_roots_restore(vm, mark);
            return r != SK_NULL;
        }
    }
    sk_frame *f = frame_at(vm, stacklevel);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (f && f->code) {
        int32_t line = sk_code_line(f->code, sk_frame_lasti(f));
        if (!sk_buf_fmt(vm, &b, "%V:%d: %s: %V\n", f->code->filename, (int)line, sk_type_name(category), msg)) {
            sk_buf_free(&b);
            return false;
        }
        sk_value src = sk_source_line(vm, f->code->filename, line);
        if (src) {
            const char *s = sk_str_data(src);
            size_t n = sk_str_size(src);
            while (n && (*s == ' ' || *s == '\t')) s++, n--;
            while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
            sk_buf_puts(&b, "  ");
            sk_buf_append(&b, s, n);
            sk_buf_putc(&b, '\n');
        }
    } else if (!sk_buf_fmt(vm, &b, "sys:1: %s: %V\n", sk_type_name(category), msg)) {
        sk_buf_free(&b);
        return false;
    }
    if (!b.failed) sk_write_stderr(vm, b.data, b.len);
    sk_buf_free(&b);
    sk_gc_roots_restore(vm, mark);
    return true;
}

bool sk_warn_cstr(sk_vm *vm, sk_type *category, const char *msg, int stacklevel) {
    sk_value m = sk_str_from_cstr(vm, msg);
    return m && sk_warn(vm, category, m, stacklevel);
}

void sk_warn_never_awaited(sk_vm *vm, sk_value coro) {
    sk_value saved = vm->exc;
    vm->exc = SK_NULL;
    sk_value msg = sk_str_fmt(vm, "coroutine '%V' was never awaited", sk_gen_ptr(coro)->qualname);
    if (msg && !sk_warn(vm, SK_EXC_TYPE(vm, RUNTIME_WARNING), msg, 1)) sk_report_unraisable(vm, sk_exc_take(vm), coro, NULL);
    if (vm->exc) sk_exc_take(vm);
    vm->exc = saved;
}

void sk_report_unraisable(sk_vm *vm, sk_value exc, sk_value obj, const char *msg) {
    SK_ROOT_SCOPE(vm);
    if (!exc) return;
    size_t mark = sk_gc_roots_save(vm);
    sk_value saved = vm->exc;
    vm->exc = SK_NULL;
    SK_ROOT(vm, exc);
    SK_ROOT(vm, obj);
    SK_ROOT(vm, saved);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (msg) {
        sk_buf_puts(&b, msg);
        sk_buf_putc(&b, '\n');
    } else {
        sk_value r = obj ? sk_repr(vm, obj) : SK_NULL;
        if (r) sk_buf_fmt(vm, &b, "Exception ignored in: %V\n", r) || (sk_exc_take(vm), true);
        else {
            if (vm->exc) sk_exc_take(vm);
            sk_buf_puts(&b, "Exception ignored in: <object repr() failed>\n");
        }
    }
    sk_traceback_format(vm, exc, &b);
    if (!b.failed) sk_write_stderr(vm, b.data, b.len);
    sk_buf_free(&b);
    vm->exc = saved;
    sk_gc_roots_restore(vm, mark);
}
