/* posix.c — the posix module: the operating system calls os.py builds on
 * (files and directories, stat, file descriptors, the process, the
 * environment as bytes), with CPython's argument rules and its OSError
 * subclasses carrying errno, strerror and the file name(s).
 *
 * Paths are str, bytes or os.PathLike (whose __fspath__ gives one of
 * those); str paths are passed to the system as UTF-8, and names the system
 * returns come back as str for str arguments, bytes for bytes ones.
 * System calls interrupted by a signal are retried, as PEP 475 asks.
 */
#include <dirent.h>
#include <sched.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "structseq.h"
#include "tuple.h"

extern char **environ;

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* ---- errors ---------------------------------------------------------------------- */

/* OSError(err, strerror(err)[, filename[, None, filename2]]): OSError's
 * constructor picks the subclass (FileNotFoundError…) for err. */
static sk_value os_error2(sk_vm *vm, int err, sk_value filename, sk_value filename2) {
    SK_ROOT_SCOPE(vm);
    sk_value msg = sk_str_from_cstr(vm, strerror(err));
    if (!msg) return SK_NULL;
    SK_ROOT(vm, msg);
    sk_value a[5] = {sk_from_int(err), msg, filename ? filename : SK_NONE, SK_NONE, filename2 ? filename2 : SK_NONE};
    size_t n = filename2 ? 5 : filename ? 3 : 2;
    return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, OS), a, n);
}

static sk_value os_error(sk_vm *vm, int err) { return os_error2(vm, err, SK_NULL, SK_NULL); }

/* ---- path arguments ---------------------------------------------------------------- */

typedef struct path_arg {
    sk_value object;     /* the str or bytes (after __fspath__), for messages */
    const char *c;       /* NUL-terminated path, or NULL for an fd */
    int fd;              /* -1 unless an fd was given */
    bool is_bytes;
} path_arg;

/* os.fspath(v): str and bytes as they are, else type(v).__fspath__(v). */
static sk_value fspath(sk_vm *vm, sk_value v) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_str(vm, v) || SK_IS(vm, v, BYTES) ||
        (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_BYTES_SUB)))
        return v;
    sk_value f = sk_lookup_special(vm, v, SK_NAME(vm, __fspath__));
    if (!f) {
        if (vm->exc) return SK_NULL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "expected str, bytes or os.PathLike object, not %T", v);
    }
    SK_ROOT(vm, f);
    sk_value r = sk_call0(vm, f);
    if (!r) return SK_NULL;
    if (!sk_is_str(vm, r) && !(sk_is_ptr(r) && (sk_as_obj(r)->type->flags & SK_TF_BYTES_SUB)))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "expected %T.__fspath__() to return str or bytes, not %T", v, r);
    return r;
}

/* Converts argument `v` named `argname` of function `fname`. allow_fd: an
 * int is a file descriptor. The path's object stays reachable through
 * p->object, which the caller roots. */
static bool path_convert(sk_vm *vm, const char *fname, const char *argname, sk_value v, bool allow_fd, bool allow_none,
                         path_arg *p) {
    p->object = SK_NULL;
    p->c = NULL;
    p->fd = -1;
    p->is_bytes = false;
    if (allow_none && v == SK_NONE) {
        p->c = ".";
        return true;
    }
    if (allow_fd && sk_is_int_like(vm, v) && !sk_is_bool(v)) {
        int64_t fd;
        if (!sk_int_to_i64(vm, v, &fd)) return false;
        if (fd < INT_MIN || fd > INT_MAX) {
            sk_exc_msg(vm, SK_EXC_OVERFLOW, fd < 0 ? "fd is less than minimum" : "fd is greater than maximum");
            return false;
        }
        p->fd = (int)fd;
        return true;
    }
    bool pathlike = sk_is_str(vm, v) || (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_BYTES_SUB)) ||
                    sk_type_lookup(vm, sk_typeof(vm, v), SK_NAME(vm, __fspath__));
    if (!pathlike) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s: %s should be string, bytes%s, not %T", fname, argname,
                   allow_fd && allow_none ? ", os.PathLike, integer or None"
                   : allow_fd             ? ", os.PathLike or integer"
                   : allow_none           ? ", os.PathLike or None"
                                          : " or os.PathLike",
                   v);
        return false;
    }
    sk_value s = fspath(vm, v);
    if (!s) return false;
    p->object = s;
    size_t len;
    if (sk_is_str(vm, s)) {
        p->c = sk_str_data(s);
        len = sk_str_size(s);
    } else {
        p->c = sk_bytes_data(s);
        len = sk_bytes_len(s);
        p->is_bytes = true;
    }
    if (memchr(p->c, 0, len)) {
        /* str paths are encoded first, and the encoder complains */
        if (p->is_bytes) sk_exc_fmt(vm, SK_EXC_VALUE, "%s: embedded null character in %s", fname, argname);
        else sk_exc_msg(vm, SK_EXC_VALUE, "embedded null byte");
        return false;
    }
    return true;
}

/* A name the system gave back, as str or bytes like the argument was. */
static sk_value os_name(sk_vm *vm, const char *s, bool as_bytes) {
    return as_bytes ? sk_bytes_new(vm, s, strlen(s)) : sk_str_from_utf8_lossy(vm, s, strlen(s));
}

/* An int argument that must fit a C int. */
static bool int_arg(sk_vm *vm, sk_value v, int *out) {
    if (sk_is_float(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "'float' object cannot be interpreted as an integer");
        return false;
    }
    int64_t x;
    if (!sk_index_i64(vm, v, &x, "Python int too large to convert to C int")) return false;
    if (x < INT_MIN || x > INT_MAX) {
        sk_exc_msg(vm, SK_EXC_OVERFLOW, x < 0 ? "signed integer is less than minimum"
                                              : "signed integer is greater than maximum");
        return false;
    }
    *out = (int)x;
    return true;
}

static bool fd_arg(sk_vm *vm, sk_value v, int *out) { return int_arg(vm, v, out); }

/* dir_fd=None is the only value supported: other values would need the
 * *at() forms throughout. */
static bool no_dir_fd(sk_vm *vm, const char *fname, sk_value v) {
    if (!v || v == SK_NONE) return true;
    sk_exc_fmt(vm, SK_EXC_NOT_IMPLEMENTED, "%s: dir_fd is not supported", fname);
    return false;
}

static bool truth_arg(sk_vm *vm, sk_value v, bool dflt, bool *out) {
    if (!v) {
        *out = dflt;
        return true;
    }
    int t = sk_truth(vm, v);
    if (t < 0) return false;
    *out = t;
    return true;
}

/* ---- the current directory and directories ------------------------------------------ */

static sk_value getcwd_as(sk_vm *vm, bool as_bytes) {
    char buf[PATH_MAX + 1];
    if (!getcwd(buf, sizeof buf)) return os_error(vm, errno);
    return os_name(vm, buf, as_bytes);
}

NATIVE(p_getcwd) { return getcwd_as(vm, false); }
NATIVE(p_getcwdb) { return getcwd_as(vm, true); }

NATIVE(p_chdir) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path"};
    sk_value a[1];
    if (!sk_native_parse(vm, "chdir", args, nargs, kwnames, names, 1, 0, 1, 1, a)) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, "chdir", "path", a[0], true, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    int r = p.c ? chdir(p.c) : fchdir(p.fd);
    if (r != 0) return os_error2(vm, errno, p.object, SK_NULL);
    return SK_NONE;
}

NATIVE(p_listdir) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path"};
    sk_value a[1];
    if (!sk_native_parse(vm, "listdir", args, nargs, kwnames, names, 1, 0, 1, 0, a)) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, "listdir", "path", a[0] ? a[0] : SK_NONE, true, true, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    DIR *d;
    if (p.c) {
        d = opendir(p.c);
    } else {
        int fd = dup(p.fd);
        d = fd < 0 ? NULL : fdopendir(fd);
        if (!d && fd >= 0) close(fd);
        if (d) rewinddir(d);
    }
    if (!d) return os_error2(vm, errno, p.object, SK_NULL);
    sk_value list = sk_list_new(vm, 0);
    if (!list) {
        closedir(d);
        return SK_NULL;
    }
    SK_ROOT(vm, list);
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            int err = errno;
            closedir(d);
            if (err) return os_error2(vm, err, p.object, SK_NULL);
            return list;
        }
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        sk_value name = os_name(vm, e->d_name, p.is_bytes);
        if (!name || !sk_list_append(vm, list, name)) {
            closedir(d);
            return SK_NULL;
        }
    }
}

/* _scandir(path) -> list of (name, d_type, inode): what os.scandir needs
 * from the directory itself; os.py builds DirEntry objects from it.
 * d_type is 0 (unknown), 1 (directory), 2 (regular file), 3 (symlink) or
 * 4 (something else). */
NATIVE(p_scandir_entries) {
    SK_ROOT_SCOPE(vm);
    path_arg p;
    if (!path_convert(vm, "scandir", "path", args[0], false, true, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    DIR *d = opendir(p.c);
    if (!d) return os_error2(vm, errno, p.object, SK_NULL);
    sk_value list = sk_list_new(vm, 0), name = SK_NULL, ino = SK_NULL;
    SK_ROOT(vm, list);
    SK_ROOT(vm, name);
    SK_ROOT(vm, ino);
    if (!list) goto fail;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            int err = errno;
            closedir(d);
            if (err) return os_error2(vm, err, p.object, SK_NULL);
            return list;
        }
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        int kind = 0;
#ifdef DT_DIR
        kind = e->d_type == DT_DIR ? 1 : e->d_type == DT_REG ? 2 : e->d_type == DT_LNK ? 3 : e->d_type == DT_UNKNOWN ? 0 : 4;
#endif
        if (!(name = os_name(vm, e->d_name, p.is_bytes)) || !(ino = sk_int_from_u64(vm, (uint64_t)e->d_ino)))
            goto fail;
        sk_value t = sk_tuple_new(vm, 3);
        if (!t) goto fail;
        sk_tuple_items(t)[0] = name;
        sk_tuple_items(t)[1] = sk_from_int(kind);
        sk_tuple_items(t)[2] = ino;
        if (!sk_list_append(vm, list, t)) goto fail;
    }
fail:
    closedir(d);
    return SK_NULL;
}

NATIVE(p_mkdir) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path", "mode", "dir_fd"};
    sk_value a[3];
    if (!sk_native_parse(vm, "mkdir", args, nargs, kwnames, names, 3, 0, 2, 1, a)) return SK_NULL;
    int mode = 0777;
    if (a[1] && !int_arg(vm, a[1], &mode)) return SK_NULL;
    if (!no_dir_fd(vm, "mkdir", a[2])) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, "mkdir", "path", a[0], false, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    if (mkdir(p.c, (mode_t)mode) != 0) return os_error2(vm, errno, p.object, SK_NULL);
    return SK_NONE;
}

/* f(path, *, dir_fd=None) for rmdir, remove, unlink */
static sk_value path_call(sk_vm *vm, const char *fname, int (*f)(const char *), const sk_value *args, size_t nargs,
                          sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path", "dir_fd"};
    sk_value a[2];
    if (!sk_native_parse(vm, fname, args, nargs, kwnames, names, 2, 0, 1, 1, a)) return SK_NULL;
    if (!no_dir_fd(vm, fname, a[1])) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, fname, "path", a[0], false, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    if (f(p.c) != 0) return os_error2(vm, errno, p.object, SK_NULL);
    return SK_NONE;
}

NATIVE(p_rmdir) { return path_call(vm, "rmdir", rmdir, args, nargs, kwnames); }
NATIVE(p_remove) { return path_call(vm, "remove", unlink, args, nargs, kwnames); }
NATIVE(p_unlink) { return path_call(vm, "unlink", unlink, args, nargs, kwnames); }

/* f(src, dst) for rename, replace, link, symlink */
static sk_value two_paths(sk_vm *vm, const char *fname, int (*f)(const char *, const char *), const sk_value *args,
                          size_t nargs, sk_value kwnames, int nextra, const char *const *names) {
    SK_ROOT_SCOPE(vm);
    sk_value a[5];
    if (!sk_native_parse(vm, fname, args, nargs, kwnames, names, 2 + nextra, 0, 2, 2, a)) return SK_NULL;
    for (int i = 2; i < 2 + nextra; i++)
        if (strstr(names[i], "dir_fd") && !no_dir_fd(vm, fname, a[i])) return SK_NULL;
    path_arg s, d;
    if (!path_convert(vm, fname, "src", a[0], false, false, &s)) return SK_NULL;
    SK_ROOT(vm, s.object);
    if (!path_convert(vm, fname, "dst", a[1], false, false, &d)) return SK_NULL;
    SK_ROOT(vm, d.object);
    if (f(s.c, d.c) != 0) return os_error2(vm, errno, s.object, d.object);
    return SK_NONE;
}

NATIVE(p_rename) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    return two_paths(vm, "rename", rename, args, nargs, kwnames, 2, names);
}
NATIVE(p_replace) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    return two_paths(vm, "replace", rename, args, nargs, kwnames, 2, names);
}
NATIVE(p_link) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"};
    return two_paths(vm, "link", link, args, nargs, kwnames, 3, names);
}
NATIVE(p_symlink) {
    static const char *const names[] = {"src", "dst", "target_is_directory", "dir_fd"};
    return two_paths(vm, "symlink", symlink, args, nargs, kwnames, 2, names);
}

NATIVE(p_readlink) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path", "dir_fd"};
    sk_value a[2];
    if (!sk_native_parse(vm, "readlink", args, nargs, kwnames, names, 2, 0, 1, 1, a)) return SK_NULL;
    if (!no_dir_fd(vm, "readlink", a[1])) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, "readlink", "path", a[0], false, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    char buf[PATH_MAX + 1];
    ssize_t n = readlink(p.c, buf, PATH_MAX);
    if (n < 0) return os_error2(vm, errno, p.object, SK_NULL);
    buf[n] = 0;
    return os_name(vm, buf, p.is_bytes);
}

/* ---- stat -------------------------------------------------------------------------------- */

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    /* the sequence shows whole seconds; the attributes of the same names
     * (below) are floats */
    "st_atime", "st_mtime", "st_ctime",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev", NULL,
};

static sk_value stat_to_result(sk_vm *vm, const struct stat *st) {
    SK_ROOT_SCOPE(vm);
    sk_value type = sk_native_state_get(vm, "os.stat_result");
    if (!type) return sk_exc_msg(vm, SK_EXC_RUNTIME, "the posix module is not initialised");
    sk_value v[19] = {0};
    for (int i = 0; i < 19; i++) SK_ROOT(vm, v[i]);
    const struct timespec ts[3] = {st->st_atim, st->st_mtim, st->st_ctim};
    if (!(v[0] = sk_int_from_i64(vm, st->st_mode)) || !(v[1] = sk_int_from_u64(vm, st->st_ino)) ||
        !(v[2] = sk_int_from_u64(vm, st->st_dev)) || !(v[3] = sk_int_from_u64(vm, st->st_nlink)) ||
        !(v[4] = sk_int_from_i64(vm, st->st_uid)) || !(v[5] = sk_int_from_i64(vm, st->st_gid)) ||
        !(v[6] = sk_int_from_i64(vm, st->st_size)) || !(v[16] = sk_int_from_i64(vm, st->st_blksize)) ||
        !(v[17] = sk_int_from_i64(vm, st->st_blocks)) || !(v[18] = sk_int_from_u64(vm, st->st_rdev)))
        return SK_NULL;
    for (int i = 0; i < 3; i++) {
        int64_t ns;
        if (!(v[7 + i] = sk_int_from_i64(vm, ts[i].tv_sec)) ||
            !(v[10 + i] = sk_float_new(vm, (double)ts[i].tv_sec + (double)ts[i].tv_nsec * 1e-9)))
            return SK_NULL;
        if (!__builtin_mul_overflow((int64_t)ts[i].tv_sec, INT64_C(1000000000), &ns) &&
            !__builtin_add_overflow(ns, (int64_t)ts[i].tv_nsec, &ns)) {
            if (!(v[13 + i] = sk_int_from_i64(vm, ns))) return SK_NULL;
        } else {
            /* past the year 2262 nanoseconds outgrow an int64 */
            sk_value big = sk_binop(vm, SK_NB_MUL, v[7 + i], sk_from_int(1000000000));
            if (!big || !(v[13 + i] = big) ||
                !(v[13 + i] = sk_binop(vm, SK_NB_ADD, v[13 + i], sk_from_int(ts[i].tv_nsec))))
                return SK_NULL;
        }
    }
    return sk_structseq_new(vm, sk_as_type(type), v);
}

static sk_value do_stat(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                        bool lstat_default) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    sk_value a[3];
    int nparams = lstat_default ? 2 : 3;
    if (!sk_native_parse(vm, fname, args, nargs, kwnames, names, nparams, 0, 1, 1, a)) return SK_NULL;
    if (!no_dir_fd(vm, fname, a[1])) return SK_NULL;
    bool follow;
    if (!truth_arg(vm, lstat_default ? SK_NULL : a[2], !lstat_default, &follow)) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, fname, "path", a[0], !lstat_default, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    struct stat st;
    int r = p.c ? (follow ? stat(p.c, &st) : lstat(p.c, &st)) : fstat(p.fd, &st);
    if (r != 0) return os_error2(vm, errno, p.object, SK_NULL);
    return stat_to_result(vm, &st);
}

NATIVE(p_stat) { return do_stat(vm, "stat", args, nargs, kwnames, false); }
NATIVE(p_lstat) { return do_stat(vm, "lstat", args, nargs, kwnames, true); }

NATIVE(p_fstat) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    struct stat st;
    if (fstat(fd, &st) != 0) return os_error(vm, errno);
    return stat_to_result(vm, &st);
}

NATIVE(p_access) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
    sk_value a[5];
    if (!sk_native_parse(vm, "access", args, nargs, kwnames, names, 5, 0, 2, 2, a)) return SK_NULL;
    if (!no_dir_fd(vm, "access", a[2])) return SK_NULL;
    int mode;
    if (!int_arg(vm, a[1], &mode)) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, "access", "path", a[0], false, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    return sk_from_bool(access(p.c, mode) == 0);
}

NATIVE(p_chmod) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks"};
    sk_value a[4];
    if (!sk_native_parse(vm, "chmod", args, nargs, kwnames, names, 4, 0, 2, 2, a)) return SK_NULL;
    if (!no_dir_fd(vm, "chmod", a[2])) return SK_NULL;
    int mode;
    if (!int_arg(vm, a[1], &mode)) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, "chmod", "path", a[0], true, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    int r = p.c ? chmod(p.c, (mode_t)mode) : fchmod(p.fd, (mode_t)mode);
    if (r != 0) return os_error2(vm, errno, p.object, SK_NULL);
    return SK_NONE;
}

NATIVE(p_truncate) {
    SK_ROOT_SCOPE(vm);
    path_arg p;
    if (!path_convert(vm, "truncate", "path", args[0], true, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    int64_t len;
    if (!sk_index_i64(vm, args[1], &len, NULL)) return SK_NULL;
    int r = p.c ? truncate(p.c, (off_t)len) : ftruncate(p.fd, (off_t)len);
    if (r != 0) return os_error2(vm, errno, p.object, SK_NULL);
    return SK_NONE;
}

/* utime(path, times=None): times is (atime, mtime) in seconds */
NATIVE(p_utime) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    sk_value a[5];
    if (!sk_native_parse(vm, "utime", args, nargs, kwnames, names, 5, 0, 2, 1, a)) return SK_NULL;
    if (!no_dir_fd(vm, "utime", a[3])) return SK_NULL;
    if (a[2]) return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "utime: ns= is not supported");
    path_arg p;
    if (!path_convert(vm, "utime", "path", a[0], true, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    if (a[1] && a[1] != SK_NONE) {
        if (!sk_is_tuple(vm, a[1]) || sk_tuple_len(a[1]) != 2)
            return sk_exc_msg(vm, SK_EXC_TYPE, "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++) {
            double d;
            if (!sk_number_to_double(vm, sk_tuple_get(a[1], (size_t)i), &d)) return SK_NULL;
            double s = floor(d);
            ts[i].tv_sec = (time_t)s;
            ts[i].tv_nsec = (long)((d - s) * 1e9);
        }
        tsp = ts;
    }
    int r = p.c ? utimensat(AT_FDCWD, p.c, tsp, 0) : futimens(p.fd, tsp);
    if (r != 0) return os_error2(vm, errno, p.object, SK_NULL);
    return SK_NONE;
}

/* ---- file descriptors ------------------------------------------------------------------ */

NATIVE(p_open) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    sk_value a[4];
    if (!sk_native_parse(vm, "open", args, nargs, kwnames, names, 4, 0, 3, 2, a)) return SK_NULL;
    if (!no_dir_fd(vm, "open", a[3])) return SK_NULL;
    int flags, mode = 0777;
    if (!int_arg(vm, a[1], &flags) || (a[2] && !int_arg(vm, a[2], &mode))) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, "open", "path", a[0], false, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    int fd;
    /* new descriptors are not inherited by child processes (PEP 446) */
    while ((fd = open(p.c, flags | O_CLOEXEC, mode)) < 0 && errno == EINTR) {
    }
    if (fd < 0) return os_error2(vm, errno, p.object, SK_NULL);
    return sk_from_int(fd);
}

NATIVE(p_close) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    if (close(fd) != 0 && errno != EINTR) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_closerange) {
    int lo, hi;
    if (!fd_arg(vm, args[0], &lo) || !fd_arg(vm, args[1], &hi)) return SK_NULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    return SK_NONE;
}

NATIVE(p_read) {
    int fd;
    int64_t n;
    if (!fd_arg(vm, args[0], &fd) || !sk_index_i64(vm, args[1], &n, NULL)) return SK_NULL;
    if (n < 0) {
        errno = EINVAL;
        return os_error(vm, EINVAL);
    }
    char small[4096];
    char *buf = n <= (int64_t)sizeof small ? small : sk_mem_alloc(vm, (size_t)n);
    if (!buf) return SK_NULL;
    ssize_t got;
    while ((got = read(fd, buf, (size_t)n)) < 0 && errno == EINTR) {
    }
    sk_value r = got < 0 ? os_error(vm, errno) : sk_bytes_new(vm, buf, (size_t)got);
    if (buf != small) sk_mem_free(vm, buf, (size_t)n);
    return r;
}

NATIVE(p_write) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    if (!sk_is_bytes_like(vm, args[1]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "a bytes-like object is required, not '%s'", sk_type_name_of(vm, args[1]));
    ssize_t n;
    while ((n = write(fd, sk_bytes_data(args[1]), sk_bytes_len(args[1]))) < 0 && errno == EINTR) {
    }
    if (n < 0) return os_error(vm, errno);
    return sk_from_int(n);
}

NATIVE(p_lseek) {
    int fd, how;
    int64_t pos;
    if (!fd_arg(vm, args[0], &fd) || !sk_index_i64(vm, args[1], &pos, NULL) || !int_arg(vm, args[2], &how))
        return SK_NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) return os_error(vm, errno);
    return sk_int_from_i64(vm, r);
}

NATIVE(p_pipe) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return os_error(vm, errno);
    return sk_tuple_pack2(vm, sk_from_int(fds[0]), sk_from_int(fds[1]));
}

NATIVE(p_dup) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return os_error(vm, errno);
    return sk_from_int(r);
}

NATIVE(p_dup2) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"fd", "fd2", "inheritable"};
    sk_value a[3];
    if (!sk_native_parse(vm, "dup2", args, nargs, kwnames, names, 3, 0, 3, 2, a)) return SK_NULL;
    int fd, fd2;
    bool inheritable;
    if (!fd_arg(vm, a[0], &fd) || !fd_arg(vm, a[1], &fd2) || !truth_arg(vm, a[2], true, &inheritable))
        return SK_NULL;
    int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return os_error(vm, errno);
    return sk_from_int(r);
}

NATIVE(p_fsync) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    if (fsync(fd) != 0) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_ftruncate) {
    int fd;
    int64_t len;
    if (!fd_arg(vm, args[0], &fd) || !sk_index_i64(vm, args[1], &len, NULL)) return SK_NULL;
    if (ftruncate(fd, (off_t)len) != 0) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_isatty) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    return sk_from_bool(isatty(fd));
}

/* get_blocking/get_inheritable: whether fd's flag `bit` (read with
 * fcntl `get`) is clear — O_NONBLOCK and FD_CLOEXEC both say "not". */
static sk_value fd_flag_clear(sk_vm *vm, sk_value fd_value, int get, int bit) {
    int fd;
    if (!fd_arg(vm, fd_value, &fd)) return SK_NULL;
    int flags = fcntl(fd, get);
    if (flags < 0) return os_error(vm, errno);
    return sk_from_bool(!(flags & bit));
}

/* set_blocking/set_inheritable: clears `bit` when `on` is true, sets it
 * otherwise. */
static sk_value fd_flag_set_clear(sk_vm *vm, sk_value fd_value, sk_value on, int get, int set, int bit) {
    int fd;
    if (!fd_arg(vm, fd_value, &fd)) return SK_NULL;
    int t = sk_truth(vm, on);
    if (t < 0) return SK_NULL;
    int flags = fcntl(fd, get);
    if (flags < 0) return os_error(vm, errno);
    flags = t ? flags & ~bit : flags | bit;
    if (fcntl(fd, set, flags) < 0) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_get_blocking) { return fd_flag_clear(vm, args[0], F_GETFL, O_NONBLOCK); }
NATIVE(p_set_blocking) { return fd_flag_set_clear(vm, args[0], args[1], F_GETFL, F_SETFL, O_NONBLOCK); }
NATIVE(p_get_inheritable) { return fd_flag_clear(vm, args[0], F_GETFD, FD_CLOEXEC); }
NATIVE(p_set_inheritable) { return fd_flag_set_clear(vm, args[0], args[1], F_GETFD, F_SETFD, FD_CLOEXEC); }

NATIVE(p_fchdir) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    if (fchdir(fd) != 0) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_fchmod) {
    int fd, mode;
    if (!fd_arg(vm, args[0], &fd) || !int_arg(vm, args[1], &mode)) return SK_NULL;
    if (fchmod(fd, (mode_t)mode) != 0) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_fdatasync) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    if (fdatasync(fd) != 0) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_sync) {
    sync();
    return SK_NONE;
}

NATIVE(p_pipe2) {
    int flags;
    if (!int_arg(vm, args[0], &flags)) return SK_NULL;
    int fds[2];
    if (pipe2(fds, flags) != 0) return os_error(vm, errno);
    return sk_tuple_pack2(vm, sk_from_int(fds[0]), sk_from_int(fds[1]));
}

NATIVE(p_device_encoding) {
    int fd;
    if (!fd_arg(vm, args[0], &fd)) return SK_NULL;
    return isatty(fd) ? sk_str_from_cstr(vm, "utf-8") : SK_NONE;
}

NATIVE(p_get_terminal_size) {
    int fd = STDOUT_FILENO;
    if (nargs && !fd_arg(vm, args[0], &fd)) return SK_NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) != 0) return os_error(vm, errno);
    sk_value type = sk_native_state_get(vm, "os.terminal_size");
    if (!type) return sk_exc_msg(vm, SK_EXC_RUNTIME, "the posix module is not initialised");
    sk_value v[2] = {sk_from_int(w.ws_col), sk_from_int(w.ws_row)};
    return sk_structseq_new(vm, sk_as_type(type), v);
}

/* ---- the process ------------------------------------------------------------------------ */

NATIVE(p_getpid) { return sk_from_int(getpid()); }
NATIVE(p_getppid) { return sk_from_int(getppid()); }
NATIVE(p_getuid) { return sk_from_int(getuid()); }
NATIVE(p_geteuid) { return sk_from_int(geteuid()); }
NATIVE(p_getgid) { return sk_from_int(getgid()); }
NATIVE(p_getegid) { return sk_from_int(getegid()); }

NATIVE(p_getpgrp) { return sk_from_int(getpgrp()); }

NATIVE(p_getpgid) {
    int64_t pid;
    if (!sk_index_i64(vm, args[0], &pid, NULL)) return SK_NULL;
    pid_t r = getpgid((pid_t)pid);
    if (r < 0) return os_error(vm, errno);
    return sk_from_int(r);
}

NATIVE(p_getsid) {
    int64_t pid;
    if (!sk_index_i64(vm, args[0], &pid, NULL)) return SK_NULL;
    pid_t r = getsid((pid_t)pid);
    if (r < 0) return os_error(vm, errno);
    return sk_from_int(r);
}

NATIVE(p_getloadavg) {
    SK_ROOT_SCOPE(vm);
    double load[3];
    if (getloadavg(load, 3) != 3) return sk_exc_msg(vm, SK_EXC_OS, "Load averages are unobtainable");
    sk_value t = sk_tuple_new(vm, 3);
    if (!t) return SK_NULL;
    SK_ROOT(vm, t);
    for (size_t i = 0; i < 3; i++) {
        sk_value f = sk_float_new(vm, load[i]);
        if (!f) return SK_NULL;
        sk_tuple_items(t)[i] = f;
    }
    return t;
}

NATIVE(p_sched_yield) {
    sched_yield();
    return SK_NONE;
}

NATIVE(p_cpu_count) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? SK_NONE : sk_from_int(n);
}

NATIVE(p_umask) {
    int mask;
    if (!int_arg(vm, args[0], &mask)) return SK_NULL;
    return sk_from_int(umask((mode_t)mask));
}

NATIVE(p_kill) {
    int64_t pid;
    int sig;
    if (!sk_index_i64(vm, args[0], &pid, NULL) || !int_arg(vm, args[1], &sig)) return SK_NULL;
    if (kill((pid_t)pid, sig) != 0) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_exit) {
    int code;
    if (!int_arg(vm, args[0], &code)) return SK_NULL;
    fflush(NULL);
    _exit(code);
}

NATIVE(p_system) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"command"};
    sk_value a[1];
    if (!sk_native_parse(vm, "system", args, nargs, kwnames, names, 1, 0, 1, 1, a)) return SK_NULL;
    path_arg p;
    if (!path_convert(vm, "system", "command", a[0], false, false, &p)) return SK_NULL;
    SK_ROOT(vm, p.object);
    fflush(NULL);
    int r = system(p.c);
    return sk_from_int(r);
}

NATIVE(p_waitstatus_to_exitcode) {
    int status;
    if (!int_arg(vm, args[0], &status)) return SK_NULL;
    if (WIFEXITED(status)) return sk_from_int(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return sk_from_int(-WTERMSIG(status));
    return sk_exc_fmt(vm, SK_EXC_VALUE, "invalid wait status: %d", status);
}

NATIVE(p_uname) {
    SK_ROOT_SCOPE(vm);
    struct utsname u;
    if (uname(&u) != 0) return os_error(vm, errno);
    sk_value type = sk_native_state_get(vm, "os.uname_result");
    if (!type) return sk_exc_msg(vm, SK_EXC_RUNTIME, "the posix module is not initialised");
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    sk_value v[5] = {0};
    for (int i = 0; i < 5; i++) {
        SK_ROOT(vm, v[i]);
        if (!(v[i] = sk_str_from_utf8_lossy(vm, parts[i], strlen(parts[i])))) return SK_NULL;
    }
    return sk_structseq_new(vm, sk_as_type(type), v);
}

NATIVE(p_urandom) {
    int64_t n;
    if (!sk_index_i64(vm, args[0], &n, NULL)) return SK_NULL;
    if (n < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "negative argument not allowed");
    sk_value b = sk_bytes_alloc(vm, (size_t)n);
    if (!b) return SK_NULL;
    char *p = ((sk_bytes *)sk_as_obj(b))->data;
    size_t done = 0;
    while (done < (size_t)n) {
        ssize_t got = getrandom(p + done, (size_t)n - done, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            return os_error(vm, errno);
        }
        done += (size_t)got;
    }
    return b;
}

NATIVE(p_strerror) {
    int code;
    if (!int_arg(vm, args[0], &code)) return SK_NULL;
    return sk_str_from_cstr(vm, strerror(code));
}

NATIVE(p_fspath) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"path"};
    sk_value a[1];
    if (!sk_native_parse(vm, "fspath", args, nargs, kwnames, names, 1, 0, 1, 1, a)) return SK_NULL;
    return fspath(vm, a[0]);
}

/* ---- the environment -------------------------------------------------------------------- */

/* A str or bytes name/value for putenv and unsetenv. */
static bool env_arg(sk_vm *vm, const char *fname, sk_value v, sk_value *keep, const char **out) {
    path_arg p;
    if (!path_convert(vm, fname, "name", v, false, false, &p)) return false;
    *keep = p.object;
    *out = p.c;
    return true;
}

NATIVE(p_putenv) {
    SK_ROOT_SCOPE(vm);
    sk_value kn = SK_NULL, kv = SK_NULL;
    SK_ROOT(vm, kn);
    SK_ROOT(vm, kv);
    const char *name, *value;
    if (!env_arg(vm, "putenv", args[0], &kn, &name) || !env_arg(vm, "putenv", args[1], &kv, &value)) return SK_NULL;
    if (strchr(name, '=')) return sk_exc_msg(vm, SK_EXC_VALUE, "illegal environment variable name");
    if (setenv(name, value, 1) != 0) return os_error(vm, errno);
    return SK_NONE;
}

NATIVE(p_unsetenv) {
    SK_ROOT_SCOPE(vm);
    sk_value kn = SK_NULL;
    SK_ROOT(vm, kn);
    const char *name;
    if (!env_arg(vm, "unsetenv", args[0], &kn, &name)) return SK_NULL;
    if (unsetenv(name) != 0) return os_error(vm, errno);
    return SK_NONE;
}

/* posix.environ: the environment at start-up, bytes to bytes */
static sk_value environ_dict(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    sk_value d = sk_dict_new(vm), k = SK_NULL, v = SK_NULL;
    if (!d) return SK_NULL;
    SK_ROOT(vm, d);
    SK_ROOT(vm, k);
    SK_ROOT(vm, v);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        if (!(k = sk_bytes_new(vm, *e, (size_t)(eq - *e))) || !(v = sk_bytes_new(vm, eq + 1, strlen(eq + 1))))
            return SK_NULL;
        /* the first definition of a name wins, as getenv() sees it */
        if (sk_dict_get(vm, d, k)) continue;
        if (vm->exc || !sk_dict_set(vm, d, k, v)) return SK_NULL;
    }
    return d;
}

/* ---- the module -------------------------------------------------------------------------- */

static const sk_method_def posix_functions[] = {
    {"getcwd", p_getcwd, 0, 0, 0, NULL},
    {"getcwdb", p_getcwdb, 0, 0, 0, NULL},
    {"chdir", p_chdir, 0, -1, SK_METH_KEYWORDS, NULL},
    {"listdir", p_listdir, 0, -1, SK_METH_KEYWORDS, NULL},
    {"_scandir_entries", p_scandir_entries, 1, 1, 0, NULL},
    {"mkdir", p_mkdir, 0, -1, SK_METH_KEYWORDS, NULL},
    {"rmdir", p_rmdir, 0, -1, SK_METH_KEYWORDS, NULL},
    {"remove", p_remove, 0, -1, SK_METH_KEYWORDS, NULL},
    {"unlink", p_unlink, 0, -1, SK_METH_KEYWORDS, NULL},
    {"rename", p_rename, 0, -1, SK_METH_KEYWORDS, NULL},
    {"replace", p_replace, 0, -1, SK_METH_KEYWORDS, NULL},
    {"link", p_link, 0, -1, SK_METH_KEYWORDS, NULL},
    {"symlink", p_symlink, 0, -1, SK_METH_KEYWORDS, NULL},
    {"readlink", p_readlink, 0, -1, SK_METH_KEYWORDS, NULL},
    {"stat", p_stat, 0, -1, SK_METH_KEYWORDS, NULL},
    {"lstat", p_lstat, 0, -1, SK_METH_KEYWORDS, NULL},
    {"fstat", p_fstat, 1, 1, 0, NULL},
    {"access", p_access, 0, -1, SK_METH_KEYWORDS, NULL},
    {"chmod", p_chmod, 0, -1, SK_METH_KEYWORDS, NULL},
    {"truncate", p_truncate, 2, 2, 0, NULL},
    {"utime", p_utime, 0, -1, SK_METH_KEYWORDS, NULL},
    {"open", p_open, 0, -1, SK_METH_KEYWORDS, NULL},
    {"close", p_close, 1, 1, 0, NULL},
    {"closerange", p_closerange, 2, 2, 0, NULL},
    {"read", p_read, 2, 2, 0, NULL},
    {"write", p_write, 2, 2, 0, NULL},
    {"lseek", p_lseek, 3, 3, 0, NULL},
    {"pipe", p_pipe, 0, 0, 0, NULL},
    {"dup", p_dup, 1, 1, 0, NULL},
    {"dup2", p_dup2, 0, -1, SK_METH_KEYWORDS, NULL},
    {"fsync", p_fsync, 1, 1, 0, NULL},
    {"ftruncate", p_ftruncate, 2, 2, 0, NULL},
    {"isatty", p_isatty, 1, 1, 0, NULL},
    {"get_blocking", p_get_blocking, 1, 1, 0, NULL},
    {"set_blocking", p_set_blocking, 2, 2, 0, NULL},
    {"get_inheritable", p_get_inheritable, 1, 1, 0, NULL},
    {"set_inheritable", p_set_inheritable, 2, 2, 0, NULL},
    {"device_encoding", p_device_encoding, 1, 1, 0, NULL},
    {"fchdir", p_fchdir, 1, 1, 0, NULL},
    {"fchmod", p_fchmod, 2, 2, 0, NULL},
    {"fdatasync", p_fdatasync, 1, 1, 0, NULL},
    {"sync", p_sync, 0, 0, 0, NULL},
    {"pipe2", p_pipe2, 1, 1, 0, NULL},
    {"get_terminal_size", p_get_terminal_size, 0, 1, 0, NULL},
    {"getpid", p_getpid, 0, 0, 0, NULL},
    {"getppid", p_getppid, 0, 0, 0, NULL},
    {"getuid", p_getuid, 0, 0, 0, NULL},
    {"geteuid", p_geteuid, 0, 0, 0, NULL},
    {"getgid", p_getgid, 0, 0, 0, NULL},
    {"getegid", p_getegid, 0, 0, 0, NULL},
    {"cpu_count", p_cpu_count, 0, 0, 0, NULL},
    {"getpgrp", p_getpgrp, 0, 0, 0, NULL},
    {"getpgid", p_getpgid, 1, 1, 0, NULL},
    {"getsid", p_getsid, 1, 1, 0, NULL},
    {"getloadavg", p_getloadavg, 0, 0, 0, NULL},
    {"sched_yield", p_sched_yield, 0, 0, 0, NULL},
    {"umask", p_umask, 1, 1, 0, NULL},
    {"kill", p_kill, 2, 2, 0, NULL},
    {"_exit", p_exit, 1, 1, 0, NULL},
    {"system", p_system, 0, -1, SK_METH_KEYWORDS, NULL},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode, 1, 1, 0, NULL},
    {"uname", p_uname, 0, 0, 0, NULL},
    {"urandom", p_urandom, 1, 1, 0, NULL},
    {"strerror", p_strerror, 1, 1, 0, NULL},
    {"fspath", p_fspath, 0, -1, SK_METH_KEYWORDS, NULL},
    {"putenv", p_putenv, 2, 2, 0, NULL},
    {"unsetenv", p_unsetenv, 1, 1, 0, NULL},
    {NULL},
};

#define C(name) {#name, name}
static const struct {
    const char *name;
    long value;
} posix_constants[] = {
    C(F_OK), C(R_OK), C(W_OK), C(X_OK),
    C(O_RDONLY), C(O_WRONLY), C(O_RDWR), C(O_APPEND), C(O_CREAT), C(O_EXCL), C(O_TRUNC),
    C(O_NONBLOCK), C(O_NDELAY), C(O_SYNC), C(O_DSYNC), C(O_NOCTTY), C(O_CLOEXEC), C(O_ACCMODE),
    C(O_DIRECTORY), C(O_NOFOLLOW), C(O_ASYNC),
#ifdef O_RSYNC
    C(O_RSYNC),
#endif
#ifdef O_NOATIME
    C(O_NOATIME),
#endif
#ifdef O_PATH
    C(O_PATH),
#endif
#ifdef O_TMPFILE
    C(O_TMPFILE),
#endif
#ifdef O_LARGEFILE
    C(O_LARGEFILE),
#endif
    C(SEEK_SET), C(SEEK_CUR), C(SEEK_END),
    C(WNOHANG), C(WUNTRACED),
    {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
    {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72},
    {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77},
    {"EX_CONFIG", 78},
};
#undef C

static const char *const terminal_size_fields[] = {"columns", "lines", NULL};
static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine", NULL};

bool sk_posix_module_init(sk_vm *vm, sk_value module) {
    SK_ROOT_SCOPE(vm);
    if (!sk_native_state_get(vm, "os.stat_result")) {
        sk_type *st = sk_structseq_new_type_n(vm, "os", "stat_result", stat_fields, 10);
        if (!st || !sk_native_state_set(vm, "os.stat_result", sk_from_obj(st))) return false;
        sk_type *ts = sk_structseq_new_type(vm, "os", "terminal_size", terminal_size_fields);
        if (!ts || !sk_native_state_set(vm, "os.terminal_size", sk_from_obj(ts))) return false;
        sk_type *un = sk_structseq_new_type(vm, "posix", "uname_result", uname_fields);
        if (!un || !sk_native_state_set(vm, "os.uname_result", sk_from_obj(un))) return false;
    }
    if (!sk_module_add_functions(vm, module, posix_functions) ||
        !sk_module_add(vm, module, "stat_result", sk_native_state_get(vm, "os.stat_result")) ||
        !sk_module_add(vm, module, "terminal_size", sk_native_state_get(vm, "os.terminal_size")) ||
        !sk_module_add(vm, module, "uname_result", sk_native_state_get(vm, "os.uname_result")) ||
        !sk_module_add(vm, module, "environ", environ_dict(vm)) ||
        !sk_module_add(vm, module, "error", sk_from_obj(SK_EXC_TYPE(vm, OS))))
        return false;
    for (size_t i = 0; i < sizeof posix_constants / sizeof posix_constants[0]; i++)
        if (!sk_module_add_int(vm, module, posix_constants[i].name, posix_constants[i].value)) return false;
    return true;
}
