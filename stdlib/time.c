/* time.c — the time module: the clocks (time, monotonic, perf_counter,
 * process_time and their _ns forms) and sleep(). Calendar functions
 * (gmtime, localtime, strftime, struct_time) are not implemented yet and
 * are absent rather than wrong.
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "exc.h"
#include "floatobj.h"
#include "int.h"
#include "modules.h"
#include "ops.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static sk_value seconds(sk_vm *vm, clockid_t id) { return sk_float_new(vm, (double)clock_ns(id) * 1e-9); }

NATIVE(t_time) { return seconds(vm, CLOCK_REALTIME); }
NATIVE(t_time_ns) { return sk_int_from_i64(vm, clock_ns(CLOCK_REALTIME)); }
NATIVE(t_monotonic) { return seconds(vm, CLOCK_MONOTONIC); }
NATIVE(t_monotonic_ns) { return sk_int_from_i64(vm, clock_ns(CLOCK_MONOTONIC)); }
NATIVE(t_process_time) { return seconds(vm, CLOCK_PROCESS_CPUTIME_ID); }
NATIVE(t_process_time_ns) { return sk_int_from_i64(vm, clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }

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
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&req, &req) != 0 && errno == EINTR) {
        if (vm->interrupt) {
            vm->interrupt = 0;
            return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, KEYBOARD_INTERRUPT), NULL, 0);
        }
    }
    return SK_NONE;
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
    {NULL},
};

bool sk_time_module_init(sk_vm *vm, sk_value module) { return sk_module_add_functions(vm, module, time_functions); }
