// Tracebacks printed as CPython 3.11 prints them (its Python/traceback.c and
// the traceback module's exception printer): the traceback type's attributes,
// source lines with their carets, chained causes and contexts, exception
// groups, notes.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "text/lines.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/suggestions.hpp"
#include "vm/traceback.hpp"

namespace coil::vm {

static Exception* as_exc(Value v) { return static_cast<Exception*>(v.as_obj()); }

static Value traceback_getattr(VM& vm, Value self, Str* name) {
  auto* tb = static_cast<Traceback*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "tb_lineno") return vm.make_int(tb->line);
  if (n == "tb_next") return tb->next ? Value::object(tb->next) : Value::none();
  if (n == "tb_lasti") return vm.make_int(-1);  // coil keeps no instruction offset
  if (n == "tb_frame") return traceback_frame(vm, tb);
  return generic_getattr(vm, self, name, true);
}

void init_traceback_type(VM& vm) { vm.types.traceback->slots.getattr = traceback_getattr; }

// Line `line` of a file run (or imported), without its line break; false
// when the source is unknown.
bool raw_source_line(VM& vm, Str* filename, int line, std::string& out) {
  auto it = vm.sources.find(std::string(filename->view()));
  if (it == vm.sources.end()) return false;
  std::optional<std::string_view> l = text::source_line(it->second, line);
  if (!l) return false;
  out = std::string(*l);
  return true;
}

static bool is_tb_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Characters (code points) in the first `bytes` bytes of UTF-8 text.
static int64_t char_count(std::string_view text, int64_t bytes) {
  size_t n = std::min(static_cast<size_t>(std::max<int64_t>(bytes, 0)), text.size());
  return static_cast<int64_t>(utf8_count(text.data(), n));
}

// Byte offset of character `chars` of UTF-8 text.
static size_t byte_offset(std::string_view text, int64_t chars) {
  size_t i = 0;
  for (int64_t n = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (n == chars) return i;
      ++n;
    }
  }
  return text.size();
}

// The markers under a traceback's source line ("    ~~^~~"), or "" when the
// instruction's span is unknown or covers the whole line (CPython 3.11's
// tb_displayline).
static std::string caret_line(VM& vm, Traceback* tb, const std::string& line) {
  Code* c = tb->code;
  if (tb->lasti < 0 || c->positions.size() != c->code.size() ||
      static_cast<size_t>(tb->lasti) >= c->positions.size()) {
    return "";
  }
  const Code::Position& pos = c->positions[tb->lasti];
  if (pos.col < 0 || pos.end_col < 0 || pos.end_line < tb->line) return "";
  int64_t len = char_count(line, static_cast<int64_t>(line.size()));
  int64_t start = char_count(line, pos.col);
  int64_t end;
  int64_t left = -1, right = -1;
  bool anchors = false;
  if (pos.end_line == tb->line) {
    end = char_count(line, pos.end_col);
    if (end <= start) return "";
    size_t b0 = byte_offset(line, start), b1 = byte_offset(line, end);
    anchors = vm.front_end.caret_anchors &&
              vm.front_end.caret_anchors(std::string_view(line).substr(b0, b1 - b0), left, right);
    if (anchors) {
      left += start;
      right += start;
    }
  } else {
    // A multi-line span: mark up to the end of its first line.
    size_t i = line.size();
    while (i > 0 && is_tb_space(line[i - 1])) --i;
    end = char_count(line, static_cast<int64_t>(i));
  }
  int64_t indent = 0;
  while (indent < static_cast<int64_t>(line.size()) && is_tb_space(line[indent])) ++indent;
  if (end - start == len - indent && !anchors) return "";  // the whole line
  std::string out = "    ";
  for (int64_t k = indent; k < end; ++k) {
    if (k < start) {
      out += ' ';
    } else if (anchors && left <= k && k < right) {
      out += '^';
    } else {
      out += anchors ? '~' : '^';
    }
  }
  return out + "\n";
}

static void format_tb_entry(VM& vm, std::string& out, Traceback* tb) {
  out += "  File \"";
  out += tb->code->filename->view();
  out += "\", line " + std::to_string(tb->line) + ", in ";
  out += tb->code->name->view();
  out += "\n";
  std::string line;
  if (!raw_source_line(vm, tb->code->filename, tb->line, line)) return;
  // As CPython: the indentation goes, trailing spaces stay.
  size_t first = 0;
  while (first < line.size() && is_tb_space(line[first])) ++first;
  if (first == line.size()) return;
  out += "    " + line.substr(first) + "\n";
  out += caret_line(vm, tb, line);
}

// Code compiled into the binary (stdlib/lib, the asyncio prelude) is named
// "<frozen NAME>"; like CPython's frozen importlib frames, its frames are
// left out of tracebacks, which then show only the program's own code.
static bool is_frozen_frame(const Traceback* tb) {
  return tb->code->filename->view().starts_with("<frozen ");
}

// Frames in order, collapsing runs of identical entries as CPython does
// ("[Previous line repeated N more times]").
static void format_traceback(VM& vm, std::string& out, Traceback* tb) {
  out += "Traceback (most recent call last):\n";
  format_traceback_entries(vm, out, tb);
}

void format_traceback_entries(VM& vm, std::string& out, Traceback* tb) {
  bool hide_frozen = false;
  for (Traceback* t = tb; t; t = t->next) hide_frozen |= !is_frozen_frame(t);
  Traceback* prev = nullptr;
  int repeat = 0;
  auto flush_repeat = [&]() {
    if (repeat > 3) {
      int more = repeat - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" +
             (more == 1 ? "" : "s") + "]\n";
    }
  };
  for (; tb; tb = tb->next) {
    if (hide_frozen && is_frozen_frame(tb)) continue;
    bool same = prev && prev->code->filename == tb->code->filename && prev->line == tb->line &&
                prev->code->name == tb->code->name;
    if (same) {
      ++repeat;
      if (repeat > 3) continue;
    } else {
      flush_repeat();
      repeat = 1;
    }
    format_tb_entry(vm, out, tb);
    prev = tb;
  }
  flush_repeat();
}

// The last line: "Type: message" (or just "Type"), and SyntaxError's block.
// str(v), or `fallback` when str() raises (a traceback printer never fails).
static std::string str_or(VM& vm, Value v, const char* fallback) {
  Value s = vm.str(v);
  if (s.is_exception() || !is_str(s)) {
    vm.pending = Value::null();
    return fallback;
  }
  return std::string(as_str(s)->view());
}

// The notes added with add_note(), one per line after the exception's line
// (a __notes__ that is not a list or tuple is shown by its repr, as CPython does).
static void format_notes(VM& vm, std::string& out, Value exc) {
  Exception* e = as_exc(exc);
  if (!e->dict) return;
  Value notes = dict_get_str(e->dict, vm.intern("__notes__"));
  if (notes.is_null() || notes.is_none()) return;
  Obj* o = notes.is_obj() ? notes.as_obj() : nullptr;
  if (!o || (o->kind != ObjKind::List && o->kind != ObjKind::Tuple)) {
    Value r = vm.repr(notes);
    if (r.is_exception() || !is_str(r)) {
      vm.pending = Value::null();
      out += "<__notes__ repr() failed>\n";
    } else {
      out += std::string(as_str(r)->view()) + "\n";
    }
    return;
  }
  RootScope roots(vm);
  roots.add(notes);
  for (size_t i = 0;; ++i) {
    size_t n = o->kind == ObjKind::List ? static_cast<List*>(o)->items.size() : static_cast<Tuple*>(o)->size;
    if (i >= n) break;
    Value note = o->kind == ObjKind::List ? static_cast<List*>(o)->items[i] : static_cast<Tuple*>(o)->items[i];
    out += (is_str(note) ? std::string(as_str(note)->view()) : str_or(vm, note, "<note str() failed>")) + "\n";
  }
}

// CPython's print_error_text: the error's line, its leading blanks gone,
// and carets from `offset` to `end_offset` (1-based; the width of one caret
// when there is no end). As there, the offsets count characters while the
// clipping counts bytes, and a text of several lines (a line continued with
// "\\") is printed whole, the carets under the line the offset falls in.
std::string syntax_error_text(std::string_view text, int64_t offset, int64_t end_offset) {
  int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  --offset;
  while (!text.empty() && is_tb_space(text.front())) {
    text.remove_prefix(1);
    --offset;
  }
  auto len = static_cast<int64_t>(text.size());
  if (len > 0 && text.back() == '\n') --len;
  if (offset > len) offset = len;
  for (;;) {
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos || static_cast<int64_t>(nl) >= offset) break;
    text.remove_prefix(nl + 1);
    len -= static_cast<int64_t>(nl) + 1;
    offset -= static_cast<int64_t>(nl) + 1;
  }
  std::string out = "    " + std::string(text);
  if (len >= static_cast<int64_t>(text.size()) || text[static_cast<size_t>(len)] != '\n') out += "\n";
  if (offset < 0) return out;
  return out + "    " + std::string(static_cast<size_t>(offset), ' ') + std::string(static_cast<size_t>(carets), '^') +
         "\n";
}

// An int attribute of a SyntaxError as CPython's parse_syntax_error reads
// it: None gives `none`; false (and nothing pending) for anything not an int.
static bool syntax_error_int(VM& vm, Value exc, std::string_view name, int64_t none, int64_t& out) {
  Value v = syntax_error_detail(vm, exc, name);
  if (v.is_none()) {
    out = none;
    return true;
  }
  return v.is_int() && (out = v.as_int(), true);
}

// CPython's print_exception_file_and_line: '  File "f", line N', then the
// line and its carets. False (nothing written) when the details are not
// usable (lineno not an int), and then the exception prints as any other;
// otherwise `message` is its msg, printed in place of str(exc).
static bool format_syntax_error_place(VM& vm, std::string& out, Value exc, Value& message) {
  int64_t line = 0, offset = -1, end_line = 0, end_offset = -1;
  Value lineno = syntax_error_detail(vm, exc, "lineno");
  if (!lineno.is_int() || !syntax_error_int(vm, exc, "offset", -1, offset)) return false;
  line = lineno.as_int();
  end_line = line;
  // Only SyntaxError itself has its end shown (not IndentationError, TabError).
  if (vm.type_of(exc) == vm.types.SyntaxError &&
      (!syntax_error_int(vm, exc, "end_lineno", line, end_line) ||
       !syntax_error_int(vm, exc, "end_offset", -1, end_offset))) {
    return false;
  }
  message = syntax_error_detail(vm, exc, "msg");
  Value file = syntax_error_detail(vm, exc, "filename");
  std::string file_name = file.is_none() ? "<string>" : str_or(vm, file, "<filename str() failed>");
  out += "  File \"" + file_name + "\", line " + std::to_string(line) + "\n";
  Value text = syntax_error_detail(vm, exc, "text");
  if (!text.is_obj() || !is_str(text)) return true;
  std::string_view t = as_str(text)->view();
  auto size = static_cast<int64_t>(t.size());
  // A span over several lines is marked to the end of the first.
  if (end_line > line) end_offset = size;
  if (end_offset > size + 1) end_offset = size + 1;
  out += syntax_error_text(t, offset, end_offset);
  return true;
}

void format_exception_only(VM& vm, std::string& out, Value exc, bool suggest) {
  Type* t = vm.type_of(exc);
  std::string name(t->name->view());
  if (!t->module.is_none() && is_str(t->module)) {
    std::string_view mod = as_str(t->module)->view();
    if (mod != "builtins" && mod != "__main__") name = std::string(mod) + "." + name;
  }
  // A SyntaxError with a line number is shown as CPython does: its place,
  // then its msg alone (str() would add "(file, line N)" again).
  Value message = Value::null();
  if (vm.isinstance(exc, vm.types.SyntaxError) && !format_syntax_error_place(vm, out, exc, message)) {
    message = Value::null();
  }
  RootScope roots(vm);
  roots.add(message);
  // A subclass's __str__ decides; a SyntaxError's msg None prints nothing.
  Value msg = message.is_none() ? Value::object(vm.empty_str) : roots.add(vm.str(message.is_null() ? exc : message));
  std::string text;
  if (msg.is_exception()) {
    vm.pending = Value::null();
    text = "<exception str() failed>";
  } else {
    text = std::string(as_str(msg)->view());
  }
  if (suggest) text += suggestion_for(vm, exc);
  out += name;
  if (!text.empty()) out += ": " + text;
  out += "\n";
  format_notes(vm, out, exc);
}

// Where the printout of an exception group is (CPython's
// _ExceptionPrintContext): groups nest inside a margin of "| ".
struct PrintContext {
  int group_depth = 0;
  bool need_close = false;
  std::unordered_set<Obj*> seen;  // each exception is printed once
  std::string indent() const { return std::string(2 * static_cast<size_t>(group_depth), ' '); }
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

// Appends `text` with every line behind the context's margin.
static void emit(std::string& out, const PrintContext& ctx, const std::string& text, char margin = '|') {
  std::string prefix = ctx.indent();
  if (ctx.group_depth) {
    prefix += margin;
    prefix += ' ';
  }
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    size_t next = nl == std::string::npos ? text.size() : nl + 1;
    out += prefix;
    out.append(text, pos, next - pos);
    pos = next;
  }
}

// The sub-exceptions of a BaseExceptionGroup (null when `exc` is not one).
static Tuple* group_members(VM& vm, Value exc) {
  Value group_type = dict_get_str(vm.builtins, vm.intern("BaseExceptionGroup"));
  if (group_type.is_null() || !group_type.is_obj() || group_type.as_obj()->kind != ObjKind::Type ||
      !vm.isinstance(exc, static_cast<Type*>(group_type.as_obj()))) {
    return nullptr;
  }
  Value members = vm.getattr(exc, vm.intern("exceptions"));
  if (members.is_exception()) {
    vm.pending = Value::null();
    return nullptr;
  }
  if (!members.is_obj() || members.as_obj()->kind != ObjKind::Tuple) return nullptr;
  return static_cast<Tuple*>(members.as_obj());
}

static void format_tree(VM& vm, std::string& out, Value exc, PrintContext& ctx);

// One exception of a chain: its traceback and last line, or a group's box.
static void format_one(VM& vm, std::string& out, Value exc, PrintContext& ctx) {
  Exception* e = as_exc(exc);
  Tuple* members = group_members(vm, exc);
  std::string text;
  if (!members) {
    if (e->traceback) format_traceback(vm, text, e->traceback);
    format_exception_only(vm, text, exc);
    emit(out, ctx, text);
    return;
  }
  if (ctx.group_depth > kMaxGroupDepth) {
    emit(out, ctx, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    return;
  }
  RootScope roots(vm);
  roots.add(members);
  bool top = ctx.group_depth == 0;
  if (top) ++ctx.group_depth;
  if (e->traceback) {
    emit(out, ctx, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
    format_traceback_entries(vm, text, e->traceback);
    emit(out, ctx, text);
    text.clear();
  }
  format_exception_only(vm, text, exc);
  emit(out, ctx, text);
  int count = static_cast<int>(members->size);
  int n = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (int i = 0; i < n; ++i) {
    bool last = i == n - 1;
    if (last) ctx.need_close = true;
    bool truncated = i >= kMaxGroupWidth;
    std::string title = truncated ? "..." : std::to_string(i + 1);
    out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
    ++ctx.group_depth;
    if (!truncated) {
      format_tree(vm, out, members->items[i], ctx);
    } else {
      int remaining = count - kMaxGroupWidth;
      emit(out, ctx, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
    }
    if (last && ctx.need_close) {
      out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    --ctx.group_depth;
  }
  if (top) ctx.group_depth = 0;
}

// Prints the chain oldest first, like CPython; each exception appears once.
// (The chain is walked iteratively; only exception groups recurse, at most
// kMaxGroupDepth deep.)
static void format_tree(VM& vm, std::string& out, Value exc, PrintContext& ctx) {
  struct Link {
    Value exc;
    const char* separator;  // printed after this exception, before the next
  };
  std::vector<Link> chain;
  const char* separator = nullptr;
  auto is_exc = [](Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Exception; };
  while (is_exc(exc) && ctx.seen.insert(exc.as_obj()).second) {
    chain.push_back({exc, separator});
    Exception* e = as_exc(exc);
    if (!e->cause.is_none()) {
      exc = e->cause;
      separator = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->suppress_context && !e->context.is_none()) {
      exc = e->context;
      separator = "\nDuring handling of the above exception, another exception occurred:\n\n";
    } else {
      break;
    }
  }
  for (size_t i = chain.size(); i-- > 0;) {
    format_one(vm, out, chain[i].exc, ctx);
    if (chain[i].separator) emit(out, ctx, chain[i].separator);
  }
}

std::string format_exception(VM& vm, Value exc) {
  std::string out;
  if (!exc.is_obj() || exc.as_obj()->kind != ObjKind::Exception) return out;
  RootScope roots(vm);
  roots.add(exc);
  PrintContext ctx;
  format_tree(vm, out, exc, ctx);
  return out;
}

std::string format_unraisable(VM& vm, Value exc) {
  std::string out;
  if (!exc.is_obj() || exc.as_obj()->kind != ObjKind::Exception) return out;
  RootScope roots(vm);
  roots.add(exc);
  if (!as_exc(exc)->traceback && vm.frame) vm.add_traceback(exc, vm.frame);
  PrintContext ctx;
  format_one(vm, out, exc, ctx);
  return out;
}

}  // namespace coil::vm
