# pydiff: stdin=first line\nsecond  \n42\n\nlast without newline
# input() reads lines from stdin, strips the newline, shows the prompt on stdout, EOFError at the end.
a = input()
b = input("prompt> ")
n = int(input())
empty = input()
last = input("? ")
print()
print(repr(a), repr(b), n * 2, repr(empty), repr(last))
try:
    input("no more: ")
except EOFError as e:
    print("EOFError", repr(str(e)))
