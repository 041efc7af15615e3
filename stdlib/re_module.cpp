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
#include <cstdio>
#include <cstring>
#include <memory>
#include <array>
#include <iterator>
#include <utility>
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

// The vectors a matcher works in.
struct MatchScratch {
  std::vector<int64_t> slots, rcount, rlast;
  std::vector<Entry> stack;
  bool busy = false;
};

constexpr uint32_t kNoMap = 0xFFFFFFFFu;

// A compiled pattern: re.Pattern. Its program is made by re/_compiler.py
// (the parse stays in coil); matching, the Match objects and the methods
// that loop over matches (findall, split, sub) are all native, so a call
// like pattern.search(line) costs one native call, as in CPython.
struct PatternObj : Foreign {
  std::vector<uint32_t> code;
  uint32_t groups;   // capturing groups (group 0 not counted)
  uint32_t repeats;  // general repeats (RPT_* registers)
  bool bytes;        // a bytes pattern
  Value pattern;     // the source: str, bytes, or None (re.Scanner's)
  int64_t flags;     // as compiled (re.UNICODE added to str patterns)
  Dict* groupindex;  // name -> group number
  Tuple* indexgroup;  // group number -> name or None (Match.lastgroup)
  Type* match_type;
  Type* scanner_type;
  // The last non-ASCII str matched, decoded to code points: a tokenizer
  // calling pattern.match(text, pos) in a loop decodes `text` once, not at
  // every call. The str is kept alive (traced) so the pointer stays valid;
  // the code points are shared with the calls using them, so a sub()
  // callback that matches another text with this pattern cannot free them.
  Str* decoded_str = nullptr;
  std::shared_ptr<const std::vector<uint32_t>> decoded;
  // The one-character instruction every match starts with (its pc), or -1:
  // a search skips the positions where it fails without starting the
  // matcher (sre's charset prefix check).
  int64_t first_one = -1;
  // For each SET instruction (by pc): the index of its 128-bit map of ASCII
  // characters in ascii_sets, so [\w.] costs one bit test per character.
  std::vector<uint32_t> set_map;
  std::vector<std::array<uint64_t, 2>> ascii_sets;
  // The matcher's registers and backtracking stack, kept between calls so a
  // call allocates nothing; `busy` while a matcher has them (a sub()
  // callback using the same pattern gets fresh ones).
  MatchScratch scratch;
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


template <class Ch>
class Matcher {
 public:
  Matcher(VM& vm, PatternObj* prog, const Ch* text, int64_t end)
      : vm_(vm),
        prog_(prog),
        code_(prog->code.data()),
        set_map_(prog->set_map.data()),
        sets_(prog->ascii_sets.data()),
        s_(text),
        end_(end) {
    if (!prog->scratch.busy) {
      prog->scratch.busy = true;
      borrowed_ = true;
      swap_scratch();
    }
    slots_.assign(2 * (prog->groups + 1), -1);
    rcount_.assign(prog->repeats, 0);
    rlast_.assign(prog->repeats, -1);
  }
  ~Matcher() {
    if (!borrowed_) return;
    // A catastrophic pattern's stack is not kept for the next call.
    if (stack_.capacity() > (size_t(1) << 16)) std::vector<Entry>().swap(stack_);
    swap_scratch();
    prog_->scratch.busy = false;
  }
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // One attempt at `start` (mode 0/1) or a search from `start` (mode 2).
  Outcome run_at(int64_t start, bool fullmatch, bool search, bool must_advance) {
    fullmatch_ = fullmatch;
    // A previous match (scan) leaves its choice points and groups behind.
    stack_.clear();
    reset_registers();
    const uint32_t* first = prog_->first_one >= 0 ? code_ + prog_->first_one : nullptr;
    for (int64_t p = start; p <= end_; ++p) {
      if (first) {
        // Every match starts with this character: skip to where it is.
        if (search) {
          while (p < end_ && !one(first, s_[p])) ++p;
        }
        if (p >= end_ || !one(first, s_[p])) break;
      }
      if (dirty_) reset_registers();
      start_ = p;
      must_advance_ = must_advance && p == start;
      Outcome o = run(0, p, 0);
      if (o != Outcome::NoMatch) return o;
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
  void swap_scratch() {
    MatchScratch& sc = prog_->scratch;
    slots_.swap(sc.slots);
    rcount_.swap(sc.rcount);
    rlast_.swap(sc.rlast);
    stack_.swap(sc.stack);
  }

  void reset_registers() {
    std::fill(slots_.begin(), slots_.end(), -1);
    lastindex_ = -1;
    dirty_ = false;
  }

  // Whether character c matches the one-character instruction at `ins`: a
  // plain literal compares, a SET tests an ASCII character in its bit map.
  bool one(const uint32_t* ins, uint32_t c) const {
    if (ins[0] == kLit && ins[1] == 0) return c == ins[2];
    if (ins[0] != kSet || c >= 128) return match_one(ins, c);
    const uint64_t* bits = sets_[set_map_[ins - code_]].data();
    return (bits[c >> 6] >> (c & 63)) & 1;
  }

  void push(EntryKind k, uint32_t a, int64_t b, int64_t c = 0) { stack_.push_back({k, a, b, c}); }
  // The old value of a register goes on the stack only when something can
  // backtrack past it: with no choice point left (and outside lookarounds
  // and atomic groups) a failure ends the attempt, and the next attempt
  // starts from reset registers instead.
  bool must_save() {
    if (!stack_.empty() || nested_ > 0) return true;
    dirty_ = true;
    return false;
  }
  void set_slot(uint32_t i, int64_t v) {
    if (must_save()) push(EntryKind::Slot, i, slots_[i]);
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
  // The highest position from `p` down to `lowest` where the tail at `tail`
  // of a greedy repeat can start: when the tail begins with a literal
  // (after group starts/ends), only where that character is, as sre's
  // REPEAT_ONE skips; lowest - 1 when there is none.
  int64_t skip_to_literal(uint32_t tail, int64_t p, int64_t lowest) const {
    const uint32_t* t = code_ + tail;
    while (t[0] == kSave) t += 2;
    if (t[0] != kLit || t[1] != 0) return p;
    uint32_t want = t[2];
    while (p >= lowest && (p >= end_ || s_[p] != want)) --p;
    return p;
  }

  // A lookaround's or atomic group's body, run to its SUCCEED.
  Outcome run_nested(uint32_t pc, int64_t pos, size_t base) {
    ++nested_;
    Outcome o = run(pc, pos, base);
    --nested_;
    return o;
  }

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
          if (pos >= end_ || !one(ins, s_[pos])) goto fail;
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
            if (must_save()) push(EntryKind::LastIndex, 0, lastindex_);
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
          Outcome o = from < 0 ? Outcome::NoMatch : run_nested(pc + 5, from, mark);
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
          Outcome o = run_nested(pc + 2, pos, mark);
          if (o == Outcome::Error) return o;
          if (o == Outcome::NoMatch) goto fail;
          commit_to(mark);
          pos = result_end_;
          pc = ins[1];
          continue;
        }
        case kRptInit: {
          uint32_t r = ins[1];
          if (must_save()) {
            push(EntryKind::RptCount, r, rcount_[r]);
            push(EntryKind::RptLast, r, rlast_[r]);
          }
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
          if (must_save()) push(EntryKind::RptLast, r, rlast_[r]);
          rlast_[r] = pos;
          pc += 2;
          continue;
        }
        case kRptEnter: {
          uint32_t r = ins[1];
          if (must_save()) push(EntryKind::RptCount, r, rcount_[r]);
          ++rcount_[r];
          pc += 2;
          continue;
        }
        case kStar: {
          uint32_t min = ins[1], max = ins[2], mode = ins[3];
          const uint32_t* item = ins + 5;
          int64_t limit = max == kMaxRepeat ? end_ : std::min<int64_t>(end_, pos + max);
          if (mode == 1) {  // lazy: the minimum now, one more per backtrack
            int64_t stop = pos + min;
            if (stop > end_) goto fail;
            for (; pos < stop; ++pos) {
              if (!one(item, s_[pos])) goto fail;
            }
            if (pos < limit) push(EntryKind::StarLazy, pc, pos, limit);
          } else {
            int64_t p = pos;
            while (p < limit && one(item, s_[p])) ++p;
            if (p - pos < min) goto fail;
            if (mode == 0) {
              int64_t lowest = pos + min;
              p = skip_to_literal(ins[4], p, lowest);
              if (p < lowest) goto fail;
              if (p > lowest) push(EntryKind::StarGreedy, pc, p, lowest);
            }
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
            pc = code[e.a + 4];
            pos = e.b = skip_to_literal(pc, e.b - 1, e.c);
            if (pos < e.c) {
              stack_.pop_back();
              continue;
            }
            if (e.b <= e.c) stack_.pop_back();
            break;
          }
          case EntryKind::StarLazy: {
            const uint32_t* item = code + e.a + 5;
            if (!one(item, s_[e.b])) {
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
  PatternObj* prog_;
  const uint32_t* code_;
  const uint32_t* set_map_;
  const std::array<uint64_t, 2>* sets_;
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
  bool borrowed_ = false;  // the vectors are prog_->scratch's
  bool dirty_ = false;     // registers changed without a saved old value
  int nested_ = 0;         // lookaround/atomic bodies being run
  uint32_t steps_ = 0;
};

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
               vm.type_of(string)->name->data);
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

// The same for the loops over many matches: a non-ASCII str is sliced from
// its decoded code points, not by walking its UTF-8 to each index, and a
// copied subject from its copy.
Value subject_slice(VM& vm, Value string, const Subject& subj, int64_t s, int64_t e) {
  if (subj.copy) return Value::object(bytes_new(vm, std::string_view(*subj.copy).substr(s, e - s)));
  if (!subj.wide || e - s == static_cast<int64_t>(as_str(string)->length)) return slice_of(vm, string, s, e);
  std::string out;
  bool ascii = true;
  for (int64_t i = s; i < e; ++i) {
    ascii = ascii && subj.wide[i] < 128;
    utf8_append(out, subj.wide[i]);
  }
  Str* r = str_alloc(vm, out.size(), e - s, ascii);
  if (!r) return Value::exception();
  std::memcpy(r->data, out.data(), out.size());
  return Value::object(r);
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
  int64_t spans[];      // start, end of group 0..groups; -1 when unset
};

void match_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* m = static_cast<MatchObj*>(self);
  mark_gray(gray, Value::object(m->pattern));
  mark_gray(gray, m->string);
}
constexpr ForeignClass kMatchClass = {"re.Match", match_trace, nullptr};

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
                 cls->name, vm.type_of(args[0])->name->data);
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

Value new_match(VM& vm, PatternObj* p, Value string, int64_t pos, int64_t endpos, const Run& r) {
  auto* m = vm.alloc<MatchObj>(ObjKind::Foreign, p->match_type, sizeof(int64_t) * 2 * (p->groups + 1));
  m->cls = &kMatchClass;
  m->pattern = p;
  m->string = string;
  m->pos = pos;
  m->endpos = endpos;
  m->lastindex = r.lastindex();
  m->groups = p->groups;
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
  return slice_of(vm, m->string, s, m->spans[2 * i + 1]);
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
    return new_match(vm, c.prog, c.string, c.pos, c.endpos, r);
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
        Value m = roots.add(new_match(vm, c.prog, c.string, 0, c.subject.length, r));
        item = vm.call1(rp.filter, m);
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

// Length in words of the instruction at code[pc], 0 when it is not one.
size_t instruction_size(const std::vector<uint32_t>& code, size_t pc) {
  static constexpr uint8_t kSize[kOpCount] = {
      1, 1, 3, 1, 1, 3, 2, 3, 2, 2,  // MATCH SUCCEED LIT ANY ANY_ALL SET AT SPLIT JMP SAVE
      3, 3, 5, 2, 2, 6, 2, 5, 1, 2,  // GROUPREF GROUPEXISTS LOOK ATOMIC RPT_INIT RPT_LOOP RPT_ENTER STAR FAIL RPT_TRY
  };
  if (code[pc] >= kOpCount) return 0;
  size_t n = kSize[code[pc]];
  if (code[pc] == kSet && pc + 2 < code.size()) n += code[pc + 2];
  return pc + n <= code.size() ? n : 0;
}

// Walks the program once (false when it is malformed) and makes the ASCII
// bit map of each SET instruction.
bool map_sets(PatternObj* p) {
  const std::vector<uint32_t>& code = p->code;
  p->set_map.assign(code.size(), kNoMap);
  for (size_t pc = 0; pc < code.size();) {
    size_t n = instruction_size(code, pc);
    if (n == 0) return false;
    if (code[pc] == kSet) {
      std::array<uint64_t, 2> bits = {0, 0};
      for (uint32_t ch = 0; ch < 128; ++ch) {
        if (match_one(code.data() + pc, ch)) bits[ch >> 6] |= uint64_t(1) << (ch & 63);
      }
      p->set_map[pc] = static_cast<uint32_t>(p->ascii_sets.size());
      p->ascii_sets.push_back(bits);
    }
    pc += n;
  }
  return true;
}

// The pc of the one-character instruction every match must start with:
// after the group starts (SAVE), a LIT/ANY/SET or a STAR of at least one
// such; -1 when there is none.
int64_t first_one_pc(const std::vector<uint32_t>& code) {
  size_t pc = 0;
  while (pc + 1 < code.size() && code[pc] == kSave) pc += 2;
  if (pc >= code.size()) return -1;
  switch (code[pc]) {
    case kLit:
    case kAny:
    case kAnyAll:
    case kSet: return static_cast<int64_t>(pc);
    case kStar: return code[pc + 1] >= 1 ? static_cast<int64_t>(pc + 5) : -1;
    default: return -1;
  }
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
  if (!map_sets(p)) return vm.raise(vm.types.ValueError, "_re.compile: bad program");
  p->first_one = first_one_pc(p->code);
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
