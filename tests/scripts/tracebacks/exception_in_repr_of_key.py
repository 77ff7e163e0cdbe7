# KeyError whose key has a __repr__ that raises: the traceback still completes.
class Key:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return False
    def __repr__(self):
        raise ValueError("no repr")
d = {}
d[Key()]
