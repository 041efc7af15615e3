# Nor inside a tuple.
try:
    raise ValueError(1)
except* (ValueError, BaseExceptionGroup):
    pass

# expect runtime error: TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
