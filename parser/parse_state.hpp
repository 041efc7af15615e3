// State shared by the Lemon grammar's actions and the parser driver, and the
// intermediate structs that sit (as pointers) on Lemon's stack.
//
// Lemon's stack is a C union, so only trivially copyable values go there:
// tokens, node pointers and pointers to the arena structs below. (ast::List
// has default member initializers, which a union member may not have.)
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lexer/lexer.hpp"
#include "parser/ast.hpp"
#include "parser/parser.hpp"

namespace coil::parse {

// Comma-separated expressions: a tuple, or one value when there is one item
// and no trailing comma.
struct ExprSeq {
  ast::List<ast::Expr*> items;
  bool trailing_comma = false;
  ast::Span span;  // first item to the last item or the trailing comma
};

// One argument of a call or of a class's bases.
struct CallArg {
  enum Kind : uint8_t { Positional, Star, DoubleStar, Keyword, Generator };
  Kind kind;
  ast::Expr* value;
  ast::Name name;   // Keyword
  ast::Span span;   // the whole argument (for Generator: elt to last clause)
  ast::Span mark;   // the "*"/"**" token, or a Generator's first "for"
};
struct CallArgs {
  ast::List<CallArg*> items;
  bool trailing_comma = false;
};

// One parameter of a def or lambda, in source order; build::arguments()
// checks the order and builds ast::Arguments.
struct Param {
  enum Kind : uint8_t { Plain, Star, DoubleStar, Slash };
  Kind kind;
  ast::Arg* arg;             // null for a bare "*" and for "/"
  ast::Expr* default_value;  // may be null
  ast::Span mark;            // the "*", "**" or "/" token, or the name
};
using Params = ast::List<Param*>;

struct DictItems {
  ast::List<ast::Expr*> keys;  // null key: "**value"
  ast::List<ast::Expr*> values;
};
struct TryTail {
  ast::List<ast::ExceptHandler*> handlers;
  ast::List<ast::Stmt*> orelse;
  ast::List<ast::Stmt*> finalbody;
  ast::Span end;  // the last statement's span
};
struct NameList {
  ast::List<ast::Name> names;
  ast::Span span;
};
struct Dotted {
  ast::Name name;
  ast::Span span;
};
struct FromModule {
  ast::Name module;
  int level = 0;
};
struct ImportTargets {
  ast::List<ast::Alias*> names;
  ast::Span span;
};
// `match` patterns separated by commas or by "|".
struct PatSeq {
  ast::List<ast::Pattern*> items;
  bool trailing_comma = false;
  ast::Span span;
};
// The arguments of a class pattern, in source order.
struct ClassArgs {
  ast::List<ast::Pattern*> patterns;
  ast::List<ast::Name> kwd_attrs;
  ast::List<ast::Pattern*> kwd_patterns;
  ast::Span first_keyword;      // the first keyword pattern (line < 1: none yet)
  bool positional_after_keyword = false;
  ast::Span positional_span;    // the first positional one after a keyword
};
// The items of a mapping pattern; `rest` is `**rest`, which must come last.
struct MapItems {
  ast::List<ast::Expr*> keys;
  ast::List<ast::Pattern*> patterns;
  ast::Name rest;
  ast::Span rest_span;
  bool item_after_rest = false;
  ast::Span bad_span;           // what makes the mapping invalid
};
using StmtList = ast::List<ast::Stmt*>;
using ExprList = ast::List<ast::Expr*>;

struct ParseState {
  ParseState(ast::Arena& a, const lex::Lexer& source) : arena(a), main(source) {}

  ast::Arena& arena;
  const lex::Lexer& main;   // the whole source: its lines go into error messages
  bool in_fstring = false;  // parsing an f-string replacement field
  int fstring_depth = 0;    // f-strings nested around this parse
  // CPython ends a module's source with a newline if it has none (exec
  // mode), which then shows in a syntax error's text of the last line.
  bool adds_newline = false;
  // The REPL's input: CPython's interactive tokenizer holds one physical
  // line, so an error's text never includes the lines a backslash joined.
  bool interactive = false;

  // Results, set by the start rules.
  ast::Module* module = nullptr;
  ast::Expr* fstring_value = nullptr;

  // Maintained by the driver: the token being fed and the one before it.
  lex::Token lookahead{};
  lex::Token previous{};

  // The DeprecationWarnings found so far (ParseResult::warnings).
  std::vector<ParseWarning> warnings;

  // The first error; actions record errors here and never throw.
  bool failed = false;
  SyntaxErrorInfo error;

  // The first error of the kinds CPython's compiler reports (after the
  // whole input has parsed): reported only if no syntax error follows.
  // Tier 0 is CPython's symbol table pass, tier 1 its code generator.
  bool has_late = false;
  int late_tier = 0;
  SyntaxErrorInfo late;

  // Set by Lemon's %syntax_error: `lookahead` cannot be shifted; `expected`
  // lists the terminals that could (after Lemon's default reductions).
  bool syntax_error = false;
  std::vector<int> expected;
  bool overflow = false;  // %stack_overflow

  // Recently reduced nodes, for CPython's "Perhaps you forgot a comma?" and
  // "expected 'else' after 'if' expression" heuristics.
  ast::Expr* last_disjunction = nullptr;
  ast::IfExp* last_if_head = nullptr;

  // Expressions written inside (...), with the span of their outermost
  // parentheses: they matter for AnnAssign.simple, a few error messages and
  // the parent node's span, and ast.hpp has no field for it.
  std::unordered_map<const ast::Expr*, ast::Span> parenthesized;
};

// Records the first error at `span` (byte columns, converted to CPython's
// 1-based character offsets). Later errors are ignored.
void error_at(ParseState* ps, ast::Span span, const std::string& message, const char* type = "SyntaxError");
// Records an error that CPython's compiler, not its parser, would report.
void error_late(ParseState* ps, ast::Span span, const std::string& message, int tier);
void error_late(ParseState* ps, const SyntaxErrorInfo& info, int tier);
// Records an error with CPython's raw SyntaxError values.
void error_raw(ParseState* ps, const std::string& message, int line, int col, int end_line, int end_col,
               const char* type = "SyntaxError");
// CPython's RAISE_SYNTAX_ERROR (no location): at the lookahead token.
void error_at_lookahead(ParseState* ps, const std::string& message);

// Whether the tree nests deeper than `limit` nodes (parser/depth.cpp).
bool too_deep(const ast::Module* module, int limit);

// Parses an f-string replacement field's expression (`text` is a copy of
// the source at line/col) as CPython 3.11 does: as if inside parentheses.
// Errors are recorded in `ps` with an "f-string: " prefix; returns null then.
ast::Expr* parse_fstring_expr(ParseState* ps, std::string_view text, int line, int col);

}  // namespace coil::parse
