/* loop.c — the event loop (see loop.h). */
#include "loop.h"

bool sk_loop_init(sk_vm *vm) {
    vm->loop = NULL;
    return true;
}

void sk_loop_free(sk_vm *vm) { (void)vm; }

void sk_loop_mark(sk_vm *vm) { (void)vm; }
