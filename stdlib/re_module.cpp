// `_re`: the matching engine under the `re` module (stdlib/lib/re/).
//
// The pattern is parsed by CPython's own parser (re/_parser.py, run in coil)
// and compiled by re/_compiler.py into a flat program of uint32 words that
// this file runs: a backtracking matcher with the semantics of CPython's sre
// (leftmost match, greedy/lazy/possessive repeats, lookaround, atomic groups,
// backreferences, conditionals). Its backtracking state lives in a heap
// vector, never on the C++ stack, so a catastrophic pattern costs time, not a
// crash; the only C++ recursion is one level per nested lookaround or atomic
// group of the pattern itself. Long runs poll the VM's interrupt flag.
//
// The program's opcodes (the numbers are shared with re/_compiler.py):
//   MATCH                       end of the pattern: success
//   SUCCEED                     end of a lookaround or atomic body
//   LIT f c                     one character equal to c (f: kIgnore, kAscii, kNegate)
//   ANY / ANY_ALL               any character but '\n' / any character
//   SET f n item...             one character in a class; n words of items:
//                               0 lo hi (a range) or 1 cat (a category)
//   AT kind                     an assertion (kAt* below)
//   SPLIT a b                   try a, then b
//   JMP a
//   SAVE slot                   group boundary: slot 2g is the start of g, 2g+1 its end
//   GROUPREF g f                the text group g matched (f: kIgnore, kAscii)
//   GROUPEXISTS g else          continue when group g matched, else jump
//   LOOK neg behind width end   lookaround; its body follows, ending in SUCCEED
//   ATOMIC end                  atomic group; its body follows, ending in SUCCEED
//   RPT_INIT r                  a general repeat r starts (counter 0)
//   RPT_LOOP r min max lazy exit   decides whether another iteration runs;
//                               RPT_TRY r and RPT_ENTER r follow it
//   RPT_TRY r                   a lazy repeat's next iteration, when allowed
//   RPT_ENTER r                 an iteration starts (counter + 1)
//   STAR min max mode next      a repeat of the one-character instruction that
//                               follows (mode: 0 greedy, 1 lazy, 2 possessive)
//   FAIL
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

enum Op : uint32_t {
  kMatch = 0,
  kSucceed,
  kLit,
  kAny,
  kAnyAll,
  kSet,
  kAt,
  kSplit,
  kJmp,
  kSave,
  kGroupRef,
  kGroupExists,
  kLook,
  kAtomic,
  kRptInit,
  kRptLoop,
  kRptEnter,
  kStar,
  kFail,
  kRptTry,
  kOpCount
};

enum : uint32_t { kIgnore = 1, kAscii = 2, kNegate = 4 };

enum : uint32_t {
  kAtBegin = 0,
  kAtBeginLine,
  kAtEnd,
  kAtEndLine,
  kAtEndString,
  kAtBoundary,
  kAtNonBoundary,
};

enum : uint32_t { kCatDigit = 0, kCatNotDigit, kCatSpace, kCatNotSpace, kCatWord, kCatNotWord };

constexpr uint32_t kMaxRepeat = 0xFFFFFFFFu;
// Entries of the backtracking stack beyond which matching gives up with
// MemoryError (about 1.5 GB), rather than exhausting the host's memory.
constexpr size_t kMaxStackEntries = size_t(1) << 26;

struct ProgramObj : Foreign {
  std::vector<uint32_t> code;
  uint32_t groups;   // capturing groups (group 0 not counted)
  uint32_t repeats;  // general repeats (RPT_* registers)
  bool bytes;        // a bytes pattern
  // The last non-ASCII str matched, decoded to code points: a tokenizer
  // calling pattern.match(text, pos) in a loop decodes `text` once, not at
  // every call. The str is kept alive (traced) so the pointer stays valid.
  Str* decoded_str = nullptr;
  std::vector<uint32_t> decoded;
};

void program_destroy(Obj* o) { static_cast<ProgramObj*>(o)->~ProgramObj(); }
void program_trace(Obj* self, std::vector<Obj*>& gray) {
  Str* s = static_cast<ProgramObj*>(self)->decoded_str;
  if (s && !s->marked) {
    s->marked = true;
    gray.push_back(s);
  }
}
constexpr ForeignClass kProgramClass = {"Program", program_trace, program_destroy};

bool is_program(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kProgramClass;
}

// ---------------------------------------------------------------- characters

inline uint32_t lower_of(uint32_t c, bool ascii) {
  if (c < 128 || ascii) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  return unicode_simple_lower(c);
}
inline uint32_t upper_of(uint32_t c, bool ascii) {
  if (c < 128 || ascii) return c >= 'a' && c <= 'z' ? c - 32 : c;
  return unicode_simple_upper(c);
}

inline bool ascii_word(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool is_word(uint32_t c, bool ascii) {
  if (c < 128 || ascii) return c < 128 && ascii_word(c);
  return unicode_isalnum(c);
}
inline bool is_digit(uint32_t c, bool ascii) {
  if (c < 128 || ascii) return c >= '0' && c <= '9';
  return unicode_isdecimal(c);
}
inline bool is_space(uint32_t c, bool ascii) {
  // sre's ASCII \s is " \t\n\r\f\v"; the Unicode one is str.isspace.
  if (ascii) return c == ' ' || (c >= '\t' && c <= '\r');
  if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  return unicode_isspace(c);
}

bool in_category(uint32_t cat, uint32_t c, bool ascii) {
  switch (cat) {
    case kCatDigit: return is_digit(c, ascii);
    case kCatNotDigit: return !is_digit(c, ascii);
    case kCatSpace: return is_space(c, ascii);
    case kCatNotSpace: return !is_space(c, ascii);
    case kCatWord: return is_word(c, ascii);
    case kCatNotWord: return !is_word(c, ascii);
  }
  return false;
}

bool in_items(const uint32_t* item, const uint32_t* end, uint32_t c, bool ascii) {
  while (item < end) {
    if (item[0] == 0) {
      if (c >= item[1] && c <= item[2]) return true;
      item += 3;
    } else {
      if (in_category(item[1], c, ascii)) return true;
      item += 2;
    }
  }
  return false;
}

// Whether character c matches the one-character instruction at `ins`
// (LIT, ANY, ANY_ALL or SET).
inline bool match_one(const uint32_t* ins, uint32_t c) {
  switch (ins[0]) {
    case kLit: {
      uint32_t f = ins[1], want = ins[2];
      bool m = c == want;
      if (!m && (f & kIgnore)) {
        bool ascii = f & kAscii;
        m = lower_of(c, ascii) == lower_of(want, ascii) || upper_of(c, ascii) == upper_of(want, ascii);
      }
      return (f & kNegate) ? !m : m;
    }
    case kAny: return c != '\n';
    case kAnyAll: return true;
    case kSet: {
      uint32_t f = ins[1];
      bool ascii = f & kAscii;
      const uint32_t* items = ins + 3;
      const uint32_t* end = items + ins[2];
      bool m = in_items(items, end, c, ascii);
      if (!m && (f & kIgnore)) {
        uint32_t lo = lower_of(c, ascii), up = upper_of(c, ascii);
        m = (lo != c && in_items(items, end, lo, ascii)) || (up != c && in_items(items, end, up, ascii));
      }
      return (f & kNegate) ? !m : m;
    }
  }
  return false;
}

// Length in words of the one-character instruction at `ins`.
inline size_t one_size(const uint32_t* ins) {
  switch (ins[0]) {
    case kLit: return 3;
    case kSet: return 3 + ins[2];
    default: return 1;
  }
}

// ---------------------------------------------------------------- the matcher

enum class EntryKind : uint32_t { Choice, Slot, LastIndex, RptCount, RptLast, StarGreedy, StarLazy };

// One entry of the backtracking stack: a choice point to resume, or the old
// value of a register to put back when backtracking passes it.
struct Entry {
  EntryKind kind;
  uint32_t a;  // Choice: pc; registers: index; Star*: the STAR instruction's pc
  int64_t b;   // Choice: position; registers: old value; Star*: current position
  int64_t c;   // Star*: the limit (greedy: lowest position, lazy: highest)
};

enum class Outcome { Match, NoMatch, Error };

template <class Ch>
class Matcher {
 public:
  Matcher(VM& vm, const ProgramObj* prog, const Ch* text, int64_t end)
      : vm_(vm),
        code_(prog->code.data()),
        s_(text),
        end_(end),
        slots_(2 * (prog->groups + 1), -1),
        rcount_(prog->repeats, 0),
        rlast_(prog->repeats, -1) {}

  // One attempt at `start` (mode 0/1) or a search from `start` (mode 2).
  Outcome run_at(int64_t start, bool fullmatch, bool search, bool must_advance) {
    fullmatch_ = fullmatch;
    // A previous match (scan) leaves its choice points and groups behind.
    stack_.clear();
    reset_registers();
    for (int64_t p = start; p <= end_; ++p) {
      if (!quick_reject(p)) {
        start_ = p;
        must_advance_ = must_advance && p == start;
        Outcome o = run(0, p, 0);
        if (o != Outcome::NoMatch) return o;
      }
      if (!search) break;
      if (code_[0] == kAt && code_[1] == kAtBegin) break;  // \A: only one place to try
    }
    return Outcome::NoMatch;
  }

  int64_t match_start() const { return start_; }
  int64_t match_end() const { return result_end_; }
  int lastindex() const { return lastindex_; }
  const std::vector<int64_t>& slots() const { return slots_; }

 private:
  void reset_registers() {
    std::fill(slots_.begin(), slots_.end(), -1);
    lastindex_ = -1;
  }

  // A literal first instruction lets the search skip positions cheaply.
  bool quick_reject(int64_t p) const {
    if (code_[0] == kLit && code_[1] == 0) return p >= end_ || s_[p] != code_[2];
    return false;
  }

  void push(EntryKind k, uint32_t a, int64_t b, int64_t c = 0) { stack_.push_back({k, a, b, c}); }
  void set_slot(uint32_t i, int64_t v) {
    push(EntryKind::Slot, i, slots_[i]);
    slots_[i] = v;
  }

  void restore(const Entry& e) {
    switch (e.kind) {
      case EntryKind::Slot: slots_[e.a] = e.b; break;
      case EntryKind::LastIndex: lastindex_ = static_cast<int>(e.b); break;
      case EntryKind::RptCount: rcount_[e.a] = e.b; break;
      case EntryKind::RptLast: rlast_[e.a] = e.b; break;
      default: break;
    }
  }

  // Pops to `base`, putting registers back, without resuming any choice.
  void unwind_to(size_t base) {
    while (stack_.size() > base) {
      restore(stack_.back());
      stack_.pop_back();
    }
  }

  // After a lookaround or atomic body succeeded: drops its choice points
  // but keeps the register restores, so backtracking past it still undoes
  // the groups it set.
  void commit_to(size_t base) {
    size_t out = base;
    for (size_t i = base; i < stack_.size(); ++i) {
      EntryKind k = stack_[i].kind;
      if (k == EntryKind::Slot || k == EntryKind::LastIndex) stack_[out++] = stack_[i];
    }
    stack_.resize(out);
  }

  bool at(uint32_t kind, int64_t p) const {
    switch (kind) {
      case kAtBegin: return p == 0;
      case kAtBeginLine: return p == 0 || s_[p - 1] == '\n';
      case kAtEnd: return p == end_ || (p + 1 == end_ && s_[p] == '\n');
      case kAtEndLine: return p == end_ || s_[p] == '\n';
      case kAtEndString: return p == end_;
      default: {
        bool ascii = kind & 0x100;
        if (end_ == 0) return false;  // sre: no boundary (or non-boundary) in ''
        bool before = p > 0 && is_word(s_[p - 1], ascii);
        bool here = p < end_ && is_word(s_[p], ascii);
        return ((kind & 0xff) == kAtBoundary) ? before != here : before == here;
      }
    }
  }

  bool group_ref(uint32_t g, uint32_t f, int64_t& p) const {
    int64_t gs = slots_[2 * g], ge = slots_[2 * g + 1];
    if (gs < 0 || ge < 0 || ge < gs) return false;
    int64_t n = ge - gs;
    if (p + n > end_) return false;
    bool ascii = f & kAscii;
    for (int64_t i = 0; i < n; ++i) {
      uint32_t a = s_[gs + i], b = s_[p + i];
      if (a == b) continue;
      if (!(f & kIgnore) || lower_of(a, ascii) != lower_of(b, ascii)) return false;
    }
    p += n;
    return true;
  }

  // Runs the program from `pc` at `pos` until MATCH/SUCCEED (Match, with
  // result_end_ set) or until backtracking empties the stack down to `base`.
  // Recurses once per nested lookaround/atomic group of the pattern only.
  Outcome run(uint32_t pc, int64_t pos, size_t base) {
    if (pc != 0 && vm_.native_stack_exhausted()) {
      vm_.raise(vm_.types.RecursionError, "maximum recursion depth exceeded in regular expression");
      return Outcome::Error;
    }
    const uint32_t* code = code_;
    for (;;) {
      if (++steps_ >= (1u << 20)) {
        steps_ = 0;
        // Interrupts and the instruction budget (a step is one
        // instruction of the matcher).
        if (!vm_.charge(1u << 20)) return Outcome::Error;
        if (stack_.size() > kMaxStackEntries) {
          vm_.raise(vm_.types.MemoryError, "regular expression backtracking stack exhausted");
          return Outcome::Error;
        }
      }
      const uint32_t* ins = code + pc;
      switch (ins[0]) {
        case kMatch:
          if ((fullmatch_ && pos != end_) || (must_advance_ && pos == start_)) goto fail;
          result_end_ = pos;
          return Outcome::Match;
        case kSucceed:
          result_end_ = pos;
          return Outcome::Match;
        case kLit:
        case kAny:
        case kAnyAll:
        case kSet:
          if (pos >= end_ || !match_one(ins, s_[pos])) goto fail;
          ++pos;
          pc += one_size(ins);
          continue;
        case kAt:
          if (!at(ins[1], pos)) goto fail;
          pc += 2;
          continue;
        case kSplit:
          push(EntryKind::Choice, ins[2], pos);
          pc = ins[1];
          continue;
        case kJmp: pc = ins[1]; continue;
        case kSave:
          set_slot(ins[1], pos);
          if (ins[1] & 1) {
            push(EntryKind::LastIndex, 0, lastindex_);
            lastindex_ = static_cast<int>(ins[1] / 2);
          }
          pc += 2;
          continue;
        case kGroupRef:
          if (!group_ref(ins[1], ins[2], pos)) goto fail;
          pc += 3;
          continue;
        case kGroupExists: {
          int64_t gs = slots_[2 * ins[1]], ge = slots_[2 * ins[1] + 1];
          pc = (gs >= 0 && ge >= 0 && gs <= ge) ? pc + 3 : ins[2];
          continue;
        }
        case kLook: {
          bool neg = ins[1], behind = ins[2];
          int64_t from = behind ? pos - ins[3] : pos;
          size_t mark = stack_.size();
          Outcome o = from < 0 ? Outcome::NoMatch : run(pc + 5, from, mark);
          if (o == Outcome::Error) return o;
          if (o == Outcome::Match) {
            if (neg) {
              unwind_to(mark);
              goto fail;
            }
            commit_to(mark);
          } else if (!neg) {
            goto fail;
          }
          pc = ins[4];
          continue;
        }
        case kAtomic: {
          size_t mark = stack_.size();
          Outcome o = run(pc + 2, pos, mark);
          if (o == Outcome::Error) return o;
          if (o == Outcome::NoMatch) goto fail;
          commit_to(mark);
          pos = result_end_;
          pc = ins[1];
          continue;
        }
        case kRptInit: {
          uint32_t r = ins[1];
          push(EntryKind::RptCount, r, rcount_[r]);
          push(EntryKind::RptLast, r, rlast_[r]);
          rcount_[r] = 0;
          rlast_[r] = -1;
          pc += 2;
          continue;
        }
        case kRptLoop: {
          // sre's MAX_UNTIL / MIN_UNTIL: the first `min` iterations are
          // mandatory; an optional one is not started where the previous
          // optional one started (zero-width protection, `rlast_`).
          uint32_t r = ins[1], min = ins[2], max = ins[3], lazy = ins[4], exit = ins[5];
          int64_t n = rcount_[r];
          if (n < min) {
            pc += 8;  // RPT_ENTER
          } else if (lazy) {
            push(EntryKind::Choice, pc + 6, pos);  // RPT_TRY, if the tail fails
            pc = exit;
          } else if ((max == kMaxRepeat || n < max) && pos != rlast_[r]) {
            push(EntryKind::Choice, exit, pos);
            push(EntryKind::RptLast, r, rlast_[r]);
            rlast_[r] = pos;
            pc += 8;
          } else {
            pc = exit;
          }
          continue;
        }
        case kRptTry: {  // a lazy repeat tries one more iteration
          uint32_t r = ins[1];
          const uint32_t* loop = ins - 6;
          uint32_t max = loop[3];
          if ((max != kMaxRepeat && rcount_[r] >= max) || pos == rlast_[r]) goto fail;
          push(EntryKind::RptLast, r, rlast_[r]);
          rlast_[r] = pos;
          pc += 2;
          continue;
        }
        case kRptEnter: {
          uint32_t r = ins[1];
          push(EntryKind::RptCount, r, rcount_[r]);
          ++rcount_[r];
          pc += 2;
          continue;
        }
        case kStar: {
          uint32_t min = ins[1], max = ins[2], mode = ins[3];
          const uint32_t* one = ins + 5;
          int64_t limit = max == kMaxRepeat ? end_ : std::min<int64_t>(end_, pos + max);
          if (mode == 1) {  // lazy: the minimum now, one more per backtrack
            int64_t stop = pos + min;
            if (stop > end_) goto fail;
            for (; pos < stop; ++pos) {
              if (!match_one(one, s_[pos])) goto fail;
            }
            if (pos < limit) push(EntryKind::StarLazy, pc, pos, limit);
          } else {
            int64_t p = pos;
            while (p < limit && match_one(one, s_[p])) ++p;
            if (p - pos < min) goto fail;
            if (mode == 0 && p - pos > min) push(EntryKind::StarGreedy, pc, p, pos + min);
            pos = p;
          }
          pc = ins[4];
          continue;
        }
        case kFail: goto fail;
        default:
          vm_.raise(vm_.types.SystemError, "invalid regular expression program");
          return Outcome::Error;
      }
    fail:
      for (;;) {
        if (stack_.size() <= base) return Outcome::NoMatch;
        Entry& e = stack_.back();
        switch (e.kind) {
          case EntryKind::Choice:
            pc = e.a;
            pos = e.b;
            stack_.pop_back();
            break;
          case EntryKind::StarGreedy: {
            pos = --e.b;
            pc = code[e.a + 4];
            // Skip positions where a literal that follows cannot match.
            if (e.b <= e.c) stack_.pop_back();
            break;
          }
          case EntryKind::StarLazy: {
            const uint32_t* one = code + e.a + 5;
            if (!match_one(one, s_[e.b])) {
              stack_.pop_back();
              continue;
            }
            pos = ++e.b;
            pc = code[e.a + 4];
            if (e.b >= e.c) stack_.pop_back();
            break;
          }
          default:
            restore(e);
            stack_.pop_back();
            continue;
        }
        break;
      }
    }
  }

  VM& vm_;
  const uint32_t* code_;
  const Ch* s_;
  int64_t end_;
  std::vector<int64_t> slots_;
  std::vector<int64_t> rcount_, rlast_;
  std::vector<Entry> stack_;
  int lastindex_ = -1;
  int64_t start_ = 0;
  int64_t result_end_ = 0;
  bool fullmatch_ = false;
  bool must_advance_ = false;
  uint32_t steps_ = 0;
};

// ---------------------------------------------------------------- subjects

// The text a pattern runs over: bytes as they are, ASCII strs by their
// bytes, other strs decoded to code points (so indexes are characters).
struct Subject {
  const uint8_t* narrow = nullptr;
  const uint32_t* wide = nullptr;
  int64_t length = 0;
};

bool get_subject(VM& vm, ProgramObj* prog, Value string, Subject& out) {
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
        prog->decoded.clear();
        prog->decoded.reserve(s->length);
        const char* p = s->data;
        const char* end = p + s->size;
        while (p < end) prog->decoded.push_back(utf8_decode(p, end));
        prog->decoded_str = s;
      }
      out.wide = prog->decoded.data();
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
  vm.raise_fmt(vm.types.TypeError, "expected string or bytes-like object, got '%s'",
               vm.type_of(string)->name->data);
  return false;
}

// pos/endpos as CPython clamps them.
bool get_index(VM& vm, Value v, int64_t length, int64_t& out) {
  if (v.is_null() || v.is_none()) return true;
  Value i = index_to_int(vm, v);
  if (i.is_exception()) return false;
  if (i.is_int()) {
    out = i.as_int();
  } else {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    out = mpz_sgn(z) < 0 ? -1 : length;
    mpz_clear(z);
  }
  out = std::clamp<int64_t>(out, 0, length);
  return true;
}

bool get_bounds(VM& vm, Value posv, Value endv, int64_t length, int64_t& pos, int64_t& endpos) {
  pos = 0;
  endpos = length;
  return get_index(vm, posv, length, pos) && get_index(vm, endv, length, endpos);
}

// The result of one match: (lastindex, start0, end0, start1, end1, ...),
// -1 for what did not take part.
template <class Ch>
Value match_tuple(VM& vm, const Matcher<Ch>& m, uint32_t groups) {
  Tuple* t = vm.new_tuple(1 + 2 * (groups + 1));
  t->items[0] = Value::small_int(m.lastindex());
  t->items[1] = Value::small_int(m.match_start());
  t->items[2] = Value::small_int(m.match_end());
  const auto& slots = m.slots();
  for (uint32_t g = 1; g <= groups; ++g) {
    int64_t s = slots[2 * g], e = slots[2 * g + 1];
    bool set = s >= 0 && e >= 0 && s <= e;
    t->items[1 + 2 * g] = Value::small_int(set ? s : -1);
    t->items[2 + 2 * g] = Value::small_int(set ? e : -1);
  }
  return Value::object(t);
}

template <class Ch>
Value match_one_result(VM& vm, const ProgramObj* prog, const Ch* text, int64_t pos, int64_t endpos, int mode,
                       bool must_advance) {
  if (pos > endpos) return Value::none();
  Matcher<Ch> m(vm, prog, text, endpos);
  Outcome o = m.run_at(pos, mode == 1, mode == 2, must_advance);
  if (o == Outcome::Error) return Value::exception();
  if (o == Outcome::NoMatch) return Value::none();
  return match_tuple(vm, m, prog->groups);
}

// Successive non-overlapping matches, as findall/finditer/sub/split see
// them: after an empty match the next one must not be empty at the same
// place (CPython 3.7+).
template <class Ch>
Value scan_all(VM& vm, const ProgramObj* prog, const Ch* text, int64_t pos, int64_t endpos, int64_t limit) {
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  if (pos > endpos) return Value::object(out);
  Matcher<Ch> m(vm, prog, text, endpos);
  bool must_advance = false;
  while (pos <= endpos && (limit <= 0 || static_cast<int64_t>(out->items.size()) < limit)) {
    Outcome o = m.run_at(pos, false, true, must_advance);
    if (o == Outcome::Error) return Value::exception();
    if (o == Outcome::NoMatch) break;
    out->push(match_tuple(vm, m, prog->groups));
    must_advance = m.match_end() == m.match_start();
    pos = m.match_end();
  }
  return Value::object(out);
}

ProgramObj* program_arg(VM& vm, Value v) {
  if (!is_program(v)) {
    vm.raise(vm.types.TypeError, "expected a compiled _re program");
    return nullptr;
  }
  return static_cast<ProgramObj*>(v.as_obj());
}

// _re.compile(code, groups, repeats, is_bytes) -> program
Value re_compile(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "compile", kwnames) || !check_nargs(vm, "compile", nargs, 4, 4)) {
    return Value::exception();
  }
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::List || !args[1].is_int() ||
      !args[2].is_int()) {
    return vm.raise(vm.types.TypeError, "_re.compile(code: list, groups: int, repeats: int, bytes)");
  }
  auto* code = static_cast<List*>(args[0].as_obj());
  auto* p = vm.alloc<ProgramObj>(ObjKind::Foreign, vm.types.object);
  p->cls = &kProgramClass;
  p->groups = static_cast<uint32_t>(args[1].as_int());
  p->repeats = static_cast<uint32_t>(args[2].as_int());
  p->bytes = vm.truthy(args[3]) > 0;
  p->code.reserve(code->items.size());
  for (Value w : code->items) {
    if (!w.is_int() || w.as_int() < 0 || w.as_int() > 0xFFFFFFFFLL) {
      return vm.raise(vm.types.ValueError, "_re.compile: bad program word");
    }
    p->code.push_back(static_cast<uint32_t>(w.as_int()));
  }
  return Value::object(p);
}

// Shared by match() and scan(): the program, the subject and its bounds.
struct Call {
  ProgramObj* prog;
  Subject subject;
  int64_t pos, endpos;
};

bool unpack_call(VM& vm, const char* name, Value* args, int nargs, Tuple* kwnames, int min, int max, Call& c) {
  if (!no_kwargs(vm, name, kwnames) || !check_nargs(vm, name, nargs, min, max)) return false;
  c.prog = program_arg(vm, args[0]);
  if (!c.prog || !get_subject(vm, c.prog, args[1], c.subject)) return false;
  return get_bounds(vm, args[2], args[3], c.subject.length, c.pos, c.endpos);
}

// _re.match(program, string, pos, endpos, mode[, must_advance]) -> tuple
// or None; mode 0: match, 1: fullmatch, 2: search. must_advance: the match
// may not be empty at pos (a scanner after an empty match).
Value re_match(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Call c;
  if (!unpack_call(vm, "match", args, nargs, kwnames, 5, 6, c)) return Value::exception();
  int mode = args[4].is_int() ? static_cast<int>(args[4].as_int()) : 0;
  bool must_advance = nargs > 5 && vm.truthy(args[5]) > 0;
  if (c.subject.narrow) {
    return match_one_result(vm, c.prog, c.subject.narrow, c.pos, c.endpos, mode, must_advance);
  }
  return match_one_result(vm, c.prog, c.subject.wide, c.pos, c.endpos, mode, must_advance);
}

// _re.scan(program, string, pos, endpos, limit) -> list of match tuples.
Value re_scan(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Call c;
  if (!unpack_call(vm, "scan", args, nargs, kwnames, 5, 5, c)) return Value::exception();
  int64_t limit = args[4].is_int() ? args[4].as_int() : 0;
  if (c.subject.narrow) return scan_all(vm, c.prog, c.subject.narrow, c.pos, c.endpos, limit);
  return scan_all(vm, c.prog, c.subject.wide, c.pos, c.endpos, limit);
}

}  // namespace

Module* init_re_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("_re"));
  add_function(vm, m->dict, "compile", re_compile);
  add_function(vm, m->dict, "match", re_match);
  add_function(vm, m->dict, "scan", re_scan);
  vm.set_global(m->dict, "MAXREPEAT", vm.make_int(kMaxRepeat));
  vm.set_global(m->dict, "MAXGROUPS", vm.make_int(0x7FFFFFFF / 2));
  return m;
}

}  // namespace coil::vm
