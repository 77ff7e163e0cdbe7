  
if x:
  a
   b
