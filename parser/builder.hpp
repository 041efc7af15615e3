// AST construction for the grammar's actions, with the checks CPython 3.11
// makes while parsing (assignment targets, argument and parameter order,
// walrus targets, starred expressions, ...).
//
// Every function returns a usable node even after recording an error (the
// parser finishes its current reductions before the driver stops it), and
// none throws.
#pragma once

#include "lexer/token.hpp"
#include "parser/ast.hpp"
#include "parser/parse_state.hpp"

namespace coil::parse::build {

using ast::Expr;
using ast::Stmt;
using lex::Token;

ast::Span span_of(const Token& t);
ast::Span join(ast::Span a, ast::Span b);
// How CPython's messages name an expression ("literal", "function call").
const char* expr_name(const Expr* e);
// Whether `e` stands where CPython's grammar has a bitwise_or (what its
// "cannot assign to %s here. Maybe you meant '=='" rule matches).
bool is_bitwise_or(ParseState* ps, const Expr* e);
bool is_keyword_constant(const Expr* e);

// Lists.
StmtList* stmts(ParseState* ps);
StmtList* append(ParseState* ps, StmtList* list, Stmt* s);
StmtList* append_all(ParseState* ps, StmtList* list, StmtList* more);
ExprList* exprs(ParseState* ps);
ExprList* append(ParseState* ps, ExprList* list, Expr* e);
ExprSeq* seq(ParseState* ps, ExprSeq* s, Expr* e);
ExprSeq* trailing_comma(ParseState* ps, ExprSeq* s, const Token& comma);
// The value of a comma list: its single item, or a Tuple.
Expr* seq_value(ParseState* ps, ExprSeq* s);
ast::List<Token>* tokens(ParseState* ps, ast::List<Token>* list, const Token& t);

// Modes.
void module(ParseState* ps, StmtList* body);
void eval_module(ParseState* ps, Expr* e);
Expr* fstring_body(ParseState* ps, Expr* e);

// Atoms.
Expr* name(ParseState* ps, const Token& t);
Expr* number(ParseState* ps, const Token& t);
Expr* constant(ParseState* ps, const Token& t, ast::ConstKind kind);
Expr* strings(ParseState* ps, ast::List<Token>* tokens);  // parser/strings.cpp
Expr* tuple(ParseState* ps, const Token& lpar, ExprSeq* items, const Token& rpar);
Expr* paren_seq(ParseState* ps, ExprSeq* items);
Expr* paren(ParseState* ps, const Token& lpar, Expr* e, const Token& rpar);
Expr* parenthesized(ParseState* ps, Expr* e);
Expr* list(ParseState* ps, const Token& l, ExprSeq* items, const Token& r);
Expr* set(ParseState* ps, const Token& l, ExprSeq* items, const Token& r);
DictItems* dict_item(ParseState* ps, Expr* key, Expr* value);
DictItems* dict_items(ParseState* ps, DictItems* items, DictItems* item);
Expr* dict(ParseState* ps, const Token& l, DictItems* items, const Token& r);
// ListComp, SetComp or GeneratorExp; `l`/`r` null for a parenthesized genexp
// (paren() adds the parentheses).
Expr* comprehension(ParseState* ps, ast::ExprKind kind, const Token* l, Expr* elt,
                    ast::List<ast::Comprehension*>* generators, const Token* r);
Expr* dict_comp(ParseState* ps, const Token& l, Expr* key, Expr* value, ast::List<ast::Comprehension*>* generators,
                const Token& r);
Expr* dict_unpack_comp(ParseState* ps, const Token& l, const Token& star);
ast::List<ast::Comprehension*>* comp_fors(ParseState* ps, ast::List<ast::Comprehension*>* list,
                                          ast::Comprehension* c);
ast::Comprehension* comp_for(ParseState* ps, const Token& kw, bool is_async, ExprSeq* target, Expr* iter);
ast::Comprehension* comp_if(ParseState* ps, ast::Comprehension* c, Expr* cond);

// Operators.
Expr* bin_op(ParseState* ps, Expr* left, ast::BinOpKind op, Expr* right);
Expr* unary(ParseState* ps, const Token& op, ast::UnaryOpKind kind, Expr* operand);
Expr* bool_op(ParseState* ps, ast::BoolOpKind op, Expr* left, Expr* right);
Expr* bool_op_append(ParseState* ps, Expr* op, Expr* right);
Expr* disjunction(ParseState* ps, Expr* e);  // an or_test was reduced
Expr* compare(ParseState* ps, Expr* left, int op, Expr* right);
Expr* compare_append(ParseState* ps, Expr* chain, int op, Expr* right);
Expr* await(ParseState* ps, const Token& kw, Expr* value);
ast::IfExp* if_head(ParseState* ps, Expr* body, Expr* test);
Expr* if_exp(ParseState* ps, ast::IfExp* head, Expr* orelse);
Expr* lambda(ParseState* ps, const Token& kw, Params* params, Expr* body);
Expr* named_expr(ParseState* ps, Expr* target, Expr* value);
Expr* starred(ParseState* ps, const Token& star, Expr* value);
Expr* yield(ParseState* ps, const Token& kw, Expr* value);
Expr* yield_from(ParseState* ps, const Token& kw, Expr* value);

// Trailers.
Expr* attribute(ParseState* ps, Expr* value, const Token& name);
Expr* subscript(ParseState* ps, Expr* value, ExprSeq* items, const Token& rsqb);
Expr* slice(ParseState* ps, Expr* lower, const Token& colon, Expr* upper, const Token* colon2, Expr* step);
Expr* call(ParseState* ps, Expr* func, const Token& lpar, CallArgs* args, const Token& rpar);
CallArgs* args(ParseState* ps, CallArgs* list, CallArg* arg);
CallArgs* args_trailing_comma(ParseState* ps, CallArgs* list);
CallArg* arg_positional(ParseState* ps, Expr* value);
CallArg* arg_generator(ParseState* ps, Expr* elt, ast::List<ast::Comprehension*>* generators);
CallArg* arg_keyword(ParseState* ps, Expr* key, const Token& equal, Expr* value);
CallArg* arg_star(ParseState* ps, const Token& star, Expr* value, CallArg::Kind kind);

// Parameters.
Params* params(ParseState* ps, Params* list, Param* p);
Param* param(ParseState* ps, Param::Kind kind, ast::Arg* arg, Expr* default_value, const Token* mark);
Param* star_default(ParseState* ps, const Token& equal, bool double_star);
// A lambda's bare "*": CPython reports its errors at the token after it.
Param* lambda_bare_star(ParseState* ps);
ast::Arg* arg(ParseState* ps, const Token& name, Expr* annotation);

// Simple statements.
Stmt* expr_stmt(ParseState* ps, Expr* e);
Stmt* assign(ParseState* ps, ExprList* targets, Expr* value);
Stmt* aug_assign(ParseState* ps, Expr* target, int op, Expr* value);
Stmt* ann_assign(ParseState* ps, Expr* target, const Token& colon, Expr* annotation, Expr* value);
Stmt* del(ParseState* ps, const Token& kw, ExprSeq* targets);
Stmt* simple(ParseState* ps, ast::StmtKind kind, const Token& kw);
Stmt* return_stmt(ParseState* ps, const Token& kw, Expr* value);
Stmt* raise(ParseState* ps, const Token& kw, Expr* exc, Expr* cause);
NameList* name_list(ParseState* ps, NameList* list, const Token& name);
Stmt* global(ParseState* ps, const Token& kw, NameList* names, bool nonlocal);
Stmt* assert_stmt(ParseState* ps, const Token& kw, Expr* test, Expr* msg);
Dotted* dotted(ParseState* ps, Dotted* prefix, const Token& name);
ast::Alias* alias(ParseState* ps, Dotted* name, const Token* asname);
ImportTargets* aliases(ParseState* ps, ImportTargets* list, ast::Alias* a);
ImportTargets* import_star(ParseState* ps, const Token& star);
ImportTargets* import_trailing_comma(ParseState* ps, ImportTargets* list, const Token& comma);
ImportTargets* import_parens(ParseState* ps, ImportTargets* list, const Token& rpar);
FromModule* from_module(ParseState* ps, int level, Dotted* name);
Stmt* import(ParseState* ps, const Token& kw, ImportTargets* names);
Stmt* import_from(ParseState* ps, const Token& kw, FromModule* module, ImportTargets* names);

// Compound statements.
Stmt* if_stmt(ParseState* ps, const Token& kw, Expr* test, StmtList* body, StmtList* orelse);
Stmt* while_stmt(ParseState* ps, const Token& kw, Expr* test, StmtList* body, StmtList* orelse);
Stmt* for_stmt(ParseState* ps, const Token& kw, ExprSeq* target, Expr* iter, StmtList* body, StmtList* orelse);
TryTail* handlers(ParseState* ps, TryTail* tail, ast::ExceptHandler* h);
ast::ExceptHandler* handler(ParseState* ps, const Token& kw, Expr* type, const Token* name, StmtList* body);
// `except* T [as name]:`; a missing T is CPython's error (at `star`, the
// token after the "*").
ast::ExceptHandler* star_handler(ParseState* ps, const Token& kw, const Token& star, Expr* type, const Token* name,
                                 StmtList* body);
TryTail* try_tail(ParseState* ps, TryTail* handlers, StmtList* orelse, StmtList* finalbody);
Stmt* try_stmt(ParseState* ps, const Token& kw, StmtList* body, TryTail* tail);
ast::List<ast::WithItem*>* with_items(ParseState* ps, ast::List<ast::WithItem*>* list, ast::WithItem* item);
ast::WithItem* with_item(ParseState* ps, Expr* context, Expr* target);
Stmt* with_stmt(ParseState* ps, const Token& kw, ast::List<ast::WithItem*>* items, StmtList* body);
Stmt* funcdef(ParseState* ps, const Token& kw, const Token& name, Params* params, Expr* returns, StmtList* body);
Stmt* classdef(ParseState* ps, const Token& kw, const Token& name, CallArgs* args, const Token* rpar,
              StmtList* body);
Stmt* make_async(ParseState* ps, const Token& kw, Stmt* s);
Stmt* decorate(ParseState* ps, ExprList* decorators, Stmt* s);

// `match` statements and their patterns.
Stmt* match_stmt(ParseState* ps, const Token& kw, ExprSeq* subject, ast::List<ast::MatchCase*>* cases);
ast::List<ast::MatchCase*>* match_cases(ParseState* ps, ast::List<ast::MatchCase*>* list, ast::MatchCase* c);
ast::MatchCase* match_case(ParseState* ps, const Token& kw, PatSeq* patterns, Expr* guard, StmtList* body);
PatSeq* pat_seq(ParseState* ps, PatSeq* s, ast::Pattern* p);
PatSeq* pat_trailing_comma(ParseState* ps, PatSeq* s, const Token& comma);
ast::Pattern* star_pattern(ParseState* ps, const Token& star, const Token& name);
ast::Pattern* or_pattern(ParseState* ps, PatSeq* alternatives);
ast::Pattern* as_pattern(ParseState* ps, ast::Pattern* p, const Token& name);
ast::Pattern* literal_pattern(ParseState* ps, Expr* value);
// A capture (`x`), the wildcard (`_`) or a value pattern (`a.b`).
ast::Pattern* name_pattern(ParseState* ps, Expr* name);
ast::Pattern* class_pattern(ParseState* ps, Expr* cls, ClassArgs* args, const Token& rpar);
ast::Pattern* seq_pattern(ParseState* ps, const Token& open, PatSeq* items, const Token& close, bool parens);
ast::Pattern* mapping_pattern(ParseState* ps, const Token& open, MapItems* items, const Token& close);
Expr* complex_literal(ParseState* ps, Expr* real, ast::BinOpKind op, const Token& imag);
ClassArgs* class_arg(ParseState* ps, const Token* keyword, ast::Pattern* p);
ClassArgs* class_args(ParseState* ps, ClassArgs* list, ClassArgs* arg);
MapItems* map_item(ParseState* ps, Expr* key, ast::Pattern* p);
MapItems* map_rest(ParseState* ps, const Token& star, const Token& name);
MapItems* map_items(ParseState* ps, MapItems* list, MapItems* item);

}  // namespace coil::parse::build
