# The __future__ module: every feature with its releases and compiler flag.
from __future__ import annotations
import __future__

print(__future__.all_feature_names)
print(__future__.annotations)
print(annotations is __future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division.getMandatoryRelease(), __future__.division.compiler_flag)
print(hex(__future__.CO_FUTURE_ANNOTATIONS), __future__.__all__[:2])
print(all(hasattr(__future__, name) for name in __future__.all_feature_names))

# expect: ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']
# expect: _Feature((3, 7, 0, 'beta', 1), None, 16777216)
# expect: True
# expect: (3, 7, 0, 'beta', 1) None
# expect: (3, 0, 0, 'alpha', 0) 131072
# expect: 0x1000000 ['all_feature_names', 'nested_scopes']
# expect: True
