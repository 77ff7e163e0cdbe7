# Uncaught error from a call nested inside other calls.
def parse(text):
    return int(text)
def load(values):
    return [parse(v) for v in values]
print(sum(load(["1", "2"])))
result = max(sum(load(["3", "four"])), 10)
