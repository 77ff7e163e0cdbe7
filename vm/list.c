/* list.c — the list object, its methods (sort included) and iterators. */
#include "list.h"

#include <string.h>

#include "exc.h"
#include "gc.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

SK_INTERNAL sk_value sk_seq_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op, bool is_list);

static void list_trace(sk_vm *vm, sk_obj *o) {
    sk_list *l = (sk_list *)o;
    sk_gc_mark_array(vm, l->items, l->len);
}

static void list_finalize(sk_vm *vm, sk_obj *o) {
    sk_list *l = (sk_list *)o;
    sk_mem_free(vm, l->items, l->cap * sizeof(sk_value));
    l->items = NULL;
    l->cap = l->len = 0;
}

static bool reserve(sk_vm *vm, sk_list *l, size_t need) {
    if (need <= l->cap) return true;
    size_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
    if (cap < need) cap = need;
    if (cap > SIZE_MAX / sizeof(sk_value)) {
        sk_exc_no_memory(vm);
        return false;
    }
    sk_value *items = sk_mem_realloc(vm, l->items, l->cap * sizeof(sk_value), cap * sizeof(sk_value));
    if (!items) return false;
    l->items = items;
    l->cap = cap;
    return true;
}

sk_value sk_list_new(sk_vm *vm, size_t cap) {
    SK_ROOT_SCOPE(vm);
    sk_list *l = (sk_list *)sk_gc_new(vm, SK_TYPE(vm, LIST), sizeof(sk_list));
    if (!l) return SK_NULL;
    sk_value v = sk_from_obj(l);
    if (cap) {
        SK_ROOT(vm, v);
        if (!reserve(vm, l, cap)) return SK_NULL;
    }
    return v;
}

sk_value sk_list_from(sk_vm *vm, const sk_value *items, size_t n) {
    sk_value l = sk_list_new(vm, n);
    if (!l) return SK_NULL;
    if (n) memcpy(sk_list_items(l), items, n * sizeof(sk_value));
    sk_list_ptr(l)->len = n;
    return l;
}

bool sk_list_append(sk_vm *vm, sk_value lv, sk_value v) {
    SK_ROOT_SCOPE(vm);
    sk_list *l = sk_list_ptr(lv);
    if (l->len == l->cap) {
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, v);
        bool ok = reserve(vm, l, l->len + 1);
        sk_gc_roots_restore(vm, mark);
        if (!ok) return false;
    }
    l->items[l->len++] = v;
    return true;
}

bool sk_list_insert(sk_vm *vm, sk_value lv, size_t index, sk_value v) {
    SK_ROOT_SCOPE(vm);
    sk_list *l = sk_list_ptr(lv);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, v);
    bool ok = reserve(vm, l, l->len + 1);
    sk_gc_roots_restore(vm, mark);
    if (!ok) return false;
    if (index > l->len) index = l->len;
    memmove(l->items + index + 1, l->items + index, (l->len - index) * sizeof(sk_value));
    l->items[index] = v;
    l->len++;
    return true;
}

bool sk_list_extend(sk_vm *vm, sk_value lv, sk_value iterable) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_list(vm, iterable) || sk_is_tuple(vm, iterable)) {
        bool is_list = sk_is_list(vm, iterable);
        size_t n = is_list ? sk_list_len(iterable) : sk_tuple_len(iterable);
        sk_list *l = sk_list_ptr(lv);
        if (!reserve(vm, l, l->len + n)) return false;
        /* re-read the source: l.extend(l) must copy the original items */
        const sk_value *src = is_list ? sk_list_items(iterable) : sk_tuple_items(iterable);
        if (n) memmove(l->items + l->len, src, n * sizeof(sk_value));
        l->len += n;
        return true;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value it = sk_iter(vm, iterable);
    if (!it) return false;
    SK_ROOT(vm, it);
    sk_value x = SK_NULL;
    SK_ROOT(vm, x);
    int r;
    while ((r = sk_next(vm, it, &x)) == 1) {
        if (!sk_list_append(vm, lv, x)) {
            r = -1;
            break;
        }
    }
    sk_gc_roots_restore(vm, mark);
    return r == 0;
}

sk_value sk_list_from_iterable(sk_vm *vm, sk_value iterable) {
    SK_ROOT_SCOPE(vm);
    sk_value l = sk_list_new(vm, 0);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    if (!sk_list_extend(vm, l, iterable)) return SK_NULL;
    return l;
}

/* ---- sorting: a stable merge sort over (key, value) pairs -------------- */

typedef struct sort_item {
    sk_value key;
    sk_value value;
} sort_item;

typedef struct sort_state {
    sk_vm *vm;
    bool reverse;
    bool failed;
    bool all_int, all_str, all_float;
} sort_state;

/* a < b ? (with the "reverse" applied by swapping operands, which keeps
 * equal elements in their original order as CPython's sort does) */
static int less(sort_state *st, sk_value a, sk_value b) {
    if (st->reverse) {
        sk_value t = a;
        a = b;
        b = t;
    }
    if (st->all_int) return sk_as_int(a) < sk_as_int(b);
    if (st->all_str) return sk_str_cmp(a, b) < 0;
    return sk_richcmp_bool(st->vm, a, b, SK_LT);
}

static bool merge_sort(sort_state *st, sort_item *a, sort_item *tmp, size_t n) {
    if (n < 2) return true;
    if (n <= 8) { /* insertion sort for short runs */
        for (size_t i = 1; i < n; i++) {
            sort_item x = a[i];
            size_t j = i;
            while (j > 0) {
                int r = less(st, x.key, a[j - 1].key);
                if (r < 0) return false;
                if (!r) break;
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
        return true;
    }
    size_t mid = n / 2;
    if (!merge_sort(st, a, tmp, mid) || !merge_sort(st, a + mid, tmp, n - mid)) return false;
    /* already in order? */
    int r = less(st, a[mid].key, a[mid - 1].key);
    if (r < 0) return false;
    if (!r) return true;
    memcpy(tmp, a, mid * sizeof(sort_item));
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        r = less(st, a[j].key, tmp[i].key);
        if (r < 0) {
            /* put everything back so no value is lost from the list */
            while (i < mid) a[k++] = tmp[i++];
            return false;
        }
        if (r) a[k++] = a[j++];
        else a[k++] = tmp[i++];
    }
    while (i < mid) a[k++] = tmp[i++];
    return true;
}

bool sk_list_sort(sk_vm *vm, sk_value lv, sk_value keyfn, bool reverse) {
    SK_ROOT_SCOPE(vm);
    sk_list *l = sk_list_ptr(lv);
    size_t n = l->len;
    if (n < 2 && (keyfn == SK_NULL || keyfn == SK_NONE || n == 0)) return true;
    /* The list is emptied while sorting (as CPython does) so that code run
     * by comparisons cannot see or change it half-sorted. */
    /* the items must stay reachable while the list is empty: a temporary
     * tuple holds them (and the keys), made before the list is emptied */
    sk_value holder = sk_tuple_new(vm, n * 2);
    if (!holder) return false;
    SK_ROOT(vm, holder);
    memcpy(sk_tuple_items(holder), l->items, n * sizeof(sk_value));
    sk_value *items = l->items;
    size_t cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    sort_item *work = sk_mem_alloc(vm, n * 2 * sizeof(sort_item));
    bool ok = false;
    if (!work) goto restore;
    sort_state st = {vm, reverse, false, true, true, true};
    for (size_t i = 0; i < n; i++) {
        sk_value k = items[i];
        if (keyfn && keyfn != SK_NONE) {
            k = sk_call1(vm, keyfn, items[i]);
            if (!k) goto restore;
            sk_tuple_items(holder)[n + i] = k;
        }
        work[i].key = k;
        work[i].value = items[i];
        if (!sk_is_int(k)) st.all_int = false;
        if (!SK_IS(vm, k, STR)) st.all_str = false;
    }
    ok = merge_sort(&st, work, work + n, n);
    if (ok)
        for (size_t i = 0; i < n; i++) items[i] = work[i].value;
restore:
    if (work) sk_mem_free(vm, work, n * 2 * sizeof(sort_item));
    bool modified = l->items != NULL || l->len != 0;
    if (l->items) sk_mem_free(vm, l->items, l->cap * sizeof(sk_value));
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (ok && modified) {
        sk_exc_msg(vm, SK_EXC_VALUE, "list modified during sort");
        return false;
    }
    return ok;
}

/* ---- protocol ---------------------------------------------------------- */

static sk_value list_repr(sk_vm *vm, sk_value self) {
    if (sk_list_len(self) == 0) return sk_str_from_cstr(vm, "[]");
    if (!sk_enter_recursion(vm, " while getting the repr of an object")) return SK_NULL;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_buf_putc(&b, '[');
    for (size_t i = 0; i < sk_list_len(self); i++) {
        if (i) sk_buf_puts(&b, ", ");
        if (!sk_buf_fmt(vm, &b, "%R", sk_list_items(self)[i])) {
            sk_buf_free(&b);
            sk_leave_recursion(vm);
            return SK_NULL;
        }
    }
    sk_buf_putc(&b, ']');
    sk_leave_recursion(vm);
    return sk_str_from_buf(vm, &b);
}

static int64_t list_len(sk_vm *vm, sk_value self) { return (int64_t)sk_list_len(self); }

static sk_value list_getitem(sk_vm *vm, sk_value self, sk_value key) {
    int64_t n = (int64_t)sk_list_len(self);
    if (sk_is_int(key)) {
        int64_t i = sk_as_int(key);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return sk_exc_msg(vm, SK_EXC_INDEX, "list index out of range");
        return sk_list_items(self)[i];
    }
    if (SK_IS(vm, key, SLICE)) {
        int64_t start, stop, step, count;
        if (!sk_slice_resolve(vm, key, n, &start, &stop, &step, &count)) return SK_NULL;
        sk_value r = sk_list_new(vm, (size_t)count);
        if (!r) return SK_NULL;
        for (int64_t i = 0, j = start; i < count; i++, j += step)
            sk_list_items(r)[i] = sk_list_items(self)[j];
        sk_list_ptr(r)->len = (size_t)count;
        return r;
    }
    int64_t i;
    if (!sk_seq_index(vm, key, n, &i, "list", "list index out of range")) return SK_NULL;
    return sk_list_items(self)[i];
}

static int assign_slice(sk_vm *vm, sk_value self, sk_value key, sk_value v) {
    SK_ROOT_SCOPE(vm);
    sk_list *l = sk_list_ptr(self);
    int64_t start, stop, step, count;
    if (!sk_slice_resolve(vm, key, (int64_t)l->len, &start, &stop, &step, &count)) return -1;
    if (!v) { /* del l[a:b:c] */
        if (count == 0) return 0;
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        size_t w = (size_t)start;
        for (size_t r = (size_t)start; r < l->len; r++) {
            if (r >= (size_t)start && (int64_t)(r - (size_t)start) % step == 0 &&
                (int64_t)(r - (size_t)start) / step < count)
                continue;
            l->items[w++] = l->items[r];
        }
        l->len = w;
        return 0;
    }
    sk_value seq = v;
    if (v == self || (!sk_is_list(vm, v) && !sk_is_tuple(vm, v))) {
        seq = sk_list_from_iterable(vm, v);
        if (!seq) {
            if (sk_exc_pending(vm, SK_EXC_TYPE) && step == 1) {
                sk_exc_take(vm);
                sk_exc_msg(vm, SK_EXC_TYPE, "can only assign an iterable");
            }
            return -1;
        }
    }
    SK_ROOT(vm, seq);
    bool is_list = sk_is_list(vm, seq);
    size_t n = is_list ? sk_list_len(seq) : sk_tuple_len(seq);
    if (step == 1) {
        if (stop < start) stop = start;
        size_t old = (size_t)(stop - start);
        if (n > old && !reserve(vm, l, l->len + n - old)) return -1;
        const sk_value *src = is_list ? sk_list_items(seq) : sk_tuple_items(seq);
        if (l->len > (size_t)stop)
            memmove(l->items + start + n, l->items + stop, (l->len - (size_t)stop) * sizeof(sk_value));
        if (n) memcpy(l->items + start, src, n * sizeof(sk_value));
        l->len = l->len - old + n;
        return 0;
    }
    if ((int64_t)n != count) {
        sk_exc_fmt(vm, SK_EXC_VALUE, "attempt to assign sequence of size %zu to extended slice of size %lld",
                   n, (long long)count);
        return -1;
    }
    const sk_value *src = is_list ? sk_list_items(seq) : sk_tuple_items(seq);
    for (int64_t i = 0, j = start; i < count; i++, j += step) l->items[j] = src[i];
    return 0;
}

static int list_setitem(sk_vm *vm, sk_value self, sk_value key, sk_value v) {
    if (SK_IS(vm, key, SLICE)) return assign_slice(vm, self, key, v);
    sk_list *l = sk_list_ptr(self);
    int64_t i;
    if (!sk_seq_index(vm, key, (int64_t)l->len, &i, "list",
                      v ? "list assignment index out of range" : "list assignment index out of range"))
        return -1;
    if (v) {
        l->items[i] = v;
    } else {
        memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(sk_value));
        l->len--;
    }
    return 0;
}

static int list_contains(sk_vm *vm, sk_value self, sk_value x) {
    for (size_t i = 0; i < sk_list_len(self); i++) {
        int r = sk_richcmp_bool(vm, sk_list_items(self)[i], x, SK_EQ);
        if (r) return r;
    }
    return 0;
}

static sk_value list_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (!sk_is_list(vm, a) || !sk_is_list(vm, b)) return SK_NOTIMPL;
    return sk_seq_richcmp(vm, a, b, op, true);
}

static sk_value list_add(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_list(vm, a) || !sk_is_list(vm, b)) {
        if (sk_is_list(vm, a))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "can only concatenate list (not \"%T\") to list", b);
        return SK_NOTIMPL;
    }
    size_t na = sk_list_len(a), nb = sk_list_len(b);
    sk_value r = sk_list_new(vm, na + nb);
    if (!r) return SK_NULL;
    if (na) memcpy(sk_list_items(r), sk_list_items(a), na * sizeof(sk_value));
    if (nb) memcpy(sk_list_items(r) + na, sk_list_items(b), nb * sizeof(sk_value));
    sk_list_ptr(r)->len = na + nb;
    return r;
}

static sk_value list_iadd(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_list_extend(vm, a, b)) return SK_NULL;
    return a;
}

static bool repeat_count(sk_vm *vm, sk_value count, int64_t *n) {
    if (!sk_index_i64(vm, count, n, "cannot fit 'int' into an index-sized integer")) return false;
    if (*n < 0) *n = 0;
    return true;
}

static sk_value list_mul(sk_vm *vm, sk_value a, sk_value b) {
    sk_value seq = a, count = b;
    if (!sk_is_list(vm, seq)) { seq = b; count = a; }
    if (!sk_is_int(count) && !(sk_is_ptr(count) && sk_typeof(vm, count)->index)) return SK_NOTIMPL;
    int64_t n;
    if (!repeat_count(vm, count, &n)) return SK_NULL;
    size_t len = sk_list_len(seq);
    if (len && (uint64_t)n > SIZE_MAX / sizeof(sk_value) / len) return sk_exc_no_memory(vm);
    sk_value r = sk_list_new(vm, len * (size_t)n);
    if (!r) return SK_NULL;
    for (int64_t i = 0; len && i < n; i++)
        memcpy(sk_list_items(r) + (size_t)i * len, sk_list_items(seq), len * sizeof(sk_value));
    sk_list_ptr(r)->len = len * (size_t)n;
    return r;
}

static sk_value list_imul(sk_vm *vm, sk_value a, sk_value count) {
    int64_t n;
    if (!repeat_count(vm, count, &n)) return SK_NULL;
    sk_list *l = sk_list_ptr(a);
    size_t len = l->len;
    if (n == 0) {
        l->len = 0;
        return a;
    }
    if (len && (uint64_t)n > SIZE_MAX / sizeof(sk_value) / len) return sk_exc_no_memory(vm);
    if (!reserve(vm, l, len * (size_t)n)) return SK_NULL;
    for (int64_t i = 1; i < n; i++) memcpy(l->items + (size_t)i * len, l->items, len * sizeof(sk_value));
    l->len = len * (size_t)n;
    return a;
}

static sk_value list_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kw) {
    sk_type *t = sk_as_type(cls);
    if (t == SK_TYPE(vm, LIST)) return sk_list_new(vm, 0);
    return sk_type_alloc_instance(vm, t);
}

static int list_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    sk_list_ptr(self)->len = 0;
    if (nargs == 1 && !sk_list_extend(vm, self, args[0])) return -1;
    return 0;
}

/* ---- methods ----------------------------------------------------------- */

#define SELF sk_list_ptr(args[0])

static sk_value m_append(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_list_append(vm, args[0], args[1]) ? SK_NONE : SK_NULL;
}

static sk_value m_extend(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_list_extend(vm, args[0], args[1]) ? SK_NONE : SK_NULL;
}

static sk_value m_insert(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t i;
    if (!sk_index_i64(vm, args[1], &i, NULL)) return SK_NULL;
    int64_t n = (int64_t)SELF->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    return sk_list_insert(vm, args[0], (size_t)i, args[2]) ? SK_NONE : SK_NULL;
}

static sk_value m_pop(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_list *l = SELF;
    if (l->len == 0) return sk_exc_msg(vm, SK_EXC_INDEX, "pop from empty list");
    int64_t i = (int64_t)l->len - 1;
    if (nargs > 1) {
        if (!sk_index_i64(vm, args[1], &i, NULL)) return SK_NULL;
        if (i < 0) i += (int64_t)l->len;
        if (i < 0 || i >= (int64_t)l->len) return sk_exc_msg(vm, SK_EXC_INDEX, "pop index out of range");
    }
    sk_value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(sk_value));
    l->len--;
    return v;
}

static sk_value m_remove(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    for (size_t i = 0; i < SELF->len; i++) {
        int r = sk_richcmp_bool(vm, SELF->items[i], args[1], SK_EQ);
        if (r < 0) return SK_NULL;
        if (r) {
            if (i < SELF->len) {
                memmove(SELF->items + i, SELF->items + i + 1, (SELF->len - i - 1) * sizeof(sk_value));
                SELF->len--;
            }
            return SK_NONE;
        }
    }
    return sk_exc_msg(vm, SK_EXC_VALUE, "list.remove(x): x not in list");
}

static sk_value m_index(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t len = (int64_t)SELF->len, start = 0, stop = len;
    if (nargs > 2 && !sk_index_i64(vm, args[2], &start, NULL)) return SK_NULL;
    if (nargs > 3 && !sk_index_i64(vm, args[3], &stop, NULL)) return SK_NULL;
    if (start < 0) { start += len; if (start < 0) start = 0; }
    if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < (int64_t)SELF->len; i++) {
        int r = sk_richcmp_bool(vm, SELF->items[i], args[1], SK_EQ);
        if (r < 0) return SK_NULL;
        if (r) return sk_from_int(i);
    }
    return sk_exc_msg(vm, SK_EXC_VALUE, "list.index(x): x not in list");
}

static sk_value m_count(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t n = 0;
    for (size_t i = 0; i < SELF->len; i++) {
        int r = sk_richcmp_bool(vm, SELF->items[i], args[1], SK_EQ);
        if (r < 0) return SK_NULL;
        n += r;
    }
    return sk_from_int(n);
}

static sk_value m_clear(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SELF->len = 0;
    return SK_NONE;
}

static sk_value m_copy(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_list_from(vm, SELF->items, SELF->len);
}

static sk_value m_reverse(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_list *l = SELF;
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        sk_value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return SK_NONE;
}

static sk_value m_sort(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (nargs - nkw > 1) return sk_exc_msg(vm, SK_EXC_TYPE, "sort() takes no positional arguments");
    sk_value key = SK_NONE;
    bool reverse = false;
    for (size_t i = 0; i < nkw; i++) {
        sk_value name = sk_tuple_get(kwnames, i), v = args[nargs - nkw + i];
        if (sk_str_eq_cstr(name, "key")) key = v;
        else if (sk_str_eq_cstr(name, "reverse")) {
            int t = sk_truth(vm, v);
            if (t < 0) return SK_NULL;
            reverse = t;
        } else {
            return sk_exc_fmt(vm, SK_EXC_TYPE, "sort() got an unexpected keyword argument '%V'", name);
        }
    }
    return sk_list_sort(vm, args[0], key, reverse) ? SK_NONE : SK_NULL;
}

static sk_value m_getitem(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return list_getitem(vm, args[0], args[1]);
}

static sk_value m_reversed(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw);

static const sk_method_def list_methods[] = {
    {"append", m_append, 2, 2, 0, "Append object to the end of the list."},
    {"extend", m_extend, 2, 2, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 3, 3, 0, "Insert object before index."},
    {"pop", m_pop, 1, 2, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 2, 2, 0, "Remove first occurrence of value."},
    {"index", m_index, 2, 4, 0, "Return first index of value."},
    {"count", m_count, 2, 2, 0, "Return number of occurrences of value."},
    {"clear", m_clear, 1, 1, 0, "Remove all items from list."},
    {"copy", m_copy, 1, 1, 0, "Return a shallow copy of the list."},
    {"reverse", m_reverse, 1, 1, 0, "Reverse *IN PLACE*."},
    {"sort", m_sort, 1, -1, SK_METH_KEYWORDS, "Sort the list in ascending order and return None."},
    {"__getitem__", m_getitem, 2, 2, 0, NULL},
    {"__reversed__", m_reversed, 1, 1, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

/* ---- iterators --------------------------------------------------------- */

typedef struct list_iter_obj {
    sk_obj hdr;
    sk_value list;     /* SK_NULL when exhausted */
    size_t index;      /* forward: next index; reverse: one past it */
} list_iter_obj;

static void list_iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((list_iter_obj *)o)->list); }

static sk_value new_iter(sk_vm *vm, sk_type_id kind, sk_value list, size_t index) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, list);
    list_iter_obj *it = (list_iter_obj *)sk_gc_new(vm, vm->types[kind], sizeof(list_iter_obj));
    if (!it) return SK_NULL;
    it->list = list;
    it->index = index;
    return sk_from_obj(it);
}

static sk_value list_iter(sk_vm *vm, sk_value self) { return new_iter(vm, SK_T_LIST_ITER, self, 0); }

static sk_value m_reversed(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return new_iter(vm, SK_T_LIST_REVITER, args[0], sk_list_len(args[0]));
}

static int list_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    list_iter_obj *it = (list_iter_obj *)sk_as_obj(self);
    if (it->list && it->index < sk_list_len(it->list)) {
        *out = sk_list_items(it->list)[it->index++];
        return 1;
    }
    it->list = SK_NULL;
    return 0;
}

static int list_reviter_next(sk_vm *vm, sk_value self, sk_value *out) {
    list_iter_obj *it = (list_iter_obj *)sk_as_obj(self);
    if (it->list && it->index > 0 && it->index <= sk_list_len(it->list)) {
        *out = sk_list_items(it->list)[--it->index];
        return 1;
    }
    it->list = SK_NULL;
    return 0;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

static sk_value iter_length_hint(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    list_iter_obj *it = (list_iter_obj *)sk_as_obj(args[0]);
    if (!it->list) return sk_from_int(0);
    size_t len = sk_list_len(it->list);
    if (SK_IS(vm, args[0], LIST_ITER)) return sk_from_int(it->index < len ? (int64_t)(len - it->index) : 0);
    return sk_from_int(it->index <= len ? (int64_t)it->index : 0);
}

static const sk_method_def iter_methods[] = {
    {"__length_hint__", iter_length_hint, 1, 1, 0, NULL},
    {NULL},
};

void sk_list_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_LIST, SK_TYPE(vm, OBJECT), sizeof(sk_list),
                                      SK_TF_BASETYPE | SK_TF_LIST_SUB);
    t->trace = list_trace;
    t->finalize = list_finalize;
    t->tp_new = list_new;
    t->tp_init = list_init;
    t->repr = list_repr;
    t->hash = sk_unhashable;
    t->richcmp = list_richcmp;
    t->len = list_len;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->iter = list_iter;
    t->nb[SK_NB_ADD] = list_add;
    t->nb[SK_NB_MUL] = list_mul;
    t->nb_inplace[SK_NB_ADD] = list_iadd;
    t->nb_inplace[SK_NB_MUL] = list_imul;
    (void)sk_type_add_methods(vm, t, list_methods);

    sk_type *it = sk_type_init_builtin(vm, SK_T_LIST_ITER, SK_TYPE(vm, OBJECT), sizeof(list_iter_obj), 0);
    it->trace = list_iter_trace;
    it->iter = iter_self;
    it->next = list_iter_next;
    (void)sk_type_add_methods(vm, it, iter_methods);
    sk_type *rit = sk_type_init_builtin(vm, SK_T_LIST_REVITER, SK_TYPE(vm, OBJECT), sizeof(list_iter_obj), 0);
    rit->trace = list_iter_trace;
    rit->iter = iter_self;
    rit->next = list_reviter_next;
    (void)sk_type_add_methods(vm, rit, iter_methods);
}
