/* _sitebuiltins.c — the builtins CPython's site module adds at start-up:
 * exit and quit (calling one raises SystemExit; its repr tells how to
 * leave the prompt), help, and the copyright, credits and license notes,
 * whose repr is the note itself. skein installs them into builtins when a
 * VM is created, as CPython does unless run with -S. Their types belong to
 * the module _sitebuiltins, as in CPython.
 */
#include "builtins.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "modules.h"
#include "ops.h"
#include "tuple.h"
#include "str.h"
#include "type.h"

/* One object of each kind; `text` is what its repr shows (for Quitter,
 * made from its name and the key that ends input). */
typedef struct site_object {
    sk_obj hdr;
    sk_value name;
    sk_value text;
} site_object;

static void site_object_trace(sk_vm *vm, sk_obj *o) {
    site_object *s = (site_object *)o;
    sk_gc_mark(vm, s->name);
    sk_gc_mark(vm, s->text);
}

static sk_value site_object_repr(sk_vm *vm, sk_value self) {
    (void)vm;
    return ((site_object *)sk_as_obj(self))->text;
}

/* Binds f(code=None)-style arguments: at most one, by position or as
 * `keyword`. */
static bool one_optional_arg(sk_vm *vm, const char *fname, const char *keyword, const sk_value *args,
                             size_t nargs, sk_value kwnames, sk_value *out) {
    size_t npos = sk_native_npos(nargs, kwnames);
    size_t nkw = nargs - npos;
    *out = npos ? args[0] : SK_NULL;
    if (npos > 1) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes from 1 to 2 positional arguments but %d were given", fname,
                   (int)npos + 1);
        return false;
    }
    for (size_t i = 0; i < nkw; i++) {
        sk_value k = sk_tuple_get(kwnames, i);
        if (!sk_str_eq_cstr(k, keyword) || *out) {
            if (*out && sk_str_eq_cstr(k, keyword))
                sk_exc_fmt(vm, SK_EXC_TYPE, "%s() got multiple values for argument '%s'", fname, keyword);
            else
                sk_exc_fmt(vm, SK_EXC_TYPE, "%s() got an unexpected keyword argument '%S'", fname, k);
            return false;
        }
        *out = args[npos + i];
    }
    return true;
}

/* exit(code=None) / quit(code=None): closes sys.stdin, as CPython does
 * (so a program reading it sees the end), and raises SystemExit(code). */
static sk_value quitter_call(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_value code;
    if (!one_optional_arg(vm, "Quitter.__call__", "code", args, nargs, kwnames, &code)) return SK_NULL;
    SK_ROOT(vm, code);
    sk_value in = sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), "stdin");
    if (in && in != SK_NONE) {
        SK_ROOT(vm, in);
        sk_value close = sk_getattr_cstr(vm, in, "close");
        if (!close || !sk_call0(vm, close)) sk_exc_take(vm);   /* CPython ignores any failure */
    }
    sk_value arg = code ? code : SK_NONE;
    return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, SYSTEM_EXIT), &arg, 1);
}

/* copyright(), credits(), license(): print the note. */
static sk_value printer_call(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (nargs) return sk_exc_fmt(vm, SK_EXC_TYPE, "_Printer.__call__() takes 1 positional argument but %d were given",
                                 (int)nargs + 1);
    sk_value text = ((site_object *)sk_as_obj(self))->text;
    return sk_print_values(vm, &text, 1) ? SK_NONE : SK_NULL;
}

/* help(object) prints the object's docstring: skein has no pydoc, so
 * there is no interactive help and no rendered page. */
static sk_value helper_call(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_value obj;
    if (!one_optional_arg(vm, "_Helper.__call__", "request", args, nargs, kwnames, &obj)) return SK_NULL;
    sk_value text;
    if (!obj) {
        text = sk_str_from_cstr(vm, "skein has no interactive help; help(object) prints the object's docstring.");
    } else {
        SK_ROOT(vm, obj);
        sk_value doc = sk_getattr_cstr(vm, obj, "__doc__");
        if (!doc) {
            if (!sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) return SK_NULL;
            sk_exc_take(vm);
        }
        if (doc && sk_is_str(vm, doc)) {
            text = doc;
        } else {
            text = sk_str_fmt(vm, "No documentation found for %R.", obj);
        }
    }
    if (!text) return SK_NULL;
    SK_ROOT(vm, text);
    return sk_print_values(vm, &text, 1) ? SK_NONE : SK_NULL;
}

static sk_type *new_site_type(sk_vm *vm, const char *name, sk_call_fn call) {
    sk_type *t = sk_type_new_builtin(vm, name, "_sitebuiltins", SK_TYPE(vm, OBJECT), sizeof(site_object), 0);
    if (!t) return NULL;
    t->trace = site_object_trace;
    t->repr = site_object_repr;
    t->call = call;
    return sk_type_ready(vm, t) ? t : NULL;
}

/* Makes an instance of t with the given repr and puts it in builtins. */
static bool install(sk_vm *vm, sk_type *t, const char *name, const char *text) {
    SK_ROOT_SCOPE(vm);
    sk_value tv = sk_from_obj(t);
    SK_ROOT(vm, tv);
    site_object *o = (site_object *)sk_gc_new(vm, t, sizeof(site_object));
    if (!o) return false;
    sk_value ov = sk_from_obj(o);
    SK_ROOT(vm, ov);
    if (!(o->name = sk_str_from_cstr(vm, name)) || !(o->text = sk_str_from_cstr(vm, text))) return false;
    return sk_dict_set_cstr(vm, vm->builtins, name, ov);
}

bool sk_sitebuiltins_install(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    sk_type *quitter = new_site_type(vm, "Quitter", quitter_call);
    if (!quitter) return false;
    sk_value qv = sk_from_obj(quitter);
    SK_ROOT(vm, qv);
    sk_type *printer = new_site_type(vm, "_Printer", printer_call);
    if (!printer) return false;
    sk_value pv = sk_from_obj(printer);
    SK_ROOT(vm, pv);
    sk_type *helper = new_site_type(vm, "_Helper", helper_call);
    if (!helper) return false;
    sk_value hv = sk_from_obj(helper);
    SK_ROOT(vm, hv);
    return install(vm, quitter, "quit", "Use quit() or Ctrl-D (i.e. EOF) to exit") &&
           install(vm, quitter, "exit", "Use exit() or Ctrl-D (i.e. EOF) to exit") &&
           install(vm, printer, "copyright",
                   "skein implements Python 3.12; Python is copyright the Python Software Foundation.") &&
           install(vm, printer, "credits",
                   "Thanks to the CPython developers, whose language and library skein implements.") &&
           install(vm, printer, "license", "skein is distributed under the MIT license.") &&
           install(vm, helper, "help", "Type help(object) to see its documentation.");
}
