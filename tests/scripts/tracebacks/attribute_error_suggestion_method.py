# AttributeError with a suggestion for a method name on a builtin type.
words = ["a", "b"]
words.append("c")
words.apendd("d")
