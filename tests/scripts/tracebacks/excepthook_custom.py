# An uncaught exception goes to the sys.excepthook the program installed,
# with the type, the exception and its traceback.
import sys

print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__, sys.displayhook is sys.__displayhook__)

def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is v.__traceback__, tb.tb_lineno)

sys.excepthook = hook
raise ValueError("bad")
# expect: True excepthook True
# expect: hook: ValueError bad True 11
# expect exit: 1
