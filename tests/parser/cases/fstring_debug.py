x = f"""{1+2 = # a comment
  }"""
y = f"{x = !r:>{w}}"
