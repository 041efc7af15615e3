// list: the mutable sequence. repr (with the `[...]` recursion guard),
// comparison, + * += *=, indexing and slice assignment, the methods, and
// list.sort: a stable natural merge sort (timsort's runs and merge policy,
// without galloping) with fast comparisons for all-int/float/str lists.
#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

// list.sort(*, key=None, reverse=False) and sorted().
const ArgSpec kSortArgs{"sort", "*, key=None, reverse=False"};

bool sort_args(VM& vm, Value* args, int nargs, Tuple* kwnames, Value& key, bool& reverse) {
  Value a[2];
  if (!kSortArgs.parse(vm, args, nargs, kwnames, a)) return false;
  key = a[0];
  if (a[1].is_bool()) {
    reverse = a[1].as_bool();
    return true;
  }
  int64_t flag;  // an int, as CPython parses it (reverse=None is an error)
  if (!vm.index_value(a[1], flag, /*clamp=*/true)) return false;
  reverse = flag != 0;
  return true;
}

namespace {

List* as_list(Value v) { return static_cast<List*>(v.as_obj()); }
bool is_list(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::List; }

bool str_equal(Value a, Value b) {
  Str* x = as_str(a);
  Str* y = as_str(b);
  return x->size == y->size && std::memcmp(x->data, y->data, x->size) == 0;
}

// == for searching: identity and the common exact cases without dispatch.
int item_eq(VM& vm, Value x, Value y) {
  if (x.is(y)) return 1;
  if (x.is_int() && y.is_int()) return 0;
  if (is_str(x) && is_str(y) && x.as_obj()->type == vm.types.str &&
      y.as_obj()->type == vm.types.str) {
    return str_equal(x, y);
  }
  return vm.eq(x, y);
}

// A vector of every item of `v`, for assignment sources. A list is copied
// first, so `a[:] = a` works.
bool items_of(VM& vm, Value v, std::vector<Value>& out) { return vm.unpack_iterable(v, out); }

bool is_iterable(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return t->slots.iter || t->slots.getitem;
}

// ---------------------------------------------------------------- slots

Value list_repr_slot(VM& vm, Value self) { return list_repr(vm, as_list(self)); }

Value list_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return vm.not_implemented;
  auto& x = as_list(a)->items;
  auto& y = as_list(b)->items;
  if (x.size() != y.size() && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    return Value::boolean(op == CompareOp::Ne);
  }
  // Items are re-read every round: a user __eq__ may mutate either list.
  size_t i = 0;
  for (; i < x.size() && i < y.size(); ++i) {
    Value p = x[i], q = y[i];
    if (p.is(q)) continue;
    int k = item_eq(vm, p, q);
    if (k < 0) return Value::exception();
    if (!k) break;
  }
  if (i >= x.size() || i >= y.size()) {
    size_t na = x.size(), nb = y.size();
    switch (op) {
      case CompareOp::Lt: return Value::boolean(na < nb);
      case CompareOp::Le: return Value::boolean(na <= nb);
      case CompareOp::Eq: return Value::boolean(na == nb);
      case CompareOp::Ne: return Value::boolean(na != nb);
      case CompareOp::Gt: return Value::boolean(na > nb);
      case CompareOp::Ge: return Value::boolean(na >= nb);
    }
  }
  if (op == CompareOp::Eq) return Value::boolean(false);
  if (op == CompareOp::Ne) return Value::boolean(true);
  return vm.compare(x[i], y[i], op);
}

Value list_repeat(VM& vm, Value seq, Value n, bool inplace) {
  List* l = as_list(seq);
  int64_t count;
  int r = sequence_repeat_count(vm, n, l->items.size(), count);
  if (r <= 0) return r == 0 ? vm.not_implemented : Value::exception();
  size_t size = l->items.size();
  if (inplace) {
    if (count == 0) {
      l->items.clear();
    } else {
      vm.heap.reserve_counted(l->items, size * count);
      for (int64_t k = 1; k < count; ++k) {
        if (!vm.charge(size + 1)) return Value::exception();
        for (size_t i = 0; i < size; ++i) l->items.push_back(l->items[i]);
      }
    }
    return seq;
  }
  List* out = vm.new_list(size * count);
  for (int64_t k = 0; k < count; ++k) {
    if (!vm.charge(size + 1)) return Value::exception();
    out->items.insert(out->items.end(), l->items.begin(), l->items.end());
  }
  return Value::object(out);
}

// list.extend / +=: any iterable.
int list_extend_with(VM& vm, List* l, Value src) {
  // Exact lists and tuples only: a subclass may override __iter__.
  if (src.is_obj() && (src.as_obj()->type == vm.types.list || src.as_obj()->type == vm.types.tuple)) {
    Obj* o = src.as_obj();
    if (o->kind == ObjKind::List) {
      auto& from = static_cast<List*>(o)->items;
      if (static_cast<List*>(o) == l) {
        size_t n = from.size();
        vm.heap.reserve_counted(l->items, 2 * n);
        for (size_t i = 0; i < n; ++i) l->items.push_back(l->items[i]);
      } else {
        vm.heap.ensure_counted(l->items, l->items.size() + from.size());
        l->items.insert(l->items.end(), from.begin(), from.end());
      }
      return 0;
    }
    if (o->kind == ObjKind::Tuple) {
      auto* t = static_cast<Tuple*>(o);
      vm.heap.ensure_counted(l->items, l->items.size() + t->size);
      l->items.insert(l->items.end(), t->items, t->items + t->size);
      return 0;
    }
  }
  // Gather first: a failing iterator leaves the items seen so far appended,
  // as CPython does; the list itself keeps them alive meanwhile.
  RootScope roots(vm);
  Value it = vm.iter(src);
  if (it.is_exception()) return -1;
  roots.add(it);
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return -1;
    if (r == 0) return 0;
    vm.heap.push_counted(l->items, x);
    // Materialising a long iterator (list(range(n)) extends) is long work.
    if ((l->items.size() & 1023) == 0 && !vm.charge(1024)) return -1;
  }
}

Value list_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  if (op == BinaryOp::Add) {
    if (!is_list(a)) return vm.not_implemented;
    if (inplace) {
      if (list_extend_with(vm, as_list(a), b) < 0) return Value::exception();
      return a;
    }
    if (!is_list(b)) return vm.not_implemented;
    auto& x = as_list(a)->items;
    auto& y = as_list(b)->items;
    List* out = vm.new_list(x.size() + y.size());
    out->items.insert(out->items.end(), x.begin(), x.end());
    out->items.insert(out->items.end(), y.begin(), y.end());
    return Value::object(out);
  }
  if (op == BinaryOp::Mul) {
    if (is_list(a)) return list_repeat(vm, a, b, inplace);
    if (is_list(b) && !inplace) return list_repeat(vm, b, a, false);
  }
  return vm.not_implemented;
}

bool list_length(VM&, Value self, int64_t& out) {
  out = static_cast<int64_t>(as_list(self)->items.size());
  return true;
}

Value list_getitem(VM& vm, Value self, Value key) {
  auto& items = as_list(self)->items;
  int64_t n = static_cast<int64_t>(items.size());
  if (key.is_int()) {
    int64_t i = key.as_int();
    if (i < 0) i += n;
    if (i >= 0 && i < n) return items[i];
    return vm.raise(vm.types.IndexError, "list index out of range");
  }
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_obj()), n, start, stop, step, len)) {
      return Value::exception();
    }
    List* out = vm.new_list(len);
    if (step == 1) {
      out->items.assign(items.begin() + start, items.begin() + start + len);
    } else {
      for (int64_t i = 0, j = start; i < len; ++i, j += step) out->items.push_back(items[j]);
    }
    return Value::object(out);
  }
  int64_t i;
  if (!sequence_index(vm, key, n, "list", i)) return Value::exception();
  return items[i];
}

// a[slice] = value / del a[slice] (value null()).
int list_assign_slice(VM& vm, List* l, Slice* s, Value value) {
  int64_t start, stop, step, len;
  if (!slice_indices(vm, s, static_cast<int64_t>(l->items.size()), start, stop, step, len)) {
    return -1;
  }
  std::vector<Value> src;
  RootScope roots(vm);
  if (!value.is_null()) {
    if (!is_iterable(vm, value)) {
      vm.raise(vm.types.TypeError, step == 1 ? "can only assign an iterable"
                                             : "must assign iterable to extended slice");
      return -1;
    }
    if (!items_of(vm, value, src)) return -1;
    // Keep the new items alive: the unpacking may have run user code that
    // dropped the last other reference, and nothing else holds them.
    List* keep = roots.add(vm.new_list());
    keep->items = src;
    // The source iteration may have changed the list's size.
    if (!slice_indices(vm, s, static_cast<int64_t>(l->items.size()), start, stop, step, len)) {
      return -1;
    }
  }
  auto& items = l->items;
  if (step == 1) {
    if (stop < start) stop = start;
    auto first = items.begin() + start;
    size_t old_n = static_cast<size_t>(stop - start);
    size_t common = std::min(old_n, src.size());
    std::copy(src.begin(), src.begin() + common, first);
    if (src.size() > old_n) {
      items.insert(first + common, src.begin() + common, src.end());
    } else {
      items.erase(first + common, first + old_n);
    }
    return 0;
  }
  if (value.is_null()) {
    if (len == 0) return 0;
    // Normalise to an ascending walk, then compact in one pass.
    if (step < 0) {
      start = start + step * (len - 1);
      step = -step;
    }
    size_t out = static_cast<size_t>(start);
    int64_t next_del = start;
    int64_t deleted = 0;
    for (size_t i = static_cast<size_t>(start); i < items.size(); ++i) {
      if (deleted < len && static_cast<int64_t>(i) == next_del) {
        ++deleted;
        next_del += step;
        continue;
      }
      items[out++] = items[i];
    }
    items.resize(out);
    return 0;
  }
  if (static_cast<int64_t>(src.size()) != len) {
    vm.raise_fmt(vm.types.ValueError,
                 "attempt to assign sequence of size %zu to extended slice of size %lld",
                 src.size(), static_cast<long long>(len));
    return -1;
  }
  for (int64_t i = 0, j = start; i < len; ++i, j += step) items[j] = src[i];
  return 0;
}

int list_setitem(VM& vm, Value self, Value key, Value value) {
  List* l = as_list(self);
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    return list_assign_slice(vm, l, static_cast<Slice*>(key.as_obj()), value);
  }
  int64_t i;
  int64_t n = static_cast<int64_t>(l->items.size());
  if (key.is_int()) {
    i = key.as_int();
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      vm.raise(vm.types.IndexError, "list assignment index out of range");
      return -1;
    }
  } else if (!sequence_index(vm, key, n, "list assignment", i)) {
    if (vm.pending_is(vm.types.TypeError)) {
      vm.pending = Value::null();
      vm.raise_fmt(vm.types.TypeError, "list indices must be integers or slices, not %s",
                   type_name(vm, key));
    }
    return -1;
  }
  if (value.is_null()) {
    l->items.erase(l->items.begin() + i);
  } else {
    l->items[i] = value;
  }
  return 0;
}

int list_contains(VM& vm, Value self, Value item) {
  auto& items = as_list(self)->items;
  if (item.is_int()) {
    // Ints only equal ints (small ones by identity), floats and objects.
    for (size_t i = 0; i < items.size(); ++i) {
      Value x = items[i];
      if (x.is(item)) return 1;
      if (x.is_int() || is_str(x)) continue;
      int r = vm.eq(x, item);
      if (r != 0) return r;
    }
    return 0;
  }
  for (size_t i = 0; i < items.size(); ++i) {
    int r = item_eq(vm, items[i], item);
    if (r != 0) return r;
  }
  return 0;
}

Value list_iter(VM& vm, Value self) { return Value::object(new_iterator(vm, IterKind::Seq, self)); }

// ---------------------------------------------------------------- sort

// Stable natural merge sort over `a` with `less` returning 1, 0 or -1
// (error). Timsort's structure: ascending runs (strictly descending ones are
// reversed), short runs extended to minrun by binary insertion, and merges of
// adjacent runs kept balanced by timsort's stack invariants. On error the
// array still holds every element (in some order).
template <class T, class Less>
class MergeSorter {
 public:
  MergeSorter(std::vector<T>& a, Less less) : a_(a), less_(less) {}

  bool sort() {
    size_t n = a_.size();
    if (n < 2) return true;
    size_t minrun = compute_minrun(n);
    size_t lo = 0;
    while (lo < n) {
      size_t run;
      if (!count_run(lo, n, run)) return false;
      if (run < minrun) {
        size_t force = std::min(minrun, n - lo);
        if (!binary_insertion(lo, lo + force, lo + run)) return false;
        run = force;
      }
      runs_.push_back({lo, run});
      if (!merge_collapse()) return false;
      lo += run;
    }
    while (runs_.size() > 1) {
      size_t i = runs_.size() - 2;
      if (i > 0 && runs_[i - 1].len < runs_[i + 1].len) --i;
      if (!merge_at(i)) return false;
    }
    return true;
  }

 private:
  struct Run {
    size_t base, len;
  };

  static size_t compute_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // Length of the run starting at lo; a strictly descending run is reversed
  // in place (strictness keeps the sort stable).
  bool count_run(size_t lo, size_t hi, size_t& len) {
    if (lo + 1 == hi) {
      len = 1;
      return true;
    }
    int c = less_(a_[lo + 1], a_[lo]);
    if (c < 0) return false;
    size_t i = lo + 2;
    if (c) {
      for (; i < hi; ++i) {
        c = less_(a_[i], a_[i - 1]);
        if (c < 0) return false;
        if (!c) break;
      }
      std::reverse(a_.begin() + lo, a_.begin() + i);
    } else {
      for (; i < hi; ++i) {
        c = less_(a_[i], a_[i - 1]);
        if (c < 0) return false;
        if (c) break;
      }
    }
    len = i - lo;
    return true;
  }

  // Sorts [lo, hi) given that [lo, start) is already sorted.
  bool binary_insertion(size_t lo, size_t hi, size_t start) {
    for (size_t i = start; i < hi; ++i) {
      T pivot = a_[i];
      size_t l = lo, r = i;
      while (l < r) {
        size_t mid = l + (r - l) / 2;
        int c = less_(pivot, a_[mid]);
        if (c < 0) return false;
        if (c) {
          r = mid;
        } else {
          l = mid + 1;
        }
      }
      std::move_backward(a_.begin() + l, a_.begin() + i, a_.begin() + i + 1);
      a_[l] = pivot;
    }
    return true;
  }

  bool merge_collapse() {
    while (runs_.size() > 1) {
      size_t n = runs_.size() - 2;
      if ((n > 0 && runs_[n - 1].len <= runs_[n].len + runs_[n + 1].len) ||
          (n > 1 && runs_[n - 2].len <= runs_[n - 1].len + runs_[n].len)) {
        if (runs_[n - 1].len < runs_[n + 1].len) --n;
        if (!merge_at(n)) return false;
      } else if (runs_[n].len <= runs_[n + 1].len) {
        if (!merge_at(n)) return false;
      } else {
        break;
      }
    }
    return true;
  }

  // Merges runs i and i+1 (adjacent): the left run is copied out and the
  // merge writes from the left; right items go first only when strictly less.
  bool merge_at(size_t i) {
    Run left = runs_[i], right = runs_[i + 1];
    runs_[i].len = left.len + right.len;
    runs_.erase(runs_.begin() + i + 1);
    // Items of the left run already in place need no move.
    size_t lo = left.base, end_left = left.base + left.len;
    const T& first_right = a_[right.base];
    while (lo < end_left) {
      int c = less_(first_right, a_[lo]);
      if (c < 0) return false;
      if (c) break;
      ++lo;
    }
    if (lo == end_left) return true;
    tmp_.assign(a_.begin() + lo, a_.begin() + end_left);
    size_t t = 0, r = right.base, out = lo;
    size_t r_end = right.base + right.len;
    bool ok = true;
    while (t < tmp_.size() && r < r_end) {
      int c = less_(a_[r], tmp_[t]);
      if (c < 0) {
        ok = false;
        break;
      }
      if (c) {
        a_[out++] = a_[r++];
      } else {
        a_[out++] = tmp_[t++];
      }
    }
    // The rest of the left run (on error too: nothing may be lost).
    while (t < tmp_.size()) a_[out++] = tmp_[t++];
    return ok;
  }

  std::vector<T>& a_;
  Less less_;
  std::vector<Run> runs_;
  std::vector<T> tmp_;
};

// Sorts with `less`, every 1024 comparisons charged to the instruction
// budget (a long sort is one call: it must not dodge the budget nor an
// interrupt).
template <class T, class Less>
bool merge_sort(VM& vm, std::vector<T>& a, Less less) {
  uint32_t count = 0;
  auto charged = [&vm, &count, less](const T& x, const T& y) {
    if ((++count & 1023) == 0 && !vm.charge(1024)) return -1;
    return int(less(x, y));
  };
  return MergeSorter<T, decltype(charged)>(a, charged).sort();
}

int str_less(Value a, Value b) {
  // UTF-8 byte order is code point order.
  Str* x = as_str(a);
  Str* y = as_str(b);
  int c = std::memcmp(x->data, y->data, std::min(x->size, y->size));
  return c < 0 || (c == 0 && x->size < y->size);
}

enum class SortKind { SmallInt, Number, Str, Generic };

SortKind classify(VM& vm, const std::vector<Value>& keys) {
  bool ints = true, numbers = true, strs = true;
  for (Value v : keys) {
    bool i = v.is_int();
    ints = ints && i;
    numbers = numbers && (i || v.is_double());
    strs = strs && is_str(v) && v.as_obj()->type == vm.types.str;
    if (!numbers && !strs) return SortKind::Generic;
  }
  if (ints) return SortKind::SmallInt;
  if (numbers) return SortKind::Number;
  if (strs) return SortKind::Str;
  return SortKind::Generic;
}

// Small ints are 48-bit, so they convert to double exactly.
double as_number(Value v) { return v.is_int() ? static_cast<double>(v.as_int()) : v.as_double(); }

int generic_less(VM& vm, Value a, Value b) {
  Value r = vm.compare(a, b, CompareOp::Lt);
  if (r.is_exception()) return -1;
  if (r.is_bool()) return r.as_bool();
  return vm.truthy(r);
}

// Sorts `v` (values compared directly); false on error.
bool sort_values(VM& vm, std::vector<Value>& v) {
  switch (classify(vm, v)) {
    case SortKind::SmallInt:
      return merge_sort(vm, v, [](Value a, Value b) { return int(a.as_int() < b.as_int()); });
    case SortKind::Number:
      return merge_sort(vm, v, [](Value a, Value b) { return int(as_number(a) < as_number(b)); });
    case SortKind::Str:
      return merge_sort(vm, v, str_less);
    case SortKind::Generic:
      break;
  }
  return merge_sort(vm, v, [&vm](Value a, Value b) { return generic_less(vm, a, b); });
}

using KeyItem = std::pair<Value, Value>;  // (key, item)

bool sort_keyed(VM& vm, std::vector<KeyItem>& v, const std::vector<Value>& keys) {
  switch (classify(vm, keys)) {
    case SortKind::SmallInt:
      return merge_sort(vm, v, [](const KeyItem& a, const KeyItem& b) {
        return int(a.first.as_int() < b.first.as_int());
      });
    case SortKind::Number:
      return merge_sort(vm, v, [](const KeyItem& a, const KeyItem& b) {
        return int(as_number(a.first) < as_number(b.first));
      });
    case SortKind::Str:
      return merge_sort(vm, v, [](const KeyItem& a, const KeyItem& b) {
        return str_less(a.first, b.first);
      });
    case SortKind::Generic:
      break;
  }
  return merge_sort(vm, v, [&vm](const KeyItem& a, const KeyItem& b) {
    return generic_less(vm, a.first, b.first);
  });
}

// ---------------------------------------------------------------- methods

#define LIST_SELF(method)                                                       \
  if (!check_receiver(vm, args, nargs, vm.types.list, method)) {                \
    return Value::exception();                                                  \
  }                                                                             \
  List* self = as_list(args[0])

Value list_append(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs == 2 && (!kwnames || kwnames->size == 0) && is_list(args[0])) {
    vm.heap.push_counted(as_list(args[0])->items, args[1]);  // the hot path
    return Value::none();
  }
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "append", 1)) return Value::exception();
  vm.heap.push_counted(as_list(args[0])->items, args[1]);
  return Value::none();
}

Value list_extend(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "extend", 1)) return Value::exception();
  if (list_extend_with(vm, as_list(args[0]), args[1]) < 0) return Value::exception();
  return Value::none();
}

Value list_insert(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  LIST_SELF("insert");
  if (!no_kwargs(vm, "list.insert", kwnames)) return Value::exception();
  if (!check_nargs(vm, "insert", nargs - 1, 2, 2)) return Value::exception();
  int64_t i;
  if (!vm.index_value(args[1], i, true)) return Value::exception();
  int64_t n = static_cast<int64_t>(self->items.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) {
    i = n;
  }
  self->items.insert(self->items.begin() + i, args[2]);
  return Value::none();
}

Value list_pop(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  LIST_SELF("pop");
  if (!no_kwargs(vm, "list.pop", kwnames)) return Value::exception();
  if (!check_nargs(vm, "pop", nargs - 1, 0, 1)) return Value::exception();
  auto& items = self->items;
  int64_t i = -1;
  if (nargs == 2 && !vm.index_value(args[1], i)) return Value::exception();
  if (items.empty()) return vm.raise(vm.types.IndexError, "pop from empty list");
  int64_t n = static_cast<int64_t>(items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.types.IndexError, "pop index out of range");
  Value v = items[i];
  if (i == n - 1) {
    items.pop_back();
  } else {
    items.erase(items.begin() + i);
  }
  return v;
}

Value list_remove(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "remove", 1)) return Value::exception();
  auto& items = as_list(args[0])->items;
  for (size_t i = 0; i < items.size(); ++i) {
    int r = item_eq(vm, items[i], args[1]);
    if (r < 0) return Value::exception();
    if (r) {
      if (i < items.size()) items.erase(items.begin() + static_cast<ptrdiff_t>(i));
      return Value::none();
    }
  }
  return vm.raise(vm.types.ValueError, "list.remove(x): x not in list");
}

bool index_bound(VM& vm, Value v, int64_t size, int64_t& out) {
  if (!vm.index_value(v, out, true)) {
    if (vm.pending_is(vm.types.TypeError)) {
      vm.pending = Value::null();
      vm.raise(vm.types.TypeError, "slice indices must be integers or have an __index__ method");
    }
    return false;
  }
  if (out < 0) {
    out += size;
    if (out < 0) out = 0;
  }
  return true;
}

Value list_index(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  LIST_SELF("index");
  if (!no_kwargs(vm, "list.index", kwnames)) return Value::exception();
  if (!check_nargs(vm, "index", nargs - 1, 1, 3)) return Value::exception();
  auto& items = self->items;
  int64_t n = static_cast<int64_t>(items.size());
  int64_t start = 0, stop = n;
  if (nargs > 2 && !index_bound(vm, args[2], n, start)) return Value::exception();
  if (nargs > 3 && !index_bound(vm, args[3], n, stop)) return Value::exception();
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(items.size()); ++i) {
    int r = item_eq(vm, items[i], args[1]);
    if (r < 0) return Value::exception();
    if (r) return vm.make_int(i);
  }
  Value rep = vm.repr(args[1]);
  if (rep.is_exception()) return rep;
  return vm.raise_fmt(vm.types.ValueError, "%s is not in list", as_str(rep)->data);
}

Value list_count(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "count", 1)) return Value::exception();
  auto& items = as_list(args[0])->items;
  int64_t count = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    int r = item_eq(vm, items[i], args[1]);
    if (r < 0) return Value::exception();
    count += r;
  }
  return vm.make_int(count);
}

Value list_sort_method(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  LIST_SELF("sort");
  Value key;
  bool reverse;
  if (!sort_args(vm, args + 1, nargs - 1, kwnames, key, reverse)) return Value::exception();
  return list_sort(vm, self, key, reverse);
}

Value list_reverse(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "reverse", 0)) {
    return Value::exception();
  }
  auto& items = as_list(args[0])->items;
  std::reverse(items.begin(), items.end());
  return Value::none();
}

Value list_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "copy", 0)) return Value::exception();
  auto& items = as_list(args[0])->items;
  List* out = vm.new_list(items.size());
  out->items = items;
  return Value::object(out);
}

Value list_clear(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "clear", 0)) return Value::exception();
  as_list(args[0])->items.clear();
  return Value::none();
}

Value list_dunder_getitem(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "__getitem__", 1)) {
    return Value::exception();
  }
  return list_getitem(vm, args[0], args[1]);
}






Value list_dunder_reversed(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.list, "__reversed__", 0)) {
    return Value::exception();
  }
  Iterator* it = new_iterator(vm, IterKind::Reversed, args[0]);
  it->i = static_cast<int64_t>(as_list(args[0])->items.size()) - 1;
  return Value::object(it);
}



// list.__init__(self, iterable=()): what subclasses' construction runs.
Value list_init(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  LIST_SELF("__init__");
  if (!no_kwargs(vm, "list", kwnames)) return Value::exception();
  if (!check_nargs(vm, "list", nargs - 1, 0, 1)) return Value::exception();
  self->items.clear();
  if (nargs == 2 && list_extend_with(vm, self, args[1]) < 0) return Value::exception();
  return Value::none();
}

// list.__new__(cls, *args): an empty list of class cls (__init__ fills it).
Value list_new(VM& vm, Value* args, int nargs, Tuple*) {
  Type* cls = new_receiver_type(vm, args, nargs, vm.types.list);
  if (!cls) return Value::exception();
  return Value::object(vm.alloc<List>(ObjKind::List, cls));
}

Value list_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "list", kwnames)) return Value::exception();
  if (!check_nargs(vm, "list", nargs, 0, 1)) return Value::exception();
  if (nargs == 0) return Value::object(vm.new_list());
  return list_from_iterable(vm, args[0]);
}

#undef LIST_SELF

}  // namespace

Value list_repr(VM& vm, List* l) {
  if (l->items.empty()) return vm.str_value("[]");
  if (!repr_enter(vm, l)) return vm.str_value("[...]");
  std::string out = "[";
  // Index-based: an item's __repr__ may change the list.
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value r = vm.repr(l->items[i]);
    if (r.is_exception()) {
      repr_leave(vm, l);
      return r;
    }
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  repr_leave(vm, l);
  out += "]";
  return vm.str_value(out);
}

Value list_from_iterable(VM& vm, Value iterable) {
  // Exact lists and tuples only: a subclass may override __iter__.
  if (iterable.is_obj() && (iterable.as_obj()->type == vm.types.list ||
                            iterable.as_obj()->type == vm.types.tuple)) {
    Obj* o = iterable.as_obj();
    if (o->kind == ObjKind::List) {
      auto& items = static_cast<List*>(o)->items;
      List* l = vm.new_list(items.size());
      l->items = items;
      return Value::object(l);
    }
    if (o->kind == ObjKind::Tuple) {
      auto* t = static_cast<Tuple*>(o);
      List* l = vm.new_list(t->size);
      l->items.assign(t->items, t->items + t->size);
      return Value::object(l);
    }
  }
  RootScope roots(vm);
  List* l = roots.add(vm.new_list());
  if (list_extend_with(vm, l, iterable) < 0) return Value::exception();
  return Value::object(l);
}

Value list_sort(VM& vm, List* list, Value key, bool reverse) {
  RootScope roots(vm);
  roots.add(list);
  // While sorting, the list looks empty (as in CPython); the items live in
  // `holder`, which keeps them alive if comparisons run user code.
  List* holder = roots.add(vm.new_list());
  std::swap(holder->items, list->items);
  std::vector<Value>& items = holder->items;
  bool ok = true;
  if (key.is_null() || key.is_none()) {
    if (reverse) std::reverse(items.begin(), items.end());
    ok = sort_values(vm, items);
    if (reverse) std::reverse(items.begin(), items.end());
  } else {
    List* keys = roots.add(vm.new_list(items.size()));
    for (size_t i = 0; i < items.size() && ok; ++i) {
      Value k = vm.call1(key, items[i]);
      if (k.is_exception()) {
        ok = false;
      } else {
        keys->items.push_back(k);
      }
    }
    if (ok) {
      std::vector<KeyItem> pairs(items.size());
      for (size_t i = 0; i < items.size(); ++i) pairs[i] = {keys->items[i], items[i]};
      if (reverse) std::reverse(pairs.begin(), pairs.end());
      ok = sort_keyed(vm, pairs, keys->items);
      if (reverse) std::reverse(pairs.begin(), pairs.end());
      for (size_t i = 0; i < items.size(); ++i) items[i] = pairs[i].second;
    }
  }
  bool modified = !list->items.empty();
  std::swap(holder->items, list->items);
  if (!ok) return Value::exception();
  if (modified) return vm.raise(vm.types.ValueError, "list modified during sort");
  return Value::none();
}

void init_list_type(VM& vm) {
  Type* t = vm.types.list;
  t->constructor = list_constructor;
  t->slots.repr = list_repr_slot;
  t->slots.compare = list_compare;  // no hash: lists are unhashable
  t->slots.binary = list_binary;
  t->slots.sequence_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Mul);
  t->slots.inplace_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Mul);
  t->slots.length = list_length;
  t->slots.getitem = list_getitem;
  t->slots.setitem = list_setitem;
  t->slots.contains = list_contains;
  t->slots.iter = list_iter;
  add_method(vm, t, "append", list_append);
  add_method(vm, t, "extend", list_extend);
  add_method(vm, t, "insert", list_insert);
  add_method(vm, t, "pop", list_pop);
  add_method(vm, t, "remove", list_remove);
  add_method(vm, t, "index", list_index);
  add_method(vm, t, "count", list_count);
  add_method(vm, t, "sort", list_sort_method);
  add_method(vm, t, "reverse", list_reverse);
  add_method(vm, t, "copy", list_copy);
  add_method(vm, t, "clear", list_clear);
  add_method(vm, t, "__getitem__", list_dunder_getitem);
  add_method(vm, t, "__reversed__", list_dunder_reversed);
  add_method(vm, t, "__init__", list_init);
  // A plain function, not a staticmethod: construction of subclasses goes
  // through the type's constructor + __init__ (type.cpp); this is only for
  // explicit calls like list.__new__(cls).
  vm.set_global(t->dict, "__new__", Value::object(vm.new_native("__new__", list_new)));
}

}  // namespace coil::vm
