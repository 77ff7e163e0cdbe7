# A package run by `-m cli_pkg` (its __main__) and `-m cli_pkg.tool`.
print("cli_pkg imported as", __name__)
