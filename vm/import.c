/* import.c — the import system: sys.modules, built-in C modules, the
 * bundled Python standard library, .py files and packages on sys.path,
 * relative imports, `from ... import` and `import *`, with CPython's
 * ImportError / ModuleNotFoundError messages.
 */
#include "import.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "bytes.h"
#include "codefile.h"
#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "interp.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- finding ------------------------------------------------------------------- */

static const sk_native_module *find_native(const char *name, size_t len) {
    for (const sk_native_module *m = sk_native_modules; m->name; m++)
        if (strlen(m->name) == len && memcmp(m->name, name, len) == 0) return m;
    return NULL;
}

static const sk_bundled_module *find_bundled(const char *name, size_t len) {
    for (size_t i = 0; i < sk_bundled_count; i++) {
        const sk_bundled_module *m = &sk_bundled_modules[i];
        if (strlen(m->name) == len && memcmp(m->name, name, len) == 0) return m;
    }
    return NULL;
}

/* The frozen code of a bundled module (built beside its source by
 * skein-freeze), or NULL when this binary has none (the freezer's own). */
static const sk_frozen_module *find_frozen(const sk_bundled_module *bm) {
    size_t i = (size_t)(bm - sk_bundled_modules);
    if (i >= sk_frozen_count || strcmp(sk_frozen_modules[i].name, bm->name) != 0) return NULL;
    return &sk_frozen_modules[i];
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static sk_value read_file(sk_vm *vm, const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return SK_NULL;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    char chunk[16384];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) sk_buf_append(&b, chunk, n);
    fclose(fp);
    if (b.failed) {
        sk_buf_free(&b);
        return sk_exc_no_memory(vm);
    }
    /* raw bytes: the compiler checks the encoding */
    sk_value s = sk_bytes_new(vm, b.data ? b.data : "", b.len);
    sk_buf_free(&b);
    return s;
}

/* ---- loading ---------------------------------------------------------------------- */

/* Removes a module that failed to load from sys.modules (it may already be
 * gone: the failing code can delete it itself). */
static void forget_module(sk_vm *vm, sk_value name) {
    if (sk_dict_del(vm, vm->modules, name) < 0) sk_exc_take(vm);
}

/* Runs `code` as the body of module `m`. */
static bool exec_module(sk_vm *vm, sk_value m, sk_value code) {
    sk_value d = sk_module_dict(m);
    sk_value r = sk_interp_run_code(vm, code, d, d);
    return r != SK_NULL;
}

static sk_value new_module(sk_vm *vm, sk_value name, sk_value file, bool package, sk_value path_entry) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value m = sk_module_new(vm, name);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    sk_value d = sk_module_dict(m);
    if (!sk_dict_set(vm, d, SK_NAME(vm, __builtins__), vm->builtins_module)) return SK_NULL;
    if (file && !sk_dict_set(vm, d, SK_NAME(vm, __file__), file)) return SK_NULL;
    /* __package__: the package itself, or the parent of a plain module */
    sk_value pkg = name;
    if (!package) {
        const char *n = sk_str_data(name);
        const char *dot = strrchr(n, '.');
        pkg = dot ? sk_str_new(vm, n, (size_t)(dot - n)) : vm->empty_str;
        if (!pkg) return SK_NULL;
    }
    if (!sk_dict_set(vm, d, SK_NAME(vm, __package__), pkg)) return SK_NULL;
    if (package) {
        sk_value p = sk_list_from(vm, &path_entry, 1);
        if (!p || !sk_dict_set(vm, d, SK_NAME(vm, __path__), p)) return SK_NULL;
    }
    sk_gc_roots_restore(vm, mark);
    return m;
}

/* Loads and runs a module from source, or from its frozen code when
 * `frozen` is given; it is in sys.modules while it runs (circular imports
 * see the partial module) and removed if it fails. */
static sk_value load_source(sk_vm *vm, sk_value name, const char *src, size_t len, const sk_frozen_module *frozen,
                            sk_value filename, sk_value file, bool package, sk_value path_entry) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value m = new_module(vm, name, file, package, path_entry);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    sk_value code = frozen ? sk_codefile_load(vm, frozen->code, frozen->len, filename)
                           : sk_compile_source(vm, src, len, filename, AST_MODE_EXEC, file ? SK_COMPILE_BYTE_OFFSETS : 0);
    if (!code) return SK_NULL;
    SK_ROOT(vm, code);
    if (!sk_dict_set(vm, vm->modules, name, m)) return SK_NULL;
    if (!sk_list_append(vm, vm->importing, name)) return SK_NULL;
    bool ok = exec_module(vm, m, code);
    /* no longer initialising */
    sk_value imp = vm->importing;
    for (size_t i = sk_list_len(imp); i-- > 0;) {
        if (sk_list_items(imp)[i] == name) {
            memmove(sk_list_items(imp) + i, sk_list_items(imp) + i + 1, (sk_list_len(imp) - i - 1) * sizeof(sk_value));
            sk_list_ptr(imp)->len--;
            break;
        }
    }
    if (!ok) {
        SK_ROOT_SCOPE(vm);
        sk_value exc = sk_exc_take(vm);
        SK_ROOT(vm, exc);
        forget_module(vm, name);
        vm->exc = exc;
        return SK_NULL;
    }
    /* the module may have replaced itself in sys.modules */
    sk_value final = sk_dict_get_str(vm, vm->modules, name);
    sk_gc_roots_restore(vm, mark);
    if (!final) return sk_exc_fmt(vm, SK_EXC_IMPORT, "Loaded module %V not found in sys.modules", name);
    return final;
}

static sk_value load_native(sk_vm *vm, sk_value name, const sk_native_module *nm) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value m = sk_module_new(vm, name);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    if (!sk_dict_set(vm, vm->modules, name, m)) return SK_NULL;
    unsigned quiet = vm->stress_quiet;  /* C init code: always stressed */
    vm->stress_quiet = 0;
    bool ok = nm->init(vm, m);
    vm->stress_quiet = quiet;
    if (!ok) {
        SK_ROOT_SCOPE(vm);
        sk_value exc = sk_exc_take(vm);
        SK_ROOT(vm, exc);
        forget_module(vm, name);
        vm->exc = exc;
        return SK_NULL;
    }
    sk_gc_roots_restore(vm, mark);
    return m;
}

static sk_value load_bundled(sk_vm *vm, sk_value name, const sk_bundled_module *bm) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value filename = sk_str_fmt(vm, "<frozen %s>", bm->name);
    if (!filename) return SK_NULL;
    SK_ROOT(vm, filename);
    sk_value path_entry = SK_NULL;
    if (bm->is_package) {
        path_entry = sk_str_fmt(vm, "<frozen %s>", bm->name);
        if (!path_entry) return SK_NULL;
        SK_ROOT(vm, path_entry);
    }
    if (vm->stress_skip_bundled) vm->stress_quiet++;
    sk_value m = load_source(vm, name, bm->source, bm->len, find_frozen(bm), filename, SK_NULL, bm->is_package, path_entry);
    if (vm->stress_skip_bundled) vm->stress_quiet--;
    sk_gc_roots_restore(vm, mark);
    return m;
}

/* Searches `dirs` (a list of str) for name's last component as a file or
 * package. Returns the module, SK_NULL with an exception, or SK_NULL with
 * *found false. */
static sk_value load_from_dirs(sk_vm *vm, sk_value fullname, const char *last, size_t lastlen, sk_value dirs,
                               bool *found) {
    SK_ROOT_SCOPE(vm);
    *found = false;
    if (!dirs || !sk_is_list(vm, dirs)) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, dirs);
    sk_buf path;
    sk_buf_init_vm(vm, &path);
    for (size_t i = 0; i < sk_list_len(dirs); i++) {
        sk_value dir = sk_list_items(dirs)[i];
        if (!sk_is_str(vm, dir)) continue;
        const char *d = sk_str_data(dir);
        size_t dl = sk_str_size(dir);
        if (dl && d[0] == '<') continue; /* bundled packages have no files */
        /* package: dir/name/__init__.py */
        path.len = 0;
        if (dl) {
            sk_buf_append(&path, d, dl);
            sk_buf_putc(&path, '/');
        }
        sk_buf_append(&path, last, lastlen);
        if (path.failed) break;
        size_t base_len = path.len;
        if (is_dir(path.data)) {
            sk_buf_puts(&path, "/__init__.py");
            if (!path.failed && is_file(path.data)) {
                SK_ROOT_SCOPE(vm);
                sk_value file = sk_str_new(vm, path.data, path.len);
                if (!file) goto fail;
                SK_ROOT(vm, file);
                sk_value pkgdir = sk_str_new(vm, path.data, base_len);
                if (!pkgdir) goto fail;
                SK_ROOT(vm, pkgdir);
                sk_value src = read_file(vm, path.data);
                if (!src) goto fail;
                SK_ROOT(vm, src);
                *found = true;
                sk_buf_free(&path);
                sk_value m = load_source(vm, fullname, sk_bytes_data(src), sk_bytes_len(src), NULL, file, file, true, pkgdir);
                sk_gc_roots_restore(vm, mark);
                return m;
            }
            path.len = base_len;
            path.data[base_len] = '\0';
        }
        sk_buf_puts(&path, ".py");
        if (!path.failed && is_file(path.data)) {
            SK_ROOT_SCOPE(vm);
            sk_value file = sk_str_new(vm, path.data, path.len);
            if (!file) goto fail;
            SK_ROOT(vm, file);
            sk_value src = read_file(vm, path.data);
            if (!src) goto fail;
            SK_ROOT(vm, src);
            *found = true;
            sk_buf_free(&path);
            sk_value m = load_source(vm, fullname, sk_bytes_data(src), sk_bytes_len(src), NULL, file, file, false, SK_NULL);
            sk_gc_roots_restore(vm, mark);
            return m;
        }
    }
    if (path.failed) {
        sk_buf_free(&path);
        sk_gc_roots_restore(vm, mark);
        return sk_exc_no_memory(vm);
    }
    sk_buf_free(&path);
    sk_gc_roots_restore(vm, mark);
    return SK_NULL;
fail:
    sk_buf_free(&path);
    sk_gc_roots_restore(vm, mark);
    return SK_NULL;
}

static sk_value not_found(sk_vm *vm, sk_value fullname, const char *msg_fmt, sk_value extra) {
    SK_ROOT_SCOPE(vm);
    sk_value msg = extra ? sk_str_fmt(vm, msg_fmt, fullname, extra) : sk_str_fmt(vm, msg_fmt, fullname);
    if (!msg) return SK_NULL;
    SK_ROOT(vm, msg);
    sk_value e = sk_exc_new(vm, SK_EXC_TYPE(vm, MODULE_NOT_FOUND), &msg, 1);
    if (!e) return SK_NULL;
    ((sk_exc_import *)sk_as_obj(e))->name = fullname;
    return sk_exc_raise(vm, e);
}

/* Imports one fully qualified module whose parent (if any) is imported. */
static sk_value import_one(sk_vm *vm, sk_value fullname, sk_value parent) {
    SK_ROOT_SCOPE(vm);
    sk_value m = sk_dict_get_str(vm, vm->modules, fullname);
    if (m) {
        if (m == SK_NONE) return not_found(vm, fullname, "import of %V halted; None in sys.modules", SK_NULL);
        return m;
    }
    const char *n = sk_str_data(fullname);
    size_t len = sk_str_size(fullname);
    const char *dot = memrchr(n, '.', len);
    const char *last = dot ? dot + 1 : n;
    size_t lastlen = len - (size_t)(last - n);
    size_t mark = sk_gc_roots_save(vm);
    bool found = false;
    if (!parent) {
        const sk_native_module *nm = find_native(n, len);
        if (nm) return load_native(vm, fullname, nm);
        /* the script's folder and sys.path, then the bundled library */
        sk_value path = sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), "path");
        m = load_from_dirs(vm, fullname, last, lastlen, path, &found);
        if (m || vm->exc) return m;
        const sk_bundled_module *bm = find_bundled(n, len);
        if (bm) return load_bundled(vm, fullname, bm);
        return not_found(vm, fullname, "No module named '%V'", SK_NULL);
    }
    SK_ROOT(vm, parent);
    sk_value ppath = sk_getattr_opt(vm, parent, SK_NAME(vm, __path__));
    if (vm->exc) return SK_NULL;
    if (!ppath) {
        sk_value pname = sk_str_new(vm, n, (size_t)(dot - n));
        if (!pname) return SK_NULL;
        return not_found(vm, fullname, "No module named '%V'; '%V' is not a package", pname);
    }
    SK_ROOT(vm, ppath);
    /* bundled packages keep their submodules in the bundle */
    bool bundled_pkg = sk_is_list(vm, ppath) && sk_list_len(ppath) && sk_is_str(vm, sk_list_items(ppath)[0]) &&
                       sk_str_data(sk_list_items(ppath)[0])[0] == '<';
    if (bundled_pkg) {
        const sk_bundled_module *bm = find_bundled(n, len);
        if (bm) m = load_bundled(vm, fullname, bm);
    } else {
        m = load_from_dirs(vm, fullname, last, lastlen, ppath, &found);
    }
    if (!m) {
        if (vm->exc) return SK_NULL;
        return not_found(vm, fullname, "No module named '%V'", SK_NULL);
    }
    SK_ROOT(vm, m);
    /* bind the submodule in its parent */
    sk_value attr = sk_str_intern(vm, last, lastlen);
    if (!attr || sk_setattr(vm, parent, attr, m) < 0) return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return m;
}

/* Imports every prefix of a dotted name; returns the last module. */
static sk_value import_dotted(sk_vm *vm, sk_value fullname) {
    SK_ROOT_SCOPE(vm);
    const char *n = sk_str_data(fullname);
    size_t len = sk_str_size(fullname);
    size_t mark = sk_gc_roots_save(vm);
    sk_value parent = SK_NULL;
    SK_ROOT(vm, parent);
    size_t start = 0;
    for (;;) {
        SK_ROOT_SCOPE(vm);
        const char *dot = memchr(n + start, '.', len - start);
        size_t end = dot ? (size_t)(dot - n) : len;
        sk_value prefix = end == len ? fullname : sk_str_new(vm, n, end);
        if (!prefix) return SK_NULL;
        SK_ROOT(vm, prefix);
        prefix = sk_str_intern_value(vm, prefix);
        if (!prefix) return SK_NULL;
        sk_value m = import_one(vm, prefix, parent);
        if (!m) return SK_NULL;
        parent = m;
        if (end == len) break;
        start = end + 1;
    }
    sk_gc_roots_restore(vm, mark);
    return parent;
}

/* The absolute name for a relative import. */
static sk_value resolve_name(sk_vm *vm, sk_value name, sk_value globals, int level) {
    SK_ROOT_SCOPE(vm);
    sk_value package = sk_dict_get_str(vm, globals, SK_NAME(vm, __package__));
    if (!package || package == SK_NONE) {
        sk_value modname = sk_dict_get_str(vm, globals, SK_NAME(vm, __name__));
        if (!modname || !sk_is_str(vm, modname))
            return sk_exc_msg(vm, SK_EXC_IMPORT, "attempted relative import with no known parent package");
        if (sk_dict_get_str(vm, globals, SK_NAME(vm, __path__))) {
            package = modname;
        } else {
            const char *m = sk_str_data(modname);
            const char *dot = strrchr(m, '.');
            package = dot ? sk_str_new(vm, m, (size_t)(dot - m)) : vm->empty_str;
            if (!package) return SK_NULL;
        }
    }
    if (!sk_is_str(vm, package)) return sk_exc_msg(vm, SK_EXC_TYPE, "package must be a string");
    if (sk_str_size(package) == 0)
        return sk_exc_msg(vm, SK_EXC_IMPORT, "attempted relative import with no known parent package");
    SK_ROOT(vm, package);
    const char *p = sk_str_data(package);
    size_t plen = sk_str_size(package);
    for (int i = 1; i < level; i++) {
        const char *dot = memrchr(p, '.', plen);
        if (!dot) return sk_exc_msg(vm, SK_EXC_IMPORT, "attempted relative import beyond top-level package");
        plen = (size_t)(dot - p);
    }
    if (sk_str_size(name) == 0) return sk_str_new(vm, p, plen);
    return sk_str_fmt(vm, "%.*s.%V", (int)plen, p, name);
}

sk_value sk_import_name(sk_vm *vm, sk_value name, sk_value globals, sk_value locals, sk_value fromlist, int level) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, name);
    SK_ROOT(vm, fromlist);
    /* a user-replaced builtins.__import__ is honoured */
    sk_value imp = sk_dict_get_cstr(vm, vm->builtins, "__import__");
    if (imp && !SK_IS(vm, imp, BUILTIN)) {
        SK_ROOT(vm, imp);
        sk_value args[5] = {name, globals, locals, fromlist, sk_from_int(level)};
        return sk_call(vm, imp, args, 5, SK_NULL);
    }
    if (level < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "level must be >= 0");
    sk_value fullname = name;
    if (level > 0) {
        fullname = resolve_name(vm, name, globals, level);
        if (!fullname) return SK_NULL;
    } else if (sk_str_size(name) == 0) {
        return sk_exc_msg(vm, SK_EXC_VALUE, "Empty module name");
    }
    SK_ROOT(vm, fullname);
    fullname = sk_str_intern_value(vm, fullname);
    if (!fullname) return SK_NULL;
    sk_value m = import_dotted(vm, fullname);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    bool has_fromlist = fromlist && fromlist != SK_NONE && sk_is_tuple(vm, fromlist) && sk_tuple_len(fromlist);
    if (!has_fromlist) {
        if (level == 0) {
            /* `import a.b.c` binds a */
            const char *n = sk_str_data(fullname);
            const char *dot = strchr(n, '.');
            if (!dot) return m;
            sk_value top = sk_str_intern(vm, n, (size_t)(dot - n));
            if (!top) return SK_NULL;
            sk_value r = sk_dict_get_str(vm, vm->modules, top);
            sk_gc_roots_restore(vm, mark);
            return r ? r : m;
        }
        return m;
    }
    /* from package import submodule: import those that are not attributes */
    sk_value path = sk_getattr_opt(vm, m, SK_NAME(vm, __path__));
    if (vm->exc) return SK_NULL;
    if (path) {
        for (size_t i = 0; i < sk_tuple_len(fromlist); i++) {
            SK_ROOT_SCOPE(vm);
            sk_value item = sk_tuple_get(fromlist, i);
            if (!sk_is_str(vm, item)) continue;
            if (sk_str_eq_cstr(item, "*")) continue;
            sk_value have = sk_getattr_opt(vm, m, item);
            if (vm->exc) return SK_NULL;
            if (have) continue;
            sk_value sub = sk_str_fmt(vm, "%V.%V", fullname, item);
            if (!sub) return SK_NULL;
            SK_ROOT(vm, sub);
            sub = sk_str_intern_value(vm, sub);
            if (!sub) return SK_NULL;
            sk_value sm = import_one(vm, sub, m);
            if (!sm) {
                /* a missing submodule is only an error at import-from time */
                if (sk_exc_pending(vm, SK_EXC_MODULE_NOT_FOUND)) {
                    sk_value e = vm->exc;
                    sk_value ename = ((sk_exc_import *)sk_as_obj(e))->name;
                    if (ename && sk_is_str(vm, ename) && sk_str_eq(ename, sub)) {
                        sk_exc_take(vm);
                        continue;
                    }
                }
                return SK_NULL;
            }
        }
    }
    sk_gc_roots_restore(vm, mark);
    return m;
}

sk_value sk_import_from(sk_vm *vm, sk_value module, sk_value name) {
    SK_ROOT_SCOPE(vm);
    sk_value v = sk_getattr_opt(vm, module, name);
    if (v || vm->exc) return v;
    /* a submodule not yet bound as an attribute */
    size_t mark = sk_gc_roots_save(vm);
    sk_value modname = sk_getattr_opt(vm, module, SK_NAME(vm, __name__));
    if (vm->exc) return SK_NULL;
    SK_ROOT(vm, modname);
    if (modname && sk_is_str(vm, modname)) {
        SK_ROOT_SCOPE(vm);
        sk_value full = sk_str_fmt(vm, "%V.%V", modname, name);
        if (!full) return SK_NULL;
        SK_ROOT(vm, full);
        sk_value m = sk_dict_get_str(vm, vm->modules, full);
        if (m) return m;
    }
    sk_value file = SK_IS(vm, module, MODULE) ? sk_dict_get_str(vm, sk_module_dict(module), SK_NAME(vm, __file__)) : SK_NULL;
    bool initializing = false;
    if (modname && sk_is_str(vm, modname)) {
        for (size_t i = 0; i < sk_list_len(vm->importing); i++)
            if (sk_str_eq(sk_list_items(vm->importing)[i], modname)) initializing = true;
    }
    sk_value msg;
    const char *mn_fallback = "<unknown module name>";
    if (initializing)
        msg = sk_str_fmt(vm,
                         "cannot import name '%V' from partially initialized module '%V' (most likely due to a "
                         "circular import) (%S)",
                         name, modname, file ? file : sk_str_from_cstr(vm, "unknown location"));
    else if (modname && sk_is_str(vm, modname))
        msg = file ? sk_str_fmt(vm, "cannot import name '%V' from '%V' (%S)", name, modname, file)
                   : sk_str_fmt(vm, "cannot import name '%V' from '%V' (unknown location)", name, modname);
    else
        msg = sk_str_fmt(vm, "cannot import name '%V' from '%s' (unknown location)", name, mn_fallback);
    if (!msg) return SK_NULL;
    SK_ROOT(vm, msg);
    sk_value e = sk_exc_new(vm, SK_EXC_TYPE(vm, IMPORT), &msg, 1);
    if (!e) return SK_NULL;
    sk_exc_import *ie = (sk_exc_import *)sk_as_obj(e);
    ie->name = modname ? modname : SK_NONE;
    ie->path = file ? file : SK_NONE;
    ie->name_from = name;
    sk_gc_roots_restore(vm, mark);
    return sk_exc_raise(vm, e);
}

bool sk_import_star(sk_vm *vm, sk_value module, sk_value ns) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value all = sk_getattr_opt(vm, module, SK_NAME(vm, __all__));
    if (vm->exc) return false;
    sk_value names;
    bool skip_private = false;
    if (all) {
        names = sk_list_from_iterable(vm, all);
    } else {
        SK_ROOT_SCOPE(vm);
        sk_value d = sk_getattr_opt(vm, module, SK_NAME(vm, __dict__));
        if (!d) {
            if (!vm->exc)
                sk_exc_msg(vm, SK_EXC_IMPORT, "from-import-* object has no __dict__ and no __all__");
            return false;
        }
        SK_ROOT(vm, d);
        names = sk_is_dict(vm, d) ? sk_dict_keys_list(vm, d) : sk_list_from_iterable(vm, d);
        skip_private = true;
    }
    if (!names) return false;
    SK_ROOT(vm, names);
    for (size_t i = 0; i < sk_list_len(names); i++) {
        SK_ROOT_SCOPE(vm);
        sk_value n = sk_list_items(names)[i];
        if (!sk_is_str(vm, n)) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "Item in %s.__all__ must be str, not %T", "module", n);
            return false;
        }
        if (skip_private && sk_str_size(n) && sk_str_data(n)[0] == '_') continue;
        sk_value v = sk_getattr(vm, module, n);
        if (!v) return false;
        SK_ROOT(vm, v);
        if (SK_IS(vm, ns, DICT) ? !sk_dict_set(vm, ns, n, v) : sk_setitem(vm, ns, n, v) < 0) return false;
    }
    sk_gc_roots_restore(vm, mark);
    return true;
}

sk_value sk_import_cstr(sk_vm *vm, const char *name) {
    sk_value n = sk_str_intern_cstr(vm, name);
    if (!n) return SK_NULL;
    return import_dotted(vm, n);
}

sk_value sk_import_attr_cstr(sk_vm *vm, const char *module, const char *name) {
    SK_ROOT_SCOPE(vm);
    sk_value m = sk_import_cstr(vm, module);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    return sk_getattr_cstr(vm, m, name);
}
