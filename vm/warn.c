/* warn.c — the C half of the warnings machinery (CPython's _warnings) and
                          SK_ROOT_SCOPE(vm);
 * "Exception ignored" reports (see warn.h).
 *
 * One filter list, one "once" registry and one default action serve both
 * warnings issued from C and warnings.warn(): the warnings module takes
 * them from _warnings when it is imported, and from then on they are read
 * back from the module's attributes (catch_warnings rebinds
 * warnings.filters), as CPython does. A warning that is shown goes through
 * warnings._showwarnmsg when the warnings module is loaded (so
 * showwarning hooks and catch_warnings(record=True) see it), and is
 * printed here otherwise.
 */
#include "warn.h"

#include <string.h>

#include "builtins.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "import.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "structseq.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

/* ---- the shared state ---------------------------------------------------------- */

static sk_value filter_entry(sk_vm *vm, const char *action, sk_exc_id category, const char *module) {
    SK_ROOT_SCOPE(vm);
    sk_value items[5] = {sk_str_intern_cstr(vm, action), SK_NONE, sk_from_obj(vm->exc_types[category]), SK_NONE,
                         sk_from_int(0)};
    if (!items[0]) return SK_NULL;
    SK_ROOT(vm, items[0]);
    if (module && !(items[3] = sk_str_intern_cstr(vm, module))) return SK_NULL;
    SK_ROOT(vm, items[3]);
    return sk_tuple_from(vm, items, 5);
}

/* The filters a fresh interpreter has: DeprecationWarning shown only for
 * __main__, and the categories meant for developers ignored. */
static bool init_state(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    if (vm->warn_filters) return true;
    sk_value filters = sk_list_new(vm, 5);
    if (!filters) return false;
    SK_ROOT(vm, filters);
    struct {
        const char *action;
        sk_exc_id category;
        const char *module;
    } defaults[] = {
        {"default", SK_EXC_DEPRECATION_WARNING, "__main__"},
        {"ignore", SK_EXC_DEPRECATION_WARNING, NULL},
        {"ignore", SK_EXC_PENDING_DEPRECATION_WARNING, NULL},
        {"ignore", SK_EXC_IMPORT_WARNING, NULL},
        {"ignore", SK_EXC_RESOURCE_WARNING, NULL},
    };
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
        sk_value f = filter_entry(vm, defaults[i].action, defaults[i].category, defaults[i].module);
        if (!f || !sk_list_append(vm, filters, f)) return false;
    }
    sk_value once = sk_dict_new(vm);
    if (!once) return false;
    SK_ROOT(vm, once);
    sk_value action = sk_str_intern_cstr(vm, "default");
    if (!action) return false;
    vm->warn_filters = filters;
    vm->warn_once = once;
    vm->warn_action = action;
    return true;
}

/* The warnings module's attribute `name`: SK_NULL without an exception
 * when the module is not loaded (or, with try_import, cannot be) or has no
 * such attribute. */
static sk_value warnings_attr(sk_vm *vm, const char *name, bool try_import) {
    SK_ROOT_SCOPE(vm);
    sk_value mod;
    if (try_import) {
        mod = sk_import_cstr(vm, "warnings");
        if (!mod) {
            if (sk_exc_pending(vm, SK_EXC_IMPORT)) sk_exc_take(vm);
            return SK_NULL;
        }
    } else {
        mod = sk_dict_get_cstr(vm, vm->modules, "warnings");
        if (!mod) return SK_NULL;
    }
    SK_ROOT(vm, mod);
    sk_value key = sk_str_intern_cstr(vm, name);
    if (!key) return SK_NULL;
    return sk_getattr_opt(vm, mod, key);
}

static sk_value get_filters(sk_vm *vm) {
    sk_value f = warnings_attr(vm, "filters", false);
    if (!f && vm->exc) return SK_NULL;
    if (f) vm->warn_filters = f;
    if (!vm->warn_filters || !sk_is_list(vm, vm->warn_filters))
        return sk_exc_msg(vm, SK_EXC_VALUE, "_warnings.filters must be a list");
    return vm->warn_filters;
}

static sk_value get_once_registry(sk_vm *vm) {
    sk_value r = warnings_attr(vm, "onceregistry", false);
    if (!r) return vm->exc ? SK_NULL : vm->warn_once;
    if (!sk_is_dict(vm, r))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "_warnings.onceregistry must be a dict, not '%T'", r);
    vm->warn_once = r;
    return r;
}

static sk_value get_default_action(sk_vm *vm) {
    sk_value a = warnings_attr(vm, "defaultaction", false);
    if (!a) return vm->exc ? SK_NULL : vm->warn_action;
    if (!sk_is_str(vm, a))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "_warnings.defaultaction must be a string, not '%T'", a);
    vm->warn_action = a;
    return a;
}

/* ---- deciding -------------------------------------------------------------------- */

/* A filter's message or module part: None matches anything, a plain str
 * must be equal, anything else is a compiled pattern with match(). */
static int matches(sk_vm *vm, sk_value pattern, sk_value text) {
    if (pattern == SK_NONE) return 1;
    if (sk_is_ptr(pattern) && sk_typeof(vm, pattern) == SK_TYPE(vm, STR))
        return sk_is_str(vm, text) && sk_str_eq(pattern, text);
    sk_value r = sk_call_method(vm, pattern, sk_str_intern_cstr(vm, "match"), &text, 1);
    if (!r) return -1;
    return sk_truth(vm, r);
}

/* The action of the first filter matching the warning (*item := the
 * filter), or the default action (*item := None). */
static sk_value get_filter(sk_vm *vm, sk_value category, sk_value text, int64_t lineno, sk_value module,
                           sk_value *item) {
    SK_ROOT_SCOPE(vm);
    sk_value filters = get_filters(vm);
    if (!filters) return SK_NULL;
    SK_ROOT(vm, filters);
    /* the list may change while we look: index it afresh each time */
    for (size_t i = 0; i < sk_list_len(filters); i++) {
        SK_ROOT_SCOPE(vm);
        sk_value f = sk_list_items(filters)[i];
        if (!sk_is_tuple(vm, f) || sk_tuple_len(f) != 5)
            return sk_exc_fmt(vm, SK_EXC_VALUE, "_warnings.filters item %zu isn't a 5-tuple", i);
        SK_ROOT(vm, f);
        sk_value action = sk_tuple_get(f, 0);
        if (!sk_is_str(vm, action)) return sk_exc_fmt(vm, SK_EXC_TYPE, "action must be a string, not '%T'", action);
        int good_msg = matches(vm, sk_tuple_get(f, 1), text);
        if (good_msg < 0) return SK_NULL;
        int good_mod = matches(vm, sk_tuple_get(f, 3), module);
        if (good_mod < 0) return SK_NULL;
        int sub = sk_issubclass(vm, category, sk_tuple_get(f, 2));
        if (sub < 0) return SK_NULL;
        int64_t ln;
        if (!sk_index_i64(vm, sk_tuple_get(f, 4), &ln, NULL)) return SK_NULL;
        if (good_msg && sub && good_mod && (ln == 0 || ln == lineno)) {
            *item = f;
            return action;
        }
    }
    *item = SK_NONE;
    return get_default_action(vm);
}

/* Whether the registry already has `key` (1), and records it when asked
 * (should_set); a registry of an older filter version is emptied first.
 * -1 on error. */
static int already_warned(sk_vm *vm, sk_value registry, sk_value key, bool should_set) {
    SK_ROOT_SCOPE(vm);
    sk_value version_key = sk_str_intern_cstr(vm, "version");
    if (!version_key) return -1;
    SK_ROOT(vm, version_key);
    sk_value v = sk_dict_get(vm, registry, version_key);
    if (!v && vm->exc) return -1;
    if (!v || !sk_is_int(v) || sk_as_int(v) != vm->warn_version) {
        sk_dict_clear(vm, registry);
        if (!sk_dict_set(vm, registry, version_key, sk_from_int(vm->warn_version))) return -1;
    } else {
        sk_value seen = sk_dict_get(vm, registry, key);
        if (!seen && vm->exc) return -1;
        if (seen) {
            int t = sk_truth(vm, seen);
            if (t != 0) return t;
        }
    }
    if (should_set) return sk_dict_set(vm, registry, key, SK_TRUE) ? 0 : -1;
    return 0;
}

/* "once" and "module": (text, category) in the registry. */
static int update_registry(sk_vm *vm, sk_value registry, sk_value text, sk_value category) {
    SK_ROOT_SCOPE(vm);
    sk_value key = sk_tuple_pack2(vm, text, category);
    if (!key) return -1;
    SK_ROOT(vm, key);
    return already_warned(vm, registry, key, true);
}

/* ---- showing ----------------------------------------------------------------------- */

/* "file:line: Category: text" and the source line, on sys.stderr: what a
 * warning looks like while the warnings module is not loaded. */
static void show_plain(sk_vm *vm, sk_value filename, int64_t lineno, sk_value text, sk_value category,
                       sk_value sourceline) {
    SK_ROOT_SCOPE(vm);
    sk_value name = sk_getattr(vm, category, SK_NAME(vm, __name__));
    if (!name) {
        sk_exc_take(vm);
        return;
    }
    SK_ROOT(vm, name);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    bool ok = sk_buf_fmt(vm, &b, "%S:%lld: %S: %S\n", filename, (long long)lineno, name, text);
    if (ok && sourceline) {
        /* a line a loader gave is written as it is, without indentation */
        ok = sk_buf_fmt(vm, &b, "%S\n", sourceline);
    } else if (ok && lineno >= 1 && lineno <= INT32_MAX) {
        sk_value line = sk_source_line(vm, filename, (int32_t)lineno);
        if (line) {
            const char *s = sk_str_data(line);
            size_t n = sk_str_size(line);
            while (n && (*s == ' ' || *s == '\t' || *s == '\f')) s++, n--;
            sk_buf_puts(&b, "  ");
            sk_buf_append(&b, s, n);
            sk_buf_putc(&b, '\n');
        }
    }
    if (!ok) sk_exc_take(vm);
    if (!b.failed && b.len) sk_write_stderr(vm, b.data, b.len);
    sk_buf_free(&b);
}

static bool show_warning(sk_vm *vm, sk_value category, sk_value text, sk_value message, sk_value filename,
                         int64_t lineno, sk_value sourceline, sk_value source) {
    SK_ROOT_SCOPE(vm);
    /* with a source object, the Python side can say where it was made */
    sk_value show = warnings_attr(vm, "_showwarnmsg", source && source != SK_NONE);
    if (!show) {
        if (vm->exc) return false;
        show_plain(vm, filename, lineno, text, category, sourceline);
        return true;
    }
    SK_ROOT(vm, show);
    if (!sk_callable(vm, show)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "warnings._showwarnmsg() must be set to a callable");
        return false;
    }
    sk_value cls = warnings_attr(vm, "WarningMessage", false);
    if (!cls) {
        if (!vm->exc) sk_exc_msg(vm, SK_EXC_RUNTIME, "unable to get warnings.WarningMessage");
        return false;
    }
    SK_ROOT(vm, cls);
    sk_value ln = sk_int_from_i64(vm, lineno);
    if (!ln) return false;
    SK_ROOT(vm, ln);
    sk_value args[7] = {message, category, filename, ln, SK_NONE, SK_NONE, source ? source : SK_NONE};
    sk_value msg = sk_call(vm, cls, args, 7, SK_NULL);
    if (!msg) return false;
    SK_ROOT(vm, msg);
    return sk_call1(vm, show, msg) != SK_NULL;
}

/* ---- issuing ------------------------------------------------------------------------ */

sk_value sk_warn_explicit(sk_vm *vm, sk_value category, sk_value message, sk_value filename, int64_t lineno,
                          sk_value module, sk_value registry, sk_value sourceline, sk_value source) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, category);
    SK_ROOT(vm, message);
    SK_ROOT(vm, filename);
    SK_ROOT(vm, module);
    SK_ROOT(vm, registry);
    SK_ROOT(vm, sourceline);
    SK_ROOT(vm, source);
    if (!init_state(vm)) return SK_NULL;
    /* a None module: late in shutdown, nothing can be decided */
    if (module == SK_NONE) return SK_NONE;
    if (registry && registry != SK_NONE && !sk_is_dict(vm, registry))
        return sk_exc_msg(vm, SK_EXC_TYPE, "'registry' must be a dict or None");
    if (!module) {
        /* the file name without its .py */
        size_t n = sk_str_size(filename);
        const char *s = sk_str_data(filename);
        if (n == 0) module = sk_str_from_cstr(vm, "<unknown>");
        else if (n >= 3 && memcmp(s + n - 3, ".py", 3) == 0) module = sk_str_new(vm, s, n - 3);
        else module = filename;
        if (!module) return SK_NULL;
    }
    sk_value text;
    int is_warning = sk_isinstance(vm, message, sk_from_obj(SK_EXC_TYPE(vm, WARNING)));
    if (is_warning < 0) return SK_NULL;
    if (is_warning) {
        text = sk_str(vm, message);
        if (!text) return SK_NULL;
        category = sk_from_obj(sk_typeof(vm, message));
    } else {
        text = message;
        message = sk_call1(vm, category, message);
        if (!message) return SK_NULL;
    }
    SK_ROOT(vm, text);
    sk_value ln = sk_int_from_i64(vm, lineno);
    if (!ln) return SK_NULL;
    SK_ROOT(vm, ln);
    sk_value key_items[3] = {text, category, ln};
    sk_value key = sk_tuple_from(vm, key_items, 3);
    if (!key) return SK_NULL;
    SK_ROOT(vm, key);
    bool have_registry = registry && registry != SK_NONE;
    if (have_registry) {
        int r = already_warned(vm, registry, key, false);
        if (r < 0) return SK_NULL;
        if (r) return SK_NONE;
    }
    sk_value item = SK_NULL;
    SK_ROOT(vm, item);
    sk_value action = get_filter(vm, category, text, lineno, module, &item);
    if (!action) return SK_NULL;
    SK_ROOT(vm, action);
    if (sk_str_eq_cstr(action, "error")) return sk_exc_raise(vm, message);
    if (sk_str_eq_cstr(action, "ignore")) return SK_NONE;
    int rc = 0;
    if (!sk_str_eq_cstr(action, "always")) {
        if (have_registry && !sk_dict_set(vm, registry, key, SK_TRUE)) return SK_NULL;
        if (sk_str_eq_cstr(action, "once")) {
            /* CPython keeps "once" in the module's registry when there is
             * one, like "module": the once registry is for the others */
            sk_value reg = have_registry ? registry : get_once_registry(vm);
            if (!reg) return SK_NULL;
            rc = update_registry(vm, reg, text, category);
        } else if (sk_str_eq_cstr(action, "module")) {
            if (have_registry) rc = update_registry(vm, registry, text, category);
        } else if (!sk_str_eq_cstr(action, "default")) {
            return sk_exc_fmt(vm, SK_EXC_RUNTIME, "Unrecognized action (%R) in warnings.filters:\n %R", action,
                              item);
        }
    }
    if (rc < 0) return SK_NULL;
    if (rc == 1) return SK_NONE;
    if (!show_warning(vm, category, text, message, filename, lineno, sourceline, source)) return SK_NULL;
    return SK_NONE;
}

static bool is_internal_filename(sk_value filename) {
    const char *s = sk_str_data(filename);
    return strstr(s, "importlib") && strstr(s, "_bootstrap");
}

/* CPython tests the prefixes against the file name without its last
 * character (PyUnicode_Tailmatch with end=-1), so a prefix that is the
 * whole name does not match; we test the same way. */
static bool skipped_filename(sk_vm *vm, sk_value filename, sk_value prefixes) {
    if (!prefixes) return false;
    const char *name = sk_str_data(filename);
    size_t size = sk_str_size(filename);
    if (size) {
        size--;
        while (size && ((unsigned char)name[size] & 0xC0) == 0x80) size--;
    }
    for (size_t i = 0; i < sk_tuple_len(prefixes); i++) {
        sk_value p = sk_tuple_get(prefixes, i);
        if (sk_str_size(p) <= size && memcmp(name, sk_str_data(p), sk_str_size(p)) == 0) return true;
    }
    return false;
}

/* The frame a warning is attributed to: `stacklevel` frames out from the
 * innermost Python frame (1: that frame), skipping import machinery and
 * the files named in skip_file_prefixes; NULL past the outermost. */
static sk_frame *warning_frame(sk_vm *vm, int64_t stacklevel, sk_value prefixes) {
    sk_frame *f = vm->frame;
    if (stacklevel <= 0 || (f && is_internal_filename(f->code->filename))) {
        while (--stacklevel > 0 && f) f = f->prev;
        return f;
    }
    while (--stacklevel > 0 && f) {
        do f = f->prev;
        while (f && (is_internal_filename(f->code->filename) || skipped_filename(vm, f->code->filename, prefixes)));
    }
    return f;
}

sk_value sk_warn_value(sk_vm *vm, sk_value message, sk_value category, int64_t stacklevel, sk_value source,
                       sk_value skip_prefixes) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, message);
    SK_ROOT(vm, category);
    /* a Warning instance is its own category */
    int is_warning = sk_isinstance(vm, message, sk_from_obj(SK_EXC_TYPE(vm, WARNING)));
    if (is_warning < 0) return SK_NULL;
    if (is_warning) category = sk_from_obj(sk_typeof(vm, message));
    else if (!category || category == SK_NONE) category = sk_from_obj(SK_EXC_TYPE(vm, USER_WARNING));
    int sub = sk_is_exception_type(vm, category) ? sk_issubclass(vm, category, sk_from_obj(SK_EXC_TYPE(vm, WARNING)))
                                                 : 0;
    if (sub <= 0) {
        if (vm->exc) sk_exc_take(vm);
        return sk_exc_fmt(vm, SK_EXC_TYPE, "category must be a Warning subclass, not '%T'", category);
    }
    if (skip_prefixes) {
        for (size_t i = 0; i < sk_tuple_len(skip_prefixes); i++)
            if (!sk_is_str(vm, sk_tuple_get(skip_prefixes, i)))
                return sk_exc_fmt(vm, SK_EXC_TYPE, "Found non-str '%T' in skip_file_prefixes.",
                                  sk_tuple_get(skip_prefixes, i));
        if (sk_tuple_len(skip_prefixes) && stacklevel < 2) stacklevel = 2;
    }
    sk_frame *f = warning_frame(vm, stacklevel, skip_prefixes);
    sk_value globals, filename;
    int64_t lineno;
    if (!f) {
        globals = sk_module_dict(vm->sys_module);
        filename = sk_str_from_cstr(vm, "sys");
        if (!filename) return SK_NULL;
        lineno = 1;
    } else {
        globals = f->globals;
        filename = f->code->filename;
        lineno = sk_code_line(f->code, sk_frame_lasti(f));
    }
    SK_ROOT(vm, globals);
    SK_ROOT(vm, filename);
    sk_value regkey = sk_str_intern_cstr(vm, "__warningregistry__");
    if (!regkey) return SK_NULL;
    SK_ROOT(vm, regkey);
    sk_value registry = sk_dict_get(vm, globals, regkey);
    if (!registry) {
        if (vm->exc) return SK_NULL;
        registry = sk_dict_new(vm);
        if (!registry) return SK_NULL;
        SK_ROOT(vm, registry);
        if (!sk_dict_set(vm, globals, regkey, registry)) return SK_NULL;
    }
    SK_ROOT(vm, registry);
    sk_value module = sk_dict_get(vm, globals, SK_NAME(vm, __name__));
    if (!module && vm->exc) return SK_NULL;
    if (!module || (module != SK_NONE && !sk_is_str(vm, module))) {
        module = sk_str_from_cstr(vm, "<string>");
        if (!module) return SK_NULL;
    }
    return sk_warn_explicit(vm, category, message, filename, lineno, module, registry, SK_NULL, source);
}

bool sk_warn(sk_vm *vm, sk_type *category, sk_value msg, int stacklevel) {
    return sk_warn_value(vm, msg, sk_from_obj(category), stacklevel, SK_NULL, SK_NULL) != SK_NULL;
}

bool sk_warn_cstr(sk_vm *vm, sk_type *category, const char *msg, int stacklevel) {
    sk_value m = sk_str_from_cstr(vm, msg);
    return m && sk_warn(vm, category, m, stacklevel);
}

void sk_warn_filters_mutated(sk_vm *vm) { vm->warn_version++; }

bool sk_warn_module_state(sk_vm *vm, sk_value *filters, sk_value *once, sk_value *action) {
    if (!init_state(vm)) return false;
    *filters = vm->warn_filters;
    *once = vm->warn_once;
    *action = vm->warn_action;
    return true;
}

void sk_warn_never_awaited(sk_vm *vm, sk_value coro) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, coro);
    sk_value saved = vm->exc;
    SK_ROOT(vm, saved);
    vm->exc = SK_NULL;
    /* the warnings module words it (with where the coroutine was made,
     * when that is tracked); the plain warning is the fallback */
    bool warned = false;
    /* at shutdown (no frame running) CPython's warnings module no longer
     * words it: the plain warning, without the tracemalloc hint */
    sk_value fn = vm->frame ? warnings_attr(vm, "_warn_unawaited_coroutine", true) : SK_NULL;
    if (fn) {
        SK_ROOT(vm, fn);
        sk_value r = sk_call1(vm, fn, coro);
        warned = r != SK_NULL || sk_exc_pending(vm, SK_EXC_RUNTIME_WARNING);
    }
    if (vm->exc) sk_report_unraisable(vm, sk_exc_take(vm), coro, NULL);
    if (!warned) {
        sk_value msg = sk_str_fmt(vm, "coroutine '%V' was never awaited", sk_gen_qualname(sk_gen_ptr(coro)));
        if (!msg || !sk_warn_value(vm, msg, sk_from_obj(SK_EXC_TYPE(vm, RUNTIME_WARNING)), 1,
                                   vm->frame ? coro : SK_NULL, SK_NULL))
            sk_report_unraisable(vm, sk_exc_take(vm), coro, NULL);
    }
    if (vm->exc) sk_exc_take(vm);
    vm->exc = saved;
}

/* ---- unraisable exceptions ----------------------------------------------------------- */

/* What sys.__unraisablehook__ prints: "Exception ignored in: <obj>", the
 * traceback, and the exception's type and message (no chain, no notes). */
static void write_unraisable(sk_vm *vm, sk_value exc_type, sk_value exc, sk_value tb, sk_value err_msg,
                             sk_value obj) {
    SK_ROOT_SCOPE(vm);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (obj && obj != SK_NONE) {
        if (err_msg && err_msg != SK_NONE) {
            if (!sk_buf_fmt(vm, &b, "%S: ", err_msg)) sk_exc_take(vm);
        } else {
            sk_buf_puts(&b, "Exception ignored in: ");
        }
        sk_value r = sk_repr(vm, obj);
        if (r) sk_buf_append(&b, sk_str_data(r), sk_str_size(r));
        else {
            sk_exc_take(vm);
            sk_buf_puts(&b, "<object repr() failed>");
        }
        sk_buf_putc(&b, '\n');
    } else if (err_msg && err_msg != SK_NONE) {
        if (!sk_buf_fmt(vm, &b, "%S:\n", err_msg)) sk_exc_take(vm);
    }
    if (tb && tb != SK_NONE && SK_IS(vm, tb, TRACEBACK)) sk_traceback_format_entries(vm, tb, &b);
    if (exc_type && exc_type != SK_NONE && sk_is_type(vm, exc_type)) {
        sk_type *t = sk_as_type(exc_type);
        sk_value mod = sk_getattr_opt(vm, exc_type, SK_NAME(vm, __module__));
        if (vm->exc) sk_exc_take(vm);
        if (!mod || !sk_is_str(vm, mod)) {
            sk_buf_puts(&b, "<unknown>");
        } else if (!sk_str_eq_cstr(mod, "builtins") && !sk_str_eq_cstr(mod, "__main__")) {
            sk_buf_append(&b, sk_str_data(mod), sk_str_size(mod));
            sk_buf_putc(&b, '.');
        }
        sk_value qn = t->qualname ? t->qualname : t->name;
        if (qn && sk_is_str(vm, qn)) sk_buf_append(&b, sk_str_data(qn), sk_str_size(qn));
        else sk_buf_puts(&b, "<unknown>");
        if (exc && exc != SK_NONE) {
            sk_buf_puts(&b, ": ");
            sk_value s = sk_str(vm, exc);
            if (s) sk_buf_append(&b, sk_str_data(s), sk_str_size(s));
            else {
                sk_exc_take(vm);
                sk_buf_puts(&b, "<exception str() failed>");
            }
        }
        sk_buf_putc(&b, '\n');
    }
    if (!b.failed && b.len) sk_write_stderr(vm, b.data, b.len);
    sk_buf_free(&b);
}

static const char *const unraisable_fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object", NULL};

bool sk_warn_init_sys(sk_vm *vm, sk_value sys) {
    (void)sys; /* the type is not a sys attribute in CPython either */
    if (!vm->unraisable_args_type)
        vm->unraisable_args_type = sk_structseq_new_type(vm, "sys", "UnraisableHookArgs", unraisable_fields);
    return vm->unraisable_args_type != NULL;
}

/* sys.__unraisablehook__(unraisable) */
sk_value sk_warn_default_unraisablehook(sk_vm *vm, sk_value args) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, args);
    if (!sk_is_ptr(args) || sk_as_obj(args)->type != vm->unraisable_args_type)
        return sk_exc_msg(vm, SK_EXC_TYPE, "sys.unraisablehook argument type must be UnraisableHookArgs");
    sk_value f[5];
    for (int i = 0; i < 5; i++) {
        f[i] = sk_getattr_cstr(vm, args, unraisable_fields[i]);
        if (!f[i]) return SK_NULL;
        SK_ROOT(vm, f[i]);
    }
    write_unraisable(vm, f[0], f[1], f[2], f[3], f[4]);
    return SK_NONE;
}

void sk_report_unraisable(sk_vm *vm, sk_value exc, sk_value obj, const char *msg) {
    SK_ROOT_SCOPE(vm);
    if (!exc) return;
    sk_value saved = vm->exc;
    SK_ROOT(vm, saved);  /* only reachable from here while vm->exc is clear */
    vm->exc = SK_NULL;
    SK_ROOT(vm, exc);
    SK_ROOT(vm, obj);
    SK_ROOT(vm, saved);
    sk_value err_msg = msg ? sk_str_from_cstr(vm, msg) : SK_NONE;
    if (!err_msg) err_msg = SK_NONE;
    SK_ROOT(vm, err_msg);
    sk_value type = sk_from_obj(sk_typeof(vm, exc));
    sk_value tb = sk_is_exception(vm, exc) ? ((sk_exception *)sk_as_obj(exc))->traceback : SK_NULL;
    SK_ROOT(vm, tb);
    sk_value hook = vm->sys_module ? sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), "unraisablehook") : SK_NULL;
    SK_ROOT(vm, hook);
    if (hook && hook != SK_NONE && vm->unraisable_args_type) {
        SK_ROOT_SCOPE(vm);
        sk_value values[5] = {type, exc, tb ? tb : SK_NONE, err_msg, obj ? obj : SK_NONE};
        sk_value args = sk_structseq_new(vm, vm->unraisable_args_type, values);
        SK_ROOT(vm, args);
        if (args && sk_call1(vm, hook, args)) goto done;
        /* the hook failed: its own error is reported the default way */
        if (vm->exc) {
            exc = sk_exc_take(vm);
            type = sk_from_obj(sk_typeof(vm, exc));
            tb = sk_is_exception(vm, exc) ? ((sk_exception *)sk_as_obj(exc))->traceback : SK_NULL;
            obj = hook;
            err_msg = sk_str_from_cstr(vm, "Exception ignored in sys.unraisablehook");
            if (!err_msg) {
                sk_exc_take(vm);
                err_msg = SK_NONE;
            }
        }
    }
    write_unraisable(vm, type, exc, tb, err_msg, obj);
done:
    if (vm->exc) sk_exc_take(vm);
    vm->exc = saved;
}
