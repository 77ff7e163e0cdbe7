/* frozen_none.c — the empty table of frozen code that stdlib/freeze.c (the
 * build-time tool that produces the real one) links: it compiles every
 * bundled module from source. */
#include "modules.h"

const sk_frozen_module sk_frozen_modules[] = {{"", NULL, 0}};
const size_t sk_frozen_count = 0;
