# Uncaught ValueError from a builtin conversion in the middle of a statement.
line = "width=12,height=abc"
fields = dict(part.split("=") for part in line.split(","))
print(fields)
area = int(fields["width"]) * int(fields["height"])
