# Uncaught AttributeError in a chain of attribute accesses, with a suggestion.
class Engine:
    def __init__(self):
        self.power = 150
class Car:
    def __init__(self):
        self.engine = Engine()
car = Car()
print(car.engine.power)
print(car.engine.powr)
