# except* needs a type.
try:
    pass
except* :
    pass

# expect error: SyntaxError: expected one or more exception types
