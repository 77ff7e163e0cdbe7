# sys.exit(3): output so far is kept, nothing on stderr, exit status 3.
import sys
print("doing work")
sys.exit(3)
print("never printed")
