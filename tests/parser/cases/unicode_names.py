é = 1
ñandú = 2
ｆｕｌｌ = 3
ℌ = 4
x = é + ñandú + ｆｕｌｌ
def 函数(参数): return 参数
class Ωmega: pass
π = 3.14
_ɑ = 0
