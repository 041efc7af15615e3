# shlex: split (posix, comments), quote, join, the shlex lexer with
# punctuation_chars, and the errors for unclosed quotes and escapes.
import shlex
print(shlex.split('ls -l "my file.txt" \'single quoted\' back\\ slash # not a comment'))
print(shlex.split('echo hi # comment', comments=True), shlex.split("a 'b c' d", posix=False))
print(shlex.quote("it's a test"), shlex.quote("safe-name.txt"), shlex.quote(""))
print(shlex.join(["cp", "a file", "dest dir/"]))
lex = shlex.shlex("x = 1 + foo(bar, 'baz qux')", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b || c; d > out.txt', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
for bad in ['unclosed "quote', "trailing \\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

# expect: ['ls', '-l', 'my file.txt', 'single quoted', 'back slash', '#', 'not', 'a', 'comment']
# expect: ['echo', 'hi'] ['a', "'b c'", 'd']
# expect: 'it'"'"'s a test' safe-name.txt ''
# expect: cp 'a file' 'dest dir/'
# expect: ['x', '=', '1', '+', 'foo', '(', 'bar', ',', "'baz qux'", ')']
# expect: ['a', '&&', 'b', '||', 'c', ';', 'd', '>', 'out.txt']
# expect: ValueError: No closing quotation
# expect: ValueError: No escaped character
