# golden: module=cli_pkg.tool
# (the file itself is empty: it only names the module to run)
# pydiff: args=--flag
