// memoryview: a typed, possibly strided window on the bytes of a bytes or
// bytearray (PEP 3118 views, for the single-character native formats of the
// struct module). Views share their exporter's memory: slicing a view or
// casting it makes a new window on the same bytes.
//
// CPython forbids resizing a bytearray while a view of it exists and releases
// the lock when the last reference to the view goes. A tracing collector
// cannot tell when that is, so coil does not lock: instead every access checks
// that the window still lies inside the exporter's bytes.
#include <cstring>
#include <string>

#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

bool is_memoryview(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::MemoryView; }
MemoryView* as_view(Value v) { return static_cast<MemoryView*>(v.as_obj()); }

// Size of one item of a native struct format, 0 for formats views do not take.
int item_size(char code) {
  switch (code) {
    case 'c': case 'b': case 'B': case '?':
      return 1;
    case 'h': case 'H':
      return 2;
    case 'i': case 'I': case 'f':
      return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P':
      return 8;
    default:
      return 0;
  }
}

bool is_byte_format(char code) { return code == 'B' || code == 'b' || code == 'c'; }

bool is_released(const MemoryView* m) { return m->flags & MemoryView::kReleased; }
bool is_readonly(const MemoryView* m) { return m->flags & MemoryView::kReadonly; }

bool check_live(VM& vm, const MemoryView* m) {
  if (!is_released(m)) return true;
  vm.raise(vm.types.ValueError, "operation forbidden on released memoryview object");
  return false;
}

// The exporter's bytes: [data, data + size).
char* exporter_bytes(MemoryView* m, size_t& size) {
  Obj* o = m->obj.as_obj();
  if (o->kind == ObjKind::Bytes) {
    auto* b = static_cast<Bytes*>(o);
    size = b->size;
    return b->data;
  }
  auto* b = static_cast<ByteArray*>(o);
  size = b->data.size();
  return b->data.data();
}

int64_t item_count(const MemoryView* m) {
  int64_t n = 1;
  for (int d = 0; d < m->ndim; ++d) n *= m->shape[d];
  return n;
}

int64_t nbytes(const MemoryView* m) { return item_count(m) * m->itemsize; }

// Whether items are laid out row-major without gaps.
bool c_contiguous(const MemoryView* m) {
  if (item_count(m) == 0) return true;
  int64_t expect = m->itemsize;
  for (int d = m->ndim - 1; d >= 0; --d) {
    if (m->shape[d] > 1 && m->strides[d] != expect) return false;
    expect *= m->shape[d];
  }
  return true;
}

bool f_contiguous(const MemoryView* m) {
  if (item_count(m) == 0) return true;
  int64_t expect = m->itemsize;
  for (int d = 0; d < m->ndim; ++d) {
    if (m->shape[d] > 1 && m->strides[d] != expect) return false;
    expect *= m->shape[d];
  }
  return true;
}

// The start of the view's memory, after checking the window still fits the
// exporter (a bytearray may have shrunk since the view was made).
char* view_base(VM& vm, MemoryView* m) {
  size_t size;
  char* data = exporter_bytes(m, size);
  if (item_count(m) == 0) return data;
  int64_t lo = m->offset, hi = m->offset + m->itemsize;
  for (int d = 0; d < m->ndim; ++d) {
    int64_t span = (m->shape[d] - 1) * m->strides[d];
    (span < 0 ? lo : hi) += span;
  }
  if (lo < 0 || hi > static_cast<int64_t>(size)) {
    vm.raise(vm.types.BufferError, "memoryview: the underlying buffer was resized under the view");
    return nullptr;
  }
  return data + m->offset;
}

// ---------------------------------------------------------------- items

Value unpack_item(VM& vm, char code, const char* p) {
  auto load = [p](auto sample) {
    decltype(sample) x;
    std::memcpy(&x, p, sizeof x);
    return x;
  };
  switch (code) {
    case 'c':
      return Value::object(bytes_new(vm, std::string_view(p, 1)));
    case '?':
      return Value::boolean(*p != 0);
    case 'b': return vm.make_int(load(int8_t{}));
    case 'B': return vm.make_int(load(uint8_t{}));
    case 'h': return vm.make_int(load(int16_t{}));
    case 'H': return vm.make_int(load(uint16_t{}));
    case 'i': return vm.make_int(load(int32_t{}));
    case 'I': return vm.make_int(load(uint32_t{}));
    case 'f': return Value::from_double(load(float{}));
    case 'd': return Value::from_double(load(double{}));
    case 'l': case 'q': case 'n':
      return vm.make_int(load(int64_t{}));
    default: {  // 'L', 'Q', 'N', 'P': unsigned 64-bit
      uint64_t u = load(uint64_t{});
      if (u <= static_cast<uint64_t>(INT64_MAX)) return vm.make_int(static_cast<int64_t>(u));
      mpz_t z;
      mpz_init(z);
      mpz_import(z, 1, 1, sizeof u, 0, 0, &u);
      Value r = vm.make_bigint(z);
      mpz_clear(z);
      return r;
    }
  }
}

Value invalid_item(VM& vm, Type* type, const char* what, char code) {
  return vm.raise_fmt(type, "memoryview: invalid %s for format '%c'", what, code);
}

// An int value as a signed or unsigned 64-bit pattern; false when it fits neither.
bool int_bits(Value v, bool is_unsigned, uint64_t& out) {
  if (v.is_bool()) {
    out = v.as_bool();
    return true;
  }
  if (v.is_int()) {
    out = static_cast<uint64_t>(v.as_int());
    return !is_unsigned || v.as_int() >= 0;
  }
  auto* b = static_cast<const BigInt*>(v.as_obj());
  int64_t s;
  if (b->to_int64(s)) {
    out = static_cast<uint64_t>(s);
    return !is_unsigned || s >= 0;
  }
  if (!is_unsigned || mpz_sgn(b->z) < 0 || mpz_sizeinbase(b->z, 2) > 64) return false;
  out = 0;
  mpz_export(&out, nullptr, -1, sizeof out, 0, 0, b->z);
  return true;
}

// Stores v as one item of `code` at p, with CPython's errors.
bool pack_item(VM& vm, char code, Value v, char* p) {
  auto store = [p](auto x) { std::memcpy(p, &x, sizeof x); };
  if (code == 'c') {
    std::string_view d;
    if (!is_bytes(v) && !is_bytearray(v)) return !invalid_item(vm, vm.types.TypeError, "type", code).is_exception();
    bytes_like(v, d);
    if (d.size() != 1) return !invalid_item(vm, vm.types.ValueError, "value", code).is_exception();
    *p = d[0];
    return true;
  }
  if (code == '?') {
    int t = vm.truthy(v);
    if (t < 0) return false;
    *p = static_cast<char>(t);
    return true;
  }
  if (code == 'f' || code == 'd') {
    double x;
    if (is_float_value(v)) {
      x = float_of(v);
    } else if (is_int_value(v)) {
      if (!int_to_double(vm, v, x)) return false;
    } else {
      invalid_item(vm, vm.types.TypeError, "type", code);
      return false;
    }
    if (code == 'f') {
      store(static_cast<float>(x));
    } else {
      store(x);
    }
    return true;
  }
  if (!is_int_value(v) || (v.is_obj() && v.as_obj()->kind != ObjKind::BigInt)) {
    invalid_item(vm, vm.types.TypeError, "type", code);
    return false;
  }
  bool is_unsigned = code >= 'A' && code <= 'Z';
  int size = item_size(code);
  uint64_t bits;
  bool fits = int_bits(v, is_unsigned, bits);
  if (fits && size < 8) {
    if (is_unsigned) {
      fits = bits >> (8 * size) == 0;
    } else {
      auto s = static_cast<int64_t>(bits);
      int64_t limit = int64_t(1) << (8 * size - 1);
      fits = s >= -limit && s < limit;
    }
  }
  if (!fits) {
    invalid_item(vm, vm.types.ValueError, "value", code);
    return false;
  }
  // Little-endian machine: the low `size` bytes are the item.
  std::memcpy(p, &bits, static_cast<size_t>(size));
  return true;
}

// ---------------------------------------------------------------- making views

MemoryView* new_view(VM& vm, Value obj) {
  auto* m = vm.alloc<MemoryView>(ObjKind::MemoryView, vm.types.memoryview);
  m->obj = obj;
  m->offset = 0;
  m->ndim = 1;
  m->format = 'B';
  m->itemsize = 1;
  std::memset(m->shape, 0, sizeof m->shape);
  std::memset(m->strides, 0, sizeof m->strides);
  return m;
}

MemoryView* copy_view(VM& vm, MemoryView* src) {
  MemoryView* m = new_view(vm, src->obj);
  m->offset = src->offset;
  m->ndim = src->ndim;
  m->format = src->format;
  m->itemsize = src->itemsize;
  m->flags = src->flags & (MemoryView::kReadonly | MemoryView::kAtFormat);
  std::memcpy(m->shape, src->shape, sizeof m->shape);
  std::memcpy(m->strides, src->strides, sizeof m->strides);
  return m;
}

Value view_of(VM& vm, Value obj) {
  if (is_memoryview(obj)) {
    if (!check_live(vm, as_view(obj))) return Value::exception();
    return Value::object(copy_view(vm, as_view(obj)));
  }
  if (!is_bytes(obj) && !is_bytearray(obj)) {
    return vm.raise_fmt(vm.types.TypeError, "memoryview: a bytes-like object is required, not '%s'",
                        type_name(vm, obj));
  }
  MemoryView* m = new_view(vm, obj);
  size_t size;
  exporter_bytes(m, size);
  m->shape[0] = static_cast<int64_t>(size);
  m->strides[0] = 1;
  if (is_bytes(obj)) m->flags |= MemoryView::kReadonly;
  return Value::object(m);
}

Value memoryview_make(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[1];
  if (!parse_args(vm, "memoryview", args, nargs, kwnames, {"object"}, 1, a)) return Value::exception();
  return view_of(vm, a[0]);
}

// Calls fn(pointer) for each item in row-major order; false if fn fails.
template <class Fn>
bool each_item(MemoryView* m, char* base, int dim, Fn&& fn) {
  if (m->ndim == 0) return fn(base);
  for (int64_t i = 0; i < m->shape[dim]; ++i) {
    char* p = base + i * m->strides[dim];
    if (dim + 1 < m->ndim ? !each_item(m, p, dim + 1, fn) : !fn(p)) return false;
  }
  return true;
}

// The view's bytes in row-major order.
bool view_bytes(VM& vm, MemoryView* m, std::string& out) {
  if (!check_live(vm, m)) return false;
  char* base = view_base(vm, m);
  if (!base) return false;
  out.clear();
  out.reserve(static_cast<size_t>(nbytes(m)));
  return each_item(m, base, 0, [&](char* p) {
    out.append(p, m->itemsize);
    return true;
  });
}

// ---------------------------------------------------------------- slots

Value memoryview_repr(VM& vm, Value self) {
  const char* released = is_released(as_view(self)) ? "released " : "";
  return vm.str_value(std::string("<") + released + "memory at " + address_of(self.as_obj()) + ">");
}

bool memoryview_length(VM& vm, Value self, int64_t& out) {
  MemoryView* m = as_view(self);
  if (!check_live(vm, m)) return false;
  out = m->ndim == 0 ? 1 : m->shape[0];
  return true;
}

// An index along dimension `dim` (1-based in messages), normalised.
bool dim_index(VM& vm, MemoryView* m, Value key, int dim, int64_t& out) {
  if (!vm.index_value(key, out)) return false;
  if (out < 0) out += m->shape[dim];
  if (out < 0 || out >= m->shape[dim]) {
    vm.raise_fmt(vm.types.IndexError, "index out of bounds on dimension %d", dim + 1);
    return false;
  }
  return true;
}

bool is_index(VM& vm, Value v) {
  return is_int_value(v) || !vm.lookup_type(vm.type_of(v), vm.names.__index__).is_null();
}

// The address of the item a key names: an int for 1-D, a tuple of ints for
// n-D, () for 0-D. Null (exception pending) otherwise.
char* item_address(VM& vm, MemoryView* m, Value key) {
  char* base = view_base(vm, m);
  if (!base) return nullptr;
  if (is_index(vm, key)) {
    if (m->ndim == 0) {
      vm.raise(vm.types.TypeError, "invalid indexing of 0-dim memory");
      return nullptr;
    }
    if (m->ndim > 1) {
      vm.raise(vm.types.NotImplementedError, "multi-dimensional sub-views are not implemented");
      return nullptr;
    }
    int64_t i;
    if (!dim_index(vm, m, key, 0, i)) return nullptr;
    return base + i * m->strides[0];
  }
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(key.as_obj());
    for (uint32_t d = 0; d < t->size; ++d) {
      if (!is_index(vm, t->items[d])) {
        vm.raise(vm.types.TypeError, "memoryview: invalid slice key");
        return nullptr;
      }
    }
    if (static_cast<int>(t->size) < m->ndim) {
      vm.raise(vm.types.NotImplementedError, "sub-views are not implemented");
      return nullptr;
    }
    if (static_cast<int>(t->size) > m->ndim) {
      vm.raise_fmt(vm.types.TypeError, "cannot index %d-dimension view with %u-element tuple", m->ndim,
                   t->size);
      return nullptr;
    }
    for (uint32_t d = 0; d < t->size; ++d) {
      int64_t i;
      if (!dim_index(vm, m, t->items[d], static_cast<int>(d), i)) return nullptr;
      base += i * m->strides[d];
    }
    return base;
  }
  vm.raise(vm.types.TypeError, "memoryview: invalid slice key");
  return nullptr;
}

Value memoryview_getitem(VM& vm, Value self, Value key) {
  MemoryView* m = as_view(self);
  if (!check_live(vm, m)) return Value::exception();
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    if (m->ndim == 0) return vm.raise(vm.types.TypeError, "invalid indexing of 0-dim memory");
    int64_t start, stop, step, len;
    if (!slice_indices(vm, static_cast<Slice*>(key.as_obj()), m->shape[0], start, stop, step, len)) {
      return Value::exception();
    }
    MemoryView* v = copy_view(vm, m);
    v->offset += start * m->strides[0];
    v->shape[0] = len;
    v->strides[0] *= step;
    return Value::object(v);
  }
  if (key.is_obj() && key.as_obj() == vm.ellipsis.as_obj() && m->ndim == 0) {
    return Value::object(copy_view(vm, m));
  }
  char* p = item_address(vm, m, key);
  return p ? unpack_item(vm, m->format, p) : Value::exception();
}

int memoryview_setitem(VM& vm, Value self, Value key, Value value) {
  MemoryView* m = as_view(self);
  if (!check_live(vm, m)) return -1;
  if (is_readonly(m)) {
    vm.raise(vm.types.TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (value.is_null()) {
    vm.raise(vm.types.TypeError, "cannot delete memory");
    return -1;
  }
  if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    if (m->ndim != 1) {
      vm.raise(vm.types.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
      return -1;
    }
    RootScope roots(vm);
    Value target = roots.add(memoryview_getitem(vm, self, key));
    if (target.is_exception()) return -1;
    if (!is_memoryview(value) && !is_bytes(value) && !is_bytearray(value)) {
      vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, value));
      return -1;
    }
    Value source = roots.add(view_of(vm, value));
    if (source.is_exception()) return -1;
    MemoryView* dst = as_view(target);
    MemoryView* src = as_view(source);
    if (dst->format != src->format || src->ndim != 1 || dst->shape[0] != src->shape[0]) {
      vm.raise(vm.types.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    std::string data;  // copied first: source and target may overlap
    if (!view_bytes(vm, src, data)) return -1;
    char* base = view_base(vm, dst);
    if (!base) return -1;
    const char* q = data.data();
    each_item(dst, base, 0, [&](char* p) {
      std::memcpy(p, q, dst->itemsize);
      q += dst->itemsize;
      return true;
    });
    return 0;
  }
  char* p = item_address(vm, m, key);
  if (!p) return -1;
  return pack_item(vm, m->format, value, p) ? 0 : -1;
}

// Equal when both are buffers of the same shape whose items compare equal.
Value memoryview_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  bool eq;
  if (a.is_obj() && b.is_obj() && a.as_obj() == b.as_obj()) {
    eq = true;
  } else if (!is_memoryview(b) && !is_bytes(b) && !is_bytearray(b)) {
    return vm.not_implemented;
  } else if (is_released(as_view(a)) || (is_memoryview(b) && is_released(as_view(b)))) {
    eq = false;
  } else {
    RootScope roots(vm);
    MemoryView* x = as_view(a);
    Value yv = is_memoryview(b) ? b : roots.add(view_of(vm, b));
    if (yv.is_exception()) return yv;
    MemoryView* y = as_view(yv);
    eq = x->ndim == y->ndim;
    for (int d = 0; eq && d < x->ndim; ++d) eq = x->shape[d] == y->shape[d];
    if (eq) {
      RootScope items(vm);
      List* lx = items.add(vm.new_list());
      List* ly = items.add(vm.new_list());
      // Not a structured binding: clang 14 (the fuzz build's compiler) cannot
      // capture one in the lambda below.
      for (std::pair<MemoryView*, List*> side : {std::pair{x, lx}, std::pair{y, ly}}) {
        MemoryView* m = side.first;
        List* list = side.second;
        char* base = view_base(vm, m);
        if (!base) return Value::exception();
        bool ok = each_item(m, base, 0, [&](char* p) {
          Value v = unpack_item(vm, m->format, p);
          if (v.is_exception()) return false;
          list->items.push_back(v);
          return true;
        });
        if (!ok) return Value::exception();
      }
      Value r = vm.compare(Value::object(lx), Value::object(ly), CompareOp::Eq);
      if (r.is_exception()) return r;
      int t = vm.truthy(r);
      if (t < 0) return Value::exception();
      eq = t;
    }
  }
  return Value::boolean(op == CompareOp::Eq ? eq : !eq);
}

bool memoryview_hash(VM& vm, Value self, int64_t& out) {
  MemoryView* m = as_view(self);
  if (!check_live(vm, m)) return false;
  if (!is_readonly(m)) {
    vm.raise(vm.types.ValueError, "cannot hash writable memoryview object");
    return false;
  }
  if (!is_byte_format(m->format)) {
    vm.raise(vm.types.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return false;
  }
  // As CPython: a view of an unhashable exporter (a bytearray) is unhashable.
  int64_t exporter_hash;
  if (!vm.hash(m->obj, exporter_hash)) return false;
  std::string data;
  if (!view_bytes(vm, m, data)) return false;
  // Equal to the hash of the same bytes.
  RootScope roots(vm);
  Value b = roots.add(Value::object(bytes_new(vm, data)));
  return vm.hash(b, out);
}

Value memoryview_iter(VM& vm, Value self) {
  MemoryView* m = as_view(self);
  if (!check_live(vm, m)) return Value::exception();
  if (m->ndim == 0) return vm.raise(vm.types.TypeError, "invalid indexing of 0-dim memory");
  if (m->ndim > 1) {
    return vm.raise(vm.types.NotImplementedError, "multi-dimensional sub-views are not implemented");
  }
  return make_seq_iterator(vm, self);
}

Value attr_tuple(VM& vm, const int64_t* values, int n) {
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(n));
  for (int i = 0; i < n; ++i) t->items[i] = vm.make_int(values[i]);
  return Value::object(t);
}

Value memoryview_getattr(VM& vm, Value self, Str* name) {
  MemoryView* m = as_view(self);
  std::string_view n = name->view();
  static constexpr std::string_view kAttrs[] = {"obj", "nbytes", "readonly", "itemsize", "format",
                                                "ndim", "shape", "strides", "suboffsets",
                                                "c_contiguous", "f_contiguous", "contiguous"};
  bool known = false;
  for (std::string_view a : kAttrs) known = known || a == n;
  if (!known) return generic_getattr(vm, self, name, true);
  if (!check_live(vm, m)) return Value::exception();
  if (n == "obj") return m->obj;
  if (n == "nbytes") return vm.make_int(nbytes(m));
  if (n == "readonly") return Value::boolean(is_readonly(m));
  if (n == "itemsize") return Value::small_int(m->itemsize);
  if (n == "format") {
    char f[3] = {'@', m->format, 0};
    return vm.str_value(m->flags & MemoryView::kAtFormat ? f : f + 1);
  }
  if (n == "ndim") return Value::small_int(m->ndim);
  if (n == "shape") return attr_tuple(vm, m->shape, m->ndim);
  if (n == "strides") return attr_tuple(vm, m->strides, m->ndim);
  if (n == "suboffsets") return Value::object(vm.new_tuple(0));
  if (n == "c_contiguous") return Value::boolean(c_contiguous(m));
  if (n == "f_contiguous") return Value::boolean(f_contiguous(m));
  return Value::boolean(c_contiguous(m) || f_contiguous(m));
}

// ---------------------------------------------------------------- methods

MemoryView* self_view(VM& vm, Value* args, int nargs, const char* name, bool live = true) {
  if (!check_receiver(vm, args, nargs, vm.types.memoryview, name)) return nullptr;
  MemoryView* m = as_view(args[0]);
  return !live || check_live(vm, m) ? m : nullptr;
}

Value mv_tobytes(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[1];
  MemoryView* m = self_view(vm, args, nargs, "tobytes");
  if (!m || !parse_args(vm, "tobytes", args + 1, nargs - 1, kwnames, {"order"}, 0, a)) {
    return Value::exception();
  }
  if (!a[0].is_null() && !a[0].is_none()) {
    std::string_view o = is_str(a[0]) ? as_str(a[0])->view() : "";
    if (o != "C" && o != "F" && o != "A") {
      return vm.raise(vm.types.ValueError, "order must be 'C', 'F' or 'A'");
    }
    if (o == "F" && m->ndim > 1) {
      return vm.raise(vm.types.NotImplementedError, "tobytes(order='F') of a multi-dimensional view");
    }
  }
  std::string data;
  if (!view_bytes(vm, m, data)) return Value::exception();
  return Value::object(bytes_new(vm, data));
}

// The items of dimension `dim` from p on, as nested lists.
Value list_of(VM& vm, MemoryView* m, char* p, int dim) {
  if (m->ndim == 0) return unpack_item(vm, m->format, p);
  RootScope roots(vm);
  List* l = roots.add(vm.new_list(static_cast<size_t>(m->shape[dim])));
  for (int64_t i = 0; i < m->shape[dim]; ++i) {
    char* q = p + i * m->strides[dim];
    Value v = dim + 1 < m->ndim ? list_of(vm, m, q, dim + 1) : unpack_item(vm, m->format, q);
    if (v.is_exception()) return v;
    l->items.push_back(v);
  }
  return Value::object(l);
}

Value mv_tolist(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  MemoryView* m = self_view(vm, args, nargs, "tolist");
  if (!m || !no_kwargs(vm, "tolist", kwnames) || !check_nargs(vm, "tolist", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  char* base = view_base(vm, m);
  return base ? list_of(vm, m, base, 0) : Value::exception();
}

Value mv_hex(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  MemoryView* m = self_view(vm, args, nargs, "hex");
  std::string data;
  if (!m || !view_bytes(vm, m, data)) return Value::exception();
  return bytes_hex(vm, data, args + 1, nargs - 1, kwnames);
}

Value mv_release(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  MemoryView* m = self_view(vm, args, nargs, "release", false);
  if (!m || !no_kwargs(vm, "release", kwnames) || !check_nargs(vm, "release", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  m->flags |= MemoryView::kReleased;
  return Value::none();
}

Value mv_enter(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  MemoryView* m = self_view(vm, args, nargs, "__enter__");
  if (!m || !no_kwargs(vm, "__enter__", kwnames)) return Value::exception();
  return args[0];
}

Value mv_exit(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  MemoryView* m = self_view(vm, args, nargs, "__exit__", false);
  if (!m || !no_kwargs(vm, "__exit__", kwnames)) return Value::exception();
  m->flags |= MemoryView::kReleased;
  return Value::none();
}

Value mv_toreadonly(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  MemoryView* m = self_view(vm, args, nargs, "toreadonly");
  if (!m || !no_kwargs(vm, "toreadonly", kwnames) || !check_nargs(vm, "toreadonly", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  MemoryView* v = copy_view(vm, m);
  v->flags |= MemoryView::kReadonly;
  return Value::object(v);
}

// The shape argument of cast(): a list or tuple of positive ints.
bool cast_shape(VM& vm, Value arg, int64_t* shape, int& ndim) {
  if (!arg.is_obj() || (arg.as_obj()->kind != ObjKind::List && arg.as_obj()->kind != ObjKind::Tuple)) {
    vm.raise(vm.types.TypeError, "shape must be a list or a tuple");
    return false;
  }
  const Value* items;
  size_t n;
  if (arg.as_obj()->kind == ObjKind::List) {
    items = static_cast<List*>(arg.as_obj())->items.data();
    n = static_cast<List*>(arg.as_obj())->items.size();
  } else {
    items = static_cast<Tuple*>(arg.as_obj())->items;
    n = static_cast<Tuple*>(arg.as_obj())->size;
  }
  if (n > MemoryView::kMaxDim) {
    vm.raise_fmt(vm.types.ValueError, "memoryview: number of dimensions must not exceed %d",
                 MemoryView::kMaxDim);
    return false;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!is_int_value(items[i])) {
      vm.raise(vm.types.TypeError, "memoryview.cast(): elements of shape must be integers");
      return false;
    }
    if (!vm.index_value(items[i], shape[i])) return false;
    if (shape[i] <= 0) {
      vm.raise(vm.types.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      return false;
    }
  }
  ndim = static_cast<int>(n);
  return true;
}

Value mv_cast(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  MemoryView* m = self_view(vm, args, nargs, "cast");
  if (!m || !parse_args(vm, "cast", args + 1, nargs - 1, kwnames, {"format", "shape"}, 1, a)) {
    return Value::exception();
  }
  if (!is_str(a[0])) return raise_bad_argument(vm, "cast", "format", "str", a[0]);
  std::string_view f = as_str(a[0])->view();
  bool at = !f.empty() && f[0] == '@';
  if (at) f.remove_prefix(1);
  if (f.size() != 1 || item_size(f[0]) == 0) {
    return vm.raise(vm.types.ValueError,
                    "memoryview: destination format must be a native single character format "
                    "prefixed with an optional '@'");
  }
  char code = f[0];
  if (!c_contiguous(m)) return vm.raise(vm.types.TypeError, "memoryview: casts are restricted to C-contiguous views");
  if (!is_byte_format(code) && !is_byte_format(m->format)) {
    return vm.raise(vm.types.TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  bool has_shape = !a[1].is_null() && !a[1].is_none();
  if (has_shape && m->ndim != 1 && !is_byte_format(code)) {
    return vm.raise(vm.types.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  int size = item_size(code);
  int64_t shape[MemoryView::kMaxDim];
  int ndim = 1;
  if (has_shape) {
    if (!cast_shape(vm, a[1], shape, ndim)) return Value::exception();
    int64_t n = size;
    for (int d = 0; d < ndim; ++d) n *= shape[d];
    if (n != nbytes(m)) {
      return vm.raise(vm.types.TypeError, "memoryview: product(shape) * itemsize != buffer size");
    }
  } else {
    if (nbytes(m) % size != 0) {
      return vm.raise(vm.types.TypeError, "memoryview: length is not a multiple of itemsize");
    }
    shape[0] = nbytes(m) / size;
  }
  MemoryView* v = copy_view(vm, m);
  v->format = code;
  v->itemsize = static_cast<uint8_t>(size);
  v->flags = static_cast<uint16_t>((m->flags & MemoryView::kReadonly) | (at ? MemoryView::kAtFormat : 0));
  v->ndim = static_cast<uint8_t>(ndim);
  int64_t stride = size;
  for (int d = ndim - 1; d >= 0; --d) {
    v->shape[d] = shape[d];
    v->strides[d] = stride;
    stride *= shape[d];
  }
  return Value::object(v);
}

}  // namespace

bool memoryview_contiguous_bytes(Value v, std::string_view& out) {
  auto* m = static_cast<MemoryView*>(v.as_obj());
  if (is_released(m) || !c_contiguous(m)) return false;
  size_t size;
  char* data = exporter_bytes(m, size);
  int64_t n = nbytes(m);
  if (m->offset < 0 || m->offset + n > static_cast<int64_t>(size)) return false;
  out = std::string_view(data + m->offset, static_cast<size_t>(n));
  return true;
}

bool writable_buffer(Value v, char*& data, size_t& size) {
  if (is_bytearray(v)) {
    data = as_bytearray(v)->data.data();
    size = as_bytearray(v)->data.size();
    return true;
  }
  if (!is_memoryview(v)) return false;
  auto* m = as_view(v);
  std::string_view d;
  if (is_readonly(m) || !memoryview_contiguous_bytes(v, d)) return false;
  data = const_cast<char*>(d.data());
  size = d.size();
  return true;
}

bool memoryview_to_bytes(VM& vm, Value v, std::string& out) {
  return view_bytes(vm, as_view(v), out);
}

void init_memoryview_type(VM& vm) {
  Type* t = vm.types.memoryview;
  t->constructor = memoryview_make;
  TypeSlots& s = t->slots;
  s.repr = memoryview_repr;
  s.str = memoryview_repr;
  s.hash = memoryview_hash;
  s.compare = memoryview_compare;
  s.length = memoryview_length;
  s.getitem = memoryview_getitem;
  s.setitem = memoryview_setitem;
  s.iter = memoryview_iter;
  s.getattr = memoryview_getattr;
  add_method(vm, t, "tobytes", mv_tobytes);
  add_method(vm, t, "tolist", mv_tolist);
  add_method(vm, t, "hex", mv_hex);
  add_method(vm, t, "release", mv_release);
  add_method(vm, t, "cast", mv_cast);
  add_method(vm, t, "toreadonly", mv_toreadonly);
  add_method(vm, t, "__enter__", mv_enter);
  add_method(vm, t, "__exit__", mv_exit);
}

}  // namespace coil::vm
