/* test_gc.c — the collector: unreachable cycles are freed, rooted values
 * survive, weak references are cleared, finalisers run, the memory cap
 * gives MemoryError and the VM stays usable after it. */
#include "vmtest.h"

#include "exc.h"
#include "func.h"
#include "list.h"
#include "str.h"

START_TEST(cycles_are_freed) {
    sk_vm *vm = vmtest_new(0);
    sk_gc_collect(vm);
    size_t base = vm->bytes_in_use;
    for (int i = 0; i < 1000; i++) {
        sk_value l = sk_list_new(vm, 0);
        ck_assert(l);
        ck_assert(sk_list_append(vm, l, l));  /* a cycle through itself */
        sk_gc_roots_restore(vm, 0);
    }
    sk_gc_collect(vm);
    ck_assert_uint_le(vm->bytes_in_use, base + 1024);
    sk_vm_free(vm);
}
END_TEST

START_TEST(roots_survive) {
    sk_vm *vm = vmtest_new(0);
    sk_value s = sk_str_from_cstr(vm, "kept alive by a root");
    SK_ROOT(vm, s);
    for (int i = 0; i < 5; i++) sk_gc_collect(vm);
    ck_assert(sk_str_eq_cstr(s, "kept alive by a root"));
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(weakref_cleared) {
    sk_vm *vm = vmtest_new(0);
    sk_value target = sk_list_new(vm, 0);
    SK_ROOT(vm, target);
    sk_value ref = sk_weakref_new(vm, target, SK_NULL);
    SK_ROOT(vm, ref);
    sk_gc_collect(vm);
    ck_assert(((sk_weakref *)sk_as_obj(ref))->target == target);
    target = SK_NULL;
    sk_gc_collect(vm);
    ck_assert(((sk_weakref *)sk_as_obj(ref))->target == SK_NULL);
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(finalizers_run) {
    sk_vm *vm = vmtest_new(0);
    const char *out = vmtest_run(vm,
                                 "import gc\n"
                                 "class A:\n"
                                 "    def __init__(self, n): self.n = n; self.me = self\n"
                                 "    def __del__(self): print('del', self.n)\n"
                                 "def make():\n"
                                 "    A(1); A(2)\n"
                                 "make()\n"
                                 "gc.collect()\n"
                                 "print('after')\n");
    ck_assert_msg(strstr(out, "del 1\n") && strstr(out, "del 2\n"), "got %s", out);
    ck_assert_msg(strstr(out, "after\n") > strstr(out, "del 2\n"), "got %s", out);
    sk_vm_free(vm);
}
END_TEST

START_TEST(memory_cap) {
    sk_vm *vm = vmtest_new(64 * 1024 * 1024);
    const char *out = vmtest_run(vm,
                                 "try:\n"
                                 "    x = []\n"
                                 "    while True: x.append('y' * 100000)\n"
                                 "except MemoryError:\n"
                                 "    x = None\n"
                                 "    print('MemoryError caught')\n");
    ck_assert_str_eq(out, "MemoryError caught\n");
    out = vmtest_run(vm, "print(sum(range(1000)))\n");
    ck_assert_str_eq(out, "499500\n");
    sk_vm_free(vm);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("gc");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, cycles_are_freed);
    tcase_add_test(tc, roots_survive);
    tcase_add_test(tc, weakref_cleared);
    tcase_add_test(tc, finalizers_run);
    tcase_add_test(tc, memory_cap);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
