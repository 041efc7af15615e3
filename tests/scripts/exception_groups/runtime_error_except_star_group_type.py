# except* cannot name an exception group type.
try:
    raise ValueError(1)
except* ExceptionGroup:
    pass

# expect runtime error: TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
