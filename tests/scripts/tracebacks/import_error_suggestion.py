# ImportError "cannot import name" with a suggestion, from a module next to this program.
from shapes_mod import circle_area
print(round(circle_area(2), 3))
from shapes_mod import circel_area
