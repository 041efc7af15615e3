// bytearray: the mutable byte string. Its bytes live in a std::string, so
// appends are amortised and slice assignment of equal size (the sieve's
// `flags[i*i::i] = b"\x00" * k`) writes in place. The methods it shares with
// bytes are in bytes_methods.cpp.
#include <algorithm>
#include <cstring>
#include <string>

#include "vm/objects/bytes_format.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

ByteArray* bytearray_new(VM& vm, std::string_view data) {
  auto* b = vm.alloc<ByteArray>(ObjKind::ByteArray, vm.types.bytearray);
  new (&b->data) std::string(data);
  return b;
}

namespace {

ByteArray* self_array(VM& vm, Value* args, int nargs, const char* name) {
  if (!check_receiver(vm, args, nargs, vm.types.bytearray, name)) return nullptr;
  return as_bytearray(args[0]);
}

// An int in range(0, 256) given to append/insert/item assignment.
bool byte_value(VM& vm, Value v, char& out) {
  if (!is_int_value(v) && vm.lookup_type(vm.type_of(v), vm.names.__index__).is_null()) {
    vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(vm, v));
    return false;
  }
  int64_t x;
  if (!vm.index_value(v, x, true)) return false;
  if (x < 0 || x > 255) {
    vm.raise(vm.types.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  out = static_cast<char>(x);
  return true;
}

// Fills `out` from bytearray()'s arguments (also __init__'s).
bool init_data(VM& vm, Value* args, int nargs, Tuple* kwnames, std::string& out) {
  Value a[3];
  if (!parse_args(vm, "bytearray", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a)) {
    return false;
  }
  Value src = a[0];
  std::string_view unused;
  if (!str_param(vm, "bytearray", "encoding", a[1], unused) || !str_param(vm, "bytearray", "errors", a[2], unused)) {
    return false;
  }
  if (src.is_null()) {
    if (!a[1].is_null() || !a[2].is_null()) {
      vm.raise(vm.types.TypeError, a[1].is_null() ? "errors without a string argument"
                                                   : "encoding without a string argument");
      return false;
    }
    out.clear();
    return true;
  }
  if (is_str(src)) {
    if (a[1].is_null()) {
      vm.raise(vm.types.TypeError, "string argument without an encoding");
      return false;
    }
    std::string codec = codec_lookup(as_str(a[1])->view());
    if (codec.empty()) {
      raise_unknown_codec(vm, as_str(a[1])->view(), true);
      return false;
    }
    Value b = codec_encode(vm, as_str(src), codec, a[2].is_null() ? "strict" : as_str(a[2])->view());
    if (b.is_exception()) return false;
    out.assign(as_bytes(b)->view());
    return true;
  }
  if (!a[1].is_null()) {
    vm.raise(vm.types.TypeError, "encoding without a string argument");
    return false;
  }
  if (!a[2].is_null()) {
    vm.raise(vm.types.TypeError, "errors without a string argument");
    return false;
  }
  return bytes_from_source(vm, src, "bytearray", out);
}

Value bytearray_make(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string data;
  if (!init_data(vm, args, nargs, kwnames, data)) return Value::exception();
  ByteArray* b = bytearray_new(vm, "");
  b->data = std::move(data);
  return Value::object(b);
}

// bytearray.__new__(cls, *args, **kwargs): an empty bytearray of class cls;
// __init__ fills it (CPython's tp_new is the generic one).
Value bytearray_dunder_new(VM& vm, Value* args, int nargs, Tuple*) {
  Type* cls = new_receiver_type(vm, args, nargs, vm.types.bytearray);
  if (!cls) return Value::exception();
  ByteArray* b = bytearray_new(vm, "");
  b->type = cls;
  return Value::object(b);
}

Value bytearray_init(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* self = self_array(vm, args, nargs, "__init__");
  if (!self) return Value::exception();
  std::string data;
  if (!init_data(vm, args + 1, nargs - 1, kwnames, data)) return Value::exception();
  self->data = std::move(data);
  return Value::none();
}

// ---------------------------------------------------------------- slots

Value bytearray_repr_slot(VM& vm, Value self) {
  std::string out = type_name(vm, self);
  out += '(';
  out += bytes_repr_text(as_bytearray(self)->view(), /*escape_single=*/true);
  out += ')';
  return vm.str_value(out);
}

Value bytearray_compare_slot(VM& vm, Value a, Value b, CompareOp op) {
  std::string_view x, y;
  if (!bytes_like(a, x) || !bytes_like(b, y)) return vm.not_implemented;
  int c = x.compare(y);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

// Whether `n` can be a repeat count (an int or __index__).
bool is_count(VM& vm, Value n) {
  return is_int_value(n) || !vm.lookup_type(vm.type_of(n), vm.names.__index__).is_null();
}

Value bytearray_binary_slot(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  if (op == BinaryOp::Add) {
    if (!is_bytearray(a)) return vm.not_implemented;  // bytes + bytearray: bytes handles it
    std::string_view other;
    if (!bytes_like(b, other)) {
      return vm.raise_fmt(vm.types.TypeError, "can't concat %s to %s", type_name(vm, b),
                          type_name(vm, a));
    }
    if (inplace) {
      std::string copy(other);  // b may be a itself
      as_bytearray(a)->data += copy;
      return a;
    }
    std::string out(as_bytearray(a)->view());
    out += other;
    return Value::object(bytearray_new(vm, out));
  }
  if (op == BinaryOp::Mod && is_bytearray(a)) {
    // The format is copied: a __bytes__ or __index__ call may change the bytearray.
    std::string fmt(as_bytearray(a)->view()), out;
    if (!bytes_percent_format(vm, fmt, b, out)) return Value::exception();
    return Value::object(bytearray_new(vm, out));
  }
  if (op == BinaryOp::Mul) {
    Value seq = is_bytearray(a) ? a : b, n = is_bytearray(a) ? b : a;
    if (!is_bytearray(seq)) return vm.not_implemented;
    int64_t count;
    if (!is_count(vm, n)) {
      if (inplace || is_bytearray(a)) {
        return vm.raise_fmt(vm.types.TypeError, "can't multiply sequence by non-int of type '%s'",
                            type_name(vm, n));
      }
      return vm.not_implemented;
    }
    if (!vm.index_value(n, count, true)) return Value::exception();
    ByteArray* s = as_bytearray(seq);
    if (count <= 0 || s->data.empty()) count = 0;
    if (count > 0 && static_cast<uint64_t>(count) > (UINT32_MAX - 1) / s->data.size()) {
      return vm.raise_value(Value::object(vm.types.MemoryError));
    }
    std::string out;
    out.reserve(s->data.size() * count);
    for (int64_t i = 0; i < count; ++i) out += s->data;
    if (inplace && is_bytearray(a)) {
      s->data = std::move(out);
      return a;
    }
    return Value::object(bytearray_new(vm, out));
  }
  return vm.not_implemented;
}

bool bytearray_length_slot(VM&, Value self, int64_t& out) {
  out = static_cast<int64_t>(as_bytearray(self)->data.size());
  return true;
}

Value bytearray_getitem_slot(VM& vm, Value self, Value key) {
  ByteArray* b = as_bytearray(self);
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_obj()), b->data.size(), start, stop, step,
                       n)) {
      return Value::exception();
    }
    if (step == 1) return Value::object(bytearray_new(vm, b->view().substr(start, n)));
    std::string out;
    out.reserve(n);
    for (int64_t k = 0, i = start; k < n; ++k, i += step) out += b->data[i];
    return Value::object(bytearray_new(vm, out));
  }
  if (!is_int_value(key) && vm.lookup_type(vm.type_of(key), vm.names.__index__).is_null()) {
    return vm.raise_fmt(vm.types.TypeError, "bytearray indices must be integers or slices, not %s",
                        type_name(vm, key));
  }
  int64_t i;
  if (!sequence_index(vm, key, b->data.size(), "bytearray", i)) return Value::exception();
  return Value::small_int(static_cast<unsigned char>(b->data[i]));
}

// The bytes a slice assignment puts in: bytes-like or an iterable of ints.
bool slice_source(VM& vm, Value value, std::string& out) {
  std::string_view d;
  if (bytes_like(value, d)) {
    out.assign(d);
    return true;
  }
  if (is_int_value(value) || is_str(value)) {
    vm.raise(vm.types.TypeError,
             "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  Type* t = vm.type_of(value);
  if (!t->slots.iter && !t->slots.getitem) {
    vm.raise(vm.types.TypeError,
             "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_from_source(vm, value, "bytearray", out);
}

int bytearray_setitem_slot(VM& vm, Value self, Value key, Value value) {
  ByteArray* b = as_bytearray(self);
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    std::string src;
    if (!value.is_null() && !slice_source(vm, value, src)) return -1;
    int64_t start, stop, step, n;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_obj()), b->data.size(), start, stop, step,
                       n)) {
      return -1;
    }
    std::string& data = b->data;
    if (step == 1) {
      if (stop < start) stop = start;
      data.replace(start, stop - start, src);
      return 0;
    }
    if (value.is_null()) {
      // Deleting an extended slice: keep the bytes not on it.
      std::string kept;
      kept.reserve(data.size() - n);
      int64_t lo = step > 0 ? start : start + (n - 1) * step;
      int64_t s = step > 0 ? step : -step;
      for (int64_t i = 0; i < static_cast<int64_t>(data.size()); ++i) {
        bool on = n > 0 && i >= lo && (i - lo) % s == 0 && (i - lo) / s < n;
        if (!on) kept += data[i];
      }
      data = std::move(kept);
      return 0;
    }
    if (static_cast<int64_t>(src.size()) != n) {
      vm.raise_fmt(vm.types.ValueError,
                   "attempt to assign bytes of size %zu to extended slice of size %lld",
                   src.size(), static_cast<long long>(n));
      return -1;
    }
    char* p = data.data();
    for (int64_t k = 0, i = start; k < n; ++k, i += step) p[i] = src[k];
    return 0;
  }
  if (!is_int_value(key) && vm.lookup_type(vm.type_of(key), vm.names.__index__).is_null()) {
    vm.raise_fmt(vm.types.TypeError, "bytearray indices must be integers or slices, not %s",
                 type_name(vm, key));
    return -1;
  }
  char c = 0;
  if (!value.is_null() && !byte_value(vm, value, c)) return -1;
  int64_t i;
  if (!sequence_index(vm, key, b->data.size(), "bytearray", i)) return -1;
  if (value.is_null()) {
    b->data.erase(i, 1);
  } else {
    b->data[i] = c;
  }
  return 0;
}

int bytearray_contains_slot(VM& vm, Value self, Value item) {
  std::string_view sub;
  if (bytes_like(item, sub)) {
    std::string copy(sub);
    return as_bytearray(self)->view().find(copy) != std::string_view::npos;
  }
  if (!is_int_value(item) && vm.lookup_type(vm.type_of(item), vm.names.__index__).is_null()) {
    vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'",
                 type_name(vm, item));
    return -1;
  }
  int64_t v;
  if (!vm.index_value(item, v, true)) return -1;
  if (v < 0 || v > 255) {
    vm.raise(vm.types.ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  return as_bytearray(self)->view().find(static_cast<char>(v)) != std::string_view::npos;
}

Value bytearray_iter_slot(VM& vm, Value self) { return make_seq_iterator(vm, self); }


// ---------------------------------------------------------------- mutating methods

Value ba_append(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* b = self_array(vm, args, nargs, "append");
  if (!b || !positional_args(vm, "bytearray.append", nargs - 1, kwnames, 1, 1)) {
    return Value::exception();
  }
  char c;
  if (!byte_value(vm, args[1], c)) return Value::exception();
  b->data += c;
  return Value::none();
}

Value ba_extend(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* b = self_array(vm, args, nargs, "extend");
  if (!b || !positional_args(vm, "bytearray.extend", nargs - 1, kwnames, 1, 1)) {
    return Value::exception();
  }
  Value src = args[1];
  if (is_str(src)) {
    if (as_str(src)->size == 0) return Value::none();
    return vm.raise(vm.types.TypeError, "'str' object cannot be interpreted as an integer");
  }
  Type* t = vm.type_of(src);
  std::string_view direct;
  if (!bytes_like(src, direct) && !t->slots.iter && !t->slots.getitem) {
    return vm.raise_fmt(vm.types.TypeError, "can't extend bytearray with %s", t->name->data);
  }
  std::string more;
  if (!bytes_from_source(vm, src, "bytearray", more)) return Value::exception();
  b->data += more;
  return Value::none();
}

Value ba_pop(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* b = self_array(vm, args, nargs, "pop");
  if (!b || !positional_args(vm, "bytearray.pop", nargs - 1, kwnames, 0, 1)) {
    return Value::exception();
  }
  int64_t i = -1;
  if (nargs > 1) {
    if (!is_int_value(args[1]) &&
        vm.lookup_type(vm.type_of(args[1]), vm.names.__index__).is_null()) {
      return vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                          type_name(vm, args[1]));
    }
    if (!vm.index_value(args[1], i)) return Value::exception();
  }
  int64_t n = static_cast<int64_t>(b->data.size());
  if (n == 0) return vm.raise(vm.types.IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.types.IndexError, "pop index out of range");
  auto c = static_cast<unsigned char>(b->data[i]);
  b->data.erase(i, 1);
  return Value::small_int(c);
}

Value ba_insert(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* b = self_array(vm, args, nargs, "insert");
  if (!b || !positional_args(vm, "bytearray.insert", nargs - 1, kwnames, 2, 2)) {
    return Value::exception();
  }
  if (!is_int_value(args[1]) && vm.lookup_type(vm.type_of(args[1]), vm.names.__index__).is_null()) {
    return vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                        type_name(vm, args[1]));
  }
  int64_t i;
  if (!vm.index_value(args[1], i, true)) return Value::exception();
  char c;
  if (!byte_value(vm, args[2], c)) return Value::exception();
  int64_t n = static_cast<int64_t>(b->data.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  b->data.insert(b->data.begin() + i, c);
  return Value::none();
}

Value ba_remove(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* b = self_array(vm, args, nargs, "remove");
  if (!b || !positional_args(vm, "bytearray.remove", nargs - 1, kwnames, 1, 1)) {
    return Value::exception();
  }
  char c;
  if (!byte_value(vm, args[1], c)) return Value::exception();
  size_t p = b->data.find(c);
  if (p == std::string::npos) return vm.raise(vm.types.ValueError, "value not found in bytearray");
  b->data.erase(p, 1);
  return Value::none();
}

Value ba_reverse(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* b = self_array(vm, args, nargs, "reverse");
  if (!b || !positional_args(vm, "bytearray.reverse", nargs - 1, kwnames, 0, 0)) {
    return Value::exception();
  }
  std::reverse(b->data.begin(), b->data.end());
  return Value::none();
}

Value ba_clear(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* b = self_array(vm, args, nargs, "clear");
  if (!b || !positional_args(vm, "bytearray.clear", nargs - 1, kwnames, 0, 0)) {
    return Value::exception();
  }
  b->data.clear();
  return Value::none();
}

Value ba_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ByteArray* b = self_array(vm, args, nargs, "copy");
  if (!b || !positional_args(vm, "bytearray.copy", nargs - 1, kwnames, 0, 0)) {
    return Value::exception();
  }
  return Value::object(bytearray_new(vm, b->view()));
}

}  // namespace

void init_bytearray_type(VM& vm) {
  Type* t = vm.types.bytearray;
  t->constructor = bytearray_make;
  TypeSlots& s = t->slots;
  s.repr = bytearray_repr_slot;
  s.str = bytearray_repr_slot;
  s.compare = bytearray_compare_slot;  // and no hash: unhashable
  s.binary = bytearray_binary_slot;
  s.sequence_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Mul);
  s.inplace_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Mul);
  s.number_ops = op_bit(BinaryOp::Mod);
  s.length = bytearray_length_slot;
  s.getitem = bytearray_getitem_slot;
  s.setitem = bytearray_setitem_slot;
  s.contains = bytearray_contains_slot;
  s.iter = bytearray_iter_slot;
  add_bytes_methods(vm, t);
  add_static_method(vm, t, "__new__", bytearray_dunder_new);
  add_method(vm, t, "__init__", bytearray_init);
  add_method(vm, t, "append", ba_append);
  add_method(vm, t, "extend", ba_extend);
  add_method(vm, t, "pop", ba_pop);
  add_method(vm, t, "insert", ba_insert);
  add_method(vm, t, "remove", ba_remove);
  add_method(vm, t, "reverse", ba_reverse);
  add_method(vm, t, "clear", ba_clear);
  add_method(vm, t, "copy", ba_copy);
}

}  // namespace coil::vm
