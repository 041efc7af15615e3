// tuple: the immutable sequence. repr, CPython 3.11's xxHash-based hash,
// lexicographic comparison, concatenation and repetition, indexing and
// slicing, count/index, and the constructor.
#include <string>

#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_obj()); }
bool is_tuple(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Tuple; }
bool is_exact_tuple(VM& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.types.tuple; }

Tuple* tuple_from_range(VM& vm, const Value* items, size_t n) {
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(n));
  for (size_t i = 0; i < n; ++i) t->items[i] = items[i];
  return t;
}

Value tuple_repr_slot(VM& vm, Value self) { return tuple_repr(vm, as_tuple(self)); }

// CPython 3.11's tuplehash (xxHash's round on each item hash).
bool tuple_hash(VM& vm, Value self, int64_t& out) {
  Tuple* t = as_tuple(self);
  if (t->hash != -1) {
    out = t->hash;
    return true;
  }
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (uint32_t i = 0; i < t->size; ++i) {
    int64_t h;
    if (!vm.hash(t->items[i], h)) return false;
    acc += static_cast<uint64_t>(h) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539ull);
  int64_t r = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  t->hash = r;
  out = r;
  return true;
}

Value tuple_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return vm.not_implemented;
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  Value result;
  if (sequence_compare(vm, x->items, x->size, y->items, y->size, op, result) < 0) {
    return Value::exception();
  }
  return result;
}

Value tuple_repeat(VM& vm, Value seq, Value n) {
  Tuple* t = as_tuple(seq);
  int64_t count;
  int r = sequence_repeat_count(vm, n, t->size, count);
  if (r <= 0) return r == 0 ? vm.not_implemented : Value::exception();
  if (count == 1 && is_exact_tuple(vm, seq)) return seq;
  size_t total = static_cast<size_t>(count) * t->size;
  if (total > UINT32_MAX) return vm.raise_value(Value::object(vm.types.MemoryError));
  Tuple* out = vm.new_tuple(static_cast<uint32_t>(total));
  for (size_t k = 0, pos = 0; k < static_cast<size_t>(count); ++k) {
    for (uint32_t i = 0; i < t->size; ++i) out->items[pos++] = t->items[i];
  }
  return Value::object(out);
}

Value tuple_binary(VM& vm, Value a, Value b, BinaryOp op, bool) {
  if (op == BinaryOp::Add) {
    if (!is_tuple(a) || !is_tuple(b)) return vm.not_implemented;
    Tuple* x = as_tuple(a);
    Tuple* y = as_tuple(b);
    if (y->size == 0 && is_exact_tuple(vm, a)) return a;
    if (x->size == 0 && is_exact_tuple(vm, b)) return b;
    size_t total = size_t(x->size) + y->size;
    if (total > UINT32_MAX) return vm.raise_value(Value::object(vm.types.MemoryError));
    Tuple* t = vm.new_tuple(static_cast<uint32_t>(total));
    for (uint32_t i = 0; i < x->size; ++i) t->items[i] = x->items[i];
    for (uint32_t i = 0; i < y->size; ++i) t->items[x->size + i] = y->items[i];
    return Value::object(t);
  }
  if (op == BinaryOp::Mul) {
    if (is_tuple(a)) return tuple_repeat(vm, a, b);
    if (is_tuple(b)) return tuple_repeat(vm, b, a);
  }
  return vm.not_implemented;
}

bool tuple_length(VM&, Value self, int64_t& out) {
  out = as_tuple(self)->size;
  return true;
}

Value tuple_getitem(VM& vm, Value self, Value key) {
  Tuple* t = as_tuple(self);
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_obj()), t->size, start, stop, step, n)) {
      return Value::exception();
    }
    if (step == 1 && n == t->size && is_exact_tuple(vm, self)) return self;
    Tuple* r = vm.new_tuple(static_cast<uint32_t>(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) r->items[i] = t->items[j];
    return Value::object(r);
  }
  int64_t i;
  if (!sequence_index(vm, key, t->size, "tuple", i)) return Value::exception();
  return t->items[i];
}

int tuple_contains(VM& vm, Value self, Value item) {
  Tuple* t = as_tuple(self);
  for (uint32_t i = 0; i < t->size; ++i) {
    Value x = t->items[i];
    if (x.is(item)) return 1;
    if (x.is_int() && item.is_int()) continue;
    int r = vm.eq(x, item);
    if (r != 0) return r;
  }
  return 0;
}

Value tuple_iter(VM& vm, Value self) { return Value::object(new_iterator(vm, IterKind::Seq, self)); }

// ---------------------------------------------------------------- methods

Value tuple_count(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.tuple, "count", 1)) return Value::exception();
  Tuple* t = as_tuple(args[0]);
  int64_t n = 0;
  for (uint32_t i = 0; i < t->size; ++i) {
    int r = vm.eq(t->items[i], args[1]);
    if (r < 0) return Value::exception();
    n += r;
  }
  return vm.make_int(n);
}

// The start/stop arguments of index(): clamped like slice bounds.
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

Value tuple_index(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!check_receiver(vm, args, nargs, vm.types.tuple, "index")) return Value::exception();
  if (!no_kwargs(vm, "tuple.index", kwnames)) return Value::exception();
  if (!check_nargs(vm, "index", nargs - 1, 1, 3)) return Value::exception();
  Tuple* t = as_tuple(args[0]);
  int64_t start = 0, stop = t->size;
  if (nargs > 2 && !index_bound(vm, args[2], t->size, start)) return Value::exception();
  if (nargs > 3 && !index_bound(vm, args[3], t->size, stop)) return Value::exception();
  if (stop > static_cast<int64_t>(t->size)) stop = t->size;
  for (int64_t i = start; i < stop; ++i) {
    int r = vm.eq(t->items[i], args[1]);
    if (r < 0) return Value::exception();
    if (r) return vm.make_int(i);
  }
  return vm.raise(vm.types.ValueError, "tuple.index(x): x not in tuple");
}






Value tuple_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "tuple", kwnames)) return Value::exception();
  if (!check_nargs(vm, "tuple", nargs, 0, 1)) return Value::exception();
  if (nargs == 0) return Value::object(vm.empty_tuple);
  return tuple_from_iterable(vm, args[0]);
}

// tuple.__new__(cls, iterable=()): how subclasses (namedtuple) are built.
Value tuple_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Type* cls = new_receiver_type(vm, args, nargs, vm.types.tuple);
  if (!cls) return Value::exception();
  Value items = Value::object(vm.empty_tuple);
  if (kwnames && kwnames->size) {
    // Only `iterable=` by keyword, as CPython.
    if (kwnames->size != 1 || as_str(kwnames->items[0])->view() != "iterable" || nargs > 1) {
      return vm.raise(vm.types.TypeError, "tuple() takes no keyword arguments");
    }
    items = args[nargs];
  } else {
    if (!check_nargs(vm, "tuple", nargs - 1, 0, 1)) return Value::exception();
    if (nargs == 2) items = args[1];
  }
  Value t = tuple_from_iterable(vm, items);
  if (t.is_exception() || cls == vm.types.tuple) return t;
  Tuple* src = as_tuple(t);
  auto* r = vm.alloc<Tuple>(ObjKind::Tuple, cls, sizeof(Value) * src->size);
  r->hash = -1;
  r->size = src->size;
  for (uint32_t i = 0; i < src->size; ++i) r->items[i] = src->items[i];
  return Value::object(r);
}

}  // namespace

Value tuple_repr(VM& vm, Tuple* t) {
  if (t->size == 0) return vm.str_value("()");
  if (!repr_enter(vm, t)) return vm.str_value("(...)");
  std::string out = "(";
  for (uint32_t i = 0; i < t->size; ++i) {
    Value r = vm.repr(t->items[i]);
    if (r.is_exception()) {
      repr_leave(vm, t);
      return r;
    }
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  repr_leave(vm, t);
  out += t->size == 1 ? ",)" : ")";
  return vm.str_value(out);
}

Value tuple_from_iterable(VM& vm, Value iterable) {
  if (is_exact_tuple(vm, iterable)) return iterable;
  if (iterable.is_obj() && iterable.as_obj()->kind == ObjKind::List) {
    auto& items = static_cast<List*>(iterable.as_obj())->items;
    return Value::object(tuple_from_range(vm, items.data(), items.size()));
  }
  std::vector<Value> items;
  if (!vm.unpack_iterable(iterable, items)) return Value::exception();
  if (items.size() > UINT32_MAX) return vm.raise_value(Value::object(vm.types.MemoryError));
  return Value::object(tuple_from_range(vm, items.data(), items.size()));
}

void init_tuple_type(VM& vm) {
  Type* t = vm.types.tuple;
  t->constructor = tuple_constructor;
  t->slots.repr = tuple_repr_slot;
  t->slots.hash = tuple_hash;
  t->slots.compare = tuple_compare;
  t->slots.binary = tuple_binary;
  t->slots.sequence_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Mul);
  t->slots.length = tuple_length;
  t->slots.getitem = tuple_getitem;
  t->slots.contains = tuple_contains;
  t->slots.iter = tuple_iter;
  add_method(vm, t, "count", tuple_count);
  add_method(vm, t, "index", tuple_index);
  auto* sm = vm.alloc<StaticMethod>(ObjKind::StaticMethod, vm.types.staticmethod);
  sm->func = Value::object(vm.new_native("__new__", tuple_new));
  vm.set_global(t->dict, "__new__", Value::object(sm));
}

}  // namespace coil::vm
