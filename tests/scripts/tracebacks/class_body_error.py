# An error while executing a class body shows the class body as a frame.
class Settings:
    debug = False
    level = int("3")
    retries = int("three")
    def show(self):
        return self.level
