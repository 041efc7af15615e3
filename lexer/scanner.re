// The raw scanner: the re2c rules for Python 3.11's tokens (UTF-8 input).
//
// One call recognizes one raw token: an operator, keyword, name, the start
// of a string or number, whitespace, a comment, a newline or a backslash.
// String bodies and numbers are finished by hand in the Lexer, where the
// CPython error messages and positions are easier to reproduce.
#include "lexer/scanner.hpp"

#include "grammar.h"

namespace coil::lex {

/*!include:re2c "unicode_categories.re" */

RawToken scan_raw(const char* cursor, const char* limit) {
  const unsigned char* YYCURSOR = reinterpret_cast<const unsigned char*>(cursor);
  const unsigned char* const YYLIMIT = reinterpret_cast<const unsigned char*>(limit);
  const unsigned char* YYMARKER = YYCURSOR;
  auto done = [&](int kind) { return RawToken{kind, reinterpret_cast<const char*>(YYCURSOR)}; };
  /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
    re2c:encoding:utf8 = 1;

    id_start = L | Nl | "_";
    id_continue = id_start | Mn | Mc | Nd | Pc;
    prefix = [rRbBuUfF] | [rR][bBfF] | [bBfF][rR];
    nonprintable = Cc | Cf | Cs | Co | Cn | Zl | Zp | Zs;

    $ { return done(kRawEof); }
    [ \t\f]+ { return done(kRawSpace); }
    "\n" { return done(kRawNewline); }
    "#" [^\n]* { return done(kRawComment); }
    "\\\n" { return done(kRawContinuation); }
    "\\" { return done(kRawBadBackslash); }
    prefix? ['"] { return done(kRawStringStart); }
    prefix? ("'''" | '"""') { return done(kRawStringStart); }
    [0-9] | "." [0-9] { return RawToken{kRawNumber, cursor + 1}; }

    "False" { return done(TK_FALSE); }
    "None" { return done(TK_NONE); }
    "True" { return done(TK_TRUE); }
    "and" { return done(TK_AND); }
    "as" { return done(TK_AS); }
    "assert" { return done(TK_ASSERT); }
    "async" { return done(TK_ASYNC); }
    "await" { return done(TK_AWAIT); }
    "break" { return done(TK_BREAK); }
    "class" { return done(TK_CLASS); }
    "continue" { return done(TK_CONTINUE); }
    "def" { return done(TK_DEF); }
    "del" { return done(TK_DEL); }
    "elif" { return done(TK_ELIF); }
    "else" { return done(TK_ELSE); }
    "except" { return done(TK_EXCEPT); }
    "finally" { return done(TK_FINALLY); }
    "for" { return done(TK_FOR); }
    "from" { return done(TK_FROM); }
    "global" { return done(TK_GLOBAL); }
    "if" { return done(TK_IF); }
    "import" { return done(TK_IMPORT); }
    "in" { return done(TK_IN); }
    "is" { return done(TK_IS); }
    "lambda" { return done(TK_LAMBDA); }
    "nonlocal" { return done(TK_NONLOCAL); }
    "not" { return done(TK_NOT); }
    "or" { return done(TK_OR); }
    "pass" { return done(TK_PASS); }
    "raise" { return done(TK_RAISE); }
    "return" { return done(TK_RETURN); }
    "try" { return done(TK_TRY); }
    "while" { return done(TK_WHILE); }
    "with" { return done(TK_WITH); }
    "yield" { return done(TK_YIELD); }
    id_start id_continue* { return done(TK_NAME); }

    "(" { return done(TK_LPAR); }
    ")" { return done(TK_RPAR); }
    "[" { return done(TK_LSQB); }
    "]" { return done(TK_RSQB); }
    "{" { return done(TK_LBRACE); }
    "}" { return done(TK_RBRACE); }
    ":" { return done(TK_COLON); }
    "," { return done(TK_COMMA); }
    ";" { return done(TK_SEMI); }
    "+" { return done(TK_PLUS); }
    "-" { return done(TK_MINUS); }
    "*" { return done(TK_STAR); }
    "/" { return done(TK_SLASH); }
    "|" { return done(TK_VBAR); }
    "&" { return done(TK_AMPER); }
    "<" { return done(TK_LESS); }
    ">" { return done(TK_GREATER); }
    "=" { return done(TK_EQUAL); }
    "." { return done(TK_DOT); }
    "%" { return done(TK_PERCENT); }
    "==" { return done(TK_EQEQUAL); }
    "!=" { return done(TK_NOTEQUAL); }
    "<=" { return done(TK_LESSEQUAL); }
    ">=" { return done(TK_GREATEREQUAL); }
    "~" { return done(TK_TILDE); }
    "^" { return done(TK_CIRCUMFLEX); }
    "<<" { return done(TK_LEFTSHIFT); }
    ">>" { return done(TK_RIGHTSHIFT); }
    "**" { return done(TK_DOUBLESTAR); }
    "+=" { return done(TK_PLUSEQUAL); }
    "-=" { return done(TK_MINEQUAL); }
    "*=" { return done(TK_STAREQUAL); }
    "/=" { return done(TK_SLASHEQUAL); }
    "%=" { return done(TK_PERCENTEQUAL); }
    "&=" { return done(TK_AMPEREQUAL); }
    "|=" { return done(TK_VBAREQUAL); }
    "^=" { return done(TK_CIRCUMFLEXEQUAL); }
    "<<=" { return done(TK_LEFTSHIFTEQUAL); }
    ">>=" { return done(TK_RIGHTSHIFTEQUAL); }
    "**=" { return done(TK_DOUBLESTAREQUAL); }
    "//" { return done(TK_DOUBLESLASH); }
    "//=" { return done(TK_DOUBLESLASHEQUAL); }
    "@" { return done(TK_AT); }
    "@=" { return done(TK_ATEQUAL); }
    "->" { return done(TK_RARROW); }
    "..." { return done(TK_ELLIPSIS); }
    ":=" { return done(TK_COLONEQUAL); }

    nonprintable { return done(kRawNonPrintable); }
    * { return RawToken{kRawBadChar, cursor + 1}; }
  */
}

bool is_printable(const char* p, const char* limit) {
  const unsigned char* YYCURSOR = reinterpret_cast<const unsigned char*>(p);
  const unsigned char* const YYLIMIT = reinterpret_cast<const unsigned char*>(limit);
  const unsigned char* YYMARKER = YYCURSOR;
  /*!re2c
    $ { return false; }
    " " { return true; }
    nonprintable { return false; }
    * { return true; }
  */
}

}  // namespace coil::lex
