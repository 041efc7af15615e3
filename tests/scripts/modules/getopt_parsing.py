# getopt/gnu_getopt: short and long options, unique prefixes, CPython's GetoptError messages.
import getopt

cases = [
    (["-a", "-b", "val", "file1", "-c"], "ab:c", []),
    (["-abval", "-c", "--", "-a"], "ab:c", []),
    (["--verbose", "--out=x.txt", "--lev", "3", "rest"], "v", ["verbose", "output=", "level="]),
    (["-x"], "ab", []),
    (["-b"], "ab:", []),
    (["--nope"], "", ["verbose"]),
    (["--ver"], "", ["verbose", "version"]),
    (["--verbose=1"], "", ["verbose"]),
    (["--output"], "", ["output="]),
    (["-", "-a"], "a", []),
    (["--out", "f"], "", ["out=", "output="]),
    (["-a:"], "a", []),
]
for args, short, long in cases:
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print("GetoptError:", e, repr(e.opt), e.msg == str(e), e.args)
print(getopt.gnu_getopt(["file", "-a", "--level=2", "more", "-b", "x"], "ab:", ["level="]))
print(getopt.gnu_getopt(["file", "-a"], "+a"), getopt.gnu_getopt(["-a", "--", "-b"], "ab"))
print(getopt.getopt(["--level=2"], "", "level="), getopt.error is getopt.GetoptError)

# expect: ([('-a', ''), ('-b', 'val')], ['file1', '-c'])
# expect: ([('-a', ''), ('-b', 'val'), ('-c', '')], ['-a'])
# expect: ([('--verbose', ''), ('--output', 'x.txt'), ('--level', '3')], ['rest'])
# expect: GetoptError: option -x not recognized 'x' True ('option -x not recognized', 'x')
# expect: GetoptError: option -b requires argument 'b' True ('option -b requires argument', 'b')
# expect: GetoptError: option --nope not recognized 'nope' True ('option --nope not recognized', 'nope')
# expect: GetoptError: option --ver not a unique prefix 'ver' True ('option --ver not a unique prefix', 'ver')
# expect: GetoptError: option --verbose must not have an argument 'verbose' True ('option --verbose must not have an argument', 'verbose')
# expect: GetoptError: option --output requires argument 'output' True ('option --output requires argument', 'output')
# expect: ([], ['-', '-a'])
# expect: ([('--out', 'f')], [])
# expect: GetoptError: option -: not recognized ':' True ('option -: not recognized', ':')
# expect: ([('-a', ''), ('--level', '2'), ('-b', 'x')], ['file', 'more'])
# expect: ([], ['file', '-a']) ([('-a', '')], ['-b'])
# expect: ([('--level', '2')], []) True
