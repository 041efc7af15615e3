// coil::Value (include/coil/coil.hpp): handles to script values, their
// checked conversions to C++ and the object protocols on them.
//
// A handle is a slot of vm::VM::handles (a root of every collection) plus a
// shared pointer to the VM's Core. The Core outlives the VM; a handle whose
// VM is gone finds Core::vm empty and touches nothing.
#include <gmp.h>

#include <bit>
#include <cmath>
#include <string>

#include "coil/coil.hpp"
#include "embed/api_internal.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

namespace coil {

using detail::Access;
using detail::Core;

// ---------------------------------------------------------------- handles

Value::Value(std::shared_ptr<Core> core, uint64_t bits) : core_(std::move(core)) {
  vm::VM& vm = *core_->vm;
  if (!core_->free_slots.empty()) {
    slot_ = core_->free_slots.back();
    core_->free_slots.pop_back();
  } else {
    slot_ = static_cast<uint32_t>(vm.handles.size());
    vm.handles.push_back(vm::Value::null());
  }
  vm.handles[slot_] = std::bit_cast<vm::Value>(bits);
}

Value Access::make(Core& core, vm::Value v) {
  // Copying the owner's pointer is one increment; shared_from_this() would
  // lock a weak pointer (a compare-and-swap loop) on every argument of every
  // native call.
  return Value(core.owner ? core.owner->core_ : core.shared_from_this(), v.raw());
}

vm::Value Access::get(const Value& v) {
  return v.core_ ? v.core_->vm->handles[v.slot_] : vm::Value::none();
}

void Value::release() {
  if (core_ && core_->vm) {
    core_->vm->handles[slot_] = vm::Value::null();
    core_->free_slots.push_back(slot_);
  }
  core_.reset();
}

Value::~Value() { release(); }

Value::Value(const Value& other) {
  if (other.alive()) {
    *this = Value(other.core_, other.bits());
  } else {
    core_ = other.core_;  // empty stays empty, dead stays dead
  }
}

Value& Value::operator=(const Value& other) {
  if (this != &other) {
    Value copy(other);
    *this = std::move(copy);
  }
  return *this;
}

Value::Value(Value&& other) noexcept : core_(std::move(other.core_)), slot_(other.slot_) {}

Value& Value::operator=(Value&& other) noexcept {
  if (this != &other) {
    release();
    core_ = std::move(other.core_);
    slot_ = other.slot_;
  }
  return *this;
}

bool Value::alive() const { return core_ && core_->vm; }
VM* Value::vm() const { return alive() ? core_->owner : nullptr; }
uint64_t Value::bits() const { return core_->vm->handles[slot_].raw(); }

Error Value::dead_error() {
  return Error("RuntimeError", "the value belongs to no VM (empty handle, or its VM was destroyed)");
}

namespace {

// The interpreter and the value behind a handle; throws for a dead one (an
// empty handle is None and has no interpreter: vm is null).
struct Held {
  vm::VM* vm;
  vm::Value v;
};

Held held(const Value& h) {
  VM* owner = h.vm();
  if (!owner) {
    if (h.alive() || !h.is_none()) throw Value::dead_error();
    return {nullptr, vm::Value::none()};
  }
  return {&Access::vm(*owner), Access::get(h)};
}

// Like held(), but the operation needs an interpreter: empty handles fail too.
Held live(const Value& h) {
  Held x = held(h);
  if (!x.vm) throw Value::dead_error();
  return x;
}

const vm::BigInt* big_of(vm::Value v) {
  if (!v.is_obj() || v.as_obj()->kind != vm::ObjKind::BigInt) return nullptr;
  return static_cast<const vm::BigInt*>(v.as_obj());
}

bool kind_is(vm::Value v, vm::ObjKind kind) { return v.is_obj() && v.as_obj()->kind == kind; }

std::string type_name_of(const Held& x) {
  if (!x.vm) return "NoneType";
  return std::string(x.vm->type_of(x.v)->name->view());
}

// A Result<T> from a native status: the value, or the pending exception.
Result<Value> wrap(vm::VM& vm, vm::Value r) {
  if (r.is_exception()) return detail::take_error(vm);
  return Access::make(detail::core_of(vm), r);
}

Result<Unit> wrap_status(vm::VM& vm, int status) {
  if (status < 0) return detail::take_error(vm);
  return Unit{};
}

// Runs `body` (which may throw coil::Error for a dead handle) as a Result.
template <class F>
auto guarded(F body) -> decltype(body()) {
  try {
    return body();
  } catch (const Error& e) {
    return e;
  }
}

std::string printable(vm::VM& vm, vm::Value v, bool use_repr) {
  vm::Value s = use_repr ? vm.repr(v) : vm.str(v);
  if (s.is_exception()) {
    vm.pending = vm::Value::null();
    return "<unprintable " + std::string(vm.type_of(v)->name->view()) + " object>";
  }
  return std::string(vm::as_str(s)->view());
}

}  // namespace

// ---------------------------------------------------------------- type tests

bool Value::is_none() const {
  if (!core_) return true;
  return alive() && Access::get(*this).is_none();
}

#define COIL_TYPE_TEST(name, expr)          \
  bool Value::name() const {                \
    if (!alive()) return false;             \
    vm::Value v = Access::get(*this);       \
    return expr;                            \
  }
COIL_TYPE_TEST(is_bool, v.is_bool())
COIL_TYPE_TEST(is_int, v.is_int() || big_of(v))
COIL_TYPE_TEST(is_float, v.is_double())
COIL_TYPE_TEST(is_str, vm::is_str(v))
COIL_TYPE_TEST(is_bytes, vm::is_bytes(v))
COIL_TYPE_TEST(is_list, kind_is(v, vm::ObjKind::List))
COIL_TYPE_TEST(is_tuple, kind_is(v, vm::ObjKind::Tuple))
COIL_TYPE_TEST(is_dict, kind_is(v, vm::ObjKind::Dict))
COIL_TYPE_TEST(is_callable, core_->vm->is_callable(v))
#undef COIL_TYPE_TEST

std::string Value::type_name() const {
  if (core_ && !alive()) return "<dead>";
  return type_name_of(held(*this));
}

bool Value::is(const Value& other) const {
  if (!alive() || !other.alive()) return is_none() && other.is_none();
  return core_ == other.core_ && bits() == other.bits();
}

// ---------------------------------------------------------------- conversions

void Value::type_mismatch(const char* expected) const {
  throw Error("TypeError", std::string("must be ") + expected + ", not " + type_name());
}

int64_t Value::int64_in(int64_t min, int64_t max, const char* c_type) const {
  Held x = held(*this);
  int64_t i = 0;
  if (x.v.is_bool()) {
    i = x.v.as_bool();
  } else if (x.v.is_int()) {
    i = x.v.as_int();
  } else if (const vm::BigInt* b = big_of(x.v)) {
    if (!b->to_int64(i)) throw Error("OverflowError", std::string("Python int too large to convert to C ") + c_type);
  } else {
    throw Error("TypeError", "'" + type_name_of(x) + "' object cannot be interpreted as an integer");
  }
  if (i < min || i > max) throw Error("OverflowError", std::string("Python int too large to convert to C ") + c_type);
  return i;
}

uint64_t Value::uint64_in(uint64_t max, const char* c_type) const {
  Held x = held(*this);
  const vm::BigInt* b = big_of(x.v);
  bool integer = x.v.is_bool() || x.v.is_int() || b;
  if (!integer) throw Error("TypeError", "'" + type_name_of(x) + "' object cannot be interpreted as an integer");
  bool negative = x.v.is_int() ? x.v.as_int() < 0 : (b && b->sign() < 0);
  if (negative) throw Error("OverflowError", "can't convert negative int to unsigned");
  uint64_t u = 0;
  if (x.v.is_bool()) {
    u = x.v.as_bool();
  } else if (x.v.is_int()) {
    u = static_cast<uint64_t>(x.v.as_int());
  } else if (b->inline64()) {
    u = static_cast<uint64_t>(b->i64);
  } else if (mpz_sizeinbase(b->z, 2) <= 64) {
    mpz_t low;
    mpz_init(low);
    mpz_fdiv_r_2exp(low, b->z, 32);
    mpz_t high;
    mpz_init(high);
    mpz_fdiv_q_2exp(high, b->z, 32);
    u = (static_cast<uint64_t>(mpz_get_ui(high)) << 32) | mpz_get_ui(low);
    mpz_clear(low);
    mpz_clear(high);
  } else {
    throw Error("OverflowError", std::string("Python int too large to convert to C ") + c_type);
  }
  if (u > max) throw Error("OverflowError", std::string("Python int too large to convert to C ") + c_type);
  return u;
}

double Value::float_value() const {
  Held x = held(*this);
  if (x.v.is_double()) return x.v.as_double();
  if (x.v.is_int()) return static_cast<double>(x.v.as_int());
  if (x.v.is_bool()) return x.v.as_bool();
  if (const vm::BigInt* b = big_of(x.v)) {
    if (b->inline64()) return static_cast<double>(b->i64);
    double d = mpz_get_d(b->z);
    if (std::isinf(d) || mpz_sizeinbase(b->z, 2) > 1024) throw Error("OverflowError", "int too large to convert to float");
    return d;
  }
  throw Error("TypeError", "must be real number, not " + type_name_of(x));
}

// True when UTF-8 text holds an encoded surrogate (ED A0..BF ..), which
// str_value() uses for bytes that were not UTF-8.
static bool has_surrogate(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0) return true;
  }
  return false;
}

std::string Value::text() const {
  Held x = held(*this);
  if (vm::is_bytes(x.v)) return std::string(vm::as_bytes(x.v)->view());
  if (!vm::is_str(x.v)) type_mismatch("str");
  vm::Str* s = vm::as_str(x.v);
  if (s->is_ascii() || !has_surrogate(s->view())) return std::string(s->view());
  vm::Value b = vm::codec_encode(*x.vm, s, "utf-8", "surrogateescape");
  if (b.is_exception()) {
    // Surrogates that do not stand for bytes: give the text as it is stored.
    x.vm->pending = vm::Value::null();
    return std::string(s->view());
  }
  return std::string(vm::as_bytes(b)->view());
}

std::vector<Value> Value::sequence_items(const char* c_type) const {
  Held x = held(*this);
  std::vector<Value> out;
  if (kind_is(x.v, vm::ObjKind::List)) {
    auto* l = static_cast<vm::List*>(x.v.as_obj());
    out.reserve(l->items.size());
    for (size_t i = 0; i < l->items.size(); ++i) out.push_back(Access::make(*core_, l->items[i]));
  } else if (kind_is(x.v, vm::ObjKind::Tuple)) {
    auto* t = static_cast<vm::Tuple*>(x.v.as_obj());
    out.reserve(t->size);
    for (uint32_t i = 0; i < t->size; ++i) out.push_back(Access::make(*core_, t->items[i]));
  } else {
    type_mismatch(c_type);
  }
  return out;
}

std::vector<std::pair<Value, Value>> Value::dict_items(const char* c_type) const {
  Held x = held(*this);
  if (!kind_is(x.v, vm::ObjKind::Dict)) type_mismatch(c_type);
  auto* d = static_cast<vm::Dict*>(x.v.as_obj());
  std::vector<std::pair<Value, Value>> out;
  for (const auto& e : d->table.entries) {
    if (e.key.is_null()) continue;
    out.emplace_back(Access::make(*core_, e.key), Access::make(*core_, e.value));
  }
  return out;
}

bool Value::as_bool() const {
  Held x = held(*this);
  if (!x.v.is_bool()) type_mismatch("bool");
  return x.v.as_bool();
}
int64_t Value::as_int() const { return as<int64_t>(); }
double Value::as_float() const { return float_value(); }
std::string Value::as_str() const { return text(); }

// ---------------------------------------------------------------- text

std::string Value::repr() const {
  if (core_ && !alive()) return "<dead coil value>";
  Held x = held(*this);
  return x.vm ? printable(*x.vm, x.v, true) : "None";
}

std::string Value::str() const {
  if (core_ && !alive()) return "<dead coil value>";
  Held x = held(*this);
  return x.vm ? printable(*x.vm, x.v, false) : "None";
}

// ---------------------------------------------------------------- protocols

Result<Value> Value::attr(std::string_view name) const {
  return guarded([&]() -> Result<Value> {
    Held x = live(*this);
    return wrap(*x.vm, x.vm->getattr(x.v, x.vm->intern(name)));
  });
}

bool Value::has_attr(std::string_view name) const {
  if (!alive()) return false;
  vm::VM& vm = *core_->vm;
  vm::Value r = vm.getattr_opt(Access::get(*this), vm.intern(name));
  if (r.is_exception()) vm.pending = vm::Value::null();
  return !r.is_exception() && !r.is_null();
}

// The interpreter value of a handle used as an argument of `owner`'s VM.
static vm::Value argument(const Core& owner, const Value& v) {
  if (!v.alive()) {
    if (v.is_none()) return vm::Value::none();
    throw Value::dead_error();
  }
  if (Access::core_ptr(v) != &owner) throw Error("ValueError", "the value belongs to another VM");
  return Access::get(v);
}

Result<Unit> Value::set_attr_value(std::string_view name, const Value& value) const {
  return guarded([&]() -> Result<Unit> {
    Held x = live(*this);
    vm::Value v = argument(*core_, value);
    return wrap_status(*x.vm, x.vm->setattr(x.v, x.vm->intern(name), v));
  });
}

Result<Value> Value::item_value(const Value& key) const {
  return guarded([&]() -> Result<Value> {
    Held x = live(*this);
    return wrap(*x.vm, x.vm->getitem(x.v, argument(*core_, key)));
  });
}

Result<Unit> Value::set_item_value(const Value& key, const Value& value) const {
  return guarded([&]() -> Result<Unit> {
    Held x = live(*this);
    return wrap_status(*x.vm, x.vm->setitem(x.v, argument(*core_, key), argument(*core_, value)));
  });
}

Result<int64_t> Value::size() const {
  return guarded([&]() -> Result<int64_t> {
    Held x = live(*this);
    int64_t n = 0;
    if (!x.vm->length(x.v, n)) return detail::take_error(*x.vm);
    return n;
  });
}

Result<std::vector<Value>> Value::elements() const {
  return guarded([&]() -> Result<std::vector<Value>> {
    Held x = live(*this);
    std::vector<vm::Value> items;
    if (!x.vm->unpack_iterable(x.v, items)) return detail::take_error(*x.vm);
    std::vector<Value> out;
    out.reserve(items.size());
    // Each item is rooted by its handle as soon as it is made.
    vm::RootScope roots(*x.vm);
    for (vm::Value item : items) roots.add(item);
    for (vm::Value item : items) out.push_back(Access::make(*core_, item));
    return out;
  });
}

Result<bool> Value::truthy() const {
  return guarded([&]() -> Result<bool> {
    Held x = live(*this);
    int t = x.vm->truthy(x.v);
    if (t < 0) return detail::take_error(*x.vm);
    return t == 1;
  });
}

Result<bool> Value::equals(const Value& other) const {
  return guarded([&]() -> Result<bool> {
    Held x = live(*this);
    int t = x.vm->eq(x.v, argument(*core_, other));
    if (t < 0) return detail::take_error(*x.vm);
    return t == 1;
  });
}

Result<bool> Value::is_instance(const Value& cls) const {
  return guarded([&]() -> Result<bool> {
    Held x = live(*this);
    vm::Value isinstance = vm::dict_get_str(x.vm->builtins, x.vm->intern("isinstance"));
    Result<Value> r = wrap(*x.vm, x.vm->call2(isinstance, x.v, argument(*core_, cls)));
    if (!r) return r.error();
    return r.value().as_bool();
  });
}

Result<Value> Value::call_args(const std::vector<Value>& args,
                               const std::vector<std::pair<std::string, Value>>& kwargs) const {
  return guarded([&]() -> Result<Value> {
    Held x = live(*this);
    vm::VM& vm = *x.vm;
    std::vector<vm::Value> all;
    all.reserve(args.size() + kwargs.size());
    for (const Value& a : args) all.push_back(argument(*core_, a));
    vm::RootScope roots(vm);
    vm::Tuple* kwnames = nullptr;
    if (!kwargs.empty()) {
      kwnames = roots.add(vm.new_tuple(static_cast<uint32_t>(kwargs.size())));
      for (size_t i = 0; i < kwargs.size(); ++i) {
        kwnames->items[i] = vm::Value::object(vm.intern(kwargs[i].first));
        all.push_back(argument(*core_, kwargs[i].second));
      }
    }
    return wrap(vm, vm.call(x.v, all.data(), static_cast<int>(args.size()), kwnames));
  });
}

}  // namespace coil
