// The embedding API's support for a REPL (include/coil/coil.hpp): when an
// input is complete, running one input as CPython's "single" mode does, and
// tab completions (CPython's rlcompleter rules). The REPL itself is cli/repl.cpp.
#include <algorithm>
#include <string>
#include <vector>

#include "coil/coil.hpp"
#include "lexer/lexer.hpp"
#include "parser/parser.hpp"
#include "embed/api_internal.hpp"
#include "compiler/compiler.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

namespace coil {

namespace {

bool is_compound(const ast::Stmt* s) { return parse::is_compound_statement(s); }

// The last line of `source` (whose final "\n" ends it) is empty or blanks.
bool ends_with_blank_line(std::string_view source) {
  if (!source.empty() && source.back() == '\n') source.remove_suffix(1);
  size_t start = source.rfind('\n');
  std::string_view last = start == std::string_view::npos ? source : source.substr(start + 1);
  return last.find_first_not_of(" \t\f\r") == std::string_view::npos;
}

// An open bracket, an unterminated triple-quoted string or a final "\":
// the lexer's own notion of input that ended too early.
bool lexically_incomplete(std::string_view source) {
  lex::Lexer lexer(source);
  for (;;) {
    lex::Token t = lexer.next();
    if (t.type == lex::kEndToken) return false;
    if (t.type == lex::kErrorToken) return lexer.error()->incomplete;
  }
}

std::string line_of(std::string_view source, int line) {
  size_t pos = 0;
  for (int i = 1; i < line && pos != std::string_view::npos; ++i) {
    pos = source.find('\n', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  if (pos == std::string_view::npos || pos > source.size()) return "";
  size_t end = source.find('\n', pos);
  return std::string(source.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
}

// CPython's interactive SyntaxError: a blank offending line is still shown,
// with the caret under its first column when the error has one.
Error interactive_syntax_error(const parse::SyntaxErrorInfo& info, std::string_view filename) {
  Error err = detail::syntax_error(info, filename);
  bool blank = !info.no_text && info.source_line.find_first_not_of(" \t\f\r\n") == std::string::npos;
  if (blank && info.line > 0) {
    std::string head = "  File \"" + std::string(filename) + "\", line " + std::to_string(info.line) + "\n";
    if (err.formatted.compare(0, head.size(), head) == 0) {
      err.formatted.insert(head.size(), info.col >= 1 ? "    \n    ^\n" : "    \n");
    }
  }
  return err;
}

// ---- top-level await (Lib/asyncio/__main__.py)

vm::Value call_attr(vm::VM& vm, vm::Value obj, const char* name, vm::Value* args, int nargs) {
  vm::Value fn = vm.getattr(obj, vm.intern(name));
  if (fn.is_exception()) return fn;
  vm::RootScope roots(vm);
  roots.add(fn);
  return vm.call(fn, args, nargs);
}

// The session's event loop: asyncio's current one, or a new one (after
// asyncio.run() has unset it).
vm::Value repl_loop(vm::VM& vm, vm::Value asyncio) {
  vm::Value loop = call_attr(vm, asyncio, "get_event_loop", nullptr, 0);
  if (!loop.is_exception()) {
    vm::Value closed = call_attr(vm, loop, "is_closed", nullptr, 0);
    if (closed.is_bool() && !closed.as_bool()) return loop;
  }
  vm.pending = vm::Value::null();
  loop = call_attr(vm, asyncio, "new_event_loop", nullptr, 0);
  if (loop.is_exception()) return loop;
  vm::RootScope roots(vm);
  roots.add(loop);
  vm::Value r = call_attr(vm, asyncio, "set_event_loop", &loop, 1);
  return r.is_exception() ? r : loop;
}

// Runs an input's coroutine as a task of the session's loop until it is
// done, as `python -m asyncio` does: tasks the input created stay on the loop
// and go on running whenever a later input runs. On an error (Ctrl-C
// included) the input's task is cancelled, so it never resumes later.
vm::Value run_on_loop(vm::VM& vm, vm::Value coro) {
  vm::RootScope roots(vm);
  roots.add(coro);
  vm::Value asyncio = vm.import_module(vm.intern("asyncio"));
  if (asyncio.is_exception()) return asyncio;
  roots.add(asyncio);
  vm::Value loop = repl_loop(vm, asyncio);
  if (loop.is_exception()) return loop;
  roots.add(loop);
  vm::Value task = call_attr(vm, loop, "create_task", &coro, 1);
  if (task.is_exception()) return task;
  roots.add(task);
  vm::Value r = call_attr(vm, loop, "run_until_complete", &task, 1);
  if (r.is_exception()) {
    vm::Value exc = vm.take_pending();
    roots.add(exc);
    if (call_attr(vm, task, "cancel", nullptr, 0).is_exception()) vm.pending = vm::Value::null();
    vm.pending = exc;
  }
  return r;
}

bool asyncio_imported(vm::VM& vm) {
  return !vm::dict_get_str(vm.modules, vm.intern("asyncio")).is_null();
}

// ---- completion (Lib/rlcompleter.py)

// keyword.kwlist of CPython 3.11, in its order.
const char* const kKeywords[] = {
    "False", "None",   "True",    "and",      "as",       "assert", "async", "await",  "break",
    "class", "continue", "def",   "del",      "elif",     "else",   "except", "finally", "for",
    "from",  "global", "if",      "import",   "in",       "is",     "lambda", "nonlocal", "not",
    "or",    "pass",   "raise",   "return",   "try",      "while",  "with",   "yield"};

bool is_word_char(char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

class Completer {
 public:
  explicit Completer(vm::VM& vm) : vm_(vm), roots_(vm) {}

  std::vector<std::string> global_matches(std::string_view text) {
    std::vector<std::string> out;
    std::vector<std::string> seen = {"__builtins__"};
    for (const char* kw : kKeywords) {
      std::string word = kw;
      if (word.compare(0, text.size(), text) != 0) continue;
      seen.push_back(word);
      if (word == "finally" || word == "try") {
        word += ':';
      } else if (word != "False" && word != "None" && word != "True" && word != "break" &&
                 word != "continue" && word != "pass" && word != "else") {
        word += ' ';
      }
      out.push_back(word);
    }
    vm::Module* m = detail::main_module(vm_, "<stdin>", false);
    for (vm::Dict* d : {m->dict, vm_.builtins}) {
      for (const auto& e : d->table.entries) {
        if (e.key.is_null() || !vm::is_str(e.key)) continue;
        std::string word(vm::as_str(e.key)->view());
        if (word.compare(0, text.size(), text) != 0) continue;
        if (std::find(seen.begin(), seen.end(), word) != seen.end()) continue;
        seen.push_back(word);
        out.push_back(word + (callable(e.value) ? "(" : ""));
      }
    }
    return out;
  }

  // `expr` is a dotted name ("a" or "a.b"); `attr` the prefix after its dot.
  std::vector<std::string> attr_matches(std::string_view expr, std::string_view attr) {
    std::vector<std::string> out;
    vm::Value obj = evaluate(expr);
    if (obj.is_null()) return out;
    std::vector<std::string> words = attribute_names(obj);
    // Names starting with "_" (then "__") only when nothing else matches.
    std::string noprefix = attr.empty() ? "_" : attr == "_" ? "__" : "";
    for (;;) {
      for (const std::string& word : words) {
        if (word.compare(0, attr.size(), attr) != 0) continue;
        if (!noprefix.empty() && word.compare(0, attr.size() + 1, noprefix) == 0) continue;
        out.push_back(std::string(expr) + "." + word + (callable_attribute(obj, word) ? "(" : ""));
      }
      if (!out.empty() || noprefix.empty()) break;
      noprefix = noprefix == "_" ? "__" : "";
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  bool callable(vm::Value v) {
    vm::Value fn = vm::dict_get_str(vm_.builtins, vm_.intern("callable"));
    if (fn.is_null()) return false;
    vm::Value r = vm_.call1(fn, v);
    if (r.is_exception()) {
      vm_.pending = vm::Value::null();
      return false;
    }
    return r.is_bool() && r.as_bool();
  }

  // Like rlcompleter, a property is not called to see whether it is callable.
  bool callable_attribute(vm::Value obj, const std::string& word) {
    vm::Str* name = vm_.intern(word);
    vm::Value cls_attr = vm_.lookup_type(vm_.type_of(obj), name);
    if (!cls_attr.is_null() && vm_.isinstance(cls_attr, vm_.types.property)) return false;
    vm::Value v = vm_.getattr_opt(obj, name);
    if (v.is_exception()) {
      vm_.pending = vm::Value::null();
      return false;
    }
    if (v.is_null()) return false;
    roots_.add(v);
    return callable(v);
  }

  // Looks a dotted name up in __main__ (then builtins) without calling
  // anything but attribute getters; null() when it cannot be evaluated.
  vm::Value evaluate(std::string_view expr) {
    size_t dot = expr.find('.');
    std::string first(expr.substr(0, dot));
    if (first.empty() || (first[0] >= '0' && first[0] <= '9')) return vm::Value::null();
    vm::Module* m = detail::main_module(vm_, "<stdin>", false);
    vm::Value v = vm::dict_get_str(m->dict, vm_.intern(first));
    if (v.is_null()) v = vm::dict_get_str(vm_.builtins, vm_.intern(first));
    while (!v.is_null() && dot != std::string_view::npos) {
      size_t next = expr.find('.', dot + 1);
      std::string_view part = expr.substr(dot + 1, next == std::string_view::npos ? next : next - dot - 1);
      if (part.empty()) return vm::Value::null();
      roots_.add(v);
      v = vm_.getattr_opt(v, vm_.intern(part));
      if (v.is_exception()) {
        vm_.pending = vm::Value::null();
        return vm::Value::null();
      }
      dot = next;
    }
    if (!v.is_null()) roots_.add(v);
    return v;
  }

  // dir(obj) plus "__class__", without "__builtins__".
  std::vector<std::string> attribute_names(vm::Value obj) {
    std::vector<std::string> words;
    vm::Value fn = vm::dict_get_str(vm_.builtins, vm_.intern("dir"));
    vm::Value r = fn.is_null() ? vm::Value::exception() : vm_.call1(fn, obj);
    if (r.is_exception()) {
      vm_.pending = vm::Value::null();
      return words;
    }
    roots_.add(r);
    std::vector<vm::Value> items;
    if (!vm_.unpack_iterable(r, items)) {
      vm_.pending = vm::Value::null();
      return words;
    }
    for (vm::Value item : items) {
      if (vm::is_str(item)) words.emplace_back(vm::as_str(item)->view());
    }
    words.erase(std::remove(words.begin(), words.end(), "__builtins__"), words.end());
    if (std::find(words.begin(), words.end(), "__class__") == words.end()) words.push_back("__class__");
    return words;
  }

  vm::VM& vm_;
  vm::RootScope roots_;
};

// Whether the input parsed: without errors, or with one that CPython's
// compiler finds (`def g(a, a): pass`), which the REPL reports only once the
// statement is complete, as CPython compiles only then.
bool has_tree(const parse::ParseResult& parsed) {
  return parsed.ok || (parsed.error.compile_stage && parsed.module);
}

}  // namespace

bool VM::input_complete(std::string_view source) {
  ast::Arena arena;
  if (lexically_incomplete(source)) {
    // Inside an open bracket more lines are needed, unless what was typed
    // is already a syntax error (`def f(:`), which is reported at once.
    parse::ParseResult parsed = parse::parse(arena, source, parse::Mode::Interactive);
    return !parsed.ok && !parsed.error.incomplete;
  }
  bool blank_end = ends_with_blank_line(source);
  parse::ParseResult parsed = parse::parse(arena, source, parse::Mode::Interactive);
  // A missing block body is an error once a blank line has ended the input.
  if (!has_tree(parsed)) return !parsed.error.incomplete || blank_end;
  if (blank_end) return true;
  // A compound statement goes on until a blank line (an `else:` may follow).
  const auto& body = parsed.module->body;
  return !(body.size == 1 && is_compound(body[0]));
}

RunResult VM::run_interactive(std::string_view source, std::string_view filename) {
  vm::VM& vm = *core_->vm;
  ast::Arena arena;
  parse::ParseResult parsed = parse::parse(arena, source, parse::Mode::Interactive);
  if (!has_tree(parsed)) return interactive_syntax_error(parsed.error, filename);
  // One input is one statement: a statement after a compound one (without
  // the blank line that ends it) is CPython's "invalid syntax".
  const auto& body = parsed.module->body;
  if (body.size > 1 && is_compound(body[0])) {
    parse::SyntaxErrorInfo info;
    info.message = "invalid syntax";
    info.line = body[1]->span.line;
    info.col = body[1]->span.col + 1;
    info.source_line = line_of(source, info.line);
    return interactive_syntax_error(info, filename);
  }
  if (!parsed.ok) {
    // "<stdin>" is no file: a compiler-stage error has no line (see compile()).
    parsed.error.no_text = true;
    return interactive_syntax_error(parsed.error, filename);
  }
  compiler::CompileResult cr;
  // A warning made an error shows its line, as the REPL's parse errors do.
  if (compiler::issue_parse_warnings(vm, parsed.warnings, filename, source, source, cr)) {
    cr = compiler::compile(vm, parsed.module, parse::Mode::Interactive, filename, source, std::nullopt);
  }
  if (cr.exception_pending) return detail::take_error(vm);  // a SyntaxWarning's handler raised
  if (!cr.code) return interactive_syntax_error(cr.error, filename);
  vm::RootScope roots(vm);
  roots.add(cr.code);
  // Once asyncio is imported every input runs on its loop (so that
  // asyncio.create_task() works at the prompt), as in `python -m asyncio`.
  if (asyncio_imported(vm)) {
    cr.code->code_flags |= vm::Code::kCoroutine;
    cr.code->set_plain_call();
  }
  vm::Module* m = detail::main_module(vm, filename, false);
  vm::Value r = vm.run_module_code(cr.code, m->dict);
  if (!r.is_exception() && (cr.code->code_flags & vm::Code::kCoroutine)) r = run_on_loop(vm, r);
  if (r.is_exception()) return detail::take_error(vm);
  return Unit{};
}

std::vector<std::string> VM::completions(std::string_view text) {
  vm::VM& vm = *core_->vm;
  Completer completer(vm);
  size_t dot = text.rfind('.');
  if (dot == std::string_view::npos) return completer.global_matches(text);
  std::string_view expr = text.substr(0, dot);
  for (char c : expr) {
    if (!is_word_char(c) && c != '.') return {};
  }
  return completer.attr_matches(expr, text.substr(dot + 1));
}

}  // namespace coil
