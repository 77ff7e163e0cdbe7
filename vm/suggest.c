/* suggest.c — "Did you mean" hints for the exception printer (see
 * suggest.h), and the standard-library module names.
 */
#include "suggest.h"

#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "set.h"
#include "slots.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

/* CPython's limits: beyond these no hint is computed at all. */
#define MAX_CANDIDATES 750
#define MAX_NAME_SIZE 40
/* Edit costs: changing a letter's case is cheaper than any other edit. */
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b) {
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b && 'a' <= a && a <= 'z' ? CASE_COST : MOVE_COST;
}

/* The weighted edit distance from a to b, or anything above max_cost once
 * it is clear the distance exceeds it. Works on bytes, as CPython's does. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    /* a shared prefix or suffix costs nothing */
    while (na && nb && *a == *b) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > MAX_NAME_SIZE || nb > MAX_NAME_SIZE) return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    /* one row of the classic table, updated in place: row[i] is the cost
     * of turning the first j letters of b into the first i+1 letters of a */
    size_t row[MAX_NAME_SIZE];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diagonal = j * MOVE_COST;
        result = diagonal;
        size_t row_min = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = diagonal + substitution_cost(b[j], a[i]);
            diagonal = row[i];
            size_t step = (result < diagonal ? result : diagonal) + MOVE_COST;
            result = step < substitute ? step : substitute;
            row[i] = result;
            if (result < row_min) row_min = result;
        }
        if (row_min > max_cost) return max_cost + 1;
    }
    return result;
}

sk_value sk_suggest_closest(sk_vm *vm, sk_value candidates, sk_value name) {
    if (!sk_is_str(vm, name)) return SK_NULL;
    size_t n;
    const sk_value *items;
    if (sk_is_list(vm, candidates)) {
        n = sk_list_len(candidates);
        items = sk_list_items(candidates);
    } else if (sk_is_tuple(vm, candidates)) {
        n = sk_tuple_len(candidates);
        items = sk_tuple_ptr(candidates)->items;
    } else {
        return SK_NULL;
    }
    if (n >= MAX_CANDIDATES) return SK_NULL;
    const char *want = sk_str_data(name);
    size_t want_size = sk_str_size(name);
    sk_value best = SK_NULL;
    size_t best_distance = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        sk_value item = items[i];
        if (!sk_is_str(vm, item)) return SK_NULL;   /* CPython gives up on a non-str too */
        if (sk_str_eq(item, name)) continue;
        size_t size = sk_str_size(item);
        /* no more than a third of the letters may change */
        size_t max_distance = (want_size + size + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t d = edit_distance(want, want_size, sk_str_data(item), size, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

/* dir(obj) as a list, SK_NULL with an exception on failure. */
static sk_value dir_of(sk_vm *vm, sk_value obj) {
    SK_ROOT_SCOPE(vm);
    sk_value r = sk_call_special(vm, obj, SK_NAME(vm, __dir__), NULL, 0);
    if (!r) return SK_NULL;
    SK_ROOT(vm, r);
    sk_value l = sk_list_from_iterable(vm, r);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    return sk_list_sort(vm, l, SK_NONE, false) ? l : SK_NULL;
}

static sk_value closest_in_dir(sk_vm *vm, sk_value obj, sk_value name) {
    SK_ROOT_SCOPE(vm);
    sk_value d = dir_of(vm, obj);
    if (!d) return SK_NULL;
    SK_ROOT(vm, d);
    return sk_suggest_closest(vm, d, name);
}

static sk_value closest_in_keys(sk_vm *vm, sk_value mapping, sk_value name) {
    SK_ROOT_SCOPE(vm);
    if (!mapping || !sk_is_dict(vm, mapping)) return SK_NULL;
    sk_value keys = sk_dict_keys_list(vm, mapping);
    if (!keys) return SK_NULL;
    SK_ROOT(vm, keys);
    return sk_suggest_closest(vm, keys, name);
}

/* A NameError's hint comes from the innermost frame of its traceback. */
static sk_value name_error_hint(sk_vm *vm, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    sk_value name = ((sk_exc_name *)sk_as_obj(exc))->name;
    sk_value tb = ((sk_exception *)sk_as_obj(exc))->traceback;
    if (!name || !sk_is_ptr(name) || sk_typeof(vm, name) != SK_TYPE(vm, STR) || !tb) return SK_NULL;
    while (((sk_traceback *)sk_as_obj(tb))->next) tb = ((sk_traceback *)sk_as_obj(tb))->next;
    sk_traceback *t = (sk_traceback *)sk_as_obj(tb);
    sk_code *code = sk_code_ptr(t->code);
    sk_value suggestion = SK_NULL;
    SK_ROOT(vm, suggestion);
    bool has_self = false;
    for (size_t i = 0; i < sk_tuple_len(code->varnames); i++)
        if (sk_str_eq_cstr(sk_tuple_get(code->varnames, i), "self")) has_self = true;
    if (has_self) {
        SK_ROOT_SCOPE(vm);
        /* a method: maybe the instance has it */
        SK_ROOT_SCOPE(vm);
        sk_value self = sk_traceback_local(vm, tb, "self");
        if (!self) return SK_NULL;
        SK_ROOT(vm, self);
        sk_value found = sk_getattr_opt(vm, self, name);
        if (vm->exc) sk_exc_take(vm);
        if (found) suggestion = sk_str_fmt(vm, "self.%V", name);
    }
    if (!suggestion) suggestion = sk_suggest_closest(vm, code->varnames, name);
    if (!suggestion) suggestion = closest_in_keys(vm, t->globals, name);
    if (!suggestion) suggestion = closest_in_keys(vm, t->builtins, name);
    bool stdlib = sk_is_stdlib_module_name(sk_str_data(name), sk_str_size(name));
    if (suggestion && stdlib)
        return sk_str_fmt(vm, ". Did you mean: '%V'? Or did you forget to import '%V'?", suggestion, name);
    if (suggestion) return sk_str_fmt(vm, ". Did you mean: '%V'?", suggestion);
    if (stdlib) return sk_str_fmt(vm, ". Did you forget to import '%V'?", name);
    return SK_NULL;
}

static sk_value attribute_error_hint(sk_vm *vm, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    sk_exc_attr *e = (sk_exc_attr *)sk_as_obj(exc);
    if (!e->name || !e->obj || !sk_is_ptr(e->name) || sk_typeof(vm, e->name) != SK_TYPE(vm, STR)) return SK_NULL;
    /* the name came from a dir() list nothing holds any more */
    sk_value s = closest_in_dir(vm, e->obj, e->name);
    SK_ROOT(vm, s);
    return s ? sk_str_fmt(vm, ". Did you mean: '%V'?", s) : SK_NULL;
}

static sk_value import_error_hint(sk_vm *vm, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    sk_exc_import *e = (sk_exc_import *)sk_as_obj(exc);
    sk_value mod_name = e->name, name = e->name_from;
    if (!mod_name || !name || !sk_is_ptr(name) || sk_typeof(vm, name) != SK_TYPE(vm, STR) ||
        !sk_is_ptr(mod_name) || sk_typeof(vm, mod_name) != SK_TYPE(vm, STR))
        return SK_NULL;
    sk_value mod = sk_dict_get_str(vm, vm->modules, mod_name);
    if (!mod) return SK_NULL;
    sk_value s = closest_in_dir(vm, mod, name);
    SK_ROOT(vm, s);
    return s ? sk_str_fmt(vm, ". Did you mean: '%V'?", s) : SK_NULL;
}

sk_value sk_suggest_for(sk_vm *vm, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, exc);
    sk_value saved = vm->exc;
    SK_ROOT(vm, saved);
    vm->exc = SK_NULL;
    sk_type *t = sk_typeof(vm, exc);
    sk_value r = SK_NULL;
    /* exactly these types: subclasses get no hint from the C printer */
    if (t == SK_EXC_TYPE(vm, NAME)) r = name_error_hint(vm, exc);
    else if (t == SK_EXC_TYPE(vm, ATTRIBUTE)) r = attribute_error_hint(vm, exc);
    else if (t == SK_EXC_TYPE(vm, IMPORT)) r = import_error_hint(vm, exc);
    if (vm->exc) sk_exc_take(vm);
    vm->exc = saved;
    return r;
}

/* ---- standard-library module names ------------------------------------------ */

/* sys.stdlib_module_names of CPython 3.12, sorted (bsearch below). */
static const char *const stdlib_names[] = {
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2",
    "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression",
    "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm",
    "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools",
    "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma",
    "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator",
    "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
    "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_queue", "_random", "_scproxy", "_sha1",
    "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat",
    "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local",
    "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref",
    "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array", "ast",
    "asyncio", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2",
    "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop",
    "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib",
    "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime",
    "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip", "enum",
    "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib",
    "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp",
    "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "importlib",
    "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale",
    "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder",
    "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path",
    "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle",
    "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath",
    "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data",
    "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter",
    "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal",
    "site", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile",
    "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct",
    "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile",
    "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit",
    "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
    "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv",
    "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml",
    "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
};

static int compare_name(const void *key, const void *elem) {
    return strcmp((const char *)key, *(const char *const *)elem);
}

bool sk_is_stdlib_module_name(const char *name, size_t len) {
    char buf[64];
    if (len >= sizeof buf || memchr(name, '\0', len)) return false;
    memcpy(buf, name, len);
    buf[len] = '\0';
    return bsearch(buf, stdlib_names, sizeof stdlib_names / sizeof *stdlib_names, sizeof *stdlib_names,
                   compare_name) != NULL;
}

sk_value sk_stdlib_module_names(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    size_t n = sizeof stdlib_names / sizeof *stdlib_names;
    sk_value l = sk_list_new(vm, n);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    for (size_t i = 0; i < n; i++) {
        sk_value s = sk_str_intern_cstr(vm, stdlib_names[i]);
        if (!s || !sk_list_append(vm, l, s)) return SK_NULL;
    }
    return sk_frozenset_from(vm, l);
}
