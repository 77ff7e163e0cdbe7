exec "a"
