/* repl.h — the interactive prompt of the skein command (repl.c); not part
 * of libskein, which it uses only through skein.h.
 */
#ifndef SK_REPL_H
#define SK_REPL_H

#include "skein.h"

/* Runs the prompt on the terminal until Ctrl-D or SystemExit and returns
 * the process exit status. Installs its own SIGINT handler, which
 * interrupts vm while code runs. */
int skein_repl(sk_vm *vm);

#endif
