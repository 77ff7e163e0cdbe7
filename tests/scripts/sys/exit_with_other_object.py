# sys.exit with a non-int, non-None object prints its str() to stderr and exits with 1.
import sys
print("about to exit with a list")
sys.exit(["not", "an", "int"])
