// int and bool: the VM side of Python integers. Small ints live in the Value
// itself; larger ones are BigInt objects. The arithmetic is coil::num's.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "vm/numeric/floating.hpp"
#include "vm/numeric/hash.hpp"
#include "vm/numeric/int_string.hpp"
#include "vm/numeric/integer.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/number.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

// ---------------------------------------------------------------- conversions

bool is_int_value(Value v) {
  return v.is_int() || v.is_bool() || (v.is_obj() && v.as_obj()->kind == ObjKind::BigInt);
}

num::IntView int_view(Value v) {
  if (v.is_int()) return num::IntView(v.as_int());
  if (v.is_bool()) return num::IntView(static_cast<int64_t>(v.as_bool()));
  auto* b = static_cast<BigInt*>(v.as_obj());
  if (b->inline64()) return num::IntView(b->i64);
  return num::IntView::of_mpz(b->z);
}

Value int_value(VM& vm, num::Int&& i) {
  if (i.is_small()) return vm.make_int(i.small());
  auto* b = vm.alloc<BigInt>(ObjKind::BigInt, vm.types.int_);
  mpz_init(b->z);
  i.move_big_into(b->z);
  return Value::object(b);
}

Value exact_builtin_value(VM& vm, Value v) {
  if (!v.is_obj()) return v;
  Obj* o = v.as_obj();
  switch (o->kind) {
    case ObjKind::BigInt: {
      if (o->type == vm.types.int_) return v;
      auto* b = static_cast<BigInt*>(o);
      if (b->inline64()) return vm.make_int(b->i64);
      auto* r = vm.alloc<BigInt>(ObjKind::BigInt, vm.types.int_);
      mpz_init_set(r->z, b->z);
      return Value::object(r);
    }
    case ObjKind::Float:
      return Value::from_double(static_cast<Float*>(o)->value);
    case ObjKind::Str:
    case ObjKind::Bytes:
    case ObjKind::Tuple: {
      Type* base = o->kind == ObjKind::Str     ? vm.types.str
                   : o->kind == ObjKind::Bytes ? vm.types.bytes
                                               : vm.types.tuple;
      if (o->type == base) return v;
      Value arg = v;
      return base->constructor(vm, &arg, 1, nullptr);
    }
    default:
      return v;
  }
}

bool overrides_base_dunder(VM& vm, Value v, Type* base, Str* name) {
  if (!v.is_obj() || !(v.as_obj()->type->flags & Type::kHeapType)) return false;
  return !vm.lookup_type(v.as_obj()->type, name).is(dict_get_str(base->dict, name));
}

Value box_number(VM& vm, Type* cls, Value v) {
  if (v.is_obj() && v.as_obj()->kind == ObjKind::Complex) {
    auto* src = static_cast<Complex*>(v.as_obj());
    auto* c = vm.alloc<Complex>(ObjKind::Complex, cls);
    c->real = src->real;
    c->imag = src->imag;
    return Value::object(c);
  }
  if (is_float_value(v)) {
    auto* f = vm.alloc<Float>(ObjKind::Float, cls);
    f->value = float_of(v);
    return Value::object(f);
  }
  auto* b = vm.alloc<BigInt>(ObjKind::BigInt, cls);
  if (v.is_int() || v.is_bool()) {
    b->flags = BigInt::kInline64;
    b->i64 = v.is_int() ? v.as_int() : v.as_bool();
    return Value::object(b);
  }
  auto* src = static_cast<BigInt*>(v.as_obj());
  if (src->inline64()) {
    b->flags = BigInt::kInline64;
    b->i64 = src->i64;
  } else {
    mpz_init_set(b->z, src->z);
  }
  return Value::object(b);
}

Value raise_status(VM& vm, const num::Status& s) {
  Type* t = vm.types.ValueError;
  switch (s.kind()) {
    case num::ErrorKind::OverflowError: t = vm.types.OverflowError; break;
    case num::ErrorKind::ZeroDivisionError: t = vm.types.ZeroDivisionError; break;
    case num::ErrorKind::MemoryError: t = vm.types.MemoryError; break;
    case num::ErrorKind::SyntaxError: t = vm.types.SyntaxError; break;
    default: break;
  }
  if (s.message().empty()) return vm.raise_value(Value::object(t));
  return vm.raise(t, s.message());
}

bool int_to_double(VM& vm, Value v, double& out) {
  if (v.is_int()) {
    out = static_cast<double>(v.as_int());
    return true;
  }
  num::Status s = num::int_to_double(int_view(v), out);
  if (!s.ok()) {
    raise_status(vm, s);
    return false;
  }
  return true;
}

Value int_from_double(VM& vm, double d) {
  num::Int out;
  num::Status s = num::int_from_double(d, out);
  if (!s.ok()) return raise_status(vm, s);
  return int_value(vm, std::move(out));
}

bool number_hash(VM& vm, Value v, int64_t& out) {
  (void)vm;
  if (is_float_value(v)) {
    out = num::hash_double(float_of(v), static_cast<uintptr_t>(v.raw()));
    return true;
  }
  out = num::hash_int(int_view(v));
  return true;
}

Value int_repr(VM& vm, Value v) {
  if (v.is_bool()) return vm.str_value(v.as_bool() ? "True" : "False");
  if (v.is_int()) {
    int64_t n = v.as_int();
    // Single digits come from the shared one-character strings.
    if (n >= 0 && n <= 9) return Value::object(vm.ascii_chars['0' + n]);
    // to_chars, not snprintf: str(int) is hot in string building.
    char buf[24];
    size_t len = static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, n).ptr - buf);
    Str* s = str_alloc(vm, len, len, true);
    std::memcpy(s->data, buf, len);
    return Value::object(s);
  }
  std::string s;
  num::Status st = num::int_to_decimal(int_view(v), s, vm.max_str_digits);
  if (!st.ok()) return raise_status(vm, st);
  return vm.str_value(s);
}

// ---------------------------------------------------------------- slots

static Value int_repr_slot(VM& vm, Value self) {
  if (self.is_bool()) return vm.str_value(self.as_bool() ? "True" : "False");
  return int_repr(vm, self);
}

static bool int_hash(VM& vm, Value self, int64_t& out) { return number_hash(vm, self, out); }

static Value int_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_int_value(a)) return vm.not_implemented;
  int c;
  if (is_int_value(b)) {
    c = num::int_compare(int_view(a), int_view(b));
  } else if (is_float_value(b)) {
    num::Ordering o = num::int_compare_float(int_view(a), float_of(b));
    if (o == num::Ordering::Unordered) return Value::boolean(op == CompareOp::Ne);
    c = static_cast<int>(o);
  } else {
    return vm.not_implemented;
  }
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return vm.not_implemented;
}

static Value int_status_result(VM& vm, const num::Status& s, num::Int&& out) {
  if (!s.ok()) return raise_status(vm, s);
  return int_value(vm, std::move(out));
}

Value int_binary_op(VM& vm, Value a, Value b, BinaryOp op) {
  num::IntView x = int_view(a), y = int_view(b);
  num::Int out;
  switch (op) {
    case BinaryOp::Add: return int_value(vm, num::int_add(x, y));
    case BinaryOp::Sub: return int_value(vm, num::int_sub(x, y));
    case BinaryOp::Mul: {
      num::Status s = num::int_mul(x, y, out);
      return int_status_result(vm, s, std::move(out));
    }
    case BinaryOp::FloorDiv: {
      num::Status s = num::int_floordiv(x, y, out);
      return int_status_result(vm, s, std::move(out));
    }
    case BinaryOp::Mod: {
      num::Status s = num::int_mod(x, y, out);
      return int_status_result(vm, s, std::move(out));
    }
    case BinaryOp::TrueDiv: {
      double d;
      num::Status s = num::int_true_divide(x, y, d);
      if (!s.ok()) return raise_status(vm, s);
      return Value::from_double(d);
    }
    case BinaryOp::Pow: {
      if (y.sign() < 0) {
        double d;
        num::Status s = num::int_pow_float(x, y, d);
        if (!s.ok()) return raise_status(vm, s);
        return Value::from_double(d);
      }
      // One GMP call that cannot be interrupted: its cost (the result's
      // size in limbs, a lower bound) is charged to the budget first.
      if (y.is_small() && !x.is_small()) {
        uint64_t bits = num::int_bit_length(x), e = static_cast<uint64_t>(y.small()), work;
        if (__builtin_mul_overflow(bits, e, &work)) work = UINT64_MAX;
        if (!vm.charge(work / 64)) return Value::exception();
      } else if (y.is_small() && y.small() > 64 && !vm.charge(static_cast<uint64_t>(y.small()) / 64)) {
        return Value::exception();
      }
      num::Status s = num::int_pow(x, y, out);
      return int_status_result(vm, s, std::move(out));
    }
    case BinaryOp::LShift: {
      num::Status s = num::int_lshift(x, y, out);
      return int_status_result(vm, s, std::move(out));
    }
    case BinaryOp::RShift: {
      num::Status s = num::int_rshift(x, y, out);
      return int_status_result(vm, s, std::move(out));
    }
    case BinaryOp::And: return int_value(vm, num::int_and(x, y));
    case BinaryOp::Or: return int_value(vm, num::int_or(x, y));
    case BinaryOp::Xor: return int_value(vm, num::int_xor(x, y));
    default: return vm.not_implemented;
  }
}

// An int operand's value when it fits int64 (bools are left to the general path).
static inline bool int64_operand(Value v, int64_t& out) {
  if (v.is_int()) {
    out = v.as_int();
    return true;
  }
  if (!v.is_obj() || v.as_obj()->kind != ObjKind::BigInt) return false;
  auto* b = static_cast<BigInt*>(v.as_obj());
  if (!b->inline64()) return false;
  out = b->i64;
  return true;
}

static Value int_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  (void)inplace;
  if (!is_int_value(a) || !is_int_value(b)) return vm.not_implemented;
  // Fast paths for operands that fit int64 (small, or big ints held
  // inline): a running total past the small range stays off GMP.
  int64_t x, y, r;
  if (int64_operand(a, x) && int64_operand(b, y)) {
    switch (op) {
      case BinaryOp::Add:
        if (num::small_add(x, y, r)) return vm.make_int(r);
        break;
      case BinaryOp::Sub:
        if (num::small_sub(x, y, r)) return vm.make_int(r);
        break;
      case BinaryOp::Mul:
        if (num::small_mul(x, y, r)) return vm.make_int(r);
        break;
      case BinaryOp::FloorDiv:
        if (num::small_floordiv(x, y, r)) return vm.make_int(r);
        break;
      case BinaryOp::Mod:
        if (num::small_mod(x, y, r)) return vm.make_int(r);
        break;
      case BinaryOp::And: return vm.make_int(x & y);
      case BinaryOp::Or: return vm.make_int(x | y);
      case BinaryOp::Xor: return vm.make_int(x ^ y);
      case BinaryOp::LShift:
        if (num::small_lshift(x, y, r)) return vm.make_int(r);
        break;
      case BinaryOp::RShift:
        if (num::small_rshift(x, y, r)) return vm.make_int(r);
        break;
      default:
        break;
    }
  }
  return int_binary_op(vm, a, b, op);
}

static Value bool_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  if (a.is_bool() && b.is_bool() &&
      (op == BinaryOp::And || op == BinaryOp::Or || op == BinaryOp::Xor)) {
    bool x = a.as_bool(), y = b.as_bool();
    return Value::boolean(op == BinaryOp::And ? (x && y) : op == BinaryOp::Or ? (x || y) : (x != y));
  }
  return int_binary(vm, a, b, op, inplace);
}

static Value int_negative(VM& vm, Value self) { return int_value(vm, num::int_neg(int_view(self))); }
static Value int_positive(VM& vm, Value self) {
  if (self.is_bool()) return vm.make_int(self.as_bool());
  return exact_builtin_value(vm, self);
}
static Value int_invert(VM& vm, Value self) { return int_value(vm, num::int_invert(int_view(self))); }
static int int_truthy(VM&, Value self) {
  if (self.is_bool()) return self.as_bool();
  return int_view(self).sign() != 0;
}

static Value int_format(VM& vm, Value self, Str* spec) {
  if (spec->size == 0) return vm.str(self);
  return format_int_spec(vm, self, spec);
}

// ---------------------------------------------------------------- int()

static Value int_from_object(VM& vm, Value x) {
  if (is_int_value(x) && !overrides_base_dunder(vm, x, vm.types.int_, vm.names.__int__)) {
    return x.is_bool() ? vm.make_int(x.as_bool()) : exact_builtin_value(vm, x);
  }
  if (is_float_value(x) && !overrides_base_dunder(vm, x, vm.types.float_, vm.names.__int__)) {
    return int_from_double(vm, float_of(x));
  }
  if (is_str(x)) {
    num::Int out;
    num::Status s = num::parse_int(as_str(x)->view(), 10, out, vm.max_str_digits);
    if (!s.ok()) return raise_status(vm, s);
    return int_value(vm, std::move(out));
  }
  Type* t = vm.type_of(x);
  for (Str* name : {vm.names.__int__, vm.names.__index__}) {
    Value m = vm.lookup_type(t, name);
    if (m.is_null()) continue;
    RootScope roots(vm);
    Value bound = roots.add(bind_method(vm, m, x));
    Value r = vm.call(bound, nullptr, 0);
    if (r.is_exception()) return r;
    if (!is_int_value(r)) {
      return vm.raise_fmt(vm.types.TypeError, "%s returned non-int (type %s)", name->data,
                          type_name(vm, r));
    }
    return r.is_bool() ? vm.make_int(r.as_bool()) : r;
  }
  Value trunc = vm.lookup_type(t, vm.intern("__trunc__"));
  if (!trunc.is_null()) {
    RootScope roots(vm);
    Value bound = roots.add(bind_method(vm, trunc, x));
    return vm.call(bound, nullptr, 0);
  }
  return vm.raise_fmt(vm.types.TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '%s'",
                      t->name->data);
}

// int(x=0, /, base=10): x only by position ("'x' is an invalid keyword
// argument for int()"), as CPython's clinic signature has it.
const ArgSpec kIntArgs{"int", "x=?, /, base=?"};

static Value int_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  if (!kIntArgs.parse(vm, args, nargs, kwnames, a)) return Value::exception();
  if (a[0].is_null()) {
    if (!a[1].is_null()) return vm.raise(vm.types.TypeError, "int() missing string argument");
    return Value::small_int(0);
  }
  bool bytes = a[0].is_obj() && a[0].as_obj()->kind == ObjKind::Bytes;
  if (a[1].is_null() && !bytes) return int_from_object(vm, a[0]);
  int64_t base = 10;
  if (!a[1].is_null() && !vm.index_value(a[1], base)) return Value::exception();
  if (!is_str(a[0]) && !(a[0].is_obj() && a[0].as_obj()->kind == ObjKind::Bytes)) {
    return vm.raise(vm.types.TypeError, "int() can't convert non-string with explicit base");
  }
  if (base != 0 && (base < 2 || base > 36)) {
    return vm.raise(vm.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  std::string_view text = is_str(a[0]) ? as_str(a[0])->view()
                                       : static_cast<Bytes*>(a[0].as_obj())->view();
  num::Int out;
  num::Status s = num::parse_int(text, static_cast<int>(base), out, vm.max_str_digits);
  if (!s.ok()) return raise_status(vm, s);
  return int_value(vm, std::move(out));
}

// int.__new__(cls, x=0, base=10) and float.__new__(cls, x=0.0): the value
// as int() / float() make it, boxed as an instance of cls for subclasses.
Value number_dunder_new(VM& vm, Type* base, Value* args, int nargs, Tuple* kwnames) {
  const char* bname = base->name->data;
  if (nargs < 1) return vm.raise_fmt(vm.types.TypeError, "%s.__new__(): not enough arguments", bname);
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    return vm.raise_fmt(vm.types.TypeError, "%s.__new__(X): X is not a type object (%s)", bname,
                        type_name(vm, args[0]));
  }
  auto* cls = static_cast<Type*>(args[0].as_obj());
  if (!vm.is_subtype(cls, base)) {
    return vm.raise_fmt(vm.types.TypeError, "%s.__new__(%s): %s is not a subtype of %s", bname,
                        cls->name->data, cls->name->data, bname);
  }
  if (cls == vm.types.bool_ && base != vm.types.bool_) {
    return vm.raise(vm.types.TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
  }
  Value v = base->constructor(vm, args + 1, nargs - 1, kwnames);
  if (v.is_exception() || cls == base) return v;
  RootScope roots(vm);
  roots.add(v);
  return box_number(vm, cls, v);
}

static Value int_dunder_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return number_dunder_new(vm, vm.types.int_, args, nargs, kwnames);
}

static Value bool_dunder_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return number_dunder_new(vm, vm.types.bool_, args, nargs, kwnames);
}

static Value bool_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "bool", kwnames) || !check_nargs(vm, "bool", nargs, 0, 1))
    return Value::exception();
  if (nargs == 0) return Value::boolean(false);
  int t = vm.truthy(args[0]);
  if (t < 0) return Value::exception();
  return Value::boolean(t);
}

// ---------------------------------------------------------------- methods

static bool dunder_nargs(VM& vm, const char* name, Value* args, int nargs, Tuple* kw, int want);

bool number_noargs(VM& vm, Type* type, const char* name, Value* args, int nargs, Tuple* kw) {
  bool is_float = type == vm.types.float_;
  if (nargs >= 1 && (is_float ? is_float_value(args[0]) : is_int_value(args[0]))) {
    if (nargs == 1 && (!kw || kw->size == 0)) return true;
    return positional_args(vm, std::string(type->name->view()) + "." + name, nargs - 1, kw, 0, 0);
  }
  if (nargs == 0) {
    vm.raise_fmt(vm.types.TypeError, "unbound method %s.%s() needs an argument", type->name->data, name);
  } else {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 name, type->name->data, type_name(vm, args[0]));
  }
  return false;
}

static Value int_bit_length(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!number_noargs(vm, vm.types.int_, "bit_length", args, nargs, kw)) return Value::exception();
  return vm.make_int(static_cast<int64_t>(num::int_bit_length(int_view(args[0]))));
}

static Value int_bit_count(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!number_noargs(vm, vm.types.int_, "bit_count", args, nargs, kw)) return Value::exception();
  return vm.make_int(static_cast<int64_t>(num::int_bit_count(int_view(args[0]))));
}

static Value int_conjugate(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!number_noargs(vm, vm.types.int_, "conjugate", args, nargs, kw)) return Value::exception();
  return args[0].is_bool() ? vm.make_int(args[0].as_bool()) : exact_builtin_value(vm, args[0]);
}

static Value int_index(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!dunder_nargs(vm, "__index__", args, nargs, kw, 1)) return Value::exception();
  return args[0].is_bool() ? vm.make_int(args[0].as_bool()) : exact_builtin_value(vm, args[0]);
}

static Value int_as_integer_ratio(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!number_noargs(vm, vm.types.int_, "as_integer_ratio", args, nargs, kw)) return Value::exception();
  Value n = args[0].is_bool() ? vm.make_int(args[0].as_bool()) : args[0];
  return Value::object(vm.tuple_of({n, Value::small_int(1)}));
}

// The byteorder argument: true for 'little'.
static bool parse_byteorder(VM& vm, Value v, bool& little) {
  if (v.is_null()) {
    little = false;
    return true;
  }
  if (!is_str(v)) {
    raise_bad_argument(vm, "to_bytes", "byteorder", "str", v);
    return false;
  }
  std::string_view s = as_str(v)->view();
  if (s != "little" && s != "big") {
    vm.raise(vm.types.ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  little = s == "little";
  return true;
}

// An mpz copy of an int value.
static void to_mpz(Value v, mpz_t out) {
  num::IntView iv = int_view(v);
  if (iv.is_small()) {
    mpz_init_set_si(out, iv.small());
  } else {
    mpz_init_set(out, iv.big());
  }
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static Value int_to_bytes(VM& vm, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(vm, "to_bytes", args + 1, nargs - 1, kw, {"length", "byteorder", "signed"}, 0, a, 2))
    return Value::exception();
  int64_t length = 1;
  if (!a[0].is_null() && !vm.index_value(a[0], length)) return Value::exception();
  if (length < 0) return vm.raise(vm.types.ValueError, "length argument must be non-negative");
  bool little;
  if (!parse_byteorder(vm, a[1], little)) return Value::exception();
  bool is_signed = false;
  if (!a[2].is_null()) {
    int t = vm.truthy(a[2]);
    if (t < 0) return Value::exception();
    is_signed = t;
  }
  mpz_t z, bound;
  to_mpz(args[0], z);
  mpz_init(bound);
  bool overflow;
  if (is_signed) {
    mpz_ui_pow_ui(bound, 2, static_cast<unsigned long>(length * 8 == 0 ? 0 : length * 8 - 1));
    overflow = length == 0 ? mpz_sgn(z) != 0 : (mpz_cmp(z, bound) >= 0 || [&] {
      mpz_t neg;
      mpz_init(neg);
      mpz_neg(neg, bound);
      bool below = mpz_cmp(z, neg) < 0;
      mpz_clear(neg);
      return below;
    }());
    if (!overflow && mpz_sgn(z) < 0) {
      mpz_ui_pow_ui(bound, 2, static_cast<unsigned long>(length * 8));
      mpz_add(z, z, bound);  // two's complement
    }
  } else {
    if (mpz_sgn(z) < 0) {
      mpz_clear(z);
      mpz_clear(bound);
      return vm.raise(vm.types.OverflowError, "can't convert negative int to unsigned");
    }
    overflow = mpz_sizeinbase(z, 256) > static_cast<size_t>(length) && mpz_sgn(z) != 0;
  }
  if (overflow) {
    mpz_clear(z);
    mpz_clear(bound);
    return vm.raise(vm.types.OverflowError, "int too big to convert");
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  std::string digits((mpz_sizeinbase(z, 2) + 7) / 8 + 1, '\0');
  mpz_export(digits.data(), &count, 1, 1, 1, 0, z);  // big-endian magnitude
  for (size_t i = 0; i < count && i < out.size(); ++i) out[out.size() - count + i] = digits[i];
  mpz_clear(z);
  mpz_clear(bound);
  if (little) std::reverse(out.begin(), out.end());
  return Value::object(bytes_new(vm, out));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.
static Value int_from_bytes(VM& vm, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(vm, "from_bytes", args + 1, nargs - 1, kw, {"bytes", "byteorder", "signed"}, 1, a, 2))
    return Value::exception();
  bool little;
  if (!parse_byteorder(vm, a[1], little)) return Value::exception();
  bool is_signed = false;
  if (!a[2].is_null()) {
    int t = vm.truthy(a[2]);
    if (t < 0) return Value::exception();
    is_signed = t;
  }
  Value data = a[0];
  if (!(data.is_obj() && data.as_obj()->kind == ObjKind::Bytes)) {
    if (is_str(data)) return vm.raise(vm.types.TypeError, "cannot convert 'str' object to bytes");
    data = vm.call(Value::object(vm.types.bytes), &a[0], 1);
    if (data.is_exception()) return data;
  }
  auto* b = static_cast<Bytes*>(data.as_obj());
  std::string bytes(reinterpret_cast<const char*>(b->data), b->size);
  if (little) std::reverse(bytes.begin(), bytes.end());
  mpz_t z;
  mpz_init(z);
  if (!bytes.empty()) mpz_import(z, bytes.size(), 1, 1, 1, 0, bytes.data());
  if (is_signed && !bytes.empty() && (static_cast<unsigned char>(bytes[0]) & 0x80)) {
    mpz_t bound;
    mpz_init(bound);
    mpz_ui_pow_ui(bound, 2, static_cast<unsigned long>(bytes.size() * 8));
    mpz_sub(z, z, bound);
    mpz_clear(bound);
  }
  Value r = vm.make_bigint(z);
  mpz_clear(z);
  Type* cls = args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Type
                  ? static_cast<Type*>(args[0].as_obj()) : vm.types.int_;
  if (cls != vm.types.int_) return vm.call(args[0], &r, 1);  // a subclass: cls(value)
  return r;
}

static Value int_getattr(VM& vm, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real" || n == "numerator") {
    return self.is_bool() ? vm.make_int(self.as_bool()) : exact_builtin_value(vm, self);
  }
  if (n == "imag") return Value::small_int(0);
  if (n == "denominator") return Value::small_int(1);
  return generic_getattr(vm, self, name, true);
}

// ---------------------------------------------------------------- number dunders
//
// The special methods of int and float that stand for no coil slot
// (__abs__, __int__, __divmod__ as slot wrappers; __round__, __floor__ as
// methods): each runs the builtin that does the job. The others (__add__,
// __lt__, __neg__, ...) are slot wrappers made from the slots
// (vm/objects/slot_wrapper.cpp).

static Type* builtin_base(VM& vm, Value v) {
  for (Type* t : vm.type_of(v)->mro) {
    if (!(t->flags & Type::kHeapType)) return t;
  }
  return vm.types.object;
}

// int's operators take ints only ((1).__divmod__(1.5) is NotImplemented, and
// float's reflected one does the work); float's take floats and ints.
static bool accepts_operand(Type* t, VM& vm, Value other) {
  if (is_int_value(other)) return true;
  return t != vm.types.int_ && t != vm.types.bool_ && is_float_value(other);
}

// The checks of a number's special method (nargs and want count the
// receiver): its slot wrapper's or its method's, as CPython's (vm/args.hpp).
static bool dunder_nargs(VM& vm, const char* name, Value* args, int nargs, Tuple* kw, int want) {
  if (nargs == want && (!kw || kw->size == 0)) return true;
  if (nargs == 0) {
    vm.raise_fmt(vm.types.TypeError, "unbound method %s() needs an argument", name);
    return false;
  }
  return special_method_args(vm, builtin_base(vm, args[0])->name->data, name, nargs - 1, kw,
                             want - 1);
}

// Calls builtins.<name>(args...) for the dunders that are builtins' jobs.
static Value call_builtin(VM& vm, const char* name, Value* args, int nargs) {
  Value fn = dict_get_str(vm.builtins, vm.intern(name));
  if (fn.is_null()) return vm.raise_fmt(vm.types.NameError, "name '%s' is not defined", name);
  return vm.call(fn, args, nargs);
}

static Value number_abs(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!dunder_nargs(vm, "__abs__", args, nargs, kw, 1)) return Value::exception();
  Value x = exact_builtin_value(vm, args[0]);
  return call_builtin(vm, "abs", &x, 1);
}
static Value number_int(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!dunder_nargs(vm, "__int__", args, nargs, kw, 1)) return Value::exception();
  return vm.types.int_->constructor(vm, args, 1, nullptr);
}
static Value number_float(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!dunder_nargs(vm, "__float__", args, nargs, kw, 1)) return Value::exception();
  return vm.types.float_->constructor(vm, args, 1, nullptr);
}
static Value number_floor(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!dunder_nargs(vm, "__floor__", args, nargs, kw, 1)) return Value::exception();
  if (is_float_value(args[0])) {
    Value f = Value::from_double(std::floor(float_of(args[0])));
    return vm.types.int_->constructor(vm, &f, 1, nullptr);
  }
  return vm.types.int_->constructor(vm, args, 1, nullptr);
}
static Value number_ceil(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!dunder_nargs(vm, "__ceil__", args, nargs, kw, 1)) return Value::exception();
  if (is_float_value(args[0])) {
    Value c = Value::from_double(std::ceil(float_of(args[0])));
    return vm.types.int_->constructor(vm, &c, 1, nullptr);
  }
  return vm.types.int_->constructor(vm, args, 1, nullptr);
}
static Value number_round(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (nargs >= 1 && !positional_args(vm, std::string(builtin_base(vm, args[0])->name->data) + ".__round__", nargs - 1, kw, 0, 1))
    return Value::exception();
  Value a[2] = {exact_builtin_value(vm, args[0]), nargs > 1 ? args[1] : Value::none()};
  return call_builtin(vm, "round", a, nargs);
}
static Value number_divmod(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!dunder_nargs(vm, "__divmod__", args, nargs, kw, 2)) return Value::exception();
  if (!accepts_operand(builtin_base(vm, args[0]), vm, args[1])) return vm.not_implemented;
  Value a[2] = {exact_builtin_value(vm, args[0]), exact_builtin_value(vm, args[1])};
  return call_builtin(vm, "divmod", a, 2);
}
static Value number_rdivmod(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!dunder_nargs(vm, "__rdivmod__", args, nargs, kw, 2)) return Value::exception();
  if (!accepts_operand(builtin_base(vm, args[0]), vm, args[1])) return vm.not_implemented;
  Value swapped[2] = {exact_builtin_value(vm, args[1]), exact_builtin_value(vm, args[0])};
  return call_builtin(vm, "divmod", swapped, 2);
}

void add_number_dunders(VM& vm, Type* t) {
  add_wrapper_method(vm, t, "__abs__", number_abs);
  add_wrapper_method(vm, t, "__int__", number_int);
  add_wrapper_method(vm, t, "__float__", number_float);
  add_wrapper_method(vm, t, "__divmod__", number_divmod);
  add_wrapper_method(vm, t, "__rdivmod__", number_rdivmod);
  add_method(vm, t, "__trunc__", number_int);
  add_method(vm, t, "__floor__", number_floor);
  add_method(vm, t, "__ceil__", number_ceil);
  add_method(vm, t, "__round__", number_round);
}

void init_int_type(VM& vm) {
  Type* t = vm.types.int_;
  t->constructor = int_new;
  t->slots.repr = int_repr_slot;
  t->slots.hash = int_hash;
  t->slots.compare = int_compare;
  t->slots.binary = int_binary;
  t->slots.number_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Sub) | op_bit(BinaryOp::Mul) | op_bit(BinaryOp::TrueDiv) | op_bit(BinaryOp::FloorDiv) | op_bit(BinaryOp::Mod) | op_bit(BinaryOp::Pow) | op_bit(BinaryOp::LShift) | op_bit(BinaryOp::RShift) | op_bit(BinaryOp::And) | op_bit(BinaryOp::Or) | op_bit(BinaryOp::Xor);
  t->slots.negative = int_negative;
  t->slots.positive = int_positive;
  t->slots.invert = int_invert;
  t->slots.truthy = int_truthy;
  t->slots.format = int_format;
  t->slots.getattr = int_getattr;
  add_method(vm, t, "bit_length", int_bit_length);
  add_method(vm, t, "bit_count", int_bit_count);
  add_method(vm, t, "conjugate", int_conjugate);
  add_wrapper_method(vm, t, "__index__", int_index);
  add_method(vm, t, "as_integer_ratio", int_as_integer_ratio);
  add_method(vm, t, "to_bytes", int_to_bytes);
  add_number_dunders(vm, t);
  add_static_method(vm, t, "__new__", int_dunder_new);
  add_class_method(vm, t, "from_bytes", int_from_bytes);
}

void init_bool_type(VM& vm) {
  Type* t = vm.types.bool_;
  t->constructor = bool_new;
  t->slots = vm.types.int_->slots;
  t->slots.binary = bool_binary;
  t->slots.number_ops = op_bit(BinaryOp::And) | op_bit(BinaryOp::Or) | op_bit(BinaryOp::Xor);
  // bool's own __new__, so its errors name bool (CPython's bool_new).
  add_static_method(vm, t, "__new__", bool_dunder_new);
}

// ---------------------------------------------------------------- None & co.

static Value none_repr(VM& vm, Value) { return vm.str_value("None"); }
static int none_truthy(VM&, Value) { return 0; }
static Value none_new(VM& vm, Value*, int nargs, Tuple* kw) {
  if (nargs || (kw && kw->size)) return vm.raise(vm.types.TypeError, "NoneType takes no arguments");
  return Value::none();
}
static Value not_implemented_repr(VM& vm, Value) { return vm.str_value("NotImplemented"); }
static Value ellipsis_repr(VM& vm, Value) { return vm.str_value("Ellipsis"); }

void init_none_type(VM& vm) {
  Type* none = vm.types.none_type;
  none->slots.repr = none_repr;
  none->slots.truthy = none_truthy;
  none->constructor = none_new;
  vm.types.not_implemented_type->slots.repr = not_implemented_repr;
  vm.types.ellipsis_type->slots.repr = ellipsis_repr;
}

}  // namespace coil::vm
