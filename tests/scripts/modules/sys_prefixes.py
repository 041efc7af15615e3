# sys's installation attributes that library modules read (gettext: base_prefix).
import sys
print(sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix, type(sys.prefix).__name__)
print(sys.warnoptions, sys.float_repr_style, sys.api_version, sys.platlibdir, sys.pycache_prefix, sys.is_finalizing())
# expect: True str
# expect: [] short 1013 lib None False
