/* vmtest.h — shared set-up for the Check suites that test the VM's C
 * internals (str, dict, gc): a fresh VM per test, output captured into a
 * buffer, and a helper that runs Python source and returns what it
 * printed. */
#ifndef SK_VMTEST_H
#define SK_VMTEST_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "skein.h"
#include "vm.h"

static char vmtest_out[65536];
static size_t vmtest_len;

static void vmtest_write(void *ud, const char *data, size_t len) {
    (void)ud;
    if (vmtest_len + len >= sizeof vmtest_out) len = sizeof vmtest_out - 1 - vmtest_len;
    memcpy(vmtest_out + vmtest_len, data, len);
    vmtest_len += len;
    vmtest_out[vmtest_len] = '\0';
}

static sk_vm *vmtest_new(size_t max_memory) {
    sk_config cfg;
    sk_config_init(&cfg);
    cfg.write_out = vmtest_write;
    cfg.write_err = vmtest_write;
    cfg.max_memory = max_memory;
    vmtest_len = 0;
    vmtest_out[0] = '\0';
    sk_vm *vm = sk_vm_new(&cfg);
    ck_assert_ptr_nonnull(vm);
    return vm;
}

/* Runs `src` and returns everything it wrote (stdout and stderr). */
static const char *vmtest_run(sk_vm *vm, const char *src) {
    vmtest_len = 0;
    vmtest_out[0] = '\0';
    sk_status st = sk_run_string(vm, src, "<test>");
    if (st != SK_OK) sk_print_error(vm);
    return vmtest_out;
}

#endif
