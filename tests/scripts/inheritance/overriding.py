# Overriding methods and attributes; calling base implementations explicitly.
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def describe(self):
        return "round " + Shape.describe(self)
for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
class Animal:
    def speak(self):
        return "..."
    def intro(self):
        return f"I say {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
print([a.intro() for a in (Animal(), Dog(), Puppy())])
class Builtin(list):
    def append(self, x):
        super().append(x * 2)
b = Builtin([1])
b.append(5)
b.extend([7])
print(b, len(b))
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __missing__(self, k):
        return "missing " + k
d = D(a=1)
print(d["A"], d.get("A"), d["Z"])
class S(str):
    def upper(self):
        return "custom upper"
s = S("abc")
print(s.upper(), s.lower(), s + "d", type(s + "d").__name__, type(s[0]).__name__)
class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1000)
print(I(1) + 1, 1 + I(1), type(I(1) + 1).__name__, type(I(5) * 2).__name__)
