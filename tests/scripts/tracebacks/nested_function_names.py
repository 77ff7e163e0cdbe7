# Frame names are function names (not qualified names) for methods and nested functions.
class Outer:
    class Inner:
        def method(self):
            def helper_fn():
                return [][0]
            return helper_fn()
    def run(self):
        return self.Inner().method()
Outer().run()
