# Caret positions on a source line containing non-ASCII characters.
prices = {"café": 2.5, "thé": 2.0}
label = "crème"
print(prices["café"])
total = prices["café"] + prices[label] * 2
