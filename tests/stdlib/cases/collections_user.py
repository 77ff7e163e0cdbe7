from collections import *
from collections import UserString
d = deque([1,2,3])
it = iter(d); next(it); d.append(4)
try: next(it)
except RuntimeError as e: print(e)
d = deque(); d.append(d); print(d)
print(UserString('ab').upper(), type(UserString('ab').upper()), UserString('a') + 'b', 'b' + UserString('a'), UserString('abc')[1:], UserString('x') * 3, UserString('a') == 'a', UserString('a') < 'b', 'a' in UserString('ab'))
ul = UserList([3,1,2]); ul.sort(); print(ul, ul + [1], [1] + ul, type(ul[1:]), ul * 2, ul.copy(), type(ul.copy()), ul == [1,2,3], ul < [5])
ud = UserDict({'a': 1}); ud['b'] = 2; print(ud, len(ud), ud | {'c': 3}, {'z': 0} | ud, ud.copy(), type(ud.copy()), 'a' in ud, ud.get('q', 5), list(ud.items()), ud == {'a':1,'b':2})
print(UserString('Hello').split('l'), UserString(' x ').strip(), UserString('a,b').partition(','), UserString('abc').find('c'), UserString('ab%s') % 'c', UserString('{}x').format(1), hash(UserString('a')) == hash('a'))
print(str(UserString('q')), repr(UserString(5)), int(UserString('5')), float(UserString('1.5')), UserString('abc').replace('b','x'), len(UserString('abc')), UserString('a').join(['x','y']))
print(UserList(), UserDict(), UserList('abc'), UserDict([(1,2)], x=1))
