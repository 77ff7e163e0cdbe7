# Nested blocks, dedent to several levels at once, tabs vs spaces within one block.
def outer():
    for i in range(3):
        if i % 2 == 0:
            for j in range(2):
                if j:
                    print("deep", i, j)
    print("dedented twice")
outer()
if True:
	print("tab indented")
	if True:
		print("two tabs")
print("back")
def empty_lines():

    x = 1

    # comment at odd column
            # comment further in

    return x
print(empty_lines())
class C:
    """docstring"""

    def m(self):
        '''method doc'''
        return 1
print(C.__doc__, C.m.__doc__, C().m())
def no_doc(): pass
print(no_doc.__doc__)
while True:
    try:
        break
    finally:
        print("finally in while")
else:
    print("not reached")
