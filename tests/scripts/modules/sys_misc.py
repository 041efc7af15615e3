# Assorted sys attributes.
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1)   # expect: 9223372036854775807 True
print(sys.platform, sys.byteorder)             # expect: linux little
print(sys.implementation.name in ("cpython", "coil"))  # expect: True
print(sys.modules["sys"] is sys)               # expect: True
print(type(sys.path), sys.maxunicode)          # expect: <class 'list'> 1114111
print(sys.intern("ab") == "ab", sys.getdefaultencoding())  # expect: True utf-8
print(sys.float_info.epsilon, sys.float_info.max)  # expect: 2.220446049250313e-16 1.7976931348623157e+308
print(sys.stdout.encoding, sys.stderr.name)    # expect: utf-8 <stderr>
