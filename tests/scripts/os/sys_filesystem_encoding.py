# sys.getfilesystemencoding/getfilesystemencodeerrors (tarfile reads them)
import sys
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())

# expect: utf-8 surrogateescape
