# IndexError on a list inside a loop over computed indices.
matrix = [[1, 2, 3], [4, 5, 6]]
for i in range(3):
    print(sum(matrix[i]))
