# test: module
from ... import anything
