# tokenize/token: the token stream of a program, exact operator types, untokenize, detect_encoding
# Tokenize a source string and print the tokens
import io, tokenize, token
src = '''def add(a, b=2):
    """doc"""
    return a + b  # sum
x = add(1, b=3.5) ** 2
if x >= 10:
    print(f"big {x!r}")
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
# Count names, strip comments, roundtrip with untokenize
import io, tokenize, token, collections
src = "import os  # comment\nvalue = os.path.join('a', \"b\")\n# full line\nprint(value, value)\n"
names = collections.Counter(t.string for t in tokenize.generate_tokens(io.StringIO(src).readline) if t.type == token.NAME)
print(names.most_common(3))
toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline) if t.type != tokenize.COMMENT]
print(tokenize.untokenize(toks))
print(tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)))
b = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
print(b[0], b[1].exact_type == token.NAME, b[-1].type == token.ENDMARKER)
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx=1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx=1\n').readline))
# token module constants and helpers; exact operator types
import token, tokenize, io
print(token.NAME, token.NUMBER, token.STRING, token.OP, token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER, token.N_TOKENS, token.NT_OFFSET)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES['**='], token.tok_name[token.EXACT_TOKEN_TYPES['->']])
for t in tokenize.generate_tokens(io.StringIO('a[1:2] -> {**k} @= x != y\n').readline):
    if t.type == token.OP:
        print(t.string, token.tok_name[t.exact_type])

# expect: NAME 'def' (1, 0) (1, 3)
# expect: NAME 'add' (1, 4) (1, 7)
# expect: OP '(' (1, 7) (1, 8)
# expect: NAME 'a' (1, 8) (1, 9)
# expect: OP ',' (1, 9) (1, 10)
# expect: NAME 'b' (1, 11) (1, 12)
# expect: OP '=' (1, 12) (1, 13)
# expect: NUMBER '2' (1, 13) (1, 14)
# expect: OP ')' (1, 14) (1, 15)
# expect: OP ':' (1, 15) (1, 16)
# expect: NEWLINE '\n' (1, 16) (1, 17)
# expect: INDENT '    ' (2, 0) (2, 4)
# expect: STRING '"""doc"""' (2, 4) (2, 13)
# expect: NEWLINE '\n' (2, 13) (2, 14)
# expect: NAME 'return' (3, 4) (3, 10)
# expect: NAME 'a' (3, 11) (3, 12)
# expect: OP '+' (3, 13) (3, 14)
# expect: NAME 'b' (3, 15) (3, 16)
# expect: COMMENT '# sum' (3, 18) (3, 23)
# expect: NEWLINE '\n' (3, 23) (3, 24)
# expect: DEDENT '' (4, 0) (4, 0)
# expect: NAME 'x' (4, 0) (4, 1)
# expect: OP '=' (4, 2) (4, 3)
# expect: NAME 'add' (4, 4) (4, 7)
# expect: OP '(' (4, 7) (4, 8)
# expect: NUMBER '1' (4, 8) (4, 9)
# expect: OP ',' (4, 9) (4, 10)
# expect: NAME 'b' (4, 11) (4, 12)
# expect: OP '=' (4, 12) (4, 13)
# expect: NUMBER '3.5' (4, 13) (4, 16)
# expect: OP ')' (4, 16) (4, 17)
# expect: OP '**' (4, 18) (4, 20)
# expect: NUMBER '2' (4, 21) (4, 22)
# expect: NEWLINE '\n' (4, 22) (4, 23)
# expect: NAME 'if' (5, 0) (5, 2)
# expect: NAME 'x' (5, 3) (5, 4)
# expect: OP '>=' (5, 5) (5, 7)
# expect: NUMBER '10' (5, 8) (5, 10)
# expect: OP ':' (5, 10) (5, 11)
# expect: NEWLINE '\n' (5, 11) (5, 12)
# expect: INDENT '    ' (6, 0) (6, 4)
# expect: NAME 'print' (6, 4) (6, 9)
# expect: OP '(' (6, 9) (6, 10)
# expect: STRING 'f"big {x!r}"' (6, 10) (6, 22)
# expect: OP ')' (6, 22) (6, 23)
# expect: NEWLINE '\n' (6, 23) (6, 24)
# expect: DEDENT '' (7, 0) (7, 0)
# expect: ENDMARKER '' (7, 0) (7, 0)
# expect: [('value', 3), ('os', 2), ('import', 1)]
# expect: import os           
# expect: value = os.path.join('a', "b")
# expect:            
# expect: print(value, value)
# expect: 
# expect: import os # comment
# expect: value =os .path .join ('a',"b")
# expect: # full line
# expect: print (value ,value )
# expect: 
# expect: TokenInfo(type=63 (ENCODING), string='utf-8', start=(0, 0), end=(0, 0), line='') True True
# expect: ('iso-8859-1', [b'# -*- coding: latin-1 -*-\n'])
# expect: ('utf-8-sig', [b'x=1\n'])
# expect: 1 2 3 54 4 5 6 0 64 256
# expect: True True True
# expect: 46 RARROW
# expect: [ LSQB
# expect: : COLON
# expect: ] RSQB
# expect: -> RARROW
# expect: { LBRACE
# expect: ** DOUBLESTAR
# expect: } RBRACE
# expect: @= ATEQUAL
# expect: != NOTEQUAL
