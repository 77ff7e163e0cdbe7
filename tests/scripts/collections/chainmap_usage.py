# ChainMap: lookup through several mappings, writes go to the first, new_child/parents.
from collections import ChainMap
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), dict(cm) == {"color": "red", "size": "L"})
cm["color"] = "blue"
print(user, defaults)
child = cm.new_child({"size": "XL"})
print(child["size"], child.parents["size"], child.maps[0], len(child.maps))
del cm["color"]
print(cm["color"])
try:
    cm.pop("missing")
except KeyError as e:
    print("KeyError", e)
print("size" in cm, cm.get("nothing", "fallback"))
