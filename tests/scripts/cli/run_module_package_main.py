# golden: module=cli_pkg
# (the file itself is empty: it only names the module to run)
# pydiff: args=one two
