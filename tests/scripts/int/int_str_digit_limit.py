# The 4300-digit limit on int<->str conversion and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
ok = 10 ** 4299
print(len(str(ok)))
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    repr(-big)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(int("1" * 4300) % 1000)
print(len(hex(big)), len(bin(big)) > 10000, big.bit_length())
print(int("f" * 5000, 16).bit_length())
try:
    f"{big}"
except ValueError as e:
    print("ValueError", e)
try:
    "%d" % big
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 639)))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
