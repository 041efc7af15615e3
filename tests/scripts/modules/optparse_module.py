# optparse (CPython's copy): options, types, callbacks, groups, help, and the errors.
from optparse import OptionParser, OptionGroup, OptionValueError
def check_even(option, opt, value, parser):
    if value % 2: raise OptionValueError(f"option {opt}: {value} is odd")
    setattr(parser.values, option.dest, value)
p = OptionParser(usage="usage: %prog [options] file...", version="%prog 1.0", prog="legacy")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True, help="don't print status messages")
p.add_option("-n", type="int", dest="num", default=1)
p.add_option("-e", "--even", type="int", action="callback", callback=check_even, dest="even")
p.add_option("--mode", type="choice", choices=["a", "b"], default="a")
g = OptionGroup(p, "Dangerous Options", "Caution: use at your own risk.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
print(p.format_help())
opts, args = p.parse_args(["-f", "out.txt", "-q", "-n", "5", "x", "y", "--mode=b", "-e", "4"])
print(opts.filename, opts.verbose, opts.num, opts.mode, opts.even, opts.g, args)
print(opts)
import io, contextlib
for bad in (["-n", "abc"], ["--mode", "z"], ["-e", "3"], ["--nope"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err): p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code, err.getvalue().strip().splitlines()[-1])
# expect: Usage: legacy [options] file...
# expect: 
# expect: Options:
# expect:   --version             show program's version number and exit
# expect:   -h, --help            show this help message and exit
# expect:   -f FILE, --file=FILE  write report to FILE
# expect:   -q, --quiet           don't print status messages
# expect:   -n NUM                
# expect:   -e EVEN, --even=EVEN  
# expect:   --mode=MODE           
# expect: 
# expect:   Dangerous Options:
# expect:     Caution: use at your own risk.
# expect: 
# expect:     -g                  Group option.
# expect: 
# expect: out.txt False 5 b 4 None ['x', 'y']
# expect: {'filename': 'out.txt', 'verbose': False, 'num': 5, 'even': 4, 'mode': 'b', 'g': None}
# expect: exit 2 legacy: error: option -n: invalid integer value: 'abc'
# expect: exit 2 legacy: error: option --mode: invalid choice: 'z' (choose from 'a', 'b')
# expect: exit 2 legacy: error: option -e: 3 is odd
# expect: exit 2 legacy: error: no such option: --nope
