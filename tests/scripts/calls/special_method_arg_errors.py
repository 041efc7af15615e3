# Calling a built-in type's special methods with the wrong arguments: most
# are slot wrappers ("expected 1 argument, got 0", "wrapper __len__() takes
# no keyword arguments"; item assignment and sequence repeat say " expected
# 2 arguments, got 3"), a few are plain methods the type defines beside the
# slot (list.__getitem__, dict.__contains__) or dunders that are no slot
# (__reversed__, __floor__, __round__). Messages as CPython 3.11's.
cases = []
for obj in ['{}', '[]', 'range(3)', '()', 'set()', '""']:
    for m, n in [('__contains__', 1), ('__delitem__', 1), ('__getitem__', 1), ('__iadd__', 1),
                 ('__iter__', 0), ('__len__', 0), ('__repr__', 0), ('__reversed__', 0),
                 ('__setitem__', 2), ('__eq__', 1), ('__lt__', 1)]:
        cases.append(f'{obj}.{m}({", ".join(["1"] * (n + 1))})')
        cases.append(f'{obj}.{m}(x=1)')
cases += ['"".__add__()', '"".__add__(1, 2)', '"".__mul__()', '"".__mod__(x=1)', '"".__hash__(1)',
          'int.__add__(1, 2, 3)', '(1).__add__(x=1)', '(1).__radd__()', 'int.__neg__(1, 2)',
          '(1).__lt__()', '(1.5).__eq__(1, 2)', '(1.5).__floor__(1)', '(1).__round__(1, 2)',
          '(1).__bool__(x=1)', '(1).__hash__(1)', '(2).__pow__()', '(2).__pow__(1, 2, 3)', '(2).__rpow__()',
          'object().__repr__(1)', 'object().__eq__()', 'object().__ne__(1, 2)', 'object().__hash__(x=1)',
          'object.__repr__()', 'object.__eq__()']
for c in cases:
    try:
        eval(c)
        print(c, 'OK')
    except AttributeError:
        print(c, 'no such method')
    except TypeError as e:
        print(c, '->', e)
# expect: {}.__contains__(1, 1) -> dict.__contains__() takes exactly one argument (2 given)
# expect: {}.__contains__(x=1) -> dict.__contains__() takes no keyword arguments
# expect: {}.__delitem__(1, 1) -> expected 1 argument, got 2
# expect: {}.__delitem__(x=1) -> wrapper __delitem__() takes no keyword arguments
# expect: {}.__getitem__(1, 1) -> dict.__getitem__() takes exactly one argument (2 given)
# expect: {}.__getitem__(x=1) -> dict.__getitem__() takes no keyword arguments
# expect: {}.__iadd__(1, 1) no such method
# expect: {}.__iadd__(x=1) no such method
# expect: {}.__iter__(1) -> expected 0 arguments, got 1
# expect: {}.__iter__(x=1) -> wrapper __iter__() takes no keyword arguments
# expect: {}.__len__(1) -> expected 0 arguments, got 1
# expect: {}.__len__(x=1) -> wrapper __len__() takes no keyword arguments
# expect: {}.__repr__(1) -> expected 0 arguments, got 1
# expect: {}.__repr__(x=1) -> wrapper __repr__() takes no keyword arguments
# expect: {}.__reversed__(1) -> dict.__reversed__() takes no arguments (1 given)
# expect: {}.__reversed__(x=1) -> dict.__reversed__() takes no keyword arguments
# expect: {}.__setitem__(1, 1, 1) ->  expected 2 arguments, got 3
# expect: {}.__setitem__(x=1) -> wrapper __setitem__() takes no keyword arguments
# expect: {}.__eq__(1, 1) -> expected 1 argument, got 2
# expect: {}.__eq__(x=1) -> wrapper __eq__() takes no keyword arguments
# expect: {}.__lt__(1, 1) -> expected 1 argument, got 2
# expect: {}.__lt__(x=1) -> wrapper __lt__() takes no keyword arguments
# expect: [].__contains__(1, 1) -> expected 1 argument, got 2
# expect: [].__contains__(x=1) -> wrapper __contains__() takes no keyword arguments
# expect: [].__delitem__(1, 1) -> expected 1 argument, got 2
# expect: [].__delitem__(x=1) -> wrapper __delitem__() takes no keyword arguments
# expect: [].__getitem__(1, 1) -> list.__getitem__() takes exactly one argument (2 given)
# expect: [].__getitem__(x=1) -> list.__getitem__() takes no keyword arguments
# expect: [].__iadd__(1, 1) -> expected 1 argument, got 2
# expect: [].__iadd__(x=1) -> wrapper __iadd__() takes no keyword arguments
# expect: [].__iter__(1) -> expected 0 arguments, got 1
# expect: [].__iter__(x=1) -> wrapper __iter__() takes no keyword arguments
# expect: [].__len__(1) -> expected 0 arguments, got 1
# expect: [].__len__(x=1) -> wrapper __len__() takes no keyword arguments
# expect: [].__repr__(1) -> expected 0 arguments, got 1
# expect: [].__repr__(x=1) -> wrapper __repr__() takes no keyword arguments
# expect: [].__reversed__(1) -> list.__reversed__() takes no arguments (1 given)
# expect: [].__reversed__(x=1) -> list.__reversed__() takes no keyword arguments
# expect: [].__setitem__(1, 1, 1) ->  expected 2 arguments, got 3
# expect: [].__setitem__(x=1) -> wrapper __setitem__() takes no keyword arguments
# expect: [].__eq__(1, 1) -> expected 1 argument, got 2
# expect: [].__eq__(x=1) -> wrapper __eq__() takes no keyword arguments
# expect: [].__lt__(1, 1) -> expected 1 argument, got 2
# expect: [].__lt__(x=1) -> wrapper __lt__() takes no keyword arguments
# expect: range(3).__contains__(1, 1) -> expected 1 argument, got 2
# expect: range(3).__contains__(x=1) -> wrapper __contains__() takes no keyword arguments
# expect: range(3).__delitem__(1, 1) no such method
# expect: range(3).__delitem__(x=1) no such method
# expect: range(3).__getitem__(1, 1) -> expected 1 argument, got 2
# expect: range(3).__getitem__(x=1) -> wrapper __getitem__() takes no keyword arguments
# expect: range(3).__iadd__(1, 1) no such method
# expect: range(3).__iadd__(x=1) no such method
# expect: range(3).__iter__(1) -> expected 0 arguments, got 1
# expect: range(3).__iter__(x=1) -> wrapper __iter__() takes no keyword arguments
# expect: range(3).__len__(1) -> expected 0 arguments, got 1
# expect: range(3).__len__(x=1) -> wrapper __len__() takes no keyword arguments
# expect: range(3).__repr__(1) -> expected 0 arguments, got 1
# expect: range(3).__repr__(x=1) -> wrapper __repr__() takes no keyword arguments
# expect: range(3).__reversed__(1) -> range.__reversed__() takes no arguments (1 given)
# expect: range(3).__reversed__(x=1) -> range.__reversed__() takes no keyword arguments
# expect: range(3).__setitem__(1, 1, 1) no such method
# expect: range(3).__setitem__(x=1) no such method
# expect: range(3).__eq__(1, 1) -> expected 1 argument, got 2
# expect: range(3).__eq__(x=1) -> wrapper __eq__() takes no keyword arguments
# expect: range(3).__lt__(1, 1) -> expected 1 argument, got 2
# expect: range(3).__lt__(x=1) -> wrapper __lt__() takes no keyword arguments
# expect: ().__contains__(1, 1) -> expected 1 argument, got 2
# expect: ().__contains__(x=1) -> wrapper __contains__() takes no keyword arguments
# expect: ().__delitem__(1, 1) no such method
# expect: ().__delitem__(x=1) no such method
# expect: ().__getitem__(1, 1) -> expected 1 argument, got 2
# expect: ().__getitem__(x=1) -> wrapper __getitem__() takes no keyword arguments
# expect: ().__iadd__(1, 1) no such method
# expect: ().__iadd__(x=1) no such method
# expect: ().__iter__(1) -> expected 0 arguments, got 1
# expect: ().__iter__(x=1) -> wrapper __iter__() takes no keyword arguments
# expect: ().__len__(1) -> expected 0 arguments, got 1
# expect: ().__len__(x=1) -> wrapper __len__() takes no keyword arguments
# expect: ().__repr__(1) -> expected 0 arguments, got 1
# expect: ().__repr__(x=1) -> wrapper __repr__() takes no keyword arguments
# expect: ().__reversed__(1) no such method
# expect: ().__reversed__(x=1) no such method
# expect: ().__setitem__(1, 1, 1) no such method
# expect: ().__setitem__(x=1) no such method
# expect: ().__eq__(1, 1) -> expected 1 argument, got 2
# expect: ().__eq__(x=1) -> wrapper __eq__() takes no keyword arguments
# expect: ().__lt__(1, 1) -> expected 1 argument, got 2
# expect: ().__lt__(x=1) -> wrapper __lt__() takes no keyword arguments
# expect: set().__contains__(1, 1) -> set.__contains__() takes exactly one argument (2 given)
# expect: set().__contains__(x=1) -> set.__contains__() takes no keyword arguments
# expect: set().__delitem__(1, 1) no such method
# expect: set().__delitem__(x=1) no such method
# expect: set().__getitem__(1, 1) no such method
# expect: set().__getitem__(x=1) no such method
# expect: set().__iadd__(1, 1) no such method
# expect: set().__iadd__(x=1) no such method
# expect: set().__iter__(1) -> expected 0 arguments, got 1
# expect: set().__iter__(x=1) -> wrapper __iter__() takes no keyword arguments
# expect: set().__len__(1) -> expected 0 arguments, got 1
# expect: set().__len__(x=1) -> wrapper __len__() takes no keyword arguments
# expect: set().__repr__(1) -> expected 0 arguments, got 1
# expect: set().__repr__(x=1) -> wrapper __repr__() takes no keyword arguments
# expect: set().__reversed__(1) no such method
# expect: set().__reversed__(x=1) no such method
# expect: set().__setitem__(1, 1, 1) no such method
# expect: set().__setitem__(x=1) no such method
# expect: set().__eq__(1, 1) -> expected 1 argument, got 2
# expect: set().__eq__(x=1) -> wrapper __eq__() takes no keyword arguments
# expect: set().__lt__(1, 1) -> expected 1 argument, got 2
# expect: set().__lt__(x=1) -> wrapper __lt__() takes no keyword arguments
# expect: "".__contains__(1, 1) -> expected 1 argument, got 2
# expect: "".__contains__(x=1) -> wrapper __contains__() takes no keyword arguments
# expect: "".__delitem__(1, 1) no such method
# expect: "".__delitem__(x=1) no such method
# expect: "".__getitem__(1, 1) -> expected 1 argument, got 2
# expect: "".__getitem__(x=1) -> wrapper __getitem__() takes no keyword arguments
# expect: "".__iadd__(1, 1) no such method
# expect: "".__iadd__(x=1) no such method
# expect: "".__iter__(1) -> expected 0 arguments, got 1
# expect: "".__iter__(x=1) -> wrapper __iter__() takes no keyword arguments
# expect: "".__len__(1) -> expected 0 arguments, got 1
# expect: "".__len__(x=1) -> wrapper __len__() takes no keyword arguments
# expect: "".__repr__(1) -> expected 0 arguments, got 1
# expect: "".__repr__(x=1) -> wrapper __repr__() takes no keyword arguments
# expect: "".__reversed__(1) no such method
# expect: "".__reversed__(x=1) no such method
# expect: "".__setitem__(1, 1, 1) no such method
# expect: "".__setitem__(x=1) no such method
# expect: "".__eq__(1, 1) -> expected 1 argument, got 2
# expect: "".__eq__(x=1) -> wrapper __eq__() takes no keyword arguments
# expect: "".__lt__(1, 1) -> expected 1 argument, got 2
# expect: "".__lt__(x=1) -> wrapper __lt__() takes no keyword arguments
# expect: "".__add__() -> expected 1 argument, got 0
# expect: "".__add__(1, 2) -> expected 1 argument, got 2
# expect: "".__mul__() ->  expected 1 argument, got 0
# expect: "".__mod__(x=1) -> wrapper __mod__() takes no keyword arguments
# expect: "".__hash__(1) -> expected 0 arguments, got 1
# expect: int.__add__(1, 2, 3) -> expected 1 argument, got 2
# expect: (1).__add__(x=1) -> wrapper __add__() takes no keyword arguments
# expect: (1).__radd__() -> expected 1 argument, got 0
# expect: int.__neg__(1, 2) -> expected 0 arguments, got 1
# expect: (1).__lt__() -> expected 1 argument, got 0
# expect: (1.5).__eq__(1, 2) -> expected 1 argument, got 2
# expect: (1.5).__floor__(1) -> float.__floor__() takes no arguments (1 given)
# expect: (1).__round__(1, 2) -> __round__ expected at most 1 argument, got 2
# expect: (1).__bool__(x=1) -> wrapper __bool__() takes no keyword arguments
# expect: (1).__hash__(1) -> expected 0 arguments, got 1
# expect: (2).__pow__() ->  expected at least 1 argument, got 0
# expect: (2).__pow__(1, 2, 3) ->  expected at most 2 arguments, got 3
# expect: (2).__rpow__() ->  expected at least 1 argument, got 0
# expect: object().__repr__(1) -> expected 0 arguments, got 1
# expect: object().__eq__() -> expected 1 argument, got 0
# expect: object().__ne__(1, 2) -> expected 1 argument, got 2
# expect: object().__hash__(x=1) -> wrapper __hash__() takes no keyword arguments
# expect: object.__repr__() -> descriptor '__repr__' of 'object' object needs an argument
# expect: object.__eq__() -> descriptor '__eq__' of 'object' object needs an argument
