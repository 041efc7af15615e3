// `_re`: the objects of the `re` module (stdlib/lib/re/) over its matching
// engine (stdlib/re_engine.hpp): re.Pattern, re.Match and the scanner, as
// CPython's _sre makes them, and _re.compile, which re/_compiler.py calls
// with the program it made.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "stdlib/re_engine.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

using regex::Matcher;
using regex::MatchScratch;
using regex::Outcome;
using regex::Program;
using regex::kMaxRepeat;

// A compiled pattern: re.Pattern, the program (regex::Program, matched by
// stdlib/re_engine.hpp) with what Python sees of it. The parse stays in
// coil; matching, the Match objects and the methods that loop over matches
// (findall, split, sub) are all native, so a call like pattern.search(line)
// costs one native call, as in CPython.
struct PatternObj : Foreign, Program {
  Value pattern;      // the source: str, bytes, or None (re.Scanner's)
  int64_t flags;      // as compiled (re.UNICODE added to str patterns)
  Dict* groupindex;   // name -> group number
  Tuple* indexgroup;  // group number -> name or None (Match.lastgroup)
  Type* match_type;
  Type* scanner_type;
  bool bytes;  // a bytes pattern
  // The last non-ASCII str matched, decoded to code points: a tokenizer
  // calling pattern.match(text, pos) in a loop decodes `text` once, not at
  // every call. The str is kept alive (traced) so the pointer stays valid;
  // the code points are shared with the calls using them, so a sub()
  // callback that matches another text with this pattern cannot free them.
  Str* decoded_str = nullptr;
  std::shared_ptr<const std::vector<uint32_t>> decoded;
};

void pattern_destroy(Obj* o) { static_cast<PatternObj*>(o)->~PatternObj(); }
void pattern_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* p = static_cast<PatternObj*>(self);
  mark_gray(gray, p->pattern);
  mark_gray(gray, Value::object(p->groupindex));
  mark_gray(gray, Value::object(p->indexgroup));
  if (p->decoded_str) mark_gray(gray, Value::object(p->decoded_str));
}
constexpr ForeignClass kPatternClass = {"re.Pattern", pattern_trace, pattern_destroy};

// ---------------------------------------------------------------- subjects

// The text a pattern runs over: bytes as they are, ASCII strs by their
// bytes, other strs decoded to code points (so indexes are characters).
struct Subject {
  const uint8_t* narrow = nullptr;
  const uint32_t* wide = nullptr;
  int64_t length = 0;
  std::shared_ptr<const std::vector<uint32_t>> decoded;  // what `wide` points into
  // A bytearray's or memoryview's bytes, copied when the call starts (what
  // `narrow` points into): a sub() callback may resize the original.
  std::shared_ptr<const std::string> copy;
};

bool get_subject(VM& vm, PatternObj* prog, Value string, Subject& out) {
  if (is_str(string)) {
    if (prog->bytes) {
      vm.raise(vm.types.TypeError, "cannot use a bytes pattern on a string-like object");
      return false;
    }
    Str* s = as_str(string);
    out.length = s->length;
    if (s->is_ascii()) {
      out.narrow = reinterpret_cast<const uint8_t*>(s->data);
    } else {
      if (prog->decoded_str != s) {
        auto cps = std::make_shared<std::vector<uint32_t>>();
        cps->reserve(s->length);
        const char* p = s->data;
        const char* end = p + s->size;
        while (p < end) cps->push_back(utf8_decode(p, end));
        prog->decoded = std::move(cps);
        prog->decoded_str = s;
      }
      out.decoded = prog->decoded;
      out.wide = out.decoded->data();
    }
    return true;
  }
  if (is_bytes(string)) {
    if (!prog->bytes) {
      vm.raise(vm.types.TypeError, "cannot use a string pattern on a bytes-like object");
      return false;
    }
    Bytes* b = as_bytes(string);
    out.narrow = reinterpret_cast<const uint8_t*>(b->data);
    out.length = b->size;
    return true;
  }
  std::string_view data;
  if (bytes_like(string, data)) {
    if (!prog->bytes) {
      vm.raise(vm.types.TypeError, "cannot use a string pattern on a bytes-like object");
      return false;
    }
    out.copy = std::make_shared<const std::string>(data);
    out.narrow = reinterpret_cast<const uint8_t*>(out.copy->data());
    out.length = static_cast<int64_t>(out.copy->size());
    return true;
  }
  vm.raise_fmt(vm.types.TypeError, "expected string or bytes-like object, got '%s'",
               type_name(vm, string));
  return false;
}

// Characters [s, e) of a subject as a new str or bytes (the subject itself
// when that is all of an exact str or bytes, as CPython's getslice); a
// bytearray's or memoryview's as bytes, from what it holds now.
Value slice_of(VM& vm, Value string, int64_t s, int64_t e) {
  if (is_str(string)) return str_substring(vm, as_str(string), s, e);
  if (is_bytes(string) && s == 0 && e == as_bytes(string)->size && string.as_obj()->type == vm.types.bytes) {
    return string;
  }
  std::string_view data;
  if (!bytes_like(string, data)) data = {};
  auto n = static_cast<int64_t>(data.size());
  s = std::min(s, n);
  e = std::clamp(e, s, n);
  return Value::object(bytes_new(vm, data.substr(s, e - s)));
}

// Code points [s, e) as a new str.
Value str_from_code_points(VM& vm, const uint32_t* cps, int64_t s, int64_t e) {
  std::string out;
  bool ascii = true;
  for (int64_t i = s; i < e; ++i) {
    ascii = ascii && cps[i] < 128;
    utf8_append(out, cps[i]);
  }
  Str* r = str_alloc(vm, out.size(), e - s, ascii);
  if (!r) return Value::exception();
  std::memcpy(r->data, out.data(), out.size());
  return Value::object(r);
}

// The same for the loops over many matches: a non-ASCII str is sliced from
// its decoded code points, not by walking its UTF-8 to each index, and a
// copied subject from its copy.
Value subject_slice(VM& vm, Value string, const Subject& subj, int64_t s, int64_t e) {
  if (subj.copy) return Value::object(bytes_new(vm, std::string_view(*subj.copy).substr(s, e - s)));
  if (!subj.wide || e - s == static_cast<int64_t>(as_str(string)->length)) return slice_of(vm, string, s, e);
  return str_from_code_points(vm, subj.wide, s, e);
}

// A Py_ssize_t argument (pos, endpos, count, maxsplit): an int or __index__,
// OverflowError beyond 64 bits, as Argument Clinic converts it.
bool ssize_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_int()) {
    out = v.as_int();
    return true;
  }
  Value i = index_to_int(vm, v);
  if (i.is_exception()) return false;
  if (i.is_int()) {
    out = i.as_int();
    return true;
  }
  if (static_cast<BigInt*>(i.as_obj())->to_int64(out)) return true;
  vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
  return false;
}

// pos/endpos clamped to the subject as CPython's state_init does; endpos
// null() when not given (the end).
bool get_bounds(VM& vm, Value posv, Value endv, int64_t length, int64_t& pos, int64_t& endpos) {
  pos = 0;
  endpos = length;
  if (!ssize_arg(vm, posv, pos) || (!endv.is_null() && !ssize_arg(vm, endv, endpos))) return false;
  pos = std::clamp<int64_t>(pos, 0, length);
  endpos = std::clamp<int64_t>(endpos, 0, length);
  return true;
}

// One run of the matcher over a subject, for either character width.
struct Run {
  Matcher<uint8_t>* narrow = nullptr;
  Matcher<uint32_t>* wide = nullptr;
  Outcome run_at(int64_t start, bool fullmatch, bool search, bool must_advance) {
    return narrow ? narrow->run_at(start, fullmatch, search, must_advance)
                  : wide->run_at(start, fullmatch, search, must_advance);
  }
  int64_t start() const { return narrow ? narrow->match_start() : wide->match_start(); }
  int64_t end() const { return narrow ? narrow->match_end() : wide->match_end(); }
  int lastindex() const { return narrow ? narrow->lastindex() : wide->lastindex(); }
  // Group g's span, (-1, -1) when it did not take part.
  void span(uint32_t g, int64_t& s, int64_t& e) const {
    if (g == 0) {
      s = start();
      e = end();
      return;
    }
    const auto& slots = narrow ? narrow->slots() : wide->slots();
    s = slots[2 * g];
    e = slots[2 * g + 1];
    if (s < 0 || e < 0 || s > e) s = e = -1;
  }
};

// Runs `body(Run&)` with a matcher over `subj` up to endpos.
template <class F>
auto with_matcher(VM& vm, PatternObj* prog, const Subject& subj, int64_t endpos, F body) {
  Run r;
  if (subj.narrow) {
    Matcher<uint8_t> m(vm, prog, subj.narrow, endpos);
    r.narrow = &m;
    return body(r);
  }
  Matcher<uint32_t> m(vm, prog, subj.wide, endpos);
  r.wide = &m;
  return body(r);
}

// ---------------------------------------------------------------- Match

struct MatchObj : Foreign {
  PatternObj* pattern;
  Value string;
  int64_t pos, endpos;  // as given to the call, clamped
  int64_t lastindex;    // -1: None
  uint32_t groups;      // the pattern's
  // A non-ASCII subject's code points, so a group is sliced from them
  // rather than by walking the UTF-8 to its index (finditer over a long
  // text would be quadratic).
  std::shared_ptr<const std::vector<uint32_t>> decoded;
  int64_t spans[];      // start, end of group 0..groups; -1 when unset
};

void match_destroy(Obj* o) { static_cast<MatchObj*>(o)->~MatchObj(); }
void match_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* m = static_cast<MatchObj*>(self);
  mark_gray(gray, Value::object(m->pattern));
  mark_gray(gray, m->string);
}
constexpr ForeignClass kMatchClass = {"re.Match", match_trace, match_destroy};

bool is_foreign_of(Value v, const ForeignClass* cls) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign && static_cast<Foreign*>(v.as_obj())->cls == cls;
}
PatternObj* as_pattern(Value v) { return static_cast<PatternObj*>(v.as_obj()); }
MatchObj* as_match(Value v) { return static_cast<MatchObj*>(v.as_obj()); }

// The receiver of a method called through its type (re.Match.group(x)):
// null with CPython's TypeError when it is not an object of `cls`.
Foreign* receiver(VM& vm, Value* args, int nargs, const ForeignClass* cls, const char* method) {
  if (nargs < 1) {
    vm.raise_fmt(vm.types.TypeError, "unbound method %s.%s() needs an argument", cls->name, method);
    return nullptr;
  }
  if (!is_foreign_of(args[0], cls)) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method,
                 cls->name, type_name(vm, args[0]));
    return nullptr;
  }
  return static_cast<Foreign*>(args[0].as_obj());
}
MatchObj* match_self(VM& vm, Value* args, int nargs, const char* method) {
  return static_cast<MatchObj*>(receiver(vm, args, nargs, &kMatchClass, method));
}
PatternObj* pattern_self(VM& vm, Value* args, int nargs, const char* method) {
  return static_cast<PatternObj*>(receiver(vm, args, nargs, &kPatternClass, method));
}

Value new_match(VM& vm, PatternObj* p, Value string, const Subject& subj, int64_t pos, int64_t endpos,
                const Run& r) {
  auto* m = vm.alloc<MatchObj>(ObjKind::Foreign, p->match_type, sizeof(int64_t) * 2 * (p->groups + 1));
  m->cls = &kMatchClass;
  m->pattern = p;
  m->string = string;
  m->pos = pos;
  m->endpos = endpos;
  m->lastindex = r.lastindex();
  m->groups = p->groups;
  m->decoded = subj.decoded;
  for (uint32_t g = 0; g <= p->groups; ++g) r.span(g, m->spans[2 * g], m->spans[2 * g + 1]);
  return Value::object(m);
}

// Match.group's index of a group given by number or name (CPython's
// match_getindex): -1 with IndexError (or the lookup's error) pending.
int64_t group_index(VM& vm, MatchObj* m, Value g) {
  int64_t i = -1;
  if (g.is_int()) {
    i = g.as_int();
  } else if (is_int_value(g) || !vm.lookup_type(vm.type_of(g), vm.names.__index__).is_null()) {
    Value v = index_to_int(vm, g);
    if (v.is_exception()) return -1;
    if (v.is_int()) i = v.as_int();
  } else {
    Value n = dict_get(vm, m->pattern->groupindex, g);
    if (n.is_exception()) return -1;
    if (n.is_int()) i = n.as_int();
  }
  if (i < 0 || i > m->groups) {
    vm.raise(vm.types.IndexError, "no such group");
    return -1;
  }
  return i;
}

// Group i's text, or `dflt` when it did not take part.
Value group_text(VM& vm, MatchObj* m, int64_t i, Value dflt) {
  int64_t s = m->spans[2 * i];
  if (s < 0) return dflt;
  int64_t e = m->spans[2 * i + 1];
  if (m->decoded && e - s != static_cast<int64_t>(m->decoded->size())) {
    return str_from_code_points(vm, m->decoded->data(), s, e);
  }
  return slice_of(vm, m->string, s, e);
}

Value match_group(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  MatchObj* m = match_self(vm, args, nargs, "group");
  if (!m || !no_kwargs(vm, "group", kwnames)) return Value::exception();
  if (nargs == 1) return group_text(vm, m, 0, Value::none());
  if (nargs == 2) {
    int64_t i = group_index(vm, m, args[1]);
    return i < 0 ? Value::exception() : group_text(vm, m, i, Value::none());
  }
  RootScope roots(vm);
  Tuple* t = roots.add(vm.new_tuple(nargs - 1));
  for (int k = 1; k < nargs; ++k) t->items[k - 1] = Value::none();
  for (int k = 1; k < nargs; ++k) {
    int64_t i = group_index(vm, m, args[k]);
    if (i < 0) return Value::exception();
    Value v = group_text(vm, m, i, Value::none());
    if (v.is_exception()) return v;
    t->items[k - 1] = v;
  }
  return Value::object(t);
}

Value match_getitem(VM& vm, Value self, Value key) {
  MatchObj* m = as_match(self);
  int64_t i = group_index(vm, m, key);
  return i < 0 ? Value::exception() : group_text(vm, m, i, Value::none());
}

const ArgSpec kGroupsSpec{"groups", "default=None"};
const ArgSpec kGroupdictSpec{"groupdict", "default=None"};

Value match_groups(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value dflt;
  MatchObj* m = match_self(vm, args, nargs, "groups");
  if (!m || !kGroupsSpec.parse(vm, args + 1, nargs - 1, kwnames, &dflt)) return Value::exception();
  RootScope roots(vm);
  Tuple* t = roots.add(vm.new_tuple(m->groups));
  for (uint32_t g = 0; g < m->groups; ++g) t->items[g] = Value::none();
  for (uint32_t g = 0; g < m->groups; ++g) {
    Value v = group_text(vm, m, g + 1, dflt);
    if (v.is_exception()) return v;
    t->items[g] = v;
  }
  return Value::object(t);
}

Value match_groupdict(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value dflt;
  MatchObj* m = match_self(vm, args, nargs, "groupdict");
  if (!m || !kGroupdictSpec.parse(vm, args + 1, nargs - 1, kwnames, &dflt)) return Value::exception();
  RootScope roots(vm);
  Dict* d = roots.add(vm.new_dict());
  // Entries are copied first: a name's hash or == could change the dict.
  std::vector<HashTable::Entry> entries = m->pattern->groupindex->table.entries;
  for (const auto& e : entries) {
    if (e.key.is_null() || !e.value.is_int()) continue;
    Value v = group_text(vm, m, e.value.as_int(), dflt);
    if (v.is_exception() || dict_set(vm, d, e.key, v) < 0) return Value::exception();
  }
  return Value::object(d);
}

// start(group=0, /), end(...), span(...): which = 0, 1, 2.
Value match_position(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, int which) {
  MatchObj* m = match_self(vm, args, nargs, name);
  if (!m || !positional_args(vm, std::string("Match.") + name, nargs - 1, kwnames, 0, 1)) {
    return Value::exception();
  }
  int64_t i = nargs > 1 ? group_index(vm, m, args[1]) : 0;
  if (i < 0) return Value::exception();
  Value s = vm.make_int(m->spans[2 * i]), e = vm.make_int(m->spans[2 * i + 1]);
  if (which == 0) return s;
  if (which == 1) return e;
  return Value::object(vm.tuple_of({s, e}));
}
Value match_start(VM& vm, Value* a, int n, Tuple* k) { return match_position(vm, a, n, k, "start", 0); }
Value match_end(VM& vm, Value* a, int n, Tuple* k) { return match_position(vm, a, n, k, "end", 1); }
Value match_span(VM& vm, Value* a, int n, Tuple* k) { return match_position(vm, a, n, k, "span", 2); }

// A function of the re module written in coil (the template helpers).
Value re_helper(VM& vm, const char* name) {
  Value mod = vm.import_module(vm.intern("re"));
  if (mod.is_exception()) return mod;
  return vm.getattr(mod, vm.intern(name));
}

const ArgSpec kExpandSpec{"expand", "template"};

// Match.expand(template): re._expand(pattern, match, template), as CPython.
Value match_expand(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value tmpl;
  if (!match_self(vm, args, nargs, "expand") || !kExpandSpec.parse(vm, args + 1, nargs - 1, kwnames, &tmpl)) {
    return Value::exception();
  }
  Value fn = re_helper(vm, "_expand");
  if (fn.is_exception()) return fn;
  Value call_args[3] = {Value::object(as_match(args[0])->pattern), args[0], tmpl};
  return vm.call(fn, call_args, 3);
}

Value match_repr(VM& vm, Value self) {
  MatchObj* m = as_match(self);
  RootScope roots(vm);
  Value text = group_text(vm, m, 0, Value::none());
  if (text.is_exception()) return text;
  Value r = vm.repr(roots.add(text));
  if (r.is_exception()) return r;
  Str* rs = as_str(r);
  if (rs->length > 50) rs = as_str(roots.add(str_substring(vm, rs, 0, 50)));
  std::string out = "<re.Match object; span=(" + std::to_string(m->spans[0]) + ", " +
                    std::to_string(m->spans[1]) + "), match=";
  out += rs->view();
  out += ">";
  return str_from_utf8(vm, out);
}

Value match_get_regs(VM& vm, MatchObj* m) {
  RootScope roots(vm);
  Tuple* t = roots.add(vm.new_tuple(m->groups + 1));
  for (uint32_t g = 0; g <= m->groups; ++g) t->items[g] = Value::none();
  for (uint32_t g = 0; g <= m->groups; ++g) {
    t->items[g] = Value::object(vm.tuple_of({vm.make_int(m->spans[2 * g]), vm.make_int(m->spans[2 * g + 1])}));
  }
  return Value::object(t);
}

Value match_field(VM& vm, MatchObj* m, std::string_view n) {
  if (n == "string") return m->string;
  if (n == "re") return Value::object(m->pattern);
  if (n == "pos") return vm.make_int(m->pos);
  if (n == "endpos") return vm.make_int(m->endpos);
  if (n == "lastindex") return m->lastindex < 0 ? Value::none() : vm.make_int(m->lastindex);
  if (n == "lastgroup") {
    Tuple* ig = m->pattern->indexgroup;
    return m->lastindex < 0 || m->lastindex >= ig->size ? Value::none() : ig->items[m->lastindex];
  }
  if (n == "regs") return match_get_regs(vm, m);
  return Value::null();
}

// Attributes of the native objects that are not in their type's dict, and
// CPython's wording for the rest ('re.Match' object has no attribute 'x').
Value missing_attribute(VM& vm, Value self, Str* name, const char* tp_name) {
  Value v = generic_getattr(vm, self, name, false);
  if (!v.is_null() || vm.pending.is_exception()) return v;
  return vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'", tp_name, name->data);
}

Value match_getattr(VM& vm, Value self, Str* name) {
  Value v = match_field(vm, as_match(self), name->view());
  return v.is_null() ? missing_attribute(vm, self, name, "re.Match") : v;
}

// Setting an attribute: the objects have no others, and theirs are read-only
// (CPython's wording differs for members and for getset descriptors).
int readonly_setattr(VM& vm, Str* name, const char* tp_name, std::initializer_list<const char*> members,
                     std::initializer_list<const char*> getsets) {
  for (const char* f : members) {
    if (name->view() == f) {
      vm.raise(vm.types.AttributeError, "readonly attribute");
      return -1;
    }
  }
  for (const char* f : getsets) {
    if (name->view() == f) {
      vm.raise_fmt(vm.types.AttributeError, "attribute '%s' of '%s' objects is not writable", f, tp_name);
      return -1;
    }
  }
  vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'", tp_name, name->data);
  return -1;
}

int match_setattr(VM& vm, Value, Str* name, Value) {
  return readonly_setattr(vm, name, "re.Match", {"string", "re", "pos", "endpos"},
                          {"lastindex", "lastgroup", "regs"});
}

// ---------------------------------------------------------------- Pattern methods

const ArgSpec kMatchSpec{"match", "string, pos=0, endpos=?"};
const ArgSpec kFullmatchSpec{"fullmatch", "string, pos=0, endpos=?"};
const ArgSpec kSearchSpec{"search", "string, pos=0, endpos=?"};
const ArgSpec kFindallSpec{"findall", "string, pos=0, endpos=?"};
const ArgSpec kFinditerSpec{"finditer", "string, pos=0, endpos=?"};
const ArgSpec kScannerSpec{"scanner", "string, pos=0, endpos=?"};
const ArgSpec kSplitSpec{"split", "string, maxsplit=0"};
const ArgSpec kSubSpec{"sub", "repl, string, count=0"};
const ArgSpec kSubnSpec{"subn", "repl, string, count=0"};

// A call's subject and bounds: the string and pos/endpos as parsed.
struct Call {
  PatternObj* prog;
  Value string;
  Subject subject;
  int64_t pos, endpos;
};

bool begin_call(VM& vm, const ArgSpec& spec, Value* args, int nargs, Tuple* kwnames, Call& c) {
  Value a[3];
  c.prog = pattern_self(vm, args, nargs, spec.params().name);
  if (!c.prog || !spec.parse(vm, args + 1, nargs - 1, kwnames, a)) return false;
  c.string = a[0];
  return get_subject(vm, c.prog, a[0], c.subject) &&
         get_bounds(vm, a[1], a[2], c.subject.length, c.pos, c.endpos);
}

// mode 0: match, 1: fullmatch, 2: search.
Value match_call(VM& vm, const Call& c, int mode, bool must_advance, int64_t from) {
  if (from > c.endpos) return Value::none();
  return with_matcher(vm, c.prog, c.subject, c.endpos, [&](Run& r) {
    Outcome o = r.run_at(from, mode == 1, mode == 2, must_advance);
    if (o == Outcome::Error) return Value::exception();
    if (o == Outcome::NoMatch) return Value::none();
    return new_match(vm, c.prog, c.string, c.subject, c.pos, c.endpos, r);
  });
}

Value pattern_match_mode(VM& vm, Value* args, int nargs, Tuple* kwnames, const ArgSpec& spec, int mode) {
  Call c;
  if (!begin_call(vm, spec, args, nargs, kwnames, c)) return Value::exception();
  return match_call(vm, c, mode, false, c.pos);
}
Value pattern_match(VM& vm, Value* a, int n, Tuple* k) { return pattern_match_mode(vm, a, n, k, kMatchSpec, 0); }
Value pattern_fullmatch(VM& vm, Value* a, int n, Tuple* k) {
  return pattern_match_mode(vm, a, n, k, kFullmatchSpec, 1);
}
Value pattern_search(VM& vm, Value* a, int n, Tuple* k) { return pattern_match_mode(vm, a, n, k, kSearchSpec, 2); }

// Calls each(Run&) for the successive non-overlapping matches from pos, at
// most `limit` of them (0: all); after an empty match the next one must not
// be empty at the same place (CPython 3.7+). False with an error pending.
template <class F>
bool for_each_match(VM& vm, const Call& c, int64_t pos, int64_t limit, F each) {
  if (pos > c.endpos) return true;
  return with_matcher(vm, c.prog, c.subject, c.endpos, [&](Run& r) {
    bool must_advance = false;
    for (int64_t n = 0; pos <= c.endpos && (limit <= 0 || n < limit); ++n) {
      Outcome o = r.run_at(pos, false, true, must_advance);
      if (o == Outcome::Error) return false;
      if (o == Outcome::NoMatch) break;
      if (!each(r)) return false;
      must_advance = r.end() == r.start();
      pos = r.end();
    }
    return true;
  });
}

// findall's item for one match: the whole match, the one group, or a tuple
// of the groups ('' for those that did not take part).
Value findall_item(VM& vm, const Call& c, const Run& r) {
  uint32_t groups = c.prog->groups;
  auto text = [&](uint32_t g) {
    int64_t s, e;
    r.span(g, s, e);
    return s < 0 ? subject_slice(vm, c.string, c.subject, 0, 0) : subject_slice(vm, c.string, c.subject, s, e);
  };
  if (groups <= 1) return text(groups);
  RootScope roots(vm);
  Tuple* t = roots.add(vm.new_tuple(groups));
  for (uint32_t g = 0; g < groups; ++g) t->items[g] = Value::none();
  for (uint32_t g = 0; g < groups; ++g) {
    Value v = text(g + 1);
    if (v.is_exception()) return v;
    t->items[g] = v;
  }
  return Value::object(t);
}

Value pattern_findall(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Call c;
  if (!begin_call(vm, kFindallSpec, args, nargs, kwnames, c)) return Value::exception();
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  bool ok = for_each_match(vm, c, c.pos, 0, [&](Run& r) {
    Value v = findall_item(vm, c, r);
    if (v.is_exception()) return false;
    out->push(v);
    return true;
  });
  return ok ? Value::object(out) : Value::exception();
}

Value pattern_split(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  Call c;
  c.prog = pattern_self(vm, args, nargs, "split");
  if (!c.prog || !kSplitSpec.parse(vm, args + 1, nargs - 1, kwnames, a)) return Value::exception();
  c.string = a[0];
  int64_t maxsplit = 0;
  if (!get_subject(vm, c.prog, a[0], c.subject) || !ssize_arg(vm, a[1], maxsplit)) return Value::exception();
  c.pos = 0;
  c.endpos = c.subject.length;
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  int64_t last = 0;
  if (maxsplit >= 0) {
    bool ok = for_each_match(vm, c, 0, maxsplit, [&](Run& r) {
      Value piece = subject_slice(vm, c.string, c.subject, last, r.start());
      if (piece.is_exception()) return false;
      out->push(piece);
      for (uint32_t g = 1; g <= c.prog->groups; ++g) {
        int64_t s, e;
        r.span(g, s, e);
        Value v = s < 0 ? Value::none() : subject_slice(vm, c.string, c.subject, s, e);
        if (v.is_exception()) return false;
        out->push(v);
      }
      last = r.end();
      return true;
    });
    if (!ok) return Value::exception();
  }
  Value rest = subject_slice(vm, c.string, c.subject, last, c.subject.length);
  if (rest.is_exception()) return rest;
  out->push(rest);
  return Value::object(out);
}

// sub/subn's replacement: a callable, a literal, or a template (groups,
// literals) from re._subx, which also raises CPython's errors for a bad repl.
struct Replacement {
  Value filter = Value::null();    // callable
  Value literal = Value::null();   // str or bytes
  Tuple* groups = nullptr;         // template: ((index, group), ...)
  List* literals = nullptr;        // template: literal pieces, None at each group
};

bool has_backslash(Value v) {
  std::string_view d = is_str(v) ? as_str(v)->view() : as_bytes(v)->view();
  return d.find('\\') != std::string_view::npos;
}

bool get_replacement(VM& vm, PatternObj* p, Value repl, Replacement& out, RootScope& roots) {
  if (vm.is_callable(repl)) {
    out.filter = repl;
    return true;
  }
  if ((is_str(repl) || is_bytes(repl)) && !has_backslash(repl)) {
    out.literal = repl;
    return true;
  }
  Value fn = re_helper(vm, "_subx");
  if (fn.is_exception()) return false;
  Value r = roots.add(vm.call2(fn, Value::object(p), repl));
  if (r.is_exception()) return false;
  if (r.is_obj() && r.as_obj()->kind == ObjKind::Tuple) {
    Tuple* t = static_cast<Tuple*>(r.as_obj());
    if (t->size == 2 && t->items[0].is_obj() && t->items[0].as_obj()->kind == ObjKind::List &&
        t->items[1].is_obj() && t->items[1].as_obj()->kind == ObjKind::List) {
      // Tuples of the (index, group) pairs, for the loop below.
      Value groups = roots.add(vm.call1(Value::object(vm.types.tuple), t->items[0]));
      if (groups.is_exception()) return false;
      out.groups = static_cast<Tuple*>(groups.as_obj());
      out.literals = static_cast<List*>(t->items[1].as_obj());
      return true;
    }
  }
  out.literal = r;
  return true;
}

// A template's text for one match (re._parser.expand_template).
Value expand_template(VM& vm, const Call& c, const Replacement& rp, const Run& r) {
  RootScope roots(vm);
  List* pieces = roots.add(vm.new_list());
  pieces->items = rp.literals->items;
  Value empty = roots.add(subject_slice(vm, c.string, c.subject, 0, 0));
  for (uint32_t k = 0; k < rp.groups->size; ++k) {
    Value pair = rp.groups->items[k];
    Tuple* t = static_cast<Tuple*>(pair.as_obj());
    int64_t index = t->items[0].as_int(), g = t->items[1].as_int();
    int64_t s = -1, e = -1;
    if (g >= 0 && g <= c.prog->groups) r.span(static_cast<uint32_t>(g), s, e);
    Value v = s < 0 ? empty : subject_slice(vm, c.string, c.subject, s, e);
    if (v.is_exception()) return v;
    if (index >= 0 && index < static_cast<int64_t>(pieces->items.size())) pieces->items[index] = v;
  }
  Value join = vm.getattr(empty, vm.intern("join"));
  if (join.is_exception()) return join;
  roots.add(join);
  return vm.call1(join, Value::object(pieces));
}

bool valid_template(const Replacement& rp) {
  for (uint32_t k = 0; k < rp.groups->size; ++k) {
    Value pair = rp.groups->items[k];
    if (!pair.is_obj() || pair.as_obj()->kind != ObjKind::Tuple) return false;
    Tuple* t = static_cast<Tuple*>(pair.as_obj());
    if (t->size != 2 || !t->items[0].is_int() || !t->items[1].is_int()) return false;
  }
  return true;
}

// sub/subn: the new string and the number of replacements.
Value pattern_subx(VM& vm, Value* args, int nargs, Tuple* kwnames, const ArgSpec& spec, bool with_count) {
  Value a[3];
  Call c;
  c.prog = pattern_self(vm, args, nargs, spec.params().name);
  if (!c.prog || !spec.parse(vm, args + 1, nargs - 1, kwnames, a)) return Value::exception();
  c.string = a[1];
  RootScope roots(vm);
  Replacement rp;
  if (!get_replacement(vm, c.prog, a[0], rp, roots)) return Value::exception();
  if (rp.groups && !valid_template(rp)) return vm.raise(vm.types.TypeError, "re._subx returned a bad template");
  int64_t count = 0;
  if (!get_subject(vm, c.prog, c.string, c.subject) || !ssize_arg(vm, a[2], count)) return Value::exception();
  c.pos = 0;
  c.endpos = c.subject.length;
  List* pieces = roots.add(vm.new_list());
  size_t match_root = vm.temp_roots.size();
  roots.add(Value::none());
  int64_t last = 0, n = 0;
  auto add = [&](Value v) {
    if (v.is_exception()) return false;
    pieces->push(v);
    return true;
  };
  if (count >= 0) {
    bool ok = for_each_match(vm, c, 0, count, [&](Run& r) {
      if (last < r.start() && !add(subject_slice(vm, c.string, c.subject, last, r.start()))) return false;
      Value item;
      if (!rp.filter.is_null()) {
        // One root slot for the match being handed to the callback, not
        // one per match.
        vm.temp_roots[match_root] = new_match(vm, c.prog, c.string, c.subject, 0, c.subject.length, r);
        item = vm.call1(rp.filter, vm.temp_roots[match_root]);
      } else if (rp.groups) {
        item = expand_template(vm, c, rp, r);
      } else {
        item = rp.literal;
      }
      if (item.is_exception() || (!item.is_none() && !add(item))) return false;
      last = r.end();
      ++n;
      return true;
    });
    if (!ok) return Value::exception();
  }
  if (last < c.subject.length && !add(subject_slice(vm, c.string, c.subject, last, c.subject.length))) {
    return Value::exception();
  }
  Value empty = roots.add(subject_slice(vm, c.string, c.subject, 0, 0));
  Value result;
  if (pieces->items.empty()) {
    result = empty;
  } else {
    Value join = vm.getattr(empty, vm.intern("join"));
    if (join.is_exception()) return join;
    roots.add(join);
    result = vm.call1(join, Value::object(pieces));
  }
  if (result.is_exception() || !with_count) return result;
  roots.add(result);
  return Value::object(vm.tuple_of({result, vm.make_int(n)}));
}
Value pattern_sub(VM& vm, Value* a, int n, Tuple* k) { return pattern_subx(vm, a, n, k, kSubSpec, false); }
Value pattern_subn(VM& vm, Value* a, int n, Tuple* k) { return pattern_subx(vm, a, n, k, kSubnSpec, true); }

// ---------------------------------------------------------------- Scanner

// What Pattern.scanner() returns (_sre.SRE_Scanner): match() and search()
// step through the string; finditer() iterates its search().
struct ScannerObj : Foreign {
  PatternObj* pattern;
  Value string;
  int64_t pos, endpos;  // the bounds, as the Match objects report them
  int64_t next;         // where the next attempt starts
  bool must_advance;    // the last match was empty at `next`
  bool done;
};

void scanner_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* s = static_cast<ScannerObj*>(self);
  mark_gray(gray, Value::object(s->pattern));
  mark_gray(gray, s->string);
}
constexpr ForeignClass kScannerClass = {"_sre.SRE_Scanner", scanner_trace, nullptr};

Value new_scanner(VM& vm, const Call& c) {
  auto* s = vm.alloc<ScannerObj>(ObjKind::Foreign, c.prog->scanner_type);
  s->cls = &kScannerClass;
  s->pattern = c.prog;
  s->string = c.string;
  s->pos = c.pos;
  s->endpos = c.endpos;
  s->next = c.pos;
  s->must_advance = false;
  s->done = false;
  return Value::object(s);
}

Value scanner_step(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, int mode) {
  auto* s = static_cast<ScannerObj*>(receiver(vm, args, nargs, &kScannerClass, name));
  if (!s) return Value::exception();
  (void)kwnames;  // ignored, as CPython's scanner methods ignore them
  if (nargs > 1) return vm.raise_fmt(vm.types.TypeError, "%s() takes no arguments", name);
  if (s->done) return Value::none();
  Call c;
  c.prog = s->pattern;
  c.string = s->string;
  c.pos = s->pos;
  c.endpos = s->endpos;
  if (!get_subject(vm, c.prog, c.string, c.subject)) return Value::exception();
  Value m = match_call(vm, c, mode, s->must_advance, s->next);
  if (m.is_none()) {
    s->done = true;
  } else if (!m.is_exception()) {
    MatchObj* mo = as_match(m);
    s->must_advance = mo->spans[1] == mo->spans[0];
    s->next = mo->spans[1];
  }
  return m;
}
Value scanner_match(VM& vm, Value* a, int n, Tuple* k) { return scanner_step(vm, a, n, k, "match", 0); }
Value scanner_search(VM& vm, Value* a, int n, Tuple* k) { return scanner_step(vm, a, n, k, "search", 2); }

Value scanner_getattr(VM& vm, Value self, Str* name) {
  if (name->view() == "pattern") return Value::object(static_cast<ScannerObj*>(self.as_obj())->pattern);
  return missing_attribute(vm, self, name, "_sre.SRE_Scanner");
}

int scanner_setattr(VM& vm, Value, Str* name, Value) {
  return readonly_setattr(vm, name, "_sre.SRE_Scanner", {"pattern"}, {});
}

Value pattern_scanner(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Call c;
  if (!begin_call(vm, kScannerSpec, args, nargs, kwnames, c)) return Value::exception();
  return new_scanner(vm, c);
}

// finditer: iter(scanner.search, None), lazy as CPython's.
Value pattern_finditer(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Call c;
  if (!begin_call(vm, kFinditerSpec, args, nargs, kwnames, c)) return Value::exception();
  RootScope roots(vm);
  Value scanner = roots.add(new_scanner(vm, c));
  Value search = vm.getattr(scanner, vm.intern("search"));
  if (search.is_exception()) return search;
  roots.add(search);
  return Value::object(new_iterator(vm, IterKind::Callable, search, Value::none()));
}

// ---------------------------------------------------------------- Pattern, the rest

Value pattern_repr(VM& vm, Value self) {
  PatternObj* p = as_pattern(self);
  RootScope roots(vm);
  Value r = vm.repr(p->pattern);
  if (r.is_exception()) return r;
  Str* rs = as_str(roots.add(r));
  if (rs->length > 200) rs = as_str(roots.add(str_substring(vm, rs, 0, 200)));
  static constexpr struct {
    const char* name;
    int64_t value;
  } kFlagNames[] = {{"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4},  {"re.MULTILINE", 8},
                    {"re.DOTALL", 16},  {"re.UNICODE", 32},   {"re.VERBOSE", 64}, {"re.DEBUG", 128},
                    {"re.ASCII", 256}};
  int64_t flags = p->flags;
  // re.UNICODE is the default of str patterns: not shown.
  if (is_str(p->pattern) && (flags & (4 | 32 | 256)) == 32) flags &= ~int64_t(32);
  std::string out = "re.compile(";
  out += rs->view();
  std::string names;
  for (const auto& f : kFlagNames) {
    if (flags & f.value) {
      if (!names.empty()) names += "|";
      names += f.name;
      flags &= ~f.value;
    }
  }
  if (flags) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(flags));
    if (!names.empty()) names += "|";
    names += buf;
  }
  if (!names.empty()) out += ", " + names;
  out += ")";
  return str_from_utf8(vm, out);
}

Value pattern_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_foreign_of(b, &kPatternClass)) {
    return vm.not_implemented;
  }
  PatternObj *x = as_pattern(a), *y = as_pattern(b);
  int eq = 1;
  if (x != y) {
    eq = x->flags == y->flags && x->bytes == y->bytes && x->code == y->code;
    if (eq) eq = vm.eq(x->pattern, y->pattern);
    if (eq < 0) return Value::exception();
  }
  return Value::boolean((op == CompareOp::Eq) == (eq == 1));
}

bool pattern_hash(VM& vm, Value self, int64_t& out) {
  PatternObj* p = as_pattern(self);
  int64_t h;
  if (!vm.hash(p->pattern, h)) return false;
  out = h ^ (p->flags * 1000003) ^ static_cast<int64_t>(p->code.size());
  if (out == -1) out = -2;
  return true;
}

Value pattern_field(VM& vm, PatternObj* p, std::string_view n) {
  if (n == "pattern") return p->pattern;
  if (n == "flags") return vm.make_int(p->flags);
  if (n == "groups") return vm.make_int(p->groups);
  if (n == "groupindex") {
    // A copy: the pattern's own mapping cannot be changed through it
    // (CPython gives a read-only mappingproxy).
    Dict* d = vm.new_dict();
    Value src = Value::object(p->groupindex);
    RootScope roots(vm);
    roots.add(d);
    if (dict_update(vm, d, src) < 0) return Value::exception();
    return Value::object(d);
  }
  return Value::null();
}

Value pattern_getattr(VM& vm, Value self, Str* name) {
  Value v = pattern_field(vm, as_pattern(self), name->view());
  return v.is_null() ? missing_attribute(vm, self, name, "re.Pattern") : v;
}

int pattern_setattr(VM& vm, Value, Str* name, Value) {
  return readonly_setattr(vm, name, "re.Pattern", {"pattern", "flags", "groups"}, {"groupindex"});
}

// __copy__() and __deepcopy__(memo): patterns and matches are immutable.
// (nargs: 0 for __copy__, 1 for __deepcopy__)
Value return_self(VM& vm, Value* args, int nargs, Tuple* kwnames, const ForeignClass* cls, const char* method,
                  int n) {
  // "Match.__copy__": the class name without its module.
  std::string qualified = std::string(std::strchr(cls->name, '.') + 1) + "." + method;
  if (!receiver(vm, args, nargs, cls, method) || !positional_args(vm, qualified, nargs - 1, kwnames, n, n)) {
    return Value::exception();
  }
  return args[0];
}
template <const ForeignClass* Cls>
Value copy_self(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return return_self(vm, args, nargs, kwnames, Cls, "__copy__", 0);
}
template <const ForeignClass* Cls>
Value deepcopy_self(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return return_self(vm, args, nargs, kwnames, Cls, "__deepcopy__", 1);
}

// ---------------------------------------------------------------- _re

struct ReState : Extension {
  Type* pattern_type = nullptr;
  Type* match_type = nullptr;
  Type* scanner_type = nullptr;
  void trace(Heap& heap) override {
    heap.mark(pattern_type);
    heap.mark(match_type);
    heap.mark(scanner_type);
  }
};

ReState* re_state(VM& vm) {
  auto it = vm.extensions.find("_re");
  return it == vm.extensions.end() ? nullptr : static_cast<ReState*>(it->second.get());
}

// _re.compile(pattern, flags, code, groups, repeats, groupindex) -> Pattern
Value re_compile(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "compile", nargs, kwnames, 6, 6)) return Value::exception();
  ReState* st = re_state(vm);
  if (!st || !args[1].is_int() || !args[2].is_obj() || args[2].as_obj()->kind != ObjKind::List ||
      !args[3].is_int() || !args[4].is_int() || !args[5].is_obj() || args[5].as_obj()->kind != ObjKind::Dict) {
    return vm.raise(vm.types.TypeError,
                    "_re.compile(pattern, flags: int, code: list, groups: int, repeats: int, groupindex: dict)");
  }
  auto* code = static_cast<List*>(args[2].as_obj());
  int64_t groups = args[3].as_int();
  if (groups < 0 || groups > 0x7FFFFFFF / 2 || args[4].as_int() < 0) {
    return vm.raise(vm.types.ValueError, "_re.compile: bad group or repeat count");
  }
  RootScope roots(vm);
  Tuple* indexgroup = roots.add(vm.new_tuple(static_cast<uint32_t>(groups + 1)));
  for (int64_t i = 0; i <= groups; ++i) indexgroup->items[i] = Value::none();
  Dict* groupindex = roots.add(vm.new_dict());
  if (dict_update(vm, groupindex, args[5]) < 0) return Value::exception();
  for (const auto& e : groupindex->table.entries) {
    if (!e.key.is_null() && e.value.is_int() && e.value.as_int() >= 0 && e.value.as_int() <= groups) {
      indexgroup->items[e.value.as_int()] = e.key;
    }
  }
  auto* p = vm.alloc<PatternObj>(ObjKind::Foreign, st->pattern_type);
  p->cls = &kPatternClass;
  p->groups = static_cast<uint32_t>(groups);
  p->repeats = static_cast<uint32_t>(args[4].as_int());
  p->pattern = args[0];
  p->bytes = is_bytes(args[0]);
  p->flags = args[1].as_int();
  p->groupindex = groupindex;
  p->indexgroup = indexgroup;
  p->match_type = st->match_type;
  p->scanner_type = st->scanner_type;
  p->code.reserve(code->items.size());
  for (Value w : code->items) {
    if (!w.is_int() || w.as_int() < 0 || w.as_int() > 0xFFFFFFFFLL) {
      return vm.raise(vm.types.ValueError, "_re.compile: bad program word");
    }
    p->code.push_back(static_cast<uint32_t>(w.as_int()));
  }
  if (!regex::prepare_program(*p)) return vm.raise(vm.types.ValueError, "_re.compile: bad program");
  return Value::object(p);
}

// `re.Pattern()`: only re.compile makes them.
Value pattern_new(VM& vm, Value*, int, Tuple*) {
  return vm.raise(vm.types.TypeError, "cannot create 're.Pattern' instances");
}
Value match_new(VM& vm, Value*, int, Tuple*) {
  return vm.raise(vm.types.TypeError, "cannot create 're.Match' instances");
}
Value scanner_new(VM& vm, Value*, int, Tuple*) {
  return vm.raise(vm.types.TypeError, "cannot create '_sre.SRE_Scanner' instances");
}

Type* new_re_type(VM& vm, const char* module, const char* name, NativeFn ctor) {
  Type* t = vm.new_type(name, vm.types.object, ObjKind::Foreign, ctor);
  t->flags &= ~Type::kBaseType;  // as CPython's: not an acceptable base type
  t->module = Value::object(vm.intern(module));
  return t;
}

struct MethodEntry {
  const char* name;
  NativeFn fn;
};

void add_methods(VM& vm, Type* t, std::initializer_list<MethodEntry> methods) {
  for (const auto& m : methods) add_method(vm, t, m.name, m.fn);
}

// The attributes the getattr slots give are also properties in the types'
// dicts, so dir() lists them and re.Match.pos.__get__(m) works, as
// CPython's getset descriptors.
void add_property(VM& vm, Type* t, const char* name, NativeFn fget) {
  auto* prop = vm.alloc<Property>(ObjKind::Property, vm.types.property);
  prop->fset = prop->fdel = prop->doc = Value::none();
  prop->fget = Value::object(vm.new_native(name, fget));
  vm.set_global(t->dict, name, Value::object(prop));
}

constexpr const char* kMatchFields[] = {"string", "re", "pos", "endpos", "lastindex", "lastgroup", "regs"};
constexpr const char* kPatternFields[] = {"pattern", "flags", "groups", "groupindex"};

template <size_t I>
Value match_property(VM& vm, Value* args, int nargs, Tuple*) {
  MatchObj* m = match_self(vm, args, nargs, kMatchFields[I]);
  return m ? match_field(vm, m, kMatchFields[I]) : Value::exception();
}
template <size_t I>
Value pattern_property(VM& vm, Value* args, int nargs, Tuple*) {
  PatternObj* p = pattern_self(vm, args, nargs, kPatternFields[I]);
  return p ? pattern_field(vm, p, kPatternFields[I]) : Value::exception();
}
template <size_t... I>
void add_match_properties(VM& vm, Type* t, std::index_sequence<I...>) {
  (add_property(vm, t, kMatchFields[I], match_property<I>), ...);
}
template <size_t... I>
void add_pattern_properties(VM& vm, Type* t, std::index_sequence<I...>) {
  (add_property(vm, t, kPatternFields[I], pattern_property<I>), ...);
}

}  // namespace

Module* init_re_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_re")));
  auto owned = std::make_unique<ReState>();
  ReState* st = owned.get();
  vm.extensions["_re"] = std::move(owned);

  Type* pt = st->pattern_type = new_re_type(vm, "re", "Pattern", pattern_new);
  pt->slots.repr = pattern_repr;
  pt->slots.compare = pattern_compare;
  pt->slots.hash = pattern_hash;
  pt->slots.getattr = pattern_getattr;
  pt->slots.setattr = pattern_setattr;
  inherit_slots(pt);
  add_methods(vm, pt,
              {{"match", pattern_match}, {"fullmatch", pattern_fullmatch}, {"search", pattern_search},
               {"findall", pattern_findall}, {"finditer", pattern_finditer}, {"split", pattern_split},
               {"sub", pattern_sub}, {"subn", pattern_subn}, {"scanner", pattern_scanner},
               {"__copy__", copy_self<&kPatternClass>},
               {"__deepcopy__", deepcopy_self<&kPatternClass>}});
  add_pattern_properties(vm, pt, std::make_index_sequence<std::size(kPatternFields)>());
  add_slot_wrappers(vm, pt);
  add_class_getitem(vm, pt);
  vm.set_global(m->dict, "Pattern", Value::object(pt));

  Type* mt = st->match_type = new_re_type(vm, "re", "Match", match_new);
  mt->slots.repr = match_repr;
  mt->slots.getitem = match_getitem;
  mt->slots.getattr = match_getattr;
  mt->slots.setattr = match_setattr;
  inherit_slots(mt);
  add_methods(vm, mt,
              {{"group", match_group}, {"groups", match_groups}, {"groupdict", match_groupdict},
               {"start", match_start}, {"end", match_end}, {"span", match_span}, {"expand", match_expand},
               {"__copy__", copy_self<&kMatchClass>},
               {"__deepcopy__", deepcopy_self<&kMatchClass>}});
  add_match_properties(vm, mt, std::make_index_sequence<std::size(kMatchFields)>());
  add_slot_wrappers(vm, mt);
  add_class_getitem(vm, mt);
  vm.set_global(m->dict, "Match", Value::object(mt));

  Type* stt = st->scanner_type = new_re_type(vm, "_sre", "SRE_Scanner", scanner_new);
  stt->slots.getattr = scanner_getattr;
  stt->slots.setattr = scanner_setattr;
  inherit_slots(stt);
  add_methods(vm, stt, {{"match", scanner_match}, {"search", scanner_search}});
  add_slot_wrappers(vm, stt);

  add_function(vm, m->dict, "compile", re_compile);
  vm.set_global(m->dict, "MAXREPEAT", vm.make_int(kMaxRepeat));
  vm.set_global(m->dict, "MAXGROUPS", vm.make_int(0x7FFFFFFF / 2));
  return m;
}

}  // namespace coil::vm
