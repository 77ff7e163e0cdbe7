# Run with -m by run_module_plain.py: a plain module as __main__.
import sys

print(__name__, sys.argv[0].rpartition("/")[2], sys.path[0] == __import__("os").getcwd())
raise SystemExit(3)
