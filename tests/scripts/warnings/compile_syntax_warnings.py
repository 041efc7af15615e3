# The compiler's SyntaxWarnings go through the warnings module: its filters
# (an "error" filter makes them the compile's SyntaxError), catch_warnings
# and showwarning; a pseudo-file shows no source line.
import sys
import warnings

compile("x = 1 is 1", "<s>", "exec")
# expect stderr: <s>:1: SyntaxWarning: "is" with a literal. Did you mean "=="?
compile("y = 2\nz = () is not x\n", "<u>", "exec")
# expect stderr: <u>:2: SyntaxWarning: "is not" with a literal. Did you mean "!="?
compile("assert (x, 'm')", "<v>", "exec")
# expect stderr: <v>:1: SyntaxWarning: assertion is always true, perhaps remove parentheses?
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("f = (1)(2)\ng = [1][1, 2]", "<x>", "exec")
for x in w:
    print(x.category.__name__, x.message, x.filename, x.lineno)
# expect: SyntaxWarning 'int' object is not callable; perhaps you missed a comma? <x> 1
# expect: SyntaxWarning list indices must be integers or slices, not tuple; perhaps you missed a comma? <x> 2
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("x = 1 is 1", "<quiet>", "exec")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("a = 1\nx = 1 is 1\n", "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
# expect: "is" with a literal. Did you mean "=="? <s> 2 5 2 11 None

def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, filename, lineno, message)
warnings.showwarning = show
exec("t = 'a' is 'a'")  # expect: shown: SyntaxWarning <string> 1 "is" with a literal. Did you mean "=="?
