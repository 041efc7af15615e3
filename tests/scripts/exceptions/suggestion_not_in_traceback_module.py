# "Did you mean" belongs to the interpreter's report of an uncaught
# exception only: 3.11's traceback module (format_exception_only,
# format_exc, print_exc, and so doctest's comparison of an expected
# traceback) shows the bare message.
import sys
import traceback


class Box:
    def __init__(self):
        self.width = 1


try:
    Box().widht
except AttributeError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exc().splitlines()[-1])
    traceback.print_exception(e, limit=0, file=sys.stdout)
try:
    lenght = 3
    print(lengt)
except NameError as e:
    print(traceback.format_exception_only(type(e), e))
Box().widht

# expect: ["AttributeError: 'Box' object has no attribute 'widht'\n"]
# expect: AttributeError: 'Box' object has no attribute 'widht'
# expect: AttributeError: 'Box' object has no attribute 'widht'
# expect: ["NameError: name 'lengt' is not defined\n"]
# expect runtime error: AttributeError: 'Box' object has no attribute 'widht'. Did you mean: 'width'?
