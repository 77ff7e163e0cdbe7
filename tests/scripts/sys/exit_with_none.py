# sys.exit() and sys.exit(None) exit with status 0.
import sys
print("finished normally")
sys.exit()
