# 'await' at module level in a plain script.
def fetch():
    return 1
result = await fetch()
print(result)
