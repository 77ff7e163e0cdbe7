/* memory_cap.c — a host allocator with a memory cap. A program that
 * allocates without end gets MemoryError (catchable, and reported as an
 * uncaught exception when not caught), never an abort; the VM stays usable
 * afterwards; sk_config.max_memory caps the same way; a cap too small to
 * start a VM makes sk_vm_new return NULL; and every byte a VM took is
 * given back by sk_vm_free.
 */
#include "check.h"

typedef struct budget {
    size_t in_use, peak, cap;
    unsigned long refused;
} budget;

static void *capped_alloc(void *ud, void *ptr, size_t old_size, size_t new_size) {
    budget *b = ud;
    if (new_size == 0) {
        free(ptr);
        b->in_use -= old_size;
        return NULL;
    }
    if (new_size > old_size && b->in_use + (new_size - old_size) > b->cap) {
        b->refused++;
        return NULL;
    }
    void *p = realloc(ptr, new_size);
    if (!p) return NULL;
    b->in_use = b->in_use - old_size + new_size;
    if (b->in_use > b->peak) b->peak = b->in_use;
    return p;
}

static capture out, err;
static void write_out(void *ud, const char *data, size_t len) { capture_write(&out, data, len); }
static void write_err(void *ud, const char *data, size_t len) { capture_write(&err, data, len); }

static sk_vm *new_vm(budget *b, size_t max_memory) {
    sk_config cfg;
    sk_config_init(&cfg);
    cfg.alloc = capped_alloc;
    cfg.alloc_ud = b;
    cfg.write_out = write_out;
    cfg.write_err = write_err;
    cfg.max_memory = max_memory;
    return sk_vm_new(&cfg);
}

static void run(sk_vm *vm, const char *src, sk_status want, const char *want_out) {
    capture_clear(&out);
    capture_clear(&err);
    sk_status st = sk_run_string(vm, src, NULL);
    if (st != want) fprintf(stderr, "running:\n%s", src);
    CHECK_STATUS(vm, st, want);
    CHECK_STR(capture_text(&out), want_out);
}

/* Ways of running out: big buffers, and many small objects (each refusal
 * then comes after a collection that found nothing to free). */
static const char big_chunks[] =
    "def grow():\n"
    "    chunks = []\n"
    "    while True:\n"
    "        chunks.append(bytearray(1 << 20))\n";
static const char small_objects[] =
    "def grow():\n"
    "    items = []\n"
    "    while True:\n"
    "        items.append(str(len(items)) * 3)\n";
static const char growing_dict[] =
    "def grow():\n"
    "    d = {}\n"
    "    while True:\n"
    "        d[len(d)] = (len(d), [len(d)])\n";

static const char uncaught[] = "grow()\n";
/* The handler allocates nothing: the exception's traceback holds grow's
 * frame, so memory is still full there. */
static const char caught[] =
    "try:\n"
    "    grow()\n"
    "except MemoryError as e:\n"
    "    kind = type(e)\n"
    "print('caught', kind.__name__)\n"
    "print('after', sum(range(10)))\n";
static const char still_usable[] =
    "words = [str(i) for i in range(20000)]\n"
    "print(len(words), words[-1], len({w: w for w in words}))\n"
    "del words\n";

static void exhaust(sk_vm *vm, const char *grow) {
    run(vm, grow, SK_OK, "");
    run(vm, uncaught, SK_ERROR, "");
    CHECK_STR(sk_error_message(vm), "MemoryError");
    CHECK(sk_exit_code(vm) == 1);
    sk_print_error(vm);
    CHECK(strstr(capture_text(&err), "Traceback (most recent call last):\n") != NULL);
    CHECK(strstr(capture_text(&err), "\nMemoryError\n") != NULL);
    run(vm, caught, SK_OK, "caught MemoryError\nafter 45\n");
    run(vm, still_usable, SK_OK, "20000 19999 20000\n");
}

/* The cap, in bytes: 48 MiB, or the MiB given on the command line (the
 * GC-stress build passes a smaller one, since it collects at every
 * allocation and a collection walks the whole heap). */
static size_t cap_bytes = 48u << 20;

static void with_hook_cap(void) {
    budget b = {.cap = cap_bytes};
    sk_vm *vm = new_vm(&b, 0);
    CHECK(vm != NULL);
    exhaust(vm, big_chunks);
    exhaust(vm, small_objects);
    exhaust(vm, growing_dict);
    CHECK(b.refused > 0);
    CHECK(b.peak <= b.cap);
    sk_vm_free(vm);
    CHECK(b.in_use == 0);
}

static void with_max_memory(void) {
    budget b = {.cap = (size_t)-1};
    size_t limit = cap_bytes - cap_bytes / 8;
    sk_vm *vm = new_vm(&b, limit);
    CHECK(vm != NULL);
    exhaust(vm, big_chunks);
    exhaust(vm, small_objects);
    CHECK(b.refused == 0);        /* the VM refused before asking the host */
    CHECK(b.peak <= limit + (1u << 20)); /* plus the sk_vm struct itself */
    sk_vm_free(vm);
    CHECK(b.in_use == 0);
}

/* A cap too small to start: NULL, and nothing kept. */
static void too_small_to_start(void) {
    for (size_t cap = 1024; cap <= (256u << 10); cap *= 4) {
        budget b = {.cap = cap};
        sk_vm *vm = new_vm(&b, 0);
        if (vm) {
            sk_vm_free(vm);
        }
        CHECK(b.in_use == 0);
        budget unlimited = {.cap = (size_t)-1};
        vm = new_vm(&unlimited, cap);
        if (vm) sk_vm_free(vm);
        CHECK(unlimited.in_use == 0);
    }
}

int main(int argc, char **argv) {
    if (argc > 1) cap_bytes = (size_t)atoi(argv[1]) << 20;
    CHECK(cap_bytes >= (8u << 20));
    with_hook_cap();
    with_max_memory();
    too_small_to_start();
    capture_free(&out);
    capture_free(&err);
    puts("memory_cap: ok");
    return 0;
}
