"""A small module imported by the import tests."""
print("greet_mod: executing module body")
GREETING = "hello"
calls = 0
def greet(name):
    global calls
    calls += 1
    return f"{GREETING}, {name}!"
class Greeter:
    def __init__(self, punct="!"):
        self.punct = punct
    def __call__(self, name):
        return f"{GREETING} {name}{self.punct}"
_private = "underscore names are skipped by star imports"
if __name__ == "__main__":
    print("greet_mod run as a script")
