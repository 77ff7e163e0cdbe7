# -*- coding: latin-1 -*-
x = "été"
y = b"\xe9"
