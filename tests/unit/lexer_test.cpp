// Lexer tests: token streams (INDENT/DEDENT/NEWLINE synthesis, line joining,
// literals, operators), token positions, the lexical errors with CPython's
// messages and positions, and that token.def agrees with Lemon's codes.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "grammar.h"
#include "lexer/lexer.hpp"
#include "lexer/token.hpp"

namespace {

using coil::lex::dump_tokens;
using coil::lex::kEndToken;
using coil::lex::kErrorToken;
using coil::lex::Lexer;
using coil::lex::LexError;
using coil::lex::Token;
using coil::lex::token_name;

// The token names of `source`, space-separated, up to ENDMARKER or "ERROR".
std::string kinds(std::string_view source) {
  Lexer lexer(source);
  std::string out;
  for (;;) {
    Token t = lexer.next();
    if (t.type == kErrorToken) return out + "ERROR";
    out += token_name(t.type);
    if (t.type == kEndToken) return out;
    out += ' ';
  }
}

// The lexical error of `source` as "Type: message line:col-end_line:end_col"
// (CPython's SyntaxError fields), or "" if there is none.
std::string error(std::string_view source) {
  Lexer lexer(source);
  for (;;) {
    Token t = lexer.next();
    if (t.type == kEndToken) return "";
    if (t.type == kErrorToken) {
      const LexError* e = lexer.error();
      return e->type + ": " + e->message + " " + std::to_string(e->line) + ":" + std::to_string(e->col) + "-" +
             std::to_string(e->end_line) + ":" + std::to_string(e->end_col);
    }
  }
}

bool incomplete(std::string_view source) {
  Lexer lexer(source);
  for (;;) {
    Token t = lexer.next();
    if (t.type == kEndToken) return false;
    if (t.type == kErrorToken) return lexer.error()->incomplete;
  }
}

TEST(LexerTokens, TokenDefMatchesGrammar) {
  EXPECT_EQ(TK_START_FILE, 1);
  EXPECT_EQ(TK_WITH_RPAR, coil::lex::token_count());  // the last one in token.def
  for (int code = 1; code <= coil::lex::token_count(); ++code) EXPECT_STRNE(token_name(code), "?") << code;
  EXPECT_STREQ(token_name(TK_LPAR), "LPAR");
  EXPECT_STREQ(coil::lex::token_text(TK_COLON), ":");
  EXPECT_STREQ(coil::lex::token_text(TK_IF), "if");
  EXPECT_STREQ(token_name(kEndToken), "ENDMARKER");
}

TEST(LexerTokens, NewlinesAndEnd) {
  EXPECT_EQ(kinds("x = 1"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x = 1\n"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(kinds(""), "ENDMARKER");
  EXPECT_EQ(kinds("\n\n  \n"), "ENDMARKER");
  EXPECT_EQ(kinds("# only a comment"), "ENDMARKER");
  EXPECT_EQ(kinds("x = 1 # c"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("a; b;"), "NAME SEMI NAME SEMI NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x\r\ny\rz"), "NAME NEWLINE NAME NEWLINE NAME NEWLINE ENDMARKER");
}

TEST(LexerTokens, IndentDedent) {
  EXPECT_EQ(kinds("if x:\n    y\n"), "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
  // End of input without a newline: NEWLINE, then the pending DEDENTs.
  EXPECT_EQ(kinds("if x:\n    y"), "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
  // Blank and comment-only lines change nothing, whatever their indentation.
  EXPECT_EQ(kinds("if x:\n\n    # comment\n\n    y\n  # c\nz\n"),
            "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
  // Several levels closed at once.
  EXPECT_EQ(kinds("if a:\n  if b:\n    if c:\n      d\ne\n"),
            "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE "
            "DEDENT DEDENT DEDENT NAME NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("if a:\n  if b:\n    c\n  d\n"),
            "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT "
            "ENDMARKER");
  // Tabs: consistent use is fine; a form feed resets the column.
  EXPECT_EQ(kinds("if x:\n\ty\n\tz\n"), "IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER");
  EXPECT_EQ(kinds("if x:\n\f    y\n"), "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
  // The parser reports a leading indent ("unexpected indent").
  EXPECT_EQ(kinds("  x"), "INDENT NAME NEWLINE DEDENT ENDMARKER");
}

TEST(LexerTokens, LineJoining) {
  EXPECT_EQ(kinds("x = (1,\n     2)\ny"), "NAME EQUAL LPAR NUMBER COMMA NUMBER RPAR NEWLINE NAME NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x = [\n  1,\n\n  # c\n]\n"), "NAME EQUAL LSQB NUMBER COMMA RSQB NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("if x:\n  y = {\n1: 2}\n  z\n"),
            "IF NAME COLON NEWLINE INDENT NAME EQUAL LBRACE NUMBER COLON NUMBER RBRACE NEWLINE NAME NEWLINE DEDENT "
            "ENDMARKER");
  EXPECT_EQ(kinds("x = 1 + \\\n    2\n"), "NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER");
  // A backslash inside the indentation continues it on the next line.
  EXPECT_EQ(kinds("if x:\n  \\\n  y\n"), "IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
}

TEST(LexerTokens, OperatorsAndKeywords) {
  EXPECT_EQ(kinds("a->b:=c**=d//=e>>=f<<=g@h@=i...j.k!=l"),
            "NAME RARROW NAME COLONEQUAL NAME DOUBLESTAREQUAL NAME DOUBLESLASHEQUAL NAME RIGHTSHIFTEQUAL NAME "
            "LEFTSHIFTEQUAL NAME AT NAME ATEQUAL NAME ELLIPSIS NAME DOT NAME NOTEQUAL NAME NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("+ - * / % // ** << >> & | ^ ~ < > <= >= == = += -= *= /= %= &= |= ^="),
            "PLUS MINUS STAR SLASH PERCENT DOUBLESLASH DOUBLESTAR LEFTSHIFT RIGHTSHIFT AMPER VBAR CIRCUMFLEX TILDE "
            "LESS GREATER LESSEQUAL GREATEREQUAL EQEQUAL EQUAL PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL "
            "PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("not in is not"), "NOT IN IS NOT NEWLINE ENDMARKER");
  // Soft keywords are names; `async` and `await` are keywords.
  EXPECT_EQ(kinds("async await match case _"), "ASYNC AWAIT NAME NAME NAME NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("False None True and as assert break class continue def del elif else except finally"),
            "FALSE NONE TRUE AND AS ASSERT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT FINALLY NEWLINE "
            "ENDMARKER");
  EXPECT_EQ(kinds("for from global if import lambda nonlocal or pass raise return try while with yield"),
            "FOR FROM GLOBAL IF IMPORT LAMBDA NONLOCAL OR PASS RAISE RETURN TRY WHILE WITH YIELD NEWLINE "
            "ENDMARKER");
  EXPECT_EQ(kinds("iff élan λ x_1 _"), "NAME NAME NAME NAME NAME NEWLINE ENDMARKER");
  // ASCII characters that start no token go to the parser ("invalid syntax").
  EXPECT_EQ(kinds("x = $ ? !"), "NAME EQUAL ERRORTOKEN ERRORTOKEN ERRORTOKEN NEWLINE ENDMARKER");
}

TEST(LexerTokens, Numbers) {
  EXPECT_EQ(kinds("0x1F 0o17 0b101 1_000 0 00 0_0 1.5 .5 5. 1e10 1E-5 1j 1.5J 1_0.0_1e1_0 0777e1 09.5"),
            "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER "
            "NUMBER NUMBER NUMBER NEWLINE ENDMARKER");
  // A keyword right after a number ends it (CPython only warns).
  EXPECT_EQ(kinds("1if x else 2"), "NUMBER IF NAME ELSE NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("1else"), "NUMBER ELSE NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("1.2.3"), "NUMBER NUMBER NEWLINE ENDMARKER");
  Lexer lexer("0x_fF + 1_0");
  EXPECT_EQ(lexer.next().view(), "0x_fF");
  lexer.next();
  EXPECT_EQ(lexer.next().view(), "1_0");
}

TEST(LexerTokens, Strings) {
  EXPECT_EQ(kinds("'a' \"b\" '''c''' \"\"\"d\"\"\" r'e' b'f' rb'g' BR'h' f'i' Rf'j' u'k' ''"),
            "STRING STRING STRING STRING STRING STRING STRING STRING STRING STRING STRING STRING NEWLINE "
            "ENDMARKER");
  EXPECT_EQ(kinds("'a\\'b' \"a\\\"b\" '\\\\'"), "STRING STRING STRING NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("'''a\nb''' x"), "STRING NAME NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x = 'a\\\nb'"), "NAME EQUAL STRING NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("'''a''''"), "STRING ERROR");  // the fourth quote opens a new string
  // "ur" is not a prefix: a name, then a string.
  EXPECT_EQ(kinds("ur'x'"), "NAME STRING NEWLINE ENDMARKER");
  Lexer lexer("f'{x}' rb\"\\d\"");
  EXPECT_EQ(lexer.next().view(), "f'{x}'");
  EXPECT_EQ(lexer.next().view(), "rb\"\\d\"");
}

TEST(LexerTokens, Positions) {
  Lexer lexer("if x:\n    yé = 'a\nb' if (\n  1) else 2  # c\n");
  auto pos = [](const Token& t) {
    return std::string(token_name(t.type)) + "@" + std::to_string(t.line) + ":" + std::to_string(t.col) + "-" +
           std::to_string(t.end_line) + ":" + std::to_string(t.end_col);
  };
  EXPECT_EQ(pos(lexer.next()), "IF@1:0-1:2");
  EXPECT_EQ(pos(lexer.next()), "NAME@1:3-1:4");
  EXPECT_EQ(pos(lexer.next()), "COLON@1:4-1:5");
  EXPECT_EQ(pos(lexer.next()), "NEWLINE@1:5-1:5");
  EXPECT_EQ(pos(lexer.next()), "INDENT@2:0-2:4");
  EXPECT_EQ(pos(lexer.next()), "NAME@2:4-2:7");  // byte columns: "é" is two bytes
  EXPECT_EQ(pos(lexer.next()), "EQUAL@2:8-2:9");
  EXPECT_EQ(lexer.next().type, kErrorToken);  // a newline in a single-quoted string
  EXPECT_EQ(lexer.error()->message, "unterminated string literal (detected at line 2)");
  EXPECT_EQ(lexer.error()->line, 2);
  EXPECT_EQ(lexer.error()->col, 10);

  Lexer ok("x = (1 +\n  2)  # comment\ny\n");
  for (int i = 0; i < 6; ++i) ok.next();
  EXPECT_EQ(pos(ok.next()), "RPAR@2:3-2:4");
  // After a comment, NEWLINE spans it (CPython points errors there).
  EXPECT_EQ(pos(ok.next()), "NEWLINE@2:6-2:15");
  EXPECT_EQ(pos(ok.next()), "NAME@3:0-3:1");
  ok.next();
  EXPECT_EQ(pos(ok.next()), "ENDMARKER@4:0-4:0");
}

TEST(LexerTokens, FStringFieldMode) {
  // Positions continue from the field's place in the real source; newlines
  // are ignored as inside brackets.
  coil::lex::LexerOptions options;
  options.first_line = 3;
  options.first_col = 10;
  options.inside_brackets = true;
  Lexer lexer("a +\n b", options);
  Token a = lexer.next();
  EXPECT_EQ(a.line, 3);
  EXPECT_EQ(a.col, 10);
  EXPECT_EQ(lexer.next().type, TK_PLUS);
  Token b = lexer.next();
  EXPECT_EQ(b.line, 4);
  EXPECT_EQ(b.col, 1);
  EXPECT_EQ(lexer.next().type, kEndToken);
}

TEST(LexerErrors, Indentation) {
  EXPECT_EQ(error("if x:\n        y\n\tz\n"), "TabError: inconsistent use of tabs and spaces in indentation 3:1-3:0");
  EXPECT_EQ(error("if x:\n\ty\n        z\n"), "TabError: inconsistent use of tabs and spaces in indentation 3:1-3:0");
  EXPECT_EQ(error("if x:\n    a\n  b"),
            "IndentationError: unindent does not match any outer indentation level 3:4-3:-1");
  std::string deep;
  for (int i = 0; i <= 100; ++i) deep += std::string(i, ' ') + "if x:\n";
  EXPECT_EQ(error(deep + std::string(101, ' ') + "y\n"),
            "IndentationError: too many levels of indentation 101:1-101:0");
}

TEST(LexerErrors, Brackets) {
  EXPECT_EQ(error("x = )"), "SyntaxError: unmatched ')' 1:5-1:5");
  EXPECT_EQ(error("x = (]"), "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' 1:6-1:6");
  EXPECT_EQ(error("x = (\n]"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 2:1-2:1");
  EXPECT_EQ(error("foo(\n  a,\n  b"), "SyntaxError: '(' was never closed 1:4-1:0");
  EXPECT_EQ(error("x = " + std::string(201, '(')), "SyntaxError: too many nested parentheses 1:205-1:205");
  EXPECT_EQ(error("x = " + std::string(200, '(')), "SyntaxError: '(' was never closed 1:204-1:0");
}

TEST(LexerErrors, Continuation) {
  EXPECT_EQ(error("x = 1 \\ y"), "SyntaxError: unexpected character after line continuation character 1:8-1:0");
  EXPECT_EQ(error("x = \\"), "SyntaxError: unexpected EOF while parsing 1:6-1:-1");
  EXPECT_EQ(error("x = \\\n"), "SyntaxError: unexpected EOF while parsing 1:6-1:-1");
  EXPECT_EQ(error("x = 1\n\\"), "SyntaxError: unexpected EOF while parsing 2:2-2:-1");
  EXPECT_EQ(error("  \\  x"), "SyntaxError: unexpected character after line continuation character 1:4-1:0");
}

TEST(LexerErrors, Numbers) {
  const char* zeros =
      "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
      "integers";
  EXPECT_EQ(error("0777"), std::string(zeros) + " 1:1-1:2");
  EXPECT_EQ(error("x = 0_7"), std::string(zeros) + " 1:5-1:7");
  EXPECT_EQ(error("1_"), "SyntaxError: invalid decimal literal 1:2-1:2");
  EXPECT_EQ(error("1__0"), "SyntaxError: invalid decimal literal 1:2-1:2");
  EXPECT_EQ(error("x = 1abc"), "SyntaxError: invalid decimal literal 1:5-1:5");
  EXPECT_EQ(error("1e"), "SyntaxError: invalid decimal literal 1:1-1:1");
  EXPECT_EQ(error("1e+"), "SyntaxError: invalid decimal literal 1:3-1:3");
  EXPECT_EQ(error("1._5"), "SyntaxError: invalid decimal literal 1:2-1:2");
  EXPECT_EQ(error("1jj"), "SyntaxError: invalid imaginary literal 1:2-1:2");
  EXPECT_EQ(error("0x"), "SyntaxError: invalid hexadecimal literal 1:2-1:2");
  EXPECT_EQ(error("0x1_"), "SyntaxError: invalid hexadecimal literal 1:4-1:4");
  EXPECT_EQ(error("0xfj"), "SyntaxError: invalid hexadecimal literal 1:3-1:3");
  EXPECT_EQ(error("0b"), "SyntaxError: invalid binary literal 1:2-1:2");
  EXPECT_EQ(error("0b12"), "SyntaxError: invalid digit '2' in binary literal 1:4-1:4");
  EXPECT_EQ(error("0o"), "SyntaxError: invalid octal literal 1:2-1:2");
  EXPECT_EQ(error("0o1_8"), "SyntaxError: invalid digit '8' in octal literal 1:5-1:5");
}

TEST(LexerErrors, Strings) {
  EXPECT_EQ(error("'abc"), "SyntaxError: unterminated string literal (detected at line 1) 1:1-1:1");
  EXPECT_EQ(error("x = b'abc\ny"), "SyntaxError: unterminated string literal (detected at line 1) 1:5-1:5");
  EXPECT_EQ(error("x = 'ab\\\ncd"), "SyntaxError: unterminated string literal (detected at line 2) 1:5-1:5");
  EXPECT_EQ(error("'''abc"), "SyntaxError: unterminated triple-quoted string literal (detected at line 1) 1:1-1:1");
  EXPECT_EQ(error("x = 1\ny = rb'''abc\n\n"),
            "SyntaxError: unterminated triple-quoted string literal (detected at line 3) 2:5-2:5");
}

TEST(LexerErrors, Characters) {
  EXPECT_EQ(error("x = €"), "SyntaxError: invalid character '€' (U+20AC) 1:5-1:5");
  EXPECT_EQ(error("é = 1 €"), "SyntaxError: invalid character '€' (U+20AC) 1:7-1:7");
  EXPECT_EQ(error("x = 1١"), "SyntaxError: invalid character '١' (U+0661) 1:6-1:6");
  EXPECT_EQ(error("x = \u00a0"), "SyntaxError: invalid non-printable character U+00A0 1:5-1:5");
  EXPECT_EQ(error("x = \x01"), "SyntaxError: invalid non-printable character U+0001 1:5-1:5");
  EXPECT_EQ(error("x = \x7f"), "SyntaxError: invalid non-printable character U+007F 1:5-1:5");
  EXPECT_EQ(error(std::string_view("x\0y", 3)), "SyntaxError: source code string cannot contain null bytes 1:2-1:2");
  EXPECT_EQ(error("x = 1\ny = \xff"),
            "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 4: invalid start byte "
            "2:5-2:5");
  EXPECT_EQ(kinds("\xEF\xBB\xBFx"), "NAME NEWLINE ENDMARKER");  // a UTF-8 BOM is skipped
}

TEST(LexerErrors, Incomplete) {
  EXPECT_TRUE(incomplete("x = ("));
  EXPECT_TRUE(incomplete("x = '''abc\n"));
  EXPECT_TRUE(incomplete("x = \\"));
  EXPECT_TRUE(incomplete("x = 1 + \\\n"));
  EXPECT_TRUE(incomplete("x = 'abc\\\n"));
  EXPECT_FALSE(incomplete("x = 'abc\n"));
  EXPECT_FALSE(incomplete("x = )"));
  EXPECT_FALSE(incomplete("0777"));
  EXPECT_FALSE(incomplete("x = 1"));
}

TEST(LexerErrors, StopsAtTheFirstError) {
  Lexer lexer("x = )\ny = (");
  EXPECT_EQ(lexer.next().type, TK_NAME);
  EXPECT_EQ(lexer.next().type, TK_EQUAL);
  EXPECT_EQ(lexer.next().type, kErrorToken);
  EXPECT_EQ(lexer.next().type, kErrorToken);
  EXPECT_EQ(lexer.error()->message, "unmatched ')'");
}

TEST(LexerDump, Format) {
  EXPECT_EQ(dump_tokens("if x:\n  y = 'a'\n"),
            "1,0-1,2:            IF             'if'\n"
            "1,3-1,4:            NAME           'x'\n"
            "1,4-1,5:            COLON          ':'\n"
            "1,5-1,5:            NEWLINE        ''\n"
            "2,0-2,2:            INDENT         '  '\n"
            "2,2-2,3:            NAME           'y'\n"
            "2,4-2,5:            EQUAL          '='\n"
            "2,6-2,9:            STRING         '\\'a\\''\n"
            "2,9-2,9:            NEWLINE        ''\n"
            "3,0-3,0:            DEDENT         ''\n"
            "3,0-3,0:            ENDMARKER      ''\n");
  LexError e;
  std::string partial = dump_tokens("x = )", &e);
  EXPECT_EQ(partial,
            "1,0-1,1:            NAME           'x'\n"
            "1,2-1,3:            EQUAL          '='\n");
  EXPECT_EQ(e.message, "unmatched ')'");
}

}  // namespace
