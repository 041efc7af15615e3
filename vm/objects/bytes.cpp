// bytes: immutable byte strings (a deliberately small subset of CPython's
// bytes). The text codecs are in vm/objects/codecs.cpp.
#include <algorithm>
#include <cstring>
#include <string>

#include "vm/objects/bytes_format.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

const char kHex[] = "0123456789abcdef";

}  // namespace

// ---------------------------------------------------------------- bytes objects

Bytes* bytes_new(VM& vm, std::string_view data) {
  auto* b = vm.alloc<Bytes>(ObjKind::Bytes, vm.types.bytes, data.size() + 1);
  b->hash = -1;
  b->size = static_cast<uint32_t>(data.size());
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  b->data[data.size()] = '\0';
  return b;
}

std::string bytes_repr_text(std::string_view data, bool escape_single) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (escape_single && c == '\'')) {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

namespace {

Value bytes_value(VM& vm, std::string_view data) { return Value::object(bytes_new(vm, data)); }

Value bytes_repr_slot(VM& vm, Value self) {
  return str_from_utf8(vm, bytes_repr_text(as_bytes(self)->view()));
}

bool bytes_hash_slot(VM&, Value self, int64_t& out) {
  Bytes* b = as_bytes(self);
  if (b->hash == -1) {
    // FNV-1a, mixed (as str_hash).
    uint64_t h = 1469598103934665603ull;
    for (uint32_t i = 0; i < b->size; ++i) {
      h ^= static_cast<unsigned char>(b->data[i]);
      h *= 1099511628211ull;
    }
    h ^= h >> 29;
    int64_t r = static_cast<int64_t>(h >> 1);
    b->hash = r == -1 ? -2 : r;
  }
  out = b->hash;
  return true;
}

Value bytes_compare_slot(VM& vm, Value a, Value b, CompareOp op) {
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

Value bytes_repeat(VM& vm, Bytes* b, Value count) {
  if (!is_int_value(count)) return vm.not_implemented;
  int64_t n;
  if (!vm.index_value(count, n)) return Value::exception();
  if (n <= 0 || b->size == 0) return bytes_value(vm, "");
  if (static_cast<uint64_t>(n) > (UINT32_MAX - 1) / b->size) {
    return vm.raise_value(Value::object(vm.types.MemoryError));
  }
  std::string out;
  out.reserve(b->size * n);
  for (int64_t i = 0; i < n; ++i) out += b->view();
  return bytes_value(vm, out);
}

Value bytes_binary_slot(VM& vm, Value a, Value b, BinaryOp op, bool) {
  if (op == BinaryOp::Add && is_bytes(a)) {
    std::string_view other;
    if (!bytes_like(b, other)) {
      return vm.raise_fmt(vm.types.TypeError, "can't concat %s to bytes", type_name(vm, b));
    }
    std::string out(as_bytes(a)->view());
    out += other;
    return bytes_value(vm, out);
  }
  if (op == BinaryOp::Mul) {
    if (is_bytes(a)) return bytes_repeat(vm, as_bytes(a), b);
    if (is_bytes(b)) return bytes_repeat(vm, as_bytes(b), a);
  }
  if (op == BinaryOp::Mod && is_bytes(a)) {
    std::string out;
    if (!bytes_percent_format(vm, as_bytes(a)->view(), b, out)) return Value::exception();
    return bytes_value(vm, out);
  }
  return vm.not_implemented;
}

bool bytes_length_slot(VM&, Value self, int64_t& out) {
  out = as_bytes(self)->size;
  return true;
}

Value bytes_getitem_slot(VM& vm, Value self, Value key) {
  Bytes* b = as_bytes(self);
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_obj()), b->size, start, stop, step, n)) {
      return Value::exception();
    }
    std::string out;
    for (int64_t k = 0, i = start; k < n; ++k, i += step) out += b->data[i];
    return bytes_value(vm, out);
  }
  if (!is_int_value(key)) {
    return vm.raise_fmt(vm.types.TypeError, "byte indices must be integers or slices, not %s",
                        type_name(vm, key));
  }
  int64_t i;
  if (!vm.index_value(key, i)) return Value::exception();
  if (i < 0) i += b->size;
  if (i < 0 || i >= static_cast<int64_t>(b->size)) {
    return vm.raise(vm.types.IndexError, "index out of range");
  }
  return Value::small_int(static_cast<unsigned char>(b->data[i]));
}

int bytes_contains_slot(VM& vm, Value self, Value item) {
  std::string_view data = as_bytes(self)->view(), sub;
  if (bytes_like(item, sub)) return data.find(sub) != std::string_view::npos;
  if (!is_int_value(item)) {
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
  return data.find(static_cast<char>(v)) != std::string_view::npos;
}

Value bytes_iter_slot(VM& vm, Value self) { return make_seq_iterator(vm, self); }


// bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]).
}  // namespace

bool bytes_from_source(VM& vm, Value src, const char* tname, std::string& out) {
  std::string_view data;
  if (bytes_like(src, data)) {
    out.assign(data);
    return true;
  }
  if (src.is_obj() && src.as_obj()->kind == ObjKind::MemoryView) {
    return memoryview_to_bytes(vm, src, out);  // strided or released
  }
  if (is_int_value(src)) {
    int64_t n;
    if (!vm.index_value(src, n)) return false;
    if (n < 0) {
      vm.raise(vm.types.ValueError, "negative count");
      return false;
    }
    if (n >= static_cast<int64_t>(UINT32_MAX)) {
      vm.raise_value(Value::object(vm.types.MemoryError));
      return false;
    }
    out.assign(static_cast<size_t>(n), '\0');
    return true;
  }
  Type* t = vm.type_of(src);
  if (is_str(src) || (!t->slots.iter && !t->slots.getitem)) {
    vm.raise_fmt(vm.types.TypeError, "cannot convert '%s' object to %s", t->name->data, tname);
    return false;
  }
  // bytes says "bytes must be in range", bytearray "byte must be in range".
  const char* range_msg = std::string_view(tname) == "bytes" ? "bytes must be in range(0, 256)"
                                                             : "byte must be in range(0, 256)";
  auto add = [&](Value v) {
    if (!is_int_value(v) && vm.lookup_type(vm.type_of(v), vm.names.__index__).is_null()) {
      vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name(vm, v));
      return false;
    }
    int64_t x;
    if (!vm.index_value(v, x, true)) return false;
    if (x < 0 || x > 255) {
      vm.raise(vm.types.ValueError, range_msg);
      return false;
    }
    out += static_cast<char>(x);
    return true;
  };
  if (src.is_obj() && src.as_obj()->kind == ObjKind::List) {
    auto& items = static_cast<List*>(src.as_obj())->items;
    out.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
      if (!add(items[i])) return false;
    }
    return true;
  }
  RootScope roots(vm);
  Value list = list_from_iterable(vm, src);
  if (list.is_exception()) return false;
  roots.add(list);
  auto& items = static_cast<List*>(list.as_obj())->items;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (!add(items[i])) return false;
  }
  return true;
}

namespace {

Value bytes_make(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(vm, "bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a)) {
    return Value::exception();
  }
  Value src = a[0];
  if (src.is_null()) {
    if (!a[1].is_null() || !a[2].is_null()) {
      return vm.raise(vm.types.TypeError, a[1].is_null() ? "errors without a string argument"
                                                         : "encoding without a string argument");
    }
    return bytes_value(vm, "");
  }
  if (is_str(src)) {
    if (a[1].is_null()) return vm.raise(vm.types.TypeError, "string argument without an encoding");
    std::string_view encoding, errors = "strict";
    if (!str_param(vm, "bytes", "encoding", a[1], encoding)) return Value::exception();
    if (!str_param(vm, "bytes", "errors", a[2], errors)) return Value::exception();
    std::string codec = codec_lookup(encoding);
    if (codec.empty()) return registered_codec(vm, encoding, true, src, errors);
    return codec_encode(vm, as_str(src), codec, errors);
  }
  if (!a[1].is_null()) return vm.raise(vm.types.TypeError, "encoding without a string argument");
  if (!a[2].is_null()) return vm.raise(vm.types.TypeError, "errors without a string argument");
  if (is_bytes(src) && src.as_obj()->type == vm.types.bytes) return src;
  std::string out;
  if (!bytes_from_source(vm, src, "bytes", out)) return Value::exception();
  return bytes_value(vm, out);
}

// bytes.__new__(cls, ...): builds the bytes, then a copy typed cls for subclasses.
Value bytes_dunder_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Type* cls = new_receiver_type(vm, args, nargs, vm.types.bytes);
  if (!cls) return Value::exception();
  Value v = bytes_make(vm, args + 1, nargs - 1, kwnames);
  if (v.is_exception() || cls == vm.types.bytes) return v;
  Bytes* copy = bytes_new(vm, static_cast<Bytes*>(v.as_obj())->view());
  copy->type = cls;
  return Value::object(copy);
}

}  // namespace

void init_bytes_type(VM& vm) {
  Type* t = vm.types.bytes;
  t->constructor = bytes_make;
  add_static_method(vm, t, "__new__", bytes_dunder_new);
  TypeSlots& s = t->slots;
  s.repr = bytes_repr_slot;
  // bytes.__str__ is its repr itself, not repr(): a subclass's __repr__
  // does not change str() of it (CPython's tp_str = bytes_repr).
  s.str = bytes_repr_slot;
  s.hash = bytes_hash_slot;
  s.compare = bytes_compare_slot;
  s.binary = bytes_binary_slot;
  s.sequence_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Mul);
  s.number_ops = op_bit(BinaryOp::Mod);
  s.length = bytes_length_slot;
  s.getitem = bytes_getitem_slot;
  s.contains = bytes_contains_slot;
  s.iter = bytes_iter_slot;
  add_bytes_methods(vm, t);
}

}  // namespace coil::vm
