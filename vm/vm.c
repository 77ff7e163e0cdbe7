/* vm.c — creating and destroying a VM: the bootstrap that builds the
 * built-in types, interned names, builtins and sys, in the one order that
 * works, and the VM-wide roots and caches the collector asks about.
 *
 * Bootstrap order matters because types are objects: every built-in type
 * object is allocated first (with no type of its own), then `type` is set
 * as their type, then the str and dict machinery (which interning needs),
 * then each module fills in its types' slots, and only then are the types
 * made ready (MRO, inherited slots, dunder wrappers). The collector is
 * paused throughout: nothing created during bootstrap is garbage.
 */
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "api.h"
#include "builtins.h"
#include "bytes.h"
#include "code.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "loop.h"
#include "memoryview.h"
#include "modules.h"
#include "ops.h"
#include "range.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "textio.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

SK_INTERNAL void sk_iterobj_init_types(sk_vm *vm);
SK_INTERNAL void sk_singletons_init_types(sk_vm *vm);

/* ---- defaults ------------------------------------------------------------ */

static void *default_alloc(void *ud, void *ptr, size_t old_size, size_t new_size) {
    (void)ud;
    (void)old_size;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

static void default_write_out(void *ud, const char *data, size_t len) {
    (void)ud;
    fwrite(data, 1, len, stdout);
    fflush(stdout);
}

static void default_write_err(void *ud, const char *data, size_t len) {
    (void)ud;
    fwrite(data, 1, len, stderr);
    fflush(stderr);
}

void sk_config_init(sk_config *cfg) {
    if (!cfg) return;
    memset(cfg, 0, sizeof *cfg);
    cfg->alloc = default_alloc;
    cfg->write_out = default_write_out;
    cfg->write_err = default_write_err;
    cfg->recursion_limit = 1000;
}

/* ---- the string hash key ------------------------------------------------- */

/* PYTHONHASHSEED as CPython reads it: unset or "random" → a random key;
 * "0" → hashing without a key (the all-zero key); N → the key CPython
 * derives from N with its linear congruential generator, so str hashes,
 * and therefore set iteration order, match CPython's for the same seed. */
/* ---- the program's clocks ------------------------------------------------ */

/* What one reading of a virtual clock moves it by. */
#define VIRTUAL_TICK_NS 1000

static int64_t real_clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t sk_vm_clock_ns(sk_vm *vm, int clock_id, bool ticks) {
    if (!vm->config.virtual_time) return real_clock_ns(clock_id);
    if (ticks) vm->clock_offset_ns += VIRTUAL_TICK_NS;
    return vm->clock_epoch_ns[clock_id == CLOCK_MONOTONIC] + vm->clock_offset_ns;
}

static void init_hash_key(sk_vm *vm) {
    unsigned char key[16];
    const char *seed_text = getenv("PYTHONHASHSEED");
    if (seed_text && *seed_text && strcmp(seed_text, "random") != 0) {
        unsigned long seed = strtoul(seed_text, NULL, 10);
        if (seed == 0) {
            memset(key, 0, sizeof key);
        } else {
            uint32_t x = (uint32_t)seed;
            for (size_t i = 0; i < sizeof key; i++) {
                x = x * 214013u + 2531011u;
                key[i] = (unsigned char)((x >> 16) & 0xff);
            }
        }
    } else {
        FILE *f = fopen("/dev/urandom", "rb");
        size_t got = f ? fread(key, 1, sizeof key, f) : 0;
        if (f) fclose(f);
        if (got != sizeof key) {
            /* no urandom: the clock and address still vary between runs */
            uint64_t t = (uint64_t)time(NULL) ^ ((uint64_t)(uintptr_t)vm << 16) ^ (uint64_t)getpid();
            for (size_t i = 0; i < sizeof key; i++) {
                t = t * 6364136223846793005ull + 1442695040888963407ull;
                key[i] = (unsigned char)(t >> 56);
            }
        }
    }
    memcpy(&vm->hash_key[0], key, 8);
    memcpy(&vm->hash_key[1], key + 8, 8);
}

/* ---- bootstrap ------------------------------------------------------------ */

static const char *const builtin_type_names[SK_T_COUNT] = {
#define X(id, name) [SK_T_##id] = name,
    SK_BUILTIN_TYPES(X)
#undef X
};

static bool alloc_types(sk_vm *vm) {
    for (int i = 0; i < SK_T_COUNT; i++) {
        sk_type *t = (sk_type *)sk_gc_new(vm, NULL, sizeof(sk_type));
        if (!t) return false;
        t->c_name = builtin_type_names[i];
        vm->types[i] = t;
    }
    for (int i = 0; i < SK_T_COUNT; i++) vm->types[i]->hdr.type = vm->types[SK_T_TYPE];
    return true;
}

static bool init_constants(sk_vm *vm) {
    if (!(vm->interned = sk_dict_new(vm))) return false;
    if (!(vm->empty_str = sk_str_new(vm, "", 0))) return false;
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        sk_value s = sk_str_intern(vm, &ch, 1);
        if (!s) return false;
        vm->char_strs[c] = s;
    }
    static const char *const texts[SK_N_COUNT] = {
#define X(id, text) [SK_N_##id] = text,
        SK_NAMES(X)
#undef X
    };
    for (int i = 0; i < SK_N_COUNT; i++)
        if (!(vm->names[i] = sk_str_intern_cstr(vm, texts[i]))) return false;
    return true;
}

/* Fills in every built-in type's slots and tables, then readies them all. */
static bool init_types(sk_vm *vm) {
    if (!sk_type_begin_boot(vm)) return false;
    sk_type_init_types(vm);
    sk_str_init_type(vm);
    sk_dict_init_type(vm);
    sk_tuple_init_type(vm);
    sk_list_init_type(vm);
    sk_int_init_type(vm);
    sk_float_init_type(vm);
    sk_complex_init_type(vm);
    sk_bytes_init_types(vm);
    sk_memoryview_init_type(vm);
    sk_set_init_type(vm);
    sk_range_init_type(vm);
    sk_slice_init_type(vm);
    sk_ops_init_types(vm);
    sk_descr_init_types(vm);
    sk_func_init_types(vm);
    sk_code_init_type(vm);
    sk_gen_init_types(vm);
    sk_traceback_init_types(vm);
    sk_iterobj_init_types(vm);
    sk_singletons_init_types(vm);
    if (vm->exc) return false;
    /* the empty tuple and bytes need their types' layouts, set just above */
    if (!(vm->empty_tuple = sk_tuple_new(vm, 0))) return false;
    if (!(vm->empty_bytes = sk_bytes_new(vm, "", 0))) return false;
    if (!sk_type_apply_boot_tables(vm)) return false;
    for (int i = 0; i < SK_T_COUNT; i++)
        if (!sk_type_ready(vm, vm->types[i])) return false;
    sk_type *extra[] = {vm->union_type,    vm->alias_type,  vm->coro_wrapper_type,    vm->long_range_iter_type,
                        vm->asend_type,    vm->athrow_type, vm->agen_value_type, vm->anext_awaitable_type};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        if (!extra[i] || !sk_type_ready(vm, extra[i])) return false;
    return sk_exc_init_types(vm);
}

static bool bootstrap(sk_vm *vm) {
    if (!sk_gc_init(vm) || !sk_framestack_init(vm)) return false;
    vm->attr_cache = sk_mem_alloc(vm, SK_ATTR_CACHE_SIZE * sizeof(sk_attr_cache_entry));
    if (!vm->attr_cache) return false;
    memset(vm->attr_cache, 0, SK_ATTR_CACHE_SIZE * sizeof(sk_attr_cache_entry));
    vm->exc_info = &vm->exc_base;
    vm->recursion_limit = vm->config.recursion_limit > 0 ? vm->config.recursion_limit : 1000;
    vm->int_max_str_digits = 4300;
    vm->next_type_version = 1;
    init_hash_key(vm);
    vm->clock_epoch_ns[0] = real_clock_ns(CLOCK_REALTIME);
    vm->clock_epoch_ns[1] = real_clock_ns(CLOCK_MONOTONIC);
    sk_buf_init_vm(vm, &vm->error_text);
    sk_buf_init_vm(vm, &vm->prompt_text);

    return alloc_types(vm) && init_constants(vm) && init_types(vm) &&
           (vm->linecache = sk_dict_new(vm)) && (vm->modules = sk_dict_new(vm)) &&
           (vm->importing = sk_list_new(vm, 0)) && (vm->weakref_callbacks = sk_list_new(vm, 0)) &&
           sk_builtins_init(vm) && sk_modules_init(vm) && sk_loop_init(vm);
}

sk_vm *sk_vm_new(const sk_config *cfg) {
    sk_config config;
    if (cfg) {
        config = *cfg;
    } else {
        sk_config_init(&config);
    }
    if (!config.alloc) config.alloc = default_alloc;
    if (!config.write_out) config.write_out = default_write_out;
    if (!config.write_err) config.write_err = default_write_err;
    sk_vm *vm = config.alloc(config.alloc_ud, NULL, 0, sizeof *vm);
    if (!vm) return NULL;
    memset(vm, 0, sizeof *vm);
    vm->config = config;
    vm->gc_pause++;
    bool ok = bootstrap(vm);
    /* Bootstrap runs with collection paused and roots C locals it never
     * pops; those slots are dead now and must not be read by the first
     * collection. */
    sk_gc_roots_restore(vm, 0);
    vm->gc_pause--;
    if (!ok) {
        sk_vm_free(vm);
        return NULL;
    }
    return vm;
}

/* Shutdown, as far as a program can see it: atexit callbacks, a
 * collection of what is garbage already, then the __main__ namespace is
 * emptied (its values set to None, as CPython does)
 * and what that leaves unreachable is finalised — __del__ methods, "never
 * awaited" warnings, "never retrieved" task errors — with no Python frame
 * running, so warnings are attributed to sys:1 as in CPython. */
static void finalize_program(sk_vm *vm) {
    if (!vm->builtins || !vm->modules || !vm->sys_module || vm->frame) return;
    SK_ROOT_SCOPE(vm);
    sk_value atexit = sk_dict_get_cstr(vm, vm->modules, "atexit");
    if (atexit && SK_IS(vm, atexit, MODULE)) {
        sk_value run = sk_dict_get_cstr(vm, sk_module_dict(atexit), "_run_exitfuncs");
        if (run && !sk_call0(vm, run)) sk_exc_take(vm);
    }
    /* What is garbage already goes first, with the globals its code may
     * still read intact (CPython collects before it clears module
     * dicts): a pending task's coroutine closed here can still evaluate
     * `except asyncio.CancelledError` */
    sk_gc_collect(vm);
    sk_gc_run_finalizers(vm);
    if (vm->exc) sk_exc_take(vm);
    sk_value main = sk_dict_get_str(vm, vm->modules, SK_NAME(vm, __main__));
    if (main && SK_IS(vm, main, MODULE)) {
        SK_ROOT(vm, main);
        sk_value d = sk_module_dict(main);
        size_t pos = 0;
        sk_value k, v;
        while (sk_dict_next(d, &pos, &k, &v))
            if (!sk_str_eq(k, SK_NAME(vm, __builtins__)) && !sk_dict_set(vm, d, k, SK_NONE)) sk_exc_take(vm);
    }
    sk_gc_collect(vm);
    sk_gc_run_finalizers(vm);
    if (vm->exc) sk_exc_take(vm);
    sk_stdio_flush(vm);
}

void sk_vm_free(sk_vm *vm) {
    if (!vm) return;
    finalize_program(vm);
    sk_embed_wait_for_workers(vm);
    sk_type_drop_boot_tables(vm);
    sk_io_shutdown(vm);
    sk_loop_free(vm);
    sk_gc_free_all(vm);
    sk_io_free(vm);
    sk_asyncio_free(vm);
    sk_embed_free(vm);
    sk_framestack_free(vm);
    if (vm->attr_cache) sk_mem_free(vm, vm->attr_cache, SK_ATTR_CACHE_SIZE * sizeof(sk_attr_cache_entry));
    sk_buf_free(&vm->error_text);
    sk_buf_free(&vm->prompt_text);
    sk_alloc_fn alloc = vm->config.alloc;
    void *ud = vm->config.alloc_ud;
    alloc(ud, vm, sizeof *vm, 0);
}

/* ---- what the collector asks of the VM ------------------------------------- */

void sk_vm_mark_roots(sk_vm *vm) {
    for (int i = 0; i < SK_T_COUNT; i++)
        if (vm->types[i]) sk_gc_mark_obj(vm, &vm->types[i]->hdr);
    for (int i = 0; i < SK_EXC_COUNT; i++)
        if (vm->exc_types[i]) sk_gc_mark_obj(vm, &vm->exc_types[i]->hdr);
    sk_gc_mark_array(vm, vm->names, SK_N_COUNT);
    sk_gc_mark_array(vm, vm->char_strs, 128);
    sk_type *extra[] = {vm->union_type,         vm->alias_type,  vm->coro_wrapper_type,
                        vm->long_range_iter_type, vm->asend_type,  vm->athrow_type,
                        vm->agen_value_type,      vm->anext_awaitable_type, vm->unraisable_args_type,
                        vm->context_type,         vm->contextvar_type,      vm->token_type,
                        vm->memory_iter_type,     vm->cfunc_type,           vm->ffi_library_type};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        if (extra[i]) sk_gc_mark_obj(vm, &extra[i]->hdr);
    sk_value singles[] = {
        vm->interned, vm->empty_tuple, vm->empty_str, vm->empty_bytes,
        vm->weakref_callbacks, vm->modules, vm->builtins, vm->builtins_module, vm->sys_module,
        vm->path, vm->argv, vm->importing, vm->api_error, vm->linecache, vm->exc, vm->displayhook_last,
        vm->asyncgen_firstiter, vm->asyncgen_finalizer, vm->token_missing, vm->context, vm->running_loop,
        vm->warn_filters, vm->warn_once, vm->warn_action, vm->repr_running,
    };
    sk_gc_mark_array(vm, singles, sizeof singles / sizeof singles[0]);
    sk_gc_mark_array(vm, vm->stdio, 3);
    sk_io_mark(vm);
    for (sk_exc_info *e = vm->exc_info; e; e = e->prev) sk_gc_mark(vm, e->exc);
    for (sk_frame *f = vm->frame; f; f = f->prev) sk_frame_mark(vm, f);
    sk_modules_mark(vm);
    sk_loop_mark(vm);
    sk_asyncio_mark(vm);
    sk_embed_mark(vm);
}

void sk_vm_clear_caches(sk_vm *vm) {
    if (vm->attr_cache) memset(vm->attr_cache, 0, SK_ATTR_CACHE_SIZE * sizeof(sk_attr_cache_entry));
}
