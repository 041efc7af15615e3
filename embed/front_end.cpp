// The front end as the VM core sees it (vm::FrontEnd): source text to code
// objects through the parser and the compiler, compile errors as SyntaxError,
// and the secondary traceback markers, which need the parser.
#include "compiler/compiler.hpp"
#include "embed/embed.hpp"
#include "parser/ast.hpp"
#include "vm/numeric/text.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"

namespace coil::embed {

namespace {

parse::Mode parse_mode(vm::SourceMode mode) {
  switch (mode) {
    case vm::SourceMode::Eval: return parse::Mode::Eval;
    case vm::SourceMode::Interactive: return parse::Mode::Interactive;
    case vm::SourceMode::File: break;
  }
  return parse::Mode::File;
}

// The text of the file `filename` names, if coil ran or imported it
// (VM::sources, coil's linecache): where CPython's compiler reads the line
// of an error back from. A pseudo-file ("<doctest ...>", whose lines
// doctest gives linecache) is no file to read.
std::optional<std::string_view> file_text(vm::VM& vm, std::string_view filename) {
  if (filename.starts_with('<')) return std::nullopt;
  auto it = vm.sources.find(std::string(filename));
  if (it == vm.sources.end()) return std::nullopt;
  return it->second;
}

vm::Code* compile(vm::VM& vm, std::string_view source, std::string_view filename,
                  vm::SourceMode mode, uint32_t future_flags) {
  try {
    compiler::CompileResult cr =
        compiler::compile_source(vm, source, filename, parse_mode(mode), file_text(vm, filename),
                                 (future_flags & vm::kFutureAnnotations) != 0);
    if (!cr.code && !cr.exception_pending) raise_syntax_error(vm, cr.error, filename);
    return cr.code;
  } catch (const std::bad_alloc&) {
    // The parser's and the compiler's own structures ran out of memory.
    vm.raise_memory_error();
    return nullptr;
  }
}

bool incomplete_input(std::string_view source, vm::SourceMode mode, bool dont_imply_dedent) {
  ast::Arena arena;
  parse::ParseResult parsed = parse::parse(arena, source, parse_mode(mode));
  if (!parsed.ok) return parsed.error.incomplete;
  if (mode != vm::SourceMode::Interactive || !dont_imply_dedent || source.ends_with('\n')) return false;
  const auto& body = parsed.module->body;
  return body.size > 0 && parse::is_compound_statement(body[body.size - 1]);
}

bool is_marker_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Code points in the first `bytes` bytes of UTF-8 text.
int64_t char_count(std::string_view text, int64_t bytes) {
  if (bytes > static_cast<int64_t>(text.size())) bytes = static_cast<int64_t>(text.size());
  return static_cast<int64_t>(num::count_code_points(text.substr(0, static_cast<size_t>(bytes))));
}

// Within a one-line expression, the operator of a binary operation or the
// brackets of a subscript get the secondary marker (CPython 3.11's
// extract_anchors_from_line). Offsets are characters of `segment`.
bool caret_anchors(std::string_view segment, int64_t& left, int64_t& right) {
  ast::Arena arena;
  parse::ParseResult parsed = parse::parse(arena, segment, parse::Mode::File);
  if (!parsed.ok || !parsed.module || parsed.module->body.size != 1) return false;
  ast::Stmt* st = parsed.module->body[0];
  if (st->kind != ast::StmtKind::ExprStmt) return false;
  ast::Expr* e = static_cast<ast::ExprStmt*>(st)->value;
  int64_t l = -1, r = -1;
  if (e->kind == ast::ExprKind::BinOp) {
    auto* b = static_cast<ast::BinOp*>(e);
    for (int i = b->left->span.end_col; i < b->right->span.col; ++i) {
      if (i < 0 || i >= static_cast<int>(segment.size()) || is_marker_space(segment[i])) continue;
      l = i;
      r = i + 1;
      if (i + 1 < b->right->span.col && !is_marker_space(segment[i + 1])) ++r;  // e.g. //
      break;
    }
  } else if (e->kind == ast::ExprKind::Subscript) {
    auto* sub = static_cast<ast::Subscript*>(e);
    l = sub->value->span.end_col;
    r = sub->slice->span.end_col + 1;
  }
  if (l < 0) return false;
  left = char_count(segment, l);
  right = char_count(segment, r);
  return true;
}

}  // namespace

void install_front_end(vm::VM& vm) {
  vm.front_end.compile = compile;
  vm.front_end.caret_anchors = caret_anchors;
  vm.front_end.parse_ast = source_to_ast;
  vm.front_end.compile_ast = ast_to_code;
  vm.front_end.incomplete_input = incomplete_input;
}

vm::Value raise_syntax_error(vm::VM& vm, const parse::SyntaxErrorInfo& err, std::string_view filename) {
  vm::Type* t = vm.types.SyntaxError;
  if (err.type == "IndentationError") t = vm.types.IndentationError;
  if (err.type == "TabError") t = vm.types.TabError;
  vm::Value exc = vm.new_exception(t, err.message);
  auto* e = static_cast<vm::Exception*>(exc.as_obj());
  e->dict = vm.new_dict();
  vm::dict_set_str(vm, e->dict, vm.names.filename, vm.str_value(filename));
  vm::dict_set_str(vm, e->dict, vm.names.lineno, vm.make_int(err.line));
  vm::dict_set_str(vm, e->dict, vm.names.offset, vm.make_int(err.col));
  bool no_text = err.no_text || (err.source_line.empty() && err.line == 0);
  std::string text = err.source_line + (err.text_newline ? "\n" : "");
  vm::dict_set_str(vm, e->dict, vm.names.text, no_text ? vm::Value::none() : vm.str_value(text));
  // CPython's end of the error's span; errors placed with a line and offset
  // only (the __future__ checks) have no end offset.
  vm::dict_set_str(vm, e->dict, vm.intern("end_lineno"), vm.make_int(err.end_line ? err.end_line : err.line));
  vm::dict_set_str(vm, e->dict, vm.intern("end_offset"), err.end_line ? vm.make_int(err.end_col) : vm::Value::none());
  vm::dict_set_str(vm, e->dict, vm.names.msg, vm.str_value(err.message));
  vm.pending = exc;
  return vm::Value::exception();
}

}  // namespace coil::embed
