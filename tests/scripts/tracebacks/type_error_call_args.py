# Uncaught TypeError from calling a function with the wrong arguments.
def connect(host, port, *, timeout=10):
    return f"{host}:{port} ({timeout}s)"
print(connect("localhost", 80))
connect("localhost", 80, 30)
