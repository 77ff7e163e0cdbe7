# __notes__ that are not a list of str still print: non-str notes via str(),
# a non-sequence __notes__ via its repr.
a = ValueError("a")
a.__notes__ = ["text", 42]
b = KeyError("b")
b.__notes__ = "not a list"
eg = ExceptionGroup("odd notes", [a, b])
eg.__notes__ = ("tuple note",)
raise eg
