# Soft keywords used as ordinary names, and keyword module data.
import keyword
match = 1
case = 2
_ = 3
type = 4
print(match, case, _, type)
del type
print(type(1).__name__)
def match(case):
    return case * 2
print(match(21))
class case:
    match = "attr"
print(case.match)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("type"))
print(keyword.iskeyword("if"), keyword.iskeyword("print"), keyword.iskeyword("async"))
print(sorted(keyword.softkwlist))
print(len(keyword.kwlist), keyword.kwlist[:5])
print(True, False, None)
print(__debug__)
