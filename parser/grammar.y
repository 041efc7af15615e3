// The Lemon grammar for coil: Python 3.11's statements and expressions
// written LALR(1)-style after CPython's old LL(1)
// Grammar/Grammar, with one nonterminal per precedence level.
//
// Actions only build AST nodes, through parser/builder.hpp; semantic checks
// (assignment targets, argument order, ...) live there too. Values on the
// stack are tokens, node pointers and pointers to arena structs. The driver
// (parser.cpp) feeds one of the START_* tokens first to pick the mode.
//
// Keep ZERO conflicts: lemon exits 1 on any, and the build treats that as
// failure. Precedence declarations are not used, so none can hide a conflict.

%include {
#include <cassert>
#include <vector>

#include "lexer/token.hpp"
#include "parser/builder.hpp"

namespace ast = coil::ast;
using namespace coil::ast;
using coil::lex::Token;
using coil::parse::ParseState;
namespace b = coil::parse::build;
using namespace coil::parse;

struct yyParser;
static void coil_record_expected(struct yyParser* parser, ParseState* ps);
}

%name CoilParse
%token_prefix TK_
%token_type {coil::lex::Token}
%default_type {Expr*}
%extra_argument {coil::parse::ParseState* ps}
// Room for 200 nested brackets with several symbols each, plus 100 levels
// of indented blocks. A fixed size: Debian's dynamic-stack template does not
// compile as C++.
%stack_size 5000
%start_symbol program

%syntax_error {
  (void)yymajor;
  (void)yyminor;
  ps->syntax_error = true;
  coil_record_expected(yypParser, ps);
}
%stack_overflow { ps->overflow = true; }
%token_destructor { (void)ps; (void)yypminor; }

// The order fixes the token codes; lexer/token.def lists the same order.
%token START_FILE START_EVAL START_FSTRING START_EXPR NEWLINE INDENT DEDENT NAME NUMBER STRING ERRORTOKEN
  FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT
  FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE
  WITH YIELD
  LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS
  GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX
  LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL
  AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL
  DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL MATCH CASE
  WITH_LPAR WITH_RPAR.

// ------------------------------------------------------------------ modes

program ::= START_FILE file_input(B).            { b::module(ps, B); }
program ::= START_EVAL testlist(E) NEWLINE.      { b::eval_module(ps, E); }
program ::= START_FSTRING paren_body(E).         { ps->fstring_value = b::fstring_body(ps, E); }
program ::= START_FSTRING yield_expr(E).         { ps->fstring_value = b::parenthesized(ps, E); }
// Only for error messages: how far an expression starting at a given token
// extends (the driver feeds tokens until this fails).
program ::= START_EXPR test(E).                  { ps->fstring_value = E; }

%type file_input {StmtList*}
file_input(A) ::= .                              { A = b::stmts(ps); }
file_input(A) ::= file_input(B) stmt(S).         { A = b::append_all(ps, B, S); }

// ------------------------------------------------------------- statements

%type stmt {StmtList*}
stmt(A) ::= simple_stmt(B).                      { A = B; }
stmt(A) ::= compound_stmt(S).                    { A = b::append(ps, b::stmts(ps), S); }

%type simple_stmt {StmtList*}
simple_stmt(A) ::= small_stmts(B) NEWLINE.       { A = B; }
simple_stmt(A) ::= small_stmts(B) SEMI NEWLINE.  { A = B; }

%type small_stmts {StmtList*}
small_stmts(A) ::= small_stmt(S).                       { A = b::append(ps, b::stmts(ps), S); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(S).   { A = b::append(ps, B, S); }

%type small_stmt {Stmt*}
small_stmt(A) ::= testlist_star_expr(E).                          { A = b::expr_stmt(ps, E); }
small_stmt(A) ::= testlist_star_expr(T) COLON(C) test(N).         { A = b::ann_assign(ps, T, C, N, nullptr); }
small_stmt(A) ::= testlist_star_expr(T) COLON(C) test(N) EQUAL rhs(V). { A = b::ann_assign(ps, T, C, N, V); }
small_stmt(A) ::= testlist_star_expr(T) augassign(O) rhs(V).      { A = b::aug_assign(ps, T, O, V); }
small_stmt(A) ::= assign_targets(T) rhs(V).                       { A = b::assign(ps, T, V); }
small_stmt(A) ::= yield_expr(E).                                  { A = b::expr_stmt(ps, E); }
small_stmt(A) ::= DEL(K) exprlist(T).                             { A = b::del(ps, K, T); }
small_stmt(A) ::= PASS(K).                                        { A = b::simple(ps, StmtKind::Pass, K); }
small_stmt(A) ::= BREAK(K).                                       { A = b::simple(ps, StmtKind::Break, K); }
small_stmt(A) ::= CONTINUE(K).                                    { A = b::simple(ps, StmtKind::Continue, K); }
small_stmt(A) ::= RETURN(K).                                      { A = b::return_stmt(ps, K, nullptr); }
small_stmt(A) ::= RETURN(K) testlist_star_expr(E).                { A = b::return_stmt(ps, K, E); }
small_stmt(A) ::= RAISE(K).                                       { A = b::raise(ps, K, nullptr, nullptr); }
small_stmt(A) ::= RAISE(K) test(E).                               { A = b::raise(ps, K, E, nullptr); }
small_stmt(A) ::= RAISE(K) test(E) FROM test(C).                  { A = b::raise(ps, K, E, C); }
small_stmt(A) ::= GLOBAL(K) name_list(N).                         { A = b::global(ps, K, N, false); }
small_stmt(A) ::= NONLOCAL(K) name_list(N).                       { A = b::global(ps, K, N, true); }
small_stmt(A) ::= ASSERT(K) test(E).                              { A = b::assert_stmt(ps, K, E, nullptr); }
small_stmt(A) ::= ASSERT(K) test(E) COMMA test(M).                { A = b::assert_stmt(ps, K, E, M); }
small_stmt(A) ::= IMPORT(K) dotted_as_names(N).                   { A = b::import(ps, K, N); }
small_stmt(A) ::= FROM(K) from_module(M) IMPORT import_targets(T). { A = b::import_from(ps, K, M, T); }

// `a = b = value`: every target is parsed as an expression, then checked.
%type assign_targets {ExprList*}
assign_targets(A) ::= testlist_star_expr(T) EQUAL.                { A = b::append(ps, b::exprs(ps), T); }
assign_targets(A) ::= assign_targets(B) rhs(T) EQUAL.             { A = b::append(ps, B, T); }

rhs(A) ::= testlist_star_expr(E).                                 { A = E; }
rhs(A) ::= yield_expr(E).                                         { A = E; }

%type augassign {int}
augassign(A) ::= PLUSEQUAL.         { A = int(BinOpKind::Add); }
augassign(A) ::= MINEQUAL.          { A = int(BinOpKind::Sub); }
augassign(A) ::= STAREQUAL.         { A = int(BinOpKind::Mult); }
augassign(A) ::= ATEQUAL.           { A = int(BinOpKind::MatMult); }
augassign(A) ::= SLASHEQUAL.        { A = int(BinOpKind::Div); }
augassign(A) ::= PERCENTEQUAL.      { A = int(BinOpKind::Mod); }
augassign(A) ::= AMPEREQUAL.        { A = int(BinOpKind::BitAnd); }
augassign(A) ::= VBAREQUAL.         { A = int(BinOpKind::BitOr); }
augassign(A) ::= CIRCUMFLEXEQUAL.   { A = int(BinOpKind::BitXor); }
augassign(A) ::= LEFTSHIFTEQUAL.    { A = int(BinOpKind::LShift); }
augassign(A) ::= RIGHTSHIFTEQUAL.   { A = int(BinOpKind::RShift); }
augassign(A) ::= DOUBLESTAREQUAL.   { A = int(BinOpKind::Pow); }
augassign(A) ::= DOUBLESLASHEQUAL.  { A = int(BinOpKind::FloorDiv); }

%type name_list {NameList*}
name_list(A) ::= NAME(N).                        { A = b::name_list(ps, nullptr, N); }
name_list(A) ::= name_list(B) COMMA NAME(N).     { A = b::name_list(ps, B, N); }

%type dotted_name {Dotted*}
dotted_name(A) ::= NAME(N).                      { A = b::dotted(ps, nullptr, N); }
dotted_name(A) ::= dotted_name(B) DOT NAME(N).   { A = b::dotted(ps, B, N); }

%type dotted_as_names {ImportTargets*}
dotted_as_names(A) ::= dotted_as_name(N).                         { A = b::aliases(ps, nullptr, N); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(N). { A = b::aliases(ps, B, N); }

%type dotted_as_name {Alias*}
dotted_as_name(A) ::= dotted_name(D).                             { A = b::alias(ps, D, nullptr); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N).                  { A = b::alias(ps, D, &N); }

%type from_module {FromModule*}
from_module(A) ::= dotted_name(D).               { A = b::from_module(ps, 0, D); }
from_module(A) ::= dots(L) dotted_name(D).       { A = b::from_module(ps, L, D); }
from_module(A) ::= dots(L).                      { A = b::from_module(ps, L, nullptr); }

%type dots {int}
dots(A) ::= DOT.                                 { A = 1; }
dots(A) ::= ELLIPSIS.                            { A = 3; }
dots(A) ::= dots(B) DOT.                         { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS.                    { A = B + 3; }

%type import_targets {ImportTargets*}
import_targets(A) ::= STAR(S).                                    { A = b::import_star(ps, S); }
import_targets(A) ::= import_as_names(N).                         { A = N; }
import_targets(A) ::= import_as_names(N) COMMA(C).                { A = b::import_trailing_comma(ps, N, C); }
import_targets(A) ::= LPAR import_as_names(N) RPAR(R).            { A = b::import_parens(ps, N, R); }
import_targets(A) ::= LPAR import_as_names(N) COMMA RPAR(R).      { A = b::import_parens(ps, N, R); }

%type import_as_names {ImportTargets*}
import_as_names(A) ::= import_as_name(N).                         { A = b::aliases(ps, nullptr, N); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(N). { A = b::aliases(ps, B, N); }

%type import_as_name {Alias*}
import_as_name(A) ::= NAME(N).                   { A = b::alias(ps, b::dotted(ps, nullptr, N), nullptr); }
import_as_name(A) ::= NAME(N) AS NAME(M).        { A = b::alias(ps, b::dotted(ps, nullptr, N), &M); }

// --------------------------------------------------- compound statements

%type compound_stmt {Stmt*}
compound_stmt(A) ::= IF(K) namedexpr_test(T) COLON suite(B) elif_else(E).     { A = b::if_stmt(ps, K, T, B, E); }
compound_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON suite(B) loop_else(E).  { A = b::while_stmt(ps, K, T, B, E); }
compound_stmt(A) ::= for_stmt(S).                                             { A = S; }
compound_stmt(A) ::= TRY(K) COLON suite(B) try_tail(T).                       { A = b::try_stmt(ps, K, B, T); }
compound_stmt(A) ::= with_stmt(S).                                            { A = S; }
compound_stmt(A) ::= funcdef(S).                                              { A = S; }
compound_stmt(A) ::= classdef(S).                                             { A = S; }
compound_stmt(A) ::= ASYNC(K) funcdef(S).                                     { A = b::make_async(ps, K, S); }
compound_stmt(A) ::= ASYNC(K) for_stmt(S).                                    { A = b::make_async(ps, K, S); }
compound_stmt(A) ::= ASYNC(K) with_stmt(S).                                   { A = b::make_async(ps, K, S); }
compound_stmt(A) ::= decorators(D) funcdef(S).                                { A = b::decorate(ps, D, S); }
compound_stmt(A) ::= decorators(D) classdef(S).                               { A = b::decorate(ps, D, S); }
compound_stmt(A) ::= decorators(D) ASYNC(K) funcdef(S).                       { A = b::decorate(ps, D, b::make_async(ps, K, S)); }
compound_stmt(A) ::= MATCH(K) elem_seq(S) COLON NEWLINE INDENT cases(C) DEDENT. { A = b::match_stmt(ps, K, S, C); }

%type suite {StmtList*}
suite(A) ::= simple_stmt(B).                         { A = B; }
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT.         { A = B; }

%type stmts {StmtList*}
stmts(A) ::= stmt(S).                                { A = S; }
stmts(A) ::= stmts(B) stmt(S).                       { A = b::append_all(ps, B, S); }

// `elif` chains become nested Ifs in orelse, as in CPython. Null: no else.
%type elif_else {StmtList*}
elif_else(A) ::= .                                                          { A = nullptr; }
elif_else(A) ::= ELSE COLON suite(B).                                       { A = B; }
elif_else(A) ::= ELIF(K) namedexpr_test(T) COLON suite(B) elif_else(E).     { A = b::append(ps, b::stmts(ps), b::if_stmt(ps, K, T, B, E)); }

%type loop_else {StmtList*}
loop_else(A) ::= .                                   { A = nullptr; }
loop_else(A) ::= ELSE COLON suite(B).                { A = B; }

%type for_stmt {Stmt*}
for_stmt(A) ::= FOR(K) exprlist(T) IN testlist_star_expr(I) COLON suite(B) loop_else(E). { A = b::for_stmt(ps, K, T, I, B, E); }

%type try_tail {TryTail*}
try_tail(A) ::= handlers(H) try_else(E) try_finally(F).  { A = b::try_tail(ps, H, E, F); }
try_tail(A) ::= FINALLY COLON suite(F).                  { A = b::try_tail(ps, nullptr, nullptr, F); }

%type handlers {TryTail*}
handlers(A) ::= handler(H).                          { A = b::handlers(ps, nullptr, H); }
handlers(A) ::= handlers(B) handler(H).              { A = b::handlers(ps, B, H); }

%type handler {ExceptHandler*}
handler(A) ::= EXCEPT(K) COLON suite(B).                         { A = b::handler(ps, K, nullptr, nullptr, B); }
handler(A) ::= EXCEPT(K) test(T) COLON suite(B).                 { A = b::handler(ps, K, T, nullptr, B); }
handler(A) ::= EXCEPT(K) test(T) AS NAME(N) COLON suite(B).      { A = b::handler(ps, K, T, &N, B); }
handler(A) ::= EXCEPT(K) STAR COLON(C) suite(B).                 { A = b::star_handler(ps, K, C, nullptr, nullptr, B); }
handler(A) ::= EXCEPT(K) STAR(S) test(T) COLON suite(B).         { A = b::star_handler(ps, K, S, T, nullptr, B); }
handler(A) ::= EXCEPT(K) STAR(S) test(T) AS NAME(N) COLON suite(B). { A = b::star_handler(ps, K, S, T, &N, B); }

%type try_else {StmtList*}
try_else(A) ::= .                                    { A = nullptr; }
try_else(A) ::= ELSE COLON suite(B).                 { A = B; }

%type try_finally {StmtList*}
try_finally(A) ::= .                                 { A = nullptr; }
try_finally(A) ::= FINALLY COLON suite(B).           { A = B; }

%type with_stmt {Stmt*}
with_stmt(A) ::= WITH(K) with_items(I) COLON suite(B).           { A = b::with_stmt(ps, K, I, B); }
with_stmt(A) ::= WITH(K) WITH_LPAR with_items(I) WITH_RPAR COLON suite(B).        { A = b::with_stmt(ps, K, I, B); }
with_stmt(A) ::= WITH(K) WITH_LPAR with_items(I) COMMA WITH_RPAR COLON suite(B).  { A = b::with_stmt(ps, K, I, B); }

%type with_items {ast::List<WithItem*>*}
with_items(A) ::= with_item(I).                                  { A = b::with_items(ps, nullptr, I); }
with_items(A) ::= with_items(B) COMMA with_item(I).              { A = b::with_items(ps, B, I); }

%type with_item {WithItem*}
with_item(A) ::= test(E).                                        { A = b::with_item(ps, E, nullptr); }
with_item(A) ::= test(E) AS expr(T).                             { A = b::with_item(ps, E, T); }
with_item(A) ::= test(E) AS star_expr(T).                        { A = b::with_item(ps, E, T); }

%type funcdef {Stmt*}
funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR return_annotation(R) COLON suite(B). { A = b::funcdef(ps, K, N, P, R, B); }

return_annotation(A) ::= .                           { A = nullptr; }
return_annotation(A) ::= RARROW test(E).             { A = E; }

%type classdef {Stmt*}
classdef(A) ::= CLASS(K) NAME(N) COLON suite(B).                            { A = b::classdef(ps, K, N, nullptr, nullptr, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR COLON suite(B).                  { A = b::classdef(ps, K, N, nullptr, nullptr, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR call_args(C) RPAR(R) COLON suite(B).  { A = b::classdef(ps, K, N, C, &R, B); }

%type decorators {ExprList*}
decorators(A) ::= AT namedexpr_test(E) NEWLINE.              { A = b::append(ps, b::exprs(ps), E); }
decorators(A) ::= decorators(B) AT namedexpr_test(E) NEWLINE. { A = b::append(ps, B, E); }

// ------------------------------------------------------ match statements

%type cases {ast::List<MatchCase*>*}
cases(A) ::= case_block(C).                          { A = b::match_cases(ps, nullptr, C); }
cases(A) ::= cases(B) case_block(C).                 { A = b::match_cases(ps, B, C); }

%type case_block {MatchCase*}
case_block(A) ::= CASE(K) pat_seq(P) COLON suite(B).                      { A = b::match_case(ps, K, P, nullptr, B); }
case_block(A) ::= CASE(K) pat_seq(P) IF namedexpr_test(G) COLON suite(B). { A = b::match_case(ps, K, P, G, B); }

// Patterns separated by commas: a sequence pattern, or one pattern (a
// parenthesized one is a group) when there is one item and no comma.
%type pat_seq {PatSeq*}
pat_seq(A) ::= pat_items(B).                         { A = B; }
pat_seq(A) ::= pat_items(B) COMMA(C).                { A = b::pat_trailing_comma(ps, B, C); }

%type pat_items {PatSeq*}
pat_items(A) ::= maybe_star_pat(P).                  { A = b::pat_seq(ps, nullptr, P); }
pat_items(A) ::= pat_items(B) COMMA maybe_star_pat(P). { A = b::pat_seq(ps, B, P); }

%type maybe_star_pat {Pattern*}
maybe_star_pat(A) ::= pattern(P).                    { A = P; }
maybe_star_pat(A) ::= STAR(S) NAME(N).               { A = b::star_pattern(ps, S, N); }

%type pattern {Pattern*}
pattern(A) ::= or_pats(P).                           { A = b::or_pattern(ps, P); }
pattern(A) ::= or_pats(P) AS NAME(N).                { A = b::as_pattern(ps, b::or_pattern(ps, P), N); }

%type or_pats {PatSeq*}
or_pats(A) ::= closed_pat(P).                        { A = b::pat_seq(ps, nullptr, P); }
or_pats(A) ::= or_pats(B) VBAR closed_pat(P).        { A = b::pat_seq(ps, B, P); }

%type closed_pat {Pattern*}
closed_pat(A) ::= pat_literal(E).                    { A = b::literal_pattern(ps, E); }
closed_pat(A) ::= name_or_attr(E).                   { A = b::name_pattern(ps, E); }
closed_pat(A) ::= name_or_attr(E) LPAR RPAR(R).      { A = b::class_pattern(ps, E, nullptr, R); }
closed_pat(A) ::= name_or_attr(E) LPAR class_args(C) RPAR(R). { A = b::class_pattern(ps, E, C, R); }
closed_pat(A) ::= LPAR(L) RPAR(R).                   { A = b::seq_pattern(ps, L, nullptr, R, true); }
closed_pat(A) ::= LPAR(L) pat_seq(S) RPAR(R).        { A = b::seq_pattern(ps, L, S, R, true); }
closed_pat(A) ::= LSQB(L) RSQB(R).                   { A = b::seq_pattern(ps, L, nullptr, R, false); }
closed_pat(A) ::= LSQB(L) pat_seq(S) RSQB(R).        { A = b::seq_pattern(ps, L, S, R, false); }
closed_pat(A) ::= LBRACE(L) RBRACE(R).               { A = b::mapping_pattern(ps, L, nullptr, R); }
closed_pat(A) ::= LBRACE(L) map_items(M) RBRACE(R).  { A = b::mapping_pattern(ps, L, M, R); }
closed_pat(A) ::= LBRACE(L) map_items(M) COMMA RBRACE(R). { A = b::mapping_pattern(ps, L, M, R); }

// Literals: numbers (negative, complex), strings, None, True, False.
pat_literal(A) ::= pat_number(E).                    { A = E; }
pat_literal(A) ::= pat_number(L) PLUS NUMBER(N).     { A = b::complex_literal(ps, L, BinOpKind::Add, N); }
pat_literal(A) ::= pat_number(L) MINUS NUMBER(N).    { A = b::complex_literal(ps, L, BinOpKind::Sub, N); }
pat_literal(A) ::= strings(S).                       { A = b::strings(ps, S); }
pat_literal(A) ::= NONE(K).                          { A = b::constant(ps, K, ConstKind::None); }
pat_literal(A) ::= TRUE(K).                          { A = b::constant(ps, K, ConstKind::True); }
pat_literal(A) ::= FALSE(K).                         { A = b::constant(ps, K, ConstKind::False); }
pat_number(A) ::= NUMBER(N).                         { A = b::number(ps, N); }
pat_number(A) ::= MINUS(K) NUMBER(N).                { A = b::unary(ps, K, UnaryOpKind::USub, b::number(ps, N)); }

name_or_attr(A) ::= NAME(N).                         { A = b::name(ps, N); }
name_or_attr(A) ::= name_or_attr(E) DOT NAME(N).     { A = b::attribute(ps, E, N); }

%type class_args {ClassArgs*}
class_args(A) ::= class_items(B).                    { A = B; }
class_args(A) ::= class_items(B) COMMA.              { A = B; }

%type class_items {ClassArgs*}
class_items(A) ::= class_arg(X).                     { A = X; }
class_items(A) ::= class_items(B) COMMA class_arg(X). { A = b::class_args(ps, B, X); }

%type class_arg {ClassArgs*}
class_arg(A) ::= pattern(P).                         { A = b::class_arg(ps, nullptr, P); }
class_arg(A) ::= NAME(N) EQUAL pattern(P).           { A = b::class_arg(ps, &N, P); }

%type map_items {MapItems*}
map_items(A) ::= map_item(X).                        { A = X; }
map_items(A) ::= map_items(B) COMMA map_item(X).     { A = b::map_items(ps, B, X); }

%type map_item {MapItems*}
map_item(A) ::= pat_literal(K) COLON pattern(P).     { A = b::map_item(ps, K, P); }
map_item(A) ::= name_or_attr(K) COLON pattern(P).    { A = b::map_item(ps, K, P); }
map_item(A) ::= DOUBLESTAR(S) NAME(N).               { A = b::map_rest(ps, S, N); }

// ------------------------------------------------------------- parameters

// Parameters are collected in source order; build::arguments() checks the
// order rules and reports CPython's messages.
%type params {Params*}
params(A) ::= .                                      { A = b::params(ps, nullptr, nullptr); }
params(A) ::= param_list(B).                         { A = B; }
params(A) ::= param_list(B) COMMA.                   { A = B; }

%type param_list {Params*}
param_list(A) ::= param(P).                          { A = b::params(ps, nullptr, P); }
param_list(A) ::= param_list(B) COMMA param(P).      { A = b::params(ps, B, P); }

%type param {Param*}
param(A) ::= tfpdef(G).                              { A = b::param(ps, Param::Plain, G, nullptr, nullptr); }
param(A) ::= tfpdef(G) EQUAL test(D).                { A = b::param(ps, Param::Plain, G, D, nullptr); }
param(A) ::= STAR(S).                                { A = b::param(ps, Param::Star, nullptr, nullptr, &S); }
param(A) ::= STAR(S) tfpdef(G).                      { A = b::param(ps, Param::Star, G, nullptr, &S); }
param(A) ::= STAR tfpdef EQUAL(Q) test.              { A = b::star_default(ps, Q, false); }
param(A) ::= DOUBLESTAR(S) tfpdef(G).                { A = b::param(ps, Param::DoubleStar, G, nullptr, &S); }
param(A) ::= DOUBLESTAR tfpdef EQUAL(Q) test.        { A = b::star_default(ps, Q, true); }
param(A) ::= SLASH(S).                               { A = b::param(ps, Param::Slash, nullptr, nullptr, &S); }

%type tfpdef {Arg*}
tfpdef(A) ::= NAME(N).                               { A = b::arg(ps, N, nullptr); }
tfpdef(A) ::= NAME(N) COLON test(T).                 { A = b::arg(ps, N, T); }

%type lparams {Params*}
lparams(A) ::= lparam_list(B).                       { A = B; }
lparams(A) ::= lparam_list(B) COMMA.                 { A = B; }

%type lparam_list {Params*}
lparam_list(A) ::= lparam(P).                        { A = b::params(ps, nullptr, P); }
lparam_list(A) ::= lparam_list(B) COMMA lparam(P).   { A = b::params(ps, B, P); }

%type lparam {Param*}
lparam(A) ::= NAME(N).                               { A = b::param(ps, Param::Plain, b::arg(ps, N, nullptr), nullptr, nullptr); }
lparam(A) ::= NAME(N) EQUAL test(D).                 { A = b::param(ps, Param::Plain, b::arg(ps, N, nullptr), D, nullptr); }
lparam(A) ::= STAR.                                  { A = b::lambda_bare_star(ps); }
lparam(A) ::= STAR(S) NAME(N).                       { A = b::param(ps, Param::Star, b::arg(ps, N, nullptr), nullptr, &S); }
lparam(A) ::= DOUBLESTAR(S) NAME(N).                 { A = b::param(ps, Param::DoubleStar, b::arg(ps, N, nullptr), nullptr, &S); }
lparam(A) ::= SLASH(S).                              { A = b::param(ps, Param::Slash, nullptr, nullptr, &S); }

// ------------------------------------------------------------ expressions

// Lists of expressions separated by commas (tuples when there is a comma).
%type exprlist {ExprSeq*}
exprlist(A) ::= expr_items(B).                       { A = B; }
exprlist(A) ::= expr_items(B) COMMA(C).              { A = b::trailing_comma(ps, B, C); }

%type expr_items {ExprSeq*}
expr_items(A) ::= expr_or_star(E).                   { A = b::seq(ps, nullptr, E); }
expr_items(A) ::= expr_items(B) COMMA expr_or_star(E). { A = b::seq(ps, B, E); }

expr_or_star(A) ::= expr(E).                         { A = E; }
expr_or_star(A) ::= star_expr(E).                    { A = E; }

testlist_star_expr(A) ::= star_seq(S).               { A = b::seq_value(ps, S); }

%type star_seq {ExprSeq*}
star_seq(A) ::= star_items(B).                       { A = B; }
star_seq(A) ::= star_items(B) COMMA(C).              { A = b::trailing_comma(ps, B, C); }

%type star_items {ExprSeq*}
star_items(A) ::= test_or_star(E).                   { A = b::seq(ps, nullptr, E); }
star_items(A) ::= star_items(B) COMMA test_or_star(E). { A = b::seq(ps, B, E); }

test_or_star(A) ::= test(E).                         { A = E; }
test_or_star(A) ::= star_expr(E).                    { A = E; }

testlist(A) ::= test_seq(S).                         { A = b::seq_value(ps, S); }

%type test_seq {ExprSeq*}
test_seq(A) ::= test_items(B).                       { A = B; }
test_seq(A) ::= test_items(B) COMMA(C).              { A = b::trailing_comma(ps, B, C); }

%type test_items {ExprSeq*}
test_items(A) ::= test(E).                           { A = b::seq(ps, nullptr, E); }
test_items(A) ::= test_items(B) COMMA test(E).       { A = b::seq(ps, B, E); }

star_expr(A) ::= STAR(S) expr(E).                    { A = b::starred(ps, S, E); }

yield_expr(A) ::= YIELD(K).                          { A = b::yield(ps, K, nullptr); }
yield_expr(A) ::= YIELD(K) testlist_star_expr(E).    { A = b::yield(ps, K, E); }
yield_expr(A) ::= YIELD(K) FROM test(E).             { A = b::yield_from(ps, K, E); }

namedexpr_test(A) ::= test(E).                       { A = E; }
namedexpr_test(A) ::= test(T) COLONEQUAL test(E).    { A = b::named_expr(ps, T, E); }

test(A) ::= or_test(E).                              { A = E; }
test(A) ::= if_head(H) ELSE test(E).                 { A = b::if_exp(ps, H, E); }
test(A) ::= lambdef(E).                              { A = E; }

// `body if test`, reduced before ELSE so that a missing ELSE can be reported.
%type if_head {IfExp*}
if_head(A) ::= or_test(B) IF or_test(T).             { A = b::if_head(ps, B, T); }

lambdef(A) ::= LAMBDA(K) COLON test(E).              { A = b::lambda(ps, K, nullptr, E); }
lambdef(A) ::= LAMBDA(K) lparams(P) COLON test(E).   { A = b::lambda(ps, K, P, E); }

or_test(A) ::= and_test(E).                          { A = b::disjunction(ps, E); }
or_test(A) ::= or_list(E).                           { A = b::disjunction(ps, E); }
or_list(A) ::= and_test(L) OR and_test(R).           { A = b::bool_op(ps, BoolOpKind::Or, L, R); }
or_list(A) ::= or_list(L) OR and_test(R).            { A = b::bool_op_append(ps, L, R); }

and_test(A) ::= not_test(E).                         { A = E; }
and_test(A) ::= and_list(E).                         { A = E; }
and_list(A) ::= not_test(L) AND not_test(R).         { A = b::bool_op(ps, BoolOpKind::And, L, R); }
and_list(A) ::= and_list(L) AND not_test(R).         { A = b::bool_op_append(ps, L, R); }

not_test(A) ::= NOT(K) not_test(E).                  { A = b::unary(ps, K, UnaryOpKind::Not, E); }
not_test(A) ::= comparison(E).                       { A = E; }

comparison(A) ::= expr(E).                           { A = E; }
comparison(A) ::= comp_chain(E).                     { A = E; }
comp_chain(A) ::= expr(L) comp_op(O) expr(R).        { A = b::compare(ps, L, O, R); }
comp_chain(A) ::= comp_chain(L) comp_op(O) expr(R).  { A = b::compare_append(ps, L, O, R); }

%type comp_op {int}
comp_op(A) ::= LESS.                                 { A = int(CmpOpKind::Lt); }
comp_op(A) ::= GREATER.                              { A = int(CmpOpKind::Gt); }
comp_op(A) ::= EQEQUAL.                              { A = int(CmpOpKind::Eq); }
comp_op(A) ::= GREATEREQUAL.                         { A = int(CmpOpKind::GtE); }
comp_op(A) ::= LESSEQUAL.                            { A = int(CmpOpKind::LtE); }
comp_op(A) ::= NOTEQUAL.                             { A = int(CmpOpKind::NotEq); }
comp_op(A) ::= IN.                                   { A = int(CmpOpKind::In); }
comp_op(A) ::= NOT IN.                               { A = int(CmpOpKind::NotIn); }
comp_op(A) ::= IS.                                   { A = int(CmpOpKind::Is); }
comp_op(A) ::= IS NOT.                               { A = int(CmpOpKind::IsNot); }

expr(A) ::= xor_expr(E).                             { A = E; }
expr(A) ::= expr(L) VBAR xor_expr(R).                { A = b::bin_op(ps, L, BinOpKind::BitOr, R); }
xor_expr(A) ::= and_expr(E).                         { A = E; }
xor_expr(A) ::= xor_expr(L) CIRCUMFLEX and_expr(R).  { A = b::bin_op(ps, L, BinOpKind::BitXor, R); }
and_expr(A) ::= shift_expr(E).                       { A = E; }
and_expr(A) ::= and_expr(L) AMPER shift_expr(R).     { A = b::bin_op(ps, L, BinOpKind::BitAnd, R); }
shift_expr(A) ::= arith_expr(E).                     { A = E; }
shift_expr(A) ::= shift_expr(L) LEFTSHIFT arith_expr(R).  { A = b::bin_op(ps, L, BinOpKind::LShift, R); }
shift_expr(A) ::= shift_expr(L) RIGHTSHIFT arith_expr(R). { A = b::bin_op(ps, L, BinOpKind::RShift, R); }
arith_expr(A) ::= term(E).                           { A = E; }
arith_expr(A) ::= arith_expr(L) PLUS term(R).        { A = b::bin_op(ps, L, BinOpKind::Add, R); }
arith_expr(A) ::= arith_expr(L) MINUS term(R).       { A = b::bin_op(ps, L, BinOpKind::Sub, R); }
term(A) ::= factor(E).                               { A = E; }
term(A) ::= term(L) STAR factor(R).                  { A = b::bin_op(ps, L, BinOpKind::Mult, R); }
term(A) ::= term(L) SLASH factor(R).                 { A = b::bin_op(ps, L, BinOpKind::Div, R); }
term(A) ::= term(L) PERCENT factor(R).               { A = b::bin_op(ps, L, BinOpKind::Mod, R); }
term(A) ::= term(L) DOUBLESLASH factor(R).           { A = b::bin_op(ps, L, BinOpKind::FloorDiv, R); }
term(A) ::= term(L) AT factor(R).                    { A = b::bin_op(ps, L, BinOpKind::MatMult, R); }
// Unary operators bind looser than ** (-2**2 is -(2**2)) and tighter than
// * / % (-7 % 3 is (-7) % 3), by the grammar's levels alone.
factor(A) ::= PLUS(K) factor(E).                     { A = b::unary(ps, K, UnaryOpKind::UAdd, E); }
factor(A) ::= MINUS(K) factor(E).                    { A = b::unary(ps, K, UnaryOpKind::USub, E); }
factor(A) ::= TILDE(K) factor(E).                    { A = b::unary(ps, K, UnaryOpKind::Invert, E); }
factor(A) ::= power(E).                              { A = E; }
power(A) ::= await_primary(E).                       { A = E; }
power(A) ::= await_primary(L) DOUBLESTAR factor(R).  { A = b::bin_op(ps, L, BinOpKind::Pow, R); }
await_primary(A) ::= AWAIT(K) primary(E).            { A = b::await(ps, K, E); }
await_primary(A) ::= primary(E).                     { A = E; }

primary(A) ::= atom(E).                              { A = E; }
primary(A) ::= primary(E) DOT NAME(N).               { A = b::attribute(ps, E, N); }
primary(A) ::= primary(F) LPAR(L) RPAR(R).           { A = b::call(ps, F, L, nullptr, R); }
primary(A) ::= primary(F) LPAR(L) call_args(C) RPAR(R). { A = b::call(ps, F, L, C, R); }
primary(A) ::= primary(E) LSQB subscripts(S) RSQB(R). { A = b::subscript(ps, E, S, R); }

%type call_args {CallArgs*}
call_args(A) ::= arg_list(B).                        { A = B; }
call_args(A) ::= arg_list(B) COMMA.                  { A = b::args_trailing_comma(ps, B); }

%type arg_list {CallArgs*}
arg_list(A) ::= argument(X).                         { A = b::args(ps, nullptr, X); }
arg_list(A) ::= arg_list(B) COMMA argument(X).       { A = b::args(ps, B, X); }

%type argument {CallArg*}
argument(A) ::= namedexpr_test(E).                   { A = b::arg_positional(ps, E); }
argument(A) ::= test(E) comp_fors(C).                { A = b::arg_generator(ps, E, C); }
argument(A) ::= test(K) EQUAL(Q) test(V).            { A = b::arg_keyword(ps, K, Q, V); }
argument(A) ::= STAR(S) test(E).                     { A = b::arg_star(ps, S, E, CallArg::Star); }
argument(A) ::= DOUBLESTAR(S) test(E).               { A = b::arg_star(ps, S, E, CallArg::DoubleStar); }

%type subscripts {ExprSeq*}
subscripts(A) ::= sub_items(B).                      { A = B; }
subscripts(A) ::= sub_items(B) COMMA(C).             { A = b::trailing_comma(ps, B, C); }

%type sub_items {ExprSeq*}
sub_items(A) ::= subscript(E).                       { A = b::seq(ps, nullptr, E); }
sub_items(A) ::= sub_items(B) COMMA subscript(E).    { A = b::seq(ps, B, E); }

subscript(A) ::= namedexpr_test(E).                  { A = E; }
subscript(A) ::= star_expr(E).                       { A = E; }
subscript(A) ::= opt_test(L) COLON(C) opt_test(U).   { A = b::slice(ps, L, C, U, nullptr, nullptr); }
subscript(A) ::= opt_test(L) COLON(C) opt_test(U) COLON(D) opt_test(S). { A = b::slice(ps, L, C, U, &D, S); }

opt_test(A) ::= .                                    { A = nullptr; }
opt_test(A) ::= test(E).                             { A = E; }

// ------------------------------------------------------------------ atoms

atom(A) ::= NAME(N).                                 { A = b::name(ps, N); }
atom(A) ::= NUMBER(N).                               { A = b::number(ps, N); }
atom(A) ::= strings(S).                              { A = b::strings(ps, S); }
atom(A) ::= ELLIPSIS(K).                             { A = b::constant(ps, K, ConstKind::Ellipsis); }
atom(A) ::= NONE(K).                                 { A = b::constant(ps, K, ConstKind::None); }
atom(A) ::= TRUE(K).                                 { A = b::constant(ps, K, ConstKind::True); }
atom(A) ::= FALSE(K).                                { A = b::constant(ps, K, ConstKind::False); }
atom(A) ::= LPAR(L) RPAR(R).                         { A = b::tuple(ps, L, nullptr, R); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R).           { A = b::paren(ps, L, E, R); }
atom(A) ::= LPAR(L) paren_body(E) RPAR(R).           { A = b::paren(ps, L, E, R); }
atom(A) ::= LSQB(L) RSQB(R).                         { A = b::list(ps, L, nullptr, R); }
atom(A) ::= LSQB(L) elem_seq(S) RSQB(R).             { A = b::list(ps, L, S, R); }
atom(A) ::= LSQB(L) elem(E) comp_fors(C) RSQB(R).    { A = b::comprehension(ps, ExprKind::ListComp, &L, E, C, &R); }
atom(A) ::= LBRACE(L) RBRACE(R).                     { A = b::dict(ps, L, nullptr, R); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R).       { A = b::dict(ps, L, D, R); }
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R). { A = b::dict(ps, L, D, R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_fors(C) RBRACE(R). { A = b::dict_comp(ps, L, K, V, C, R); }
atom(A) ::= LBRACE(L) DOUBLESTAR(S) expr comp_fors RBRACE. { A = b::dict_unpack_comp(ps, L, S); }
atom(A) ::= LBRACE(L) elem_seq(S) RBRACE(R).         { A = b::set(ps, L, S, R); }
atom(A) ::= LBRACE(L) elem(E) comp_fors(C) RBRACE(R). { A = b::comprehension(ps, ExprKind::SetComp, &L, E, C, &R); }

// What may stand between parentheses (also an f-string field's contents).
paren_body(A) ::= elem_seq(S).                       { A = b::paren_seq(ps, S); }
paren_body(A) ::= elem(E) comp_fors(C).              { A = b::comprehension(ps, ExprKind::GeneratorExp, nullptr, E, C, nullptr); }

%type strings {ast::List<Token>*}
strings(A) ::= STRING(S).                            { A = b::tokens(ps, nullptr, S); }
strings(A) ::= strings(B) STRING(S).                 { A = b::tokens(ps, B, S); }

elem(A) ::= namedexpr_test(E).                       { A = E; }
elem(A) ::= star_expr(E).                            { A = E; }

%type elem_seq {ExprSeq*}
elem_seq(A) ::= elem_items(B).                       { A = B; }
elem_seq(A) ::= elem_items(B) COMMA(C).              { A = b::trailing_comma(ps, B, C); }

%type elem_items {ExprSeq*}
elem_items(A) ::= elem(E).                           { A = b::seq(ps, nullptr, E); }
elem_items(A) ::= elem_items(B) COMMA elem(E).       { A = b::seq(ps, B, E); }

%type dict_items {DictItems*}
dict_items(A) ::= dict_item(D).                      { A = D; }
dict_items(A) ::= dict_items(B) COMMA dict_item(D).  { A = b::dict_items(ps, B, D); }

%type dict_item {DictItems*}
dict_item(A) ::= test(K) COLON test(V).              { A = b::dict_item(ps, K, V); }
dict_item(A) ::= DOUBLESTAR expr(V).                 { A = b::dict_item(ps, nullptr, V); }

%type comp_fors {ast::List<Comprehension*>*}
comp_fors(A) ::= comp_for(C).                        { A = b::comp_fors(ps, nullptr, C); }
comp_fors(A) ::= comp_fors(B) comp_for(C).           { A = b::comp_fors(ps, B, C); }

%type comp_for {Comprehension*}
comp_for(A) ::= FOR(K) exprlist(T) IN or_test(I).         { A = b::comp_for(ps, K, false, T, I); }
comp_for(A) ::= ASYNC(K) FOR exprlist(T) IN or_test(I).   { A = b::comp_for(ps, K, true, T, I); }
comp_for(A) ::= comp_for(C) IF or_test(E).                { A = b::comp_if(ps, C, E); }

%code {
// The terminals the parser could shift in its current state, found by
// simulating Lemon's tables on a copy of the state stack (Lemon has no
// expected-token list of its own).
static void coil_expected_tokens(struct yyParser* parser, std::vector<int>* out) {
  std::vector<YYACTIONTYPE> base;
  for (yyStackEntry* e = parser->yystack; e <= parser->yytos; ++e) base.push_back(e->stateno);
  out->clear();
  for (int t = 1; t < YYNTOKEN; ++t) {
    std::vector<YYACTIONTYPE> stack = base;
    YYACTIONTYPE act = yy_find_shift_action(static_cast<YYCODETYPE>(t), stack.back());
    while (act >= YY_MIN_REDUCE && act != YY_ACCEPT_ACTION && act != YY_ERROR_ACTION) {
      unsigned rule = act - YY_MIN_REDUCE;
      int pop = -yyRuleInfoNRhs[rule];
      if (pop >= static_cast<int>(stack.size())) break;
      stack.resize(stack.size() - pop);
      act = yy_find_reduce_action(stack.back(), yyRuleInfoLhs[rule]);
      stack.push_back(act);
      if (act < YY_MIN_REDUCE) act = yy_find_shift_action(static_cast<YYCODETYPE>(t), act);
    }
    if (act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION) out->push_back(t);
  }
}

// Called from %syntax_error, after the default reductions the bad token
// triggered: the set is small and says what the construct needs next.
static void coil_record_expected(struct yyParser* parser, ParseState* ps) {
  coil_expected_tokens(parser, &ps->expected);
}

// For the driver: the exact set before the bad token is fed (no reductions
// yet), e.g. whether a ":=" could have followed.
void CoilParseExpected(void* parser, std::vector<int>* out) {
  coil_expected_tokens(static_cast<struct yyParser*>(parser), out);
}
}
