# tokenize: errors at EOF inside brackets or strings, dedent mismatches; a highlighter over the token stream
# Errors from the tokenizer
import io, tokenize
for src in ['x = (1,\n', 'def f():\n  x\n y\n', 's = """abc\n', "s = 'abc\n"]:
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            pass
        print('ok', repr(src))
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e.args)
# A tiny syntax highlighter: classify tokens of a file-like source
import io, keyword, tokenize, token
src = "class Foo(Base):\n    count: int = 0x1F\n    def m(self, *args, **kw):\n        return [i for i in args if i is not None]\n"
out = []
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    if tok.type == token.NAME and keyword.iskeyword(tok.string):
        out.append(f'<kw>{tok.string}')
    elif tok.type == token.NAME:
        out.append(f'<id>{tok.string}')
    elif tok.type == token.NUMBER:
        out.append(f'<num>{tok.string}')
    elif tok.type == token.OP:
        out.append(tok.string)
    elif tok.type in (token.NEWLINE, token.NL):
        out.append('\n')
    elif tok.type == token.INDENT:
        out.append('[in]')
    elif tok.type == token.DEDENT:
        out.append('[de]')
print(' '.join(out))
print(tokenize.TokenInfo(1, 'x', (1, 0), (1, 1), 'x\n'))

# expect: TokenError ('EOF in multi-line statement', (2, 0))
# expect: IndentationError ('unindent does not match any outer indentation level', ('<tokenize>', 3, 1, ' y\n'))
# expect: TokenError ('EOF in multi-line string', (1, 4))
# expect: ok "s = 'abc\n"
# expect: <kw>class <id>Foo ( <id>Base ) : 
# expect:  [in] <id>count : <id>int = <num>0x1F 
# expect:  <kw>def <id>m ( <id>self , * <id>args , ** <id>kw ) : 
# expect:  [in] <kw>return [ <id>i <kw>for <id>i <kw>in <id>args <kw>if <id>i <kw>is <kw>not <kw>None ] 
# expect:  [de] [de]
# expect: TokenInfo(type=1 (NAME), string='x', start=(1, 0), end=(1, 1), line='x\n')
