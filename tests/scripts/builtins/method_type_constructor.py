# types.MethodType(func, instance) binds a callable to an instance.
import types


class Greeter:
    name = 'g'


def hello(self, who):
    return f'{self.name} greets {who}'


g = Greeter()
m = types.MethodType(hello, g)
print(m('you'), m.__self__ is g, m.__func__ is hello)
print(types.MethodType(len, [1, 2, 3])())
print(m == types.MethodType(hello, g), type(m) is types.MethodType)
for args in [(), (hello,), (1, g), (hello, None), (hello, g, 3)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
try:
    types.MethodType(func=hello, self=g)
except TypeError as e:
    print(e)

# expect: g greets you True True
# expect: 3
# expect: True True
# expect: method expected 2 arguments, got 0
# expect: method expected 2 arguments, got 1
# expect: first argument must be callable
# expect: instance must not be None
# expect: method expected 2 arguments, got 3
# expect: method() takes no keyword arguments
