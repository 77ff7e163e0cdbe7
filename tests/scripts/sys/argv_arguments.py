# pydiff: args=first "two words" 3 --flag=value
# sys.argv holds the script name and the command-line arguments as strings.
import sys
print(len(sys.argv), sys.argv[0], sys.argv[1:])
args = sys.argv[1:]
opts = dict(a.lstrip("-").split("=", 1) for a in args if a.startswith("--"))
positional = [a for a in args if not a.startswith("--")]
print(opts, positional, int(positional[2]) * 2, type(sys.argv).__name__)
