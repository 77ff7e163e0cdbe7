/* test_dict.c — the dict's C layer: insertion order across overwrites,
 * deletions and growth, numeric keys that compare equal, versions, copies
 * and unhashable keys. */
#include "vmtest.h"

#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "int.h"
#include "ops.h"
#include "str.h"

START_TEST(order_and_overwrite) {
    sk_vm *vm = vmtest_new(0);
    sk_value d = sk_dict_new(vm);
    SK_ROOT(vm, d);
    ck_assert(sk_dict_set_cstr(vm, d, "b", sk_from_int(1)));
    ck_assert(sk_dict_set_cstr(vm, d, "a", sk_from_int(2)));
    ck_assert(sk_dict_set_cstr(vm, d, "c", sk_from_int(3)));
    ck_assert(sk_dict_set_cstr(vm, d, "b", sk_from_int(4)));  /* keeps its place */
    sk_value key = sk_str_intern_cstr(vm, "a");
    ck_assert_int_eq(sk_dict_del(vm, d, key), 1);
    ck_assert(sk_dict_set_cstr(vm, d, "a", sk_from_int(5)));  /* goes last */
    const char *want[] = {"b", "c", "a"};
    int64_t vals[] = {4, 3, 5};
    size_t pos = 0, i = 0;
    sk_value k, v;
    while (sk_dict_next(d, &pos, &k, &v)) {
        ck_assert(sk_str_eq_cstr(k, want[i]));
        ck_assert_int_eq(sk_as_int(v), vals[i]);
        i++;
    }
    ck_assert_uint_eq(i, 3);
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(growth) {
    sk_vm *vm = vmtest_new(0);
    sk_value d = sk_dict_new(vm);
    SK_ROOT(vm, d);
    for (int64_t i = 0; i < 20000; i++) ck_assert(sk_dict_set(vm, d, sk_from_int(i * 7), sk_from_int(i)));
    for (int64_t i = 0; i < 20000; i += 2) ck_assert_int_eq(sk_dict_del(vm, d, sk_from_int(i * 7)), 1);
    for (int64_t i = 0; i < 20000; i++) {
        sk_value v = sk_dict_get(vm, d, sk_from_int(i * 7));
        if (i % 2) ck_assert_int_eq(sk_as_int(v), i);
        else ck_assert(v == SK_NULL);
    }
    ck_assert_int_eq(sk_len(vm, d), 10000);
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(equal_numbers_are_one_key) {
    sk_vm *vm = vmtest_new(0);
    sk_value d = sk_dict_new(vm);
    SK_ROOT(vm, d);
    ck_assert(sk_dict_set(vm, d, sk_from_int(1), sk_from_int(10)));
    sk_value one = sk_float_new(vm, 1.0);
    ck_assert(sk_dict_set(vm, d, one, sk_from_int(20)));
    ck_assert(sk_dict_set(vm, d, SK_TRUE, sk_from_int(30)));
    ck_assert_int_eq(sk_len(vm, d), 1);
    size_t pos = 0;
    sk_value k, v;
    ck_assert(sk_dict_next(d, &pos, &k, &v));
    ck_assert(k == sk_from_int(1));  /* the first key stays */
    ck_assert_int_eq(sk_as_int(v), 30);
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(versions_and_copies) {
    sk_vm *vm = vmtest_new(0);
    sk_value d = sk_dict_new(vm);
    SK_ROOT(vm, d);
    ck_assert(sk_dict_set_cstr(vm, d, "x", sk_from_int(1)));
    uint64_t v1 = ((sk_dict *)sk_as_obj(d))->version;
    ck_assert(sk_dict_set_cstr(vm, d, "x", sk_from_int(2)));
    uint64_t v2 = ((sk_dict *)sk_as_obj(d))->version;
    ck_assert(v1 != v2);
    sk_value c = sk_dict_copy(vm, d);
    SK_ROOT(vm, c);
    ck_assert(sk_dict_set_cstr(vm, c, "y", sk_from_int(3)));
    ck_assert_int_eq(sk_len(vm, d), 1);
    ck_assert_int_eq(sk_len(vm, c), 2);
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(unhashable_key) {
    sk_vm *vm = vmtest_new(0);
    sk_value d = sk_dict_new(vm);
    SK_ROOT(vm, d);
    sk_value l = sk_dict_new(vm);
    ck_assert(!sk_dict_set(vm, d, l, SK_NONE));
    ck_assert(sk_exc_pending(vm, SK_EXC_TYPE));
    sk_exc_take(vm);
    sk_gc_roots_restore(vm, 0);
    const char *out = vmtest_run(vm, "d = {}\ntry:\n    d[[1]] = 2\nexcept TypeError as e:\n    print(e)\n");
    ck_assert_str_eq(out, "unhashable type: 'list'\n");
    sk_vm_free(vm);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("dict");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, order_and_overwrite);
    tcase_add_test(tc, growth);
    tcase_add_test(tc, equal_numbers_are_one_key);
    tcase_add_test(tc, versions_and_copies);
    tcase_add_test(tc, unhashable_key);
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
