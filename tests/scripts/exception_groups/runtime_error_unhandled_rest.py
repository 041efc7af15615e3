# The part no clause matched is re-raised as a group.
try:
    raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
except* ValueError:
    print("handled the ValueError")

# expect: handled the ValueError
# expect runtime error:     +------------------------------------
