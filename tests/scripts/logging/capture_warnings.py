# captureWarnings sends warnings to the "py.warnings" logger.
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
logging.captureWarnings(True)
warnings.warn("captured warning")
warnings.warn("a deprecation", UserWarning)
print(logging.getLogger("py.warnings").handlers)
logging.captureWarnings(False)
warnings.warn("back on stderr")
