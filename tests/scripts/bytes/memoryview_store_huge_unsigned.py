# Storing into a 'Q' memoryview an int above 2**63, given directly or made
# fresh by __index__ (a value the view's code held while allocating).
class Big:
    def __index__(self):
        return (1 << 64) - 1 - 5


m = memoryview(bytearray(16)).cast('Q')
m[0] = Big()
m[1] = (1 << 63) + 7
print(m[0], m[1])
print(m.tolist())
try:
    m[0] = 1 << 64
except ValueError as e:
    print("ValueError:", e)
