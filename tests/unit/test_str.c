/* test_str.c — the str object's C layer: construction and UTF-8, length
 * in code points, interning, hashing, slicing and concatenation, the
 * message formatter and repr. */
#include "vmtest.h"

#include "ops.h"
#include "str.h"

START_TEST(utf8_and_length) {
    sk_vm *vm = vmtest_new(0);
    sk_value s = sk_str_from_cstr(vm, "h\xc3\xa9llo \xe2\x82\xac\xf0\x9f\x98\x80");
    ck_assert(s);
    SK_ROOT(vm, s);
    ck_assert_uint_eq(sk_str_size(s), 14);
    ck_assert_uint_eq(sk_str_len(s), 8);
    ck_assert_uint_eq(sk_str_cp_at(s, 1), 0xE9);
    ck_assert_uint_eq(sk_str_cp_at(s, 6), 0x20AC);
    ck_assert_uint_eq(sk_str_cp_at(s, 7), 0x1F600);
    sk_value sub = sk_str_substr(vm, s, 1, 7);
    ck_assert(sk_str_eq_cstr(sub, "\xc3\xa9llo \xe2\x82\xac"));
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(interning_and_hash) {
    sk_vm *vm = vmtest_new(0);
    sk_value a = sk_str_intern_cstr(vm, "spam_and_eggs");
    sk_value b = sk_str_intern(vm, "spam_and_eggs_x", 13);
    ck_assert(a == b);
    sk_value c = sk_str_from_cstr(vm, "spam_and_eggs");
    ck_assert(c != a);
    ck_assert(sk_str_eq(a, c));
    ck_assert_int_eq(sk_str_hash(vm, a), sk_str_hash(vm, c));
    ck_assert_int_eq(sk_str_hash(vm, vm->empty_str), 0);
    ck_assert(sk_str_intern_value(vm, c) == a);
    sk_vm_free(vm);
}
END_TEST

START_TEST(concat_and_compare) {
    sk_vm *vm = vmtest_new(0);
    sk_value a = sk_str_from_cstr(vm, "abc");
    SK_ROOT(vm, a);
    sk_value b = sk_str_from_cstr(vm, "abd");
    SK_ROOT(vm, b);
    ck_assert_int_lt(sk_str_cmp(a, b), 0);
    ck_assert_int_gt(sk_str_cmp(b, a), 0);
    sk_value ab = sk_str_concat(vm, a, b);
    ck_assert(sk_str_eq_cstr(ab, "abcabd"));
    ck_assert(sk_str_concat(vm, a, vm->empty_str) == a);
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(formatter) {
    sk_vm *vm = vmtest_new(0);
    sk_value name = sk_str_from_cstr(vm, "x'y");
    SK_ROOT(vm, name);
    sk_value s = sk_str_fmt(vm, "%d-%s-%V-%R-%T", 42, "c", name, name, name);
    ck_assert(sk_str_eq_cstr(s, "42-c-x'y-\"x'y\"-str"));
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(repr_escapes) {
    sk_vm *vm = vmtest_new(0);
    sk_value s = sk_str_from_cstr(vm, "a\tb\n\\ \x7f \xc3\xa9");
    SK_ROOT(vm, s); /* sk_ascii reads it after sk_repr allocated */
    sk_value r = sk_repr(vm, s);
    ck_assert_msg(sk_str_eq_cstr(r, "'a\\tb\\n\\\\ \\x7f \xc3\xa9'"), "got %s", sk_str_data(r));
    sk_value r2 = sk_ascii(vm, s);
    ck_assert(sk_str_eq_cstr(r2, "'a\\tb\\n\\\\ \\x7f \\xe9'"));
    sk_gc_roots_restore(vm, 0);
    sk_vm_free(vm);
}
END_TEST

START_TEST(from_python) {
    sk_vm *vm = vmtest_new(0);
    const char *out = vmtest_run(vm, "s = 'ab' * 3 + '\\u20ac'\nprint(len(s), s[::-1], s.upper(), hash(s) == hash(''.join(s)))\n");
    ck_assert_str_eq(out, "7 \xe2\x82\xac" "bababa ABABAB\xe2\x82\xac True\n");
    sk_vm_free(vm);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, utf8_and_length);
    tcase_add_test(tc, interning_and_hash);
    tcase_add_test(tc, concat_and_compare);
    tcase_add_test(tc, formatter);
    tcase_add_test(tc, repr_escapes);
    tcase_add_test(tc, from_python);
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
