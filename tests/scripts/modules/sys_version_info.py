# sys.version_info is a 3.11 named tuple; sys.version starts with "3.11".
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)  # expect: (3, 11) 3 11
print(sys.version_info >= (3, 8), sys.version_info.releaselevel)  # expect: True final
print(sys.version.startswith("3.11."))  # expect: True
print(len(sys.version_info), tuple(sys.version_info)[:2])  # expect: 5 (3, 11)
print(repr(sys.version_info).startswith("sys.version_info(major=3, minor=11, micro="))  # expect: True
print(sys.hexversion >> 16 == 0x030B)  # expect: True
