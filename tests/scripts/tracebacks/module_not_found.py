# Uncaught ModuleNotFoundError at import time.
import math
print(math.floor(2.5))
import definitely_not_a_real_module
