/* time.c — the time module: the clocks (time, monotonic, perf_counter,
 * process_time and their _ns forms), sleep(), and the calendar functions
 * over the C library (gmtime, localtime, mktime, strftime, asctime, ctime,
 * struct_time and the timezone constants), and the POSIX clocks by id. strptime, which CPython writes
 * in Python (_strptime), is not provided.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "structseq.h"
#include "tuple.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The wall and monotonic clocks are the program's (virtual under
 * --virtual-time: sk_vm_clock_ns); the CPU-time clocks are the process's. */
static int64_t program_clock_ns(sk_vm *vm, clockid_t id) { return sk_vm_clock_ns(vm, id, true); }

static sk_value seconds(sk_vm *vm, int64_t ns) { return sk_float_new(vm, (double)ns * 1e-9); }

NATIVE(t_time) { return seconds(vm, program_clock_ns(vm, CLOCK_REALTIME)); }
NATIVE(t_time_ns) { return sk_int_from_i64(vm, program_clock_ns(vm, CLOCK_REALTIME)); }
NATIVE(t_monotonic) { return seconds(vm, program_clock_ns(vm, CLOCK_MONOTONIC)); }
NATIVE(t_monotonic_ns) { return sk_int_from_i64(vm, program_clock_ns(vm, CLOCK_MONOTONIC)); }
NATIVE(t_process_time) { return seconds(vm, clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }
NATIVE(t_process_time_ns) { return sk_int_from_i64(vm, clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }

NATIVE(t_thread_time) { return seconds(vm, clock_ns(CLOCK_THREAD_CPUTIME_ID)); }
NATIVE(t_thread_time_ns) { return sk_int_from_i64(vm, clock_ns(CLOCK_THREAD_CPUTIME_ID)); }

static bool clock_arg(sk_vm *vm, sk_value v, clockid_t *out) {
    int64_t id;
    if (sk_is_float(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "'float' object cannot be interpreted as an integer");
        return false;
    }
    if (!sk_index_i64(vm, v, &id, "Python int too large to convert to C int")) return false;
    *out = (clockid_t)id;
    return true;
}

NATIVE(t_clock_gettime) {
    clockid_t id;
    struct timespec ts;
    if (!clock_arg(vm, args[0], &id)) return SK_NULL;
    if (clock_gettime(id, &ts) != 0) return sk_exc_fmt(vm, SK_EXC_OS, "[Errno %d] %s", errno, strerror(errno));
    return sk_float_new(vm, (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

NATIVE(t_clock_gettime_ns) {
    clockid_t id;
    struct timespec ts;
    if (!clock_arg(vm, args[0], &id)) return SK_NULL;
    if (clock_gettime(id, &ts) != 0) return sk_exc_fmt(vm, SK_EXC_OS, "[Errno %d] %s", errno, strerror(errno));
    return sk_int_from_i64(vm, (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

NATIVE(t_clock_getres) {
    clockid_t id;
    struct timespec ts;
    if (!clock_arg(vm, args[0], &id)) return SK_NULL;
    if (clock_getres(id, &ts) != 0) return sk_exc_fmt(vm, SK_EXC_OS, "[Errno %d] %s", errno, strerror(errno));
    return sk_float_new(vm, (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

/* sleep(secs): interruptible by Ctrl-C, which raises KeyboardInterrupt. */
NATIVE(t_sleep) {
    double secs;
    if (!sk_is_int(args[0]) && !sk_is_float_like(vm, args[0]) &&
        !(sk_is_ptr(args[0]) && (sk_as_obj(args[0])->type->flags & SK_TF_INT_SUB)))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                          sk_type_name_of(vm, args[0]));
    if (!sk_number_to_double(vm, args[0], &secs)) return SK_NULL;
    if (isnan(secs)) return sk_exc_msg(vm, SK_EXC_VALUE, "Invalid value NaN (not a number)");
    if (secs < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "sleep length must be non-negative");
    if (vm->config.virtual_time) {
        /* virtual time: the clocks jump instead of the program waiting */
        vm->clock_offset_ns += (int64_t)(secs * 1e9);
        return SK_NONE;
    }
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&req, &req) != 0 && errno == EINTR) {
        if (vm->interrupt) {
            vm->interrupt = 0;
            return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, KEYBOARD_INTERRUPT), NULL, 0);
        }
    }
    return SK_NONE;
}

/* ---- struct_time and the calendar ------------------------------------------------ */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    "tm_zone", "tm_gmtoff", NULL,
};

static sk_type *struct_time_type(sk_vm *vm) {
    sk_value t = sk_native_state_get(vm, "time.struct_time");
    return t ? sk_as_type(t) : NULL;
}

/* A struct tm as a struct_time (Monday is day 0, January 1 is day 1). */
static sk_value tm_to_struct(sk_vm *vm, const struct tm *tm) {
    SK_ROOT_SCOPE(vm);
    sk_type *type = struct_time_type(vm);
    if (!type) return sk_exc_msg(vm, SK_EXC_RUNTIME, "the time module is not initialised");
    sk_value v[11] = {
        sk_from_int((int64_t)tm->tm_year + 1900), sk_from_int(tm->tm_mon + 1), sk_from_int(tm->tm_mday),
        sk_from_int(tm->tm_hour), sk_from_int(tm->tm_min), sk_from_int(tm->tm_sec),
        sk_from_int((tm->tm_wday + 6) % 7), sk_from_int(tm->tm_yday + 1), sk_from_int(tm->tm_isdst),
        SK_NONE, sk_from_int(tm->tm_gmtoff),
    };
    sk_value zone = sk_str_from_cstr(vm, tm->tm_zone ? tm->tm_zone : "");
    if (!zone) return SK_NULL;
    v[9] = zone;
    SK_ROOT(vm, v[9]);
    return sk_structseq_new(vm, type, v);
}

/* seconds as a time_t, rounding floats toward minus infinity; None (or
 * absent) is now. */
static bool seconds_arg(sk_vm *vm, const sk_value *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == SK_NONE) {
        *out = time(NULL);
        return true;
    }
    sk_value v = args[0];
    if (sk_is_float(vm, v)) {
        double d = floor(sk_float_value(v));
        if (isnan(d)) {
            sk_exc_msg(vm, SK_EXC_VALUE, "Invalid value NaN (not a number)");
            return false;
        }
        if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) {
            sk_exc_msg(vm, SK_EXC_OVERFLOW, "timestamp out of range for platform time_t");
            return false;
        }
        *out = (time_t)d;
        return true;
    }
    int64_t n;
    if (!sk_index_i64(vm, v, &n, "timestamp out of range for platform time_t")) return false;
    *out = (time_t)n;
    return true;
}

static sk_value convert_time(sk_vm *vm, const sk_value *args, size_t nargs, bool local) {
    time_t t;
    if (!seconds_arg(vm, args, nargs, &t)) return SK_NULL;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        int err = errno ? errno : EINVAL;
        if (err == EOVERFLOW) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "timestamp out of range for platform time_t");
        return sk_exc_fmt(vm, SK_EXC_OS, "[Errno %d] %s", err, strerror(err));
    }
    return tm_to_struct(vm, &tm);
}

NATIVE(t_gmtime) { return convert_time(vm, args, nargs, false); }
NATIVE(t_localtime) { return convert_time(vm, args, nargs, true); }

/* A struct_time or 9-tuple as a struct tm (CPython's gettmarg). */
static bool tuple_to_tm(sk_vm *vm, sk_value v, struct tm *tm, const char *fname) {
    if (!sk_is_tuple(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "Tuple or struct_time argument required");
        return false;
    }
    size_t n = sk_tuple_len(v);
    if (n != 9) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int f[9];
    for (int i = 0; i < 9; i++) {
        int64_t x;
        sk_value item = sk_tuple_get(v, (size_t)i);
        if (sk_is_float(vm, item)) {
            sk_exc_msg(vm, SK_EXC_TYPE, "'float' object cannot be interpreted as an integer");
            return false;
        }
        if (!sk_index_i64(vm, item, &x, "Python int too large to convert to C int")) return false;
        if (x > INT_MAX || x < INT_MIN) {
            sk_exc_msg(vm, SK_EXC_OVERFLOW, "Python int too large to convert to C int");
            return false;
        }
        f[i] = (int)x;
    }
    memset(tm, 0, sizeof *tm);
    if ((int64_t)f[0] - 1900 < INT_MIN) {
        sk_exc_msg(vm, SK_EXC_OVERFLOW, "year out of range");
        return false;
    }
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7;
    if (tm->tm_wday < 0) {
        sk_exc_msg(vm, SK_EXC_VALUE, "day of week out of range");
        return false;
    }
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    /* a struct_time also carries its zone */
    sk_type *st = struct_time_type(vm);
    if (st && sk_isinstance_type(vm, v, st)) {
        sk_value zone = sk_tuple_items(v)[9], off = sk_tuple_items(v)[10];
        if (zone && sk_is_str(vm, zone)) tm->tm_zone = (char *)sk_str_data(zone);
        if (off && sk_is_int(off)) tm->tm_gmtoff = sk_as_int(off);
    }
    return true;
}

/* The range checks strftime and asctime make (CPython's checktm). */
static bool check_tm(sk_vm *vm, struct tm *tm) {
    const char *bad = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) bad = "month out of range";
    if (!bad) {
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31) bad = "day of month out of range";
    }
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23)) bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59)) bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61)) bad = "seconds out of range";
    if (!bad) {
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365) bad = "day of year out of range";
    }
    if (bad) {
        sk_exc_msg(vm, SK_EXC_VALUE, bad);
        return false;
    }
    return true;
}

/* the current local time, or the time tuple argument */
static bool tm_arg(sk_vm *vm, const sk_value *args, size_t nargs, size_t index, struct tm *tm, const char *fname) {
    if (nargs <= index) {
        time_t now = time(NULL);
        localtime_r(&now, tm);
        return true;
    }
    return tuple_to_tm(vm, args[index], tm, fname);
}

NATIVE(t_strftime) {
    if (!sk_is_str(vm, args[0]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (!tm_arg(vm, args, nargs, 1, &tm, "strftime") || !check_tm(vm, &tm)) return SK_NULL;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    const char *fmt = sk_str_data(args[0]);
    size_t flen = sk_str_size(args[0]);
    if (memchr(fmt, 0, flen)) return sk_exc_msg(vm, SK_EXC_VALUE, "embedded null character");
    if (flen == 0) return sk_str_new(vm, "", 0);
    /* strftime's 0 means both "too small" and "empty result": grow the
     * buffer up to a bound, as CPython does */
    for (size_t cap = 1024; cap <= 256 * flen + 1024 * 64; cap *= 2) {
        char *buf = sk_mem_alloc(vm, cap);
        if (!buf) return SK_NULL;
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap >= 256 * flen) {
            sk_value r = sk_str_from_utf8_lossy(vm, buf, n);
            sk_mem_free(vm, buf, cap);
            return r;
        }
        sk_mem_free(vm, buf, cap);
    }
    return sk_str_new(vm, "", 0);
}

static sk_value format_asctime(sk_vm *vm, const struct tm *tm) {
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[96];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", days[((tm->tm_wday % 7) + 7) % 7],
             months[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, (long long)tm->tm_year + 1900);
    return sk_str_from_cstr(vm, buf);
}

NATIVE(t_asctime) {
    struct tm tm;
    if (!tm_arg(vm, args, nargs, 0, &tm, "asctime") || !check_tm(vm, &tm)) return SK_NULL;
    return format_asctime(vm, &tm);
}

NATIVE(t_ctime) {
    time_t t;
    if (!seconds_arg(vm, args, nargs, &t)) return SK_NULL;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "timestamp out of range for platform time_t");
    return format_asctime(vm, &tm);
}

NATIVE(t_mktime) {
    struct tm tm;
    if (!tuple_to_tm(vm, args[0], &tm, "mktime")) return SK_NULL;
    tm.tm_wday = -1; /* mktime leaves it alone on failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "mktime argument out of range");
    return sk_float_new(vm, (double)t);
}

NATIVE(t_strptime) {
    return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "time.strptime() is not implemented");
}

/* timezone, altzone, daylight, tzname from this year's January and July. */
static bool add_timezone(sk_vm *vm, sk_value module) {
    SK_ROOT_SCOPE(vm);
    tzset();
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    int year = tm.tm_year;
    struct tm jan = {.tm_year = year, .tm_mon = 0, .tm_mday = 1, .tm_isdst = -1};
    struct tm jul = {.tm_year = year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1};
    time_t tj = mktime(&jan), tl = mktime(&jul);
    localtime_r(&tj, &jan);
    localtime_r(&tl, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    bool south = janzone < julzone; /* daylight saving time in January */
    sk_value n0 = sk_str_from_cstr(vm, south ? julname : janname);
    if (!n0) return false;
    SK_ROOT(vm, n0);
    sk_value n1 = sk_str_from_cstr(vm, south ? janname : julname);
    if (!n1) return false;
    SK_ROOT(vm, n1);
    return sk_module_add_int(vm, module, "timezone", south ? julzone : janzone) &&
           sk_module_add_int(vm, module, "altzone", south ? janzone : julzone) &&
           sk_module_add_int(vm, module, "daylight", janzone != julzone) &&
           sk_module_add(vm, module, "tzname", sk_tuple_pack2(vm, n0, n1));
}

static const sk_method_def time_functions[] = {
    {"time", t_time, 0, 0, 0, NULL},
    {"time_ns", t_time_ns, 0, 0, 0, NULL},
    {"monotonic", t_monotonic, 0, 0, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, 0, 0, NULL},
    {"perf_counter", t_monotonic, 0, 0, 0, NULL},
    {"perf_counter_ns", t_monotonic_ns, 0, 0, 0, NULL},
    {"process_time", t_process_time, 0, 0, 0, NULL},
    {"process_time_ns", t_process_time_ns, 0, 0, 0, NULL},
    {"sleep", t_sleep, 1, 1, 0, NULL},
    {"thread_time", t_thread_time, 0, 0, 0, NULL},
    {"thread_time_ns", t_thread_time_ns, 0, 0, 0, NULL},
    {"clock_gettime", t_clock_gettime, 1, 1, 0, NULL},
    {"clock_gettime_ns", t_clock_gettime_ns, 1, 1, 0, NULL},
    {"clock_getres", t_clock_getres, 1, 1, 0, NULL},
    {"gmtime", t_gmtime, 0, 1, 0, NULL},
    {"localtime", t_localtime, 0, 1, 0, NULL},
    {"mktime", t_mktime, 1, 1, 0, NULL},
    {"strftime", t_strftime, 1, 2, 0, NULL},
    {"strptime", t_strptime, 0, -1, 0, NULL},
    {"asctime", t_asctime, 0, 1, 0, NULL},
    {"ctime", t_ctime, 0, 1, 0, NULL},
    {NULL},
};

bool sk_time_module_init(sk_vm *vm, sk_value module) {
    sk_type *st = struct_time_type(vm);
    if (!st) {
        st = sk_structseq_new_type_n(vm, "time", "struct_time", struct_time_fields, 9);
        if (!st || !sk_native_state_set(vm, "time.struct_time", sk_from_obj(st))) return false;
    }
    return sk_module_add_functions(vm, module, time_functions) &&
           sk_module_add(vm, module, "struct_time", sk_from_obj(st)) && add_timezone(vm, module) &&
           sk_module_add_int(vm, module, "CLOCK_REALTIME", CLOCK_REALTIME) &&
           sk_module_add_int(vm, module, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) &&
           sk_module_add_int(vm, module, "CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW) &&
           sk_module_add_int(vm, module, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) &&
           sk_module_add_int(vm, module, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) &&
           sk_module_add_int(vm, module, "CLOCK_BOOTTIME", CLOCK_BOOTTIME) &&
           sk_module_add_int(vm, module, "CLOCK_TAI", CLOCK_TAI);
}
