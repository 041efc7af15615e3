// range: an immutable arithmetic sequence of int64 values. Arithmetic
// contains/index/count for ints, slicing to a new range, CPython's hash and
// equality, and the iterator the interpreter's FOR_ITER runs inline.
// Limitation: bounds and lengths must fit in int64 (CPython allows any int);
// beyond that the constructor raises OverflowError.
#include <string>

#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

Range* as_range(Value v) { return static_cast<Range*>(v.as_obj()); }
bool is_range(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Range; }

// Number of values, or -1 when it does not fit int64.
int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  __int128 lo = start, hi = stop, st = step;
  __int128 n = 0;
  if (st > 0 && lo < hi) n = (hi - lo - 1) / st + 1;
  if (st < 0 && lo > hi) n = (lo - hi - 1) / (-st) + 1;
  if (n > INT64_MAX) return -1;
  return static_cast<int64_t>(n);
}

Value new_range(VM& vm, int64_t start, int64_t stop, int64_t step) {
  int64_t n = range_length(start, stop, step);
  if (n < 0) return vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
  auto* r = vm.alloc<Range>(ObjKind::Range, vm.types.range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = n;
  return Value::object(r);
}

// The value at index i (0 <= i < length).
int64_t range_at(const Range* r, int64_t i) {
  return static_cast<int64_t>(static_cast<__int128>(r->start) + static_cast<__int128>(i) * r->step);
}

bool range_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_int()) {
    out = v.as_int();
    return true;
  }
  if (vm.index_value(v, out)) return true;
  if (vm.pending_is(vm.types.IndexError)) {
    vm.pending = Value::null();
    vm.raise(vm.types.OverflowError, "range() arguments beyond 64 bits are not supported");
  }
  return false;
}

Value range_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "range", kwnames)) return Value::exception();
  if (!check_nargs(vm, "range", nargs, 1, 3)) return Value::exception();
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) {
    if (!range_arg(vm, args[0], stop)) return Value::exception();
  } else {
    if (!range_arg(vm, args[0], start) || !range_arg(vm, args[1], stop)) return Value::exception();
    if (nargs == 3) {
      if (!range_arg(vm, args[2], step)) return Value::exception();
      if (step == 0) return vm.raise(vm.types.ValueError, "range() arg 3 must not be zero");
    }
  }
  return new_range(vm, start, stop, step);
}

Value range_repr(VM& vm, Value self) {
  Range* r = as_range(self);
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  s += ")";
  return vm.str_value(s);
}

// CPython: hash((len, start, step)) with start/step None when irrelevant.
bool range_hash(VM& vm, Value self, int64_t& out) {
  Range* r = as_range(self);
  Value start = Value::none(), step = Value::none();
  if (r->length > 0) {
    start = vm.make_int(r->start);
    if (r->length > 1) step = vm.make_int(r->step);
  }
  Tuple* t = vm.tuple_of({vm.make_int(r->length), start, step});
  return vm.hash(Value::object(t), out);
}

bool range_equal(const Range* a, const Range* b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->length == 0) return true;
  if (a->start != b->start) return false;
  return a->length == 1 || a->step == b->step;
}

Value range_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_range(a) || !is_range(b)) return vm.not_implemented;
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  bool eq = range_equal(as_range(a), as_range(b));
  return Value::boolean(op == CompareOp::Eq ? eq : !eq);
}

// range has its own __bool__ (CPython's nb_bool), true when not empty.
static int range_truthy(VM&, Value self) {
  auto* r = static_cast<Range*>(self.as_obj());
  return r->length != 0;
}

bool range_length_slot(VM&, Value self, int64_t& out) {
  out = as_range(self)->length;
  return true;
}

Value range_getitem(VM& vm, Value self, Value key) {
  Range* r = as_range(self);
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_obj()), r->length, start, stop, step, n)) {
      return Value::exception();
    }
    __int128 s0 = static_cast<__int128>(r->start) + static_cast<__int128>(start) * r->step;
    __int128 s1 = static_cast<__int128>(r->start) + static_cast<__int128>(stop) * r->step;
    __int128 st = static_cast<__int128>(r->step) * step;
    if (s0 < INT64_MIN || s0 > INT64_MAX || s1 < INT64_MIN || s1 > INT64_MAX ||
        st < INT64_MIN || st > INT64_MAX) {
      return vm.raise(vm.types.OverflowError, "range() arguments beyond 64 bits are not supported");
    }
    return new_range(vm, static_cast<int64_t>(s0), static_cast<int64_t>(s1),
                     static_cast<int64_t>(st));
  }
  int64_t i;
  if (!sequence_index(vm, key, r->length, "range object", i)) {
    if (vm.pending_is(vm.types.TypeError)) {
      vm.pending = Value::null();
      vm.raise_fmt(vm.types.TypeError, "range indices must be integers or slices, not %s",
                   type_name(vm, key));
    }
    return Value::exception();
  }
  return vm.make_int(range_at(r, i));
}

// For an int value: its index in the range, or -1 when absent.
// `known` is false when v is not an int (generic search needed).
int64_t int_position(const Range* r, Value v, bool& known) {
  known = true;
  int64_t x;
  if (v.is_int()) {
    x = v.as_int();
  } else if (v.is_bool()) {
    x = v.as_bool();
  } else if (v.is_obj() && v.as_obj()->kind == ObjKind::BigInt) {
    auto* b = static_cast<BigInt*>(v.as_obj());
    if (!b->to_int64(x)) return -1;
  } else {
    known = false;
    return -1;
  }
  if (r->length == 0) return -1;
  __int128 d = static_cast<__int128>(x) - r->start;
  if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
  if (d % r->step != 0) return -1;
  return static_cast<int64_t>(d / r->step);
}

// Generic search by ==: the first index, -1 absent, -2 error.
int64_t generic_position(VM& vm, const Range* r, Value v, int64_t* count) {
  int64_t found = -1;
  for (int64_t i = 0; i < r->length; ++i) {
    int e = vm.eq(vm.make_int(range_at(r, i)), v);
    if (e < 0) return -2;
    if (e) {
      if (!count) return i;
      if (found < 0) found = i;
      ++*count;
    }
  }
  return found;
}

int range_contains(VM& vm, Value self, Value item) {
  Range* r = as_range(self);
  bool known;
  int64_t pos = int_position(r, item, known);
  if (known) return pos >= 0;
  int64_t g = generic_position(vm, r, item, nullptr);
  return g == -2 ? -1 : g >= 0;
}

// An iterator from `first` by `step` for `n` values. Ranges whose values all
// fit small ints get IterKind::Range, which the interpreter's FOR_ITER runs
// inline; others LongRange.
Value range_iterator(VM& vm, int64_t first, int64_t step, int64_t n) {
  int64_t last = n > 0 ? static_cast<int64_t>(first + static_cast<__int128>(n - 1) * step) : first;
  bool small = Value::fits_small_int(first) && Value::fits_small_int(last);
  Iterator* it = new_iterator(vm, small ? IterKind::Range : IterKind::LongRange, Value::none());
  it->i = first;
  it->n = n;
  it->j = step;
  return Value::object(it);
}

Value range_iter(VM& vm, Value self) {
  Range* r = as_range(self);
  return range_iterator(vm, r->start, r->step, r->length);
}

Value range_getattr(VM& vm, Value self, Str* name) {
  Range* r = as_range(self);
  std::string_view n = name->view();
  if (n == "start") return vm.make_int(r->start);
  if (n == "stop") return vm.make_int(r->stop);
  if (n == "step") return vm.make_int(r->step);
  return generic_getattr(vm, self, name, true);
}

int range_setattr(VM& vm, Value self, Str* name, Value) {
  std::string_view n = name->view();
  if (n == "start" || n == "stop" || n == "step") {
    vm.raise(vm.types.AttributeError, "readonly attribute");
    return -1;
  }
  raise_attribute_error(vm, self, name);
  return -1;
}

// ---------------------------------------------------------------- methods

Value range_count(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.range, "count", 1)) return Value::exception();
  Range* r = as_range(args[0]);
  bool known;
  int64_t pos = int_position(r, args[1], known);
  if (known) return Value::small_int(pos >= 0 ? 1 : 0);
  int64_t count = 0;
  if (generic_position(vm, r, args[1], &count) == -2) return Value::exception();
  return vm.make_int(count);
}

Value range_index(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.range, "index", 1)) return Value::exception();
  Range* r = as_range(args[0]);
  bool known;
  int64_t pos = int_position(r, args[1], known);
  if (known) {
    if (pos >= 0) return vm.make_int(pos);
    Value rep = vm.repr(args[1]);
    if (rep.is_exception()) return rep;
    return vm.raise_fmt(vm.types.ValueError, "%s is not in range", as_str(rep)->data);
  }
  int64_t g = generic_position(vm, r, args[1], nullptr);
  if (g == -2) return Value::exception();
  if (g < 0) return vm.raise(vm.types.ValueError, "sequence.index(x): x not in sequence");
  return vm.make_int(g);
}

Value range_dunder_reversed(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.range, "__reversed__", 0)) {
    return Value::exception();
  }
  Range* r = as_range(args[0]);
  if (r->step == INT64_MIN) {
    return vm.raise(vm.types.OverflowError, "range() arguments beyond 64 bits are not supported");
  }
  return range_iterator(vm, r->length ? range_at(r, r->length - 1) : r->start, -r->step, r->length);
}





}  // namespace

void init_range_type(VM& vm) {
  Type* t = vm.types.range;
  t->constructor = range_constructor;
  t->slots.repr = range_repr;
  t->slots.hash = range_hash;
  t->slots.compare = range_compare;
  t->slots.length = range_length_slot;
  t->slots.truthy = range_truthy;
  t->slots.getitem = range_getitem;
  t->slots.contains = range_contains;
  t->slots.iter = range_iter;
  t->slots.getattr = range_getattr;
  t->slots.setattr = range_setattr;
  add_method(vm, t, "count", range_count);
  add_method(vm, t, "index", range_index);
  add_method(vm, t, "__reversed__", range_dunder_reversed);
}

}  // namespace coil::vm
