# 'continue' inside a function that is defined inside a loop does not belong to the loop.
for i in range(3):
    def skip():
        continue
    skip()
