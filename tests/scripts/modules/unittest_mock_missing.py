# cpython: no
# coil's unittest has no mock: importing it says so plainly.
import unittest
print(hasattr(unittest, "TestCase"))  # expect: True
from unittest import mock
# expect runtime error: ImportError: unittest.mock is not available in coil
