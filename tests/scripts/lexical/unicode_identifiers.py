# Non-ASCII identifiers and NFKC normalisation of names.
café = "coffee"
print(café)
π = 3.14159
print(π * 2)
名前 = "name"
print(名前)
Δx = 0.5
print(Δx)
def größe(ä, ö=2):
    return ä * ö
print(größe(3), größe(ä=4, ö=5))
class Ünïcode:
    ñ = 1
    def métho(self):
        return self.ñ + 1
print(Ünïcode().métho(), Ünïcode.__name__)
ﬁle = "ligature"
print(file)
ℌ = "script H"
print(H)
print("café" in globals(), "π" in globals())
print("file" in globals(), "ﬁle" in globals())
print(getattr(Ünïcode, "ñ"))
ns = {}
exec("µ = 1", ns)
print(sorted(k for k in ns if k != "__builtins__"), [hex(ord(c)) for c in ns if c != "__builtins__"])
print("x".isidentifier(), "é".isidentifier(), "1a".isidentifier(), "名".isidentifier(), "a-b".isidentifier())
