# 'break' outside a loop inside a function body.
def process(items):
    for item in items:
        print(item)
    break
print("never printed")
