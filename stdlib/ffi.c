/* ffi.c — the ffi module: calling C functions of shared libraries from
 * Python with declared C signatures.
 *
 *     import ffi
 *     libm = ffi.load("libm.so.6")           # ffi.load() alone: the program
 *     cos = libm.function("cos", "double (double)")
 *     cos(0.0)                               # 1.0
 *     await cos.in_thread(0.0)               # on a worker thread; the loop runs on
 *
 * Signatures, conversions and errors are those of CFunction (vm/cfunc.c),
 * which a host's sk_define_function makes too. A library stays loaded
 * while it or one of its functions is alive.
 */
#include <dlfcn.h>
#include <string.h>

#include "cfunc.h"
#include "exc.h"
#include "gc.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "type.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

typedef struct library {
    sk_obj hdr;
    void *handle;             /* dlopen's, NULL once closed */
    sk_value path;            /* str, or None for the program itself */
} library;

#define LIB(v) ((library *)sk_as_obj(v))

static void library_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((library *)o)->path); }

static void library_finalize(sk_vm *vm, sk_obj *o) {
    library *l = (library *)o;
    if (l->handle) dlclose(l->handle);
    l->handle = NULL;
}

static sk_value library_repr(sk_vm *vm, sk_value self) {
    if (LIB(self)->path == SK_NONE) return sk_str_from_cstr(vm, "<ffi.Library of the program itself>");
    return sk_str_fmt(vm, "<ffi.Library %R>", LIB(self)->path);
}

/* dlerror()'s message, which ctypes also reports as it stands. */
static const char *load_error(void) {
    const char *why = dlerror();
    return why ? why : "unknown dynamic loader error";
}

/* Library.function(name, signature): the library's C function `name`,
 * called with the C type `signature`. */
NATIVE(library_function) {
    static const char *const names[] = {"name", "signature"};
    sk_value a[2];
    if (!sk_native_parse(vm, "function", args + 1, nargs - 1, kwnames, names, 2, 0, 2, 2, a)) return SK_NULL;
    sk_value self = args[0];
    for (int i = 0; i < 2; i++)
        if (!sk_is_str(vm, a[i]))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "function() argument '%s' must be str, not %T", names[i], a[i]);
    if (!LIB(self)->handle) return sk_exc_msg(vm, SK_EXC_VALUE, "the library is closed");
    dlerror();
    void *sym = dlsym(LIB(self)->handle, sk_str_data(a[0]));
    if (!sym) return sk_exc_msg(vm, SK_EXC_ATTRIBUTE, load_error());
    /* POSIX lets a data pointer hold a function's address */
    void (*fn)(void);
    memcpy(&fn, &sym, sizeof fn);
    const char *why;
    return sk_cfunc_new(vm, sk_str_data(a[0]), sk_str_data(a[1]), fn, self, &why);
}

static const sk_method_def library_methods[] = {
    {"function", library_function, 1, -1, SK_METH_KEYWORDS,
     "function(name, signature): the library's C function name, called with the C type signature"},
    {NULL},
};

static sk_value library_path(sk_vm *vm, sk_value self) { return LIB(self)->path; }

static const sk_getset_def library_getsets[] = {
    {"path", library_path, NULL, "the path the library was loaded from (None: the program itself)"},
    {NULL},
};

/* ffi.load(path=None): a shared library, loaded with every symbol bound at
 * once; None loads nothing new and finds the program's own symbols (and
 * those of the libraries it was linked with). */
NATIVE(ffi_load) {
    static const char *const names[] = {"path"};
    sk_value a[1];
    if (!sk_native_parse(vm, "load", args, nargs, kwnames, names, 1, 0, 1, 0, a)) return SK_NULL;
    sk_value path = a[0] ? a[0] : SK_NONE;  /* (an argument: rooted by the caller) */
    if (path != SK_NONE && !sk_is_str(vm, path))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "load() argument 'path' must be str or None, not %T", path);
    if (path != SK_NONE && strlen(sk_str_data(path)) != sk_str_size(path))
        return sk_exc_msg(vm, SK_EXC_VALUE, "embedded null character");
    library *l = (library *)sk_gc_new(vm, vm->ffi_library_type, sizeof(library));
    if (!l) return SK_NULL;
    l->path = path;
    l->handle = dlopen(path == SK_NONE ? NULL : sk_str_data(path), RTLD_NOW | RTLD_LOCAL);
    if (!l->handle) return sk_exc_msg(vm, SK_EXC_OS, load_error());
    return sk_from_obj(l);
}

static const sk_method_def ffi_functions[] = {
    {"load", ffi_load, 0, 1, SK_METH_KEYWORDS,
     "load(path=None): the shared library at path (None: the program itself)"},
    {NULL},
};

bool sk_ffi_module_init(sk_vm *vm, sk_value module) {
    sk_type *t = vm->ffi_library_type;
    if (!t) {
        t = sk_type_new_builtin(vm, "Library", "ffi", SK_TYPE(vm, OBJECT), sizeof(library), 0);
        if (!t) return false;
        t->trace = library_trace;
        t->finalize = library_finalize;
        t->repr = library_repr;
        vm->ffi_library_type = t;  /* (a root while it is filled in) */
        if (!sk_type_add_methods(vm, t, library_methods) || !sk_type_add_getsets(vm, t, library_getsets) ||
            !sk_type_ready(vm, t)) {
            vm->ffi_library_type = NULL;
            return false;
        }
    }
    return sk_module_add(vm, module, "Library", sk_from_obj(t)) && sk_module_add_functions(vm, module, ffi_functions);
}
