# except* needs exception classes.
try:
    raise ValueError(1)
except* int:
    pass

# expect runtime error: TypeError: catching classes that do not inherit from BaseException is not allowed
