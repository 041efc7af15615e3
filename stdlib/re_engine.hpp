// The matching engine of the `re` module: runs the programs re/_compiler.py
// makes (stdlib/re_module.cpp has the Python objects around it).
//
// The pattern is parsed by CPython's own parser (re/_parser.py, run in coil)
// and compiled by re/_compiler.py into a flat program of uint32 words that
// the Matcher below runs: a backtracking matcher with the semantics of
// CPython's sre (leftmost match, greedy/lazy/possessive repeats, lookaround,
// atomic groups, backreferences, conditionals). Its backtracking state lives
// in a heap vector, never on the C++ stack, so a catastrophic pattern costs
// time, not a crash; the only C++ recursion is one level per nested
// lookaround or atomic group of the pattern itself. Long runs poll the VM's
// interrupt flag.
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
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

namespace coil::vm::regex {

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

inline bool in_category(uint32_t cat, uint32_t c, bool ascii) {
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

inline bool in_items(const uint32_t* item, const uint32_t* end, uint32_t c, bool ascii) {
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

// A program and what the matcher keeps with it.
struct Program {
  std::vector<uint32_t> code;
  uint32_t groups = 0;   // capturing groups (group 0 not counted)
  uint32_t repeats = 0;  // general repeats (RPT_* registers)
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

// Checks `code` (false when it is not a well-formed program) and makes what
// the matcher keeps with it (stdlib/re_engine.cpp).
bool prepare_program(Program& p);

template <class Ch>
class Matcher {
 public:
  Matcher(VM& vm, Program* prog, const Ch* text, int64_t end)
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
  Program* prog_;
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

}  // namespace coil::vm::regex
