"""run_example.py PROGRAM EXPECTED: runs an example host program and
compares its standard output with the committed EXPECTED file; the exit
status must be 0 and nothing may reach standard error."""
import subprocess
import sys

program, expected_path = sys.argv[1], sys.argv[2]
p = subprocess.run([program], capture_output=True, text=True, timeout=120)
with open(expected_path, encoding="utf-8") as f:
    expected = f.read()
problems = []
if p.returncode != 0:
    problems.append("exit status %d" % p.returncode)
if p.stderr:
    problems.append("standard error:\n" + p.stderr)
if p.stdout != expected:
    problems.append("standard output:\n%s\nexpected:\n%s" % (p.stdout, expected))
if problems:
    sys.exit("%s: %s" % (program, "\n".join(problems)))
print("%s: ok" % program)
