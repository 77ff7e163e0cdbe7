x = a ** * b
