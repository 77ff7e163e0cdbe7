# Uncaught KeyError from a nested subscript: carets mark the failing subscript.
config = {"database": {"host": "localhost", "port": 5432}}
print(config["database"]["host"])
timeout = config["database"]["timeout"] + 1
