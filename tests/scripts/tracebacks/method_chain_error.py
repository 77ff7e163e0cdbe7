# An error in the middle of a method chain; carets mark the failing call.
class Query:
    def __init__(self, rows):
        self.rows = rows
    def where(self, pred):
        return Query([r for r in self.rows if pred(r)])
    def first(self):
        return self.rows[0]
q = Query([{"n": 1}, {"n": 2}])
print(q.where(lambda r: r["n"] > 1).first())
print(q.where(lambda r: r["n"] > 5).first()["n"])
