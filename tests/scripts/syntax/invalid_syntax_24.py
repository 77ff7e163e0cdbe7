raise x y
