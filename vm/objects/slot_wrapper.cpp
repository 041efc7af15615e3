// Slot wrappers: the special methods of built-in types (int.__add__,
// list.__len__, str.__mul__) made from the type's C++ slots, as CPython's
// wrapper_descriptor and method-wrapper types do (Objects/descrobject.c,
// the slotdefs table of Objects/typeobject.c). One table maps each dunder
// to the slot it calls; add_slot_wrappers gives a type a wrapper for every
// slot it sets itself (the ones it inherits come through its MRO).
#include <array>
#include <iterator>
#include <utility>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// Which slot a special method calls, and how it passes the arguments.
enum class SlotKind : uint8_t {
  Repr, Str, Hash, Compare, Neg, Pos, Invert, Bool, Len, GetItem, SetItem, DelItem,
  Contains, Iter, Next, Call,
  Number,    // binary(self, other): number_ops
  NumberR,   // binary(other, self): number_ops
  Concat,    // binary(self, other): sequence_ops' Add (no reflected form)
  Repeat,    // binary(self, n), n an index, for __mul__ and __rmul__: sequence_ops' Mul
  Inplace,   // binary(self, other, inplace): inplace_ops
};

struct SlotDef {
  const char* name;
  SlotKind kind;
  uint8_t op;  // the CompareOp or BinaryOp
};

constexpr uint8_t op(BinaryOp o) { return static_cast<uint8_t>(o); }
constexpr uint8_t op(CompareOp o) { return static_cast<uint8_t>(o); }

#define NUMBER(name, o) {"__" name "__", SlotKind::Number, op(BinaryOp::o)}, \
                        {"__r" name "__", SlotKind::NumberR, op(BinaryOp::o)}, \
                        {"__i" name "__", SlotKind::Inplace, op(BinaryOp::o)}

// CPython's slotdefs for the slots coil has. A name a type gets from two
// entries (__add__ from concatenation or from a number slot) takes the
// first that applies.
constexpr SlotDef kSlotDefs[] = {
    {"__repr__", SlotKind::Repr, 0},
    {"__str__", SlotKind::Str, 0},
    {"__hash__", SlotKind::Hash, 0},
    {"__call__", SlotKind::Call, 0},
    {"__iter__", SlotKind::Iter, 0},
    {"__next__", SlotKind::Next, 0},
    {"__lt__", SlotKind::Compare, op(CompareOp::Lt)},
    {"__le__", SlotKind::Compare, op(CompareOp::Le)},
    {"__eq__", SlotKind::Compare, op(CompareOp::Eq)},
    {"__ne__", SlotKind::Compare, op(CompareOp::Ne)},
    {"__gt__", SlotKind::Compare, op(CompareOp::Gt)},
    {"__ge__", SlotKind::Compare, op(CompareOp::Ge)},
    {"__add__", SlotKind::Concat, op(BinaryOp::Add)},
    {"__mul__", SlotKind::Repeat, op(BinaryOp::Mul)},
    {"__rmul__", SlotKind::Repeat, op(BinaryOp::Mul)},
    NUMBER("add", Add),
    NUMBER("sub", Sub),
    NUMBER("mul", Mul),
    NUMBER("mod", Mod),
    NUMBER("pow", Pow),
    NUMBER("lshift", LShift),
    NUMBER("rshift", RShift),
    NUMBER("and", And),
    NUMBER("xor", Xor),
    NUMBER("or", Or),
    NUMBER("floordiv", FloorDiv),
    NUMBER("truediv", TrueDiv),
    NUMBER("matmul", MatMul),
    {"__neg__", SlotKind::Neg, 0},
    {"__pos__", SlotKind::Pos, 0},
    {"__invert__", SlotKind::Invert, 0},
    {"__bool__", SlotKind::Bool, 0},
    {"__len__", SlotKind::Len, 0},
    {"__getitem__", SlotKind::GetItem, 0},
    {"__setitem__", SlotKind::SetItem, 0},
    {"__delitem__", SlotKind::DelItem, 0},
    {"__contains__", SlotKind::Contains, 0},
};

#undef NUMBER

constexpr uint16_t bit(uint8_t o) { return op_bit(static_cast<BinaryOp>(o)); }

// Whether t sets the slot `d` stands for itself (not as its base has it).
bool defines(const Type* t, const SlotDef& d) {
  const TypeSlots& s = t->slots;
  const TypeSlots* b = t->base ? &t->base->slots : nullptr;
  auto own = [&](auto TypeSlots::*slot) { return s.*slot && (!b || b->*slot != s.*slot); };
  auto own_op = [&](uint16_t TypeSlots::*mask) {
    return s.binary && (s.*mask & bit(d.op)) &&
           (!b || b->binary != s.binary || !(b->*mask & bit(d.op)));
  };
  switch (d.kind) {
    case SlotKind::Repr: return own(&TypeSlots::repr);
    case SlotKind::Str: return own(&TypeSlots::str);
    case SlotKind::Hash: return own(&TypeSlots::hash);
    case SlotKind::Compare: return own(&TypeSlots::compare);
    case SlotKind::Neg: return own(&TypeSlots::negative);
    case SlotKind::Pos: return own(&TypeSlots::positive);
    case SlotKind::Invert: return own(&TypeSlots::invert);
    case SlotKind::Bool: return own(&TypeSlots::truthy);
    case SlotKind::Len: return own(&TypeSlots::length);
    case SlotKind::GetItem: return own(&TypeSlots::getitem);
    case SlotKind::SetItem:
    case SlotKind::DelItem: return own(&TypeSlots::setitem);
    case SlotKind::Contains: return own(&TypeSlots::contains);
    case SlotKind::Iter: return own(&TypeSlots::iter);
    case SlotKind::Next: return own(&TypeSlots::next);
    case SlotKind::Call: return own(&TypeSlots::call);
    case SlotKind::Number:
    case SlotKind::NumberR: return own_op(&TypeSlots::number_ops);
    case SlotKind::Concat:
    case SlotKind::Repeat: return own_op(&TypeSlots::sequence_ops);
    case SlotKind::Inplace: return own_op(&TypeSlots::inplace_ops);
  }
  return false;
}

// The arguments after the receiver each kind takes: CPython's check_num_args
// (or PyArg_UnpackTuple with no name, `unpack`, for item assignment,
// repetition and __pow__'s optional modulus).
struct Arity {
  int min, max;
  bool unpack;
};

Arity arity(const SlotDef& d) {
  switch (d.kind) {
    case SlotKind::Repr: case SlotKind::Str: case SlotKind::Hash: case SlotKind::Neg:
    case SlotKind::Pos: case SlotKind::Invert: case SlotKind::Bool: case SlotKind::Len:
    case SlotKind::Iter: case SlotKind::Next:
      return {0, 0, false};
    case SlotKind::SetItem: return {2, 2, true};
    case SlotKind::Repeat: return {1, 1, true};
    case SlotKind::Number: case SlotKind::NumberR:
      if (d.op == op(BinaryOp::Pow)) return {1, 2, true};
      return {1, 1, false};
    case SlotKind::Inplace:
      // __imul__ of a sequence (sq_inplace_repeat) unpacks; see call_slot.
      return {1, 1, false};
    default:
      return {1, 1, false};
  }
}

// coil's int slots also take floats (mixed arithmetic without a detour);
// CPython's int methods return NotImplemented for them, as do float's for
// what is no int or float.
bool number_operand(VM& vm, Type* owner, Value other) {
  if (owner == vm.types.int_ || owner == vm.types.bool_) return is_int_value(other);
  if (owner == vm.types.float_) return is_int_value(other) || is_float_value(other);
  return true;
}

Value boolean_or_error(int r) { return r < 0 ? Value::exception() : Value::boolean(r); }

// n for a sequence's repetition: an index, as CPython's wrap_indexargfunc.
bool repeat_count(VM& vm, Value n) {
  int64_t ignored;
  return vm.index_value(n, ignored);
}

Value call_binary(VM& vm, const SlotDef& d, Type* owner, Value* args, int nargs) {
  auto o = static_cast<BinaryOp>(d.op);
  auto binary = owner->slots.binary;
  Value self = args[0], other = args[1];
  switch (d.kind) {
    case SlotKind::Concat: {
      Value r = binary(vm, self, other, o, false);
      // CPython's sq_concat raises where a number slot declines.
      if (r.is(vm.not_implemented)) return binary_op_error(vm, owner, vm.type_of(other), o, false);
      return r;
    }
    case SlotKind::Repeat:
      if (!repeat_count(vm, other)) return Value::exception();
      return binary(vm, self, other, o, false);
    case SlotKind::Inplace:
      if (o == BinaryOp::Mul && (owner->slots.sequence_ops & bit(d.op)) &&
          !repeat_count(vm, other)) {
        return Value::exception();
      }
      return binary(vm, self, other, o, true);
    default:
      break;
  }
  bool reflected = d.kind == SlotKind::NumberR;
  if (o == BinaryOp::Pow && nargs == 3 && !args[2].is_none()) {
    // __pow__(exp, mod): three-argument pow().
    Value pow = dict_get_str(vm.builtins, vm.intern("pow"));
    Value a[3] = {reflected ? other : self, reflected ? self : other, args[2]};
    return vm.call(pow, a, 3);
  }
  if (!number_operand(vm, owner, other)) return vm.not_implemented;
  return reflected ? binary(vm, other, self, o, false) : binary(vm, self, other, o, false);
}

// Calls the slot `d` of `owner` with the checked arguments (args[0] is the
// receiver).
Value call_slot(VM& vm, const SlotDef& d, Type* owner, Value* args, int nargs, Tuple* kwnames) {
  const TypeSlots& s = owner->slots;
  Value self = args[0];
  switch (d.kind) {
    case SlotKind::Repr: return s.repr(vm, self);
    case SlotKind::Str: return s.str(vm, self);
    case SlotKind::Hash: {
      int64_t h;
      return s.hash(vm, self, h) ? vm.make_int(h) : Value::exception();
    }
    case SlotKind::Compare:
      if (!number_operand(vm, owner, args[1])) return vm.not_implemented;
      return s.compare(vm, self, args[1], static_cast<CompareOp>(d.op));
    case SlotKind::Neg: return s.negative(vm, self);
    case SlotKind::Pos: return s.positive(vm, self);
    case SlotKind::Invert: return s.invert(vm, self);
    case SlotKind::Bool: return boolean_or_error(s.truthy(vm, self));
    case SlotKind::Len: {
      int64_t n;
      return s.length(vm, self, n) ? vm.make_int(n) : Value::exception();
    }
    case SlotKind::GetItem: return s.getitem(vm, self, args[1]);
    case SlotKind::SetItem:
      return s.setitem(vm, self, args[1], args[2]) < 0 ? Value::exception() : Value::none();
    case SlotKind::DelItem:
      return s.setitem(vm, self, args[1], Value::null()) < 0 ? Value::exception() : Value::none();
    case SlotKind::Contains: return boolean_or_error(s.contains(vm, self, args[1]));
    case SlotKind::Iter: return s.iter(vm, self);
    case SlotKind::Next: {
      Value out;
      int r = s.next(vm, self, out);
      if (r > 0) return out;
      if (r == 0) return vm.raise_value(Value::object(vm.types.StopIteration));
      return Value::exception();
    }
    case SlotKind::Call: return s.call(vm, self, args + 1, nargs - 1, kwnames);
    default:
      return call_binary(vm, d, owner, args, nargs);
  }
}

// A type's name as CPython's tp_name spells it: a built-in one with its
// module unless that is builtins ("datetime.timedelta", "int"), a class
// by its name alone.
std::string tp_name(const Type* t) {
  if (!(t->flags & Type::kHeapType) && is_str(t->module) && as_str(t->module)->view() != "builtins") {
    return std::string(as_str(t->module)->view()) + "." + std::string(t->name->view());
  }
  return std::string(t->name->view());
}

// The receiver check of calling `owner.name(...)`, with CPython's messages
// (wrapperdescr_call).
bool check_receiver(VM& vm, const char* name, Type* owner, Value* args, int nargs) {
  if (nargs == 0) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' of '%s' object needs an argument", name,
                 tp_name(owner).c_str());
    return false;
  }
  Type* t = vm.type_of(args[0]);
  if (t != owner && !vm.is_subtype(t, owner)) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                 name, tp_name(owner).c_str(), tp_name(t).c_str());
    return false;
  }
  return true;
}

// The receiver and argument checks (check_num_args) of a slot wrapper.
bool check_call(VM& vm, const SlotDef& d, Type* owner, Value* args, int nargs, Tuple* kwnames) {
  if (!check_receiver(vm, d.name, owner, args, nargs)) return false;
  if (d.kind == SlotKind::Call) return true;
  Arity a = arity(d);
  if (d.kind == SlotKind::Inplace && d.op == op(BinaryOp::Mul) &&
      (owner->slots.sequence_ops & bit(d.op))) {
    a.unpack = true;
  }
  int n = nargs - 1;
  if (n >= a.min && n <= a.max && (!kwnames || kwnames->size == 0)) return true;
  return a.unpack ? unpack_wrapper_args(vm, d.name, n, kwnames, a.min, a.max)
                  : wrapper_args(vm, d.name, n, kwnames, a.min);
}

// The function of the wrapper for kSlotDefs[i]; the type it belongs to is
// the wrapper's data.
template <size_t i>
Value slot_wrapper_call(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* owner = static_cast<Type*>(vm.native_data.as_obj());
  if (!check_call(vm, kSlotDefs[i], owner, args, nargs, kwnames)) return Value::exception();
  return call_slot(vm, kSlotDefs[i], owner, args, nargs, kwnames);
}

template <size_t... i>
constexpr std::array<NativeFn, sizeof...(i)> wrapper_functions(std::index_sequence<i...>) {
  return {slot_wrapper_call<i>...};
}
constexpr auto kWrapperFns = wrapper_functions(std::make_index_sequence<std::size(kSlotDefs)>());

NativeFunction* wrapper_of(Value v) { return static_cast<NativeFunction*>(v.as_obj()); }

// ---------------------------------------------------------------- the two types

Value wrapper_descriptor_repr(VM& vm, Value self) {
  NativeFunction* f = wrapper_of(self);
  return vm.str_value("<slot wrapper '" + std::string(f->name->view()) + "' of '" +
                      tp_name(static_cast<Type*>(f->data.as_obj())) + "' objects>");
}

Value method_wrapper_repr(VM& vm, Value self) {
  NativeFunction* f = wrapper_of(self);
  return vm.str_value("<method-wrapper '" + std::string(f->name->view()) + "' of " +
                      tp_name(vm.type_of(f->self)) + " object at " +
                      address_of(f->self.is_obj() ? f->self.as_obj() : nullptr) + ">");
}

Value slot_wrapper_getattr(VM& vm, Value self, Str* name) {
  NativeFunction* f = wrapper_of(self);
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(f->name);
  if (n == "__qualname__") {
    return vm.str_value(std::string(static_cast<Type*>(f->data.as_obj())->name->view()) + "." +
                        std::string(f->name->view()));
  }
  if (n == "__objclass__") return f->data;
  if (n == "__self__" && !f->self.is_null()) return f->self;
  if (n == "__doc__") return Value::none();
  return generic_getattr(vm, self, name, true);
}

// A method of a built-in type seen on the type (str.upper): CPython's
// method_descriptor. Its data is the type (add_method).
Value method_descriptor_repr(VM& vm, Value self) {
  NativeFunction* f = wrapper_of(self);
  return vm.str_value("<method '" + std::string(f->name->view()) + "' of '" +
                      tp_name(static_cast<Type*>(f->data.as_obj())) + "' objects>");
}

// A class method of a built-in type (dict.__dict__['fromkeys'], made by
// add_class_method): shown as its function, whose data is the type too.
Value classmethod_descriptor_repr(VM& vm, Value self) {
  return method_descriptor_repr(vm, static_cast<ClassMethod*>(self.as_obj())->func);
}

Value method_descriptor_getattr(VM& vm, Value self, Str* name) {
  NativeFunction* f = wrapper_of(self);
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(f->name);
  if (n == "__qualname__") return Value::object(f->qualname);
  if (n == "__objclass__") return f->data;
  if (n == "__doc__") return native_doc(vm, f);
  return generic_getattr(vm, self, name, true);
}

// descriptor.__get__(obj, type=None) of both descriptor types, as CPython's
// method_get and wrapperdescr_get: None gives the descriptor itself, an
// instance of its type the bound method, anything else TypeError.
Value native_descriptor_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__get__") ||
      !unpack_wrapper_args(vm, "__get__", nargs - 1, kw, 1, 2)) {
    return Value::exception();
  }
  NativeFunction* f = wrapper_of(args[0]);
  auto* owner = static_cast<Type*>(f->data.as_obj());
  Value obj = args[1];
  if (obj.is_none()) {
    bool no_type = nargs < 3 || args[2].is_none();
    if (no_type) return vm.raise(vm.types.TypeError, "__get__(None, None) is invalid");
    return args[0];
  }
  if (!vm.isinstance(obj, owner)) {
    return vm.raise_fmt(vm.types.TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        f->name->data, tp_name(owner).c_str(), type_name(vm, obj));
  }
  return bind_method(vm, args[0], obj);
}

// Two method-wrappers are equal when they wrap the same method of the same
// object ((1).__add__ == (1).__add__).
Value method_wrapper_compare(VM& vm, Value a, Value b, CompareOp o) {
  if (o != CompareOp::Eq && o != CompareOp::Ne) return vm.not_implemented;
  if (!b.is_obj() || b.as_obj()->type != vm.types.method_wrapper) return vm.not_implemented;
  NativeFunction* x = wrapper_of(a);
  NativeFunction* y = wrapper_of(b);
  bool eq = x->self.is(y->self) && x->fn == y->fn && x->data.is(y->data);
  return Value::boolean(o == CompareOp::Eq ? eq : !eq);
}

bool method_wrapper_hash(VM& vm, Value self, int64_t& out) {
  NativeFunction* f = wrapper_of(self);
  if (!vm.hash(f->self, out)) return false;
  out ^= static_cast<int64_t>(reinterpret_cast<uintptr_t>(f->fn) >> 4);
  if (out == -1) out = -2;
  return true;
}

// __call__ of the kinds VM::call runs itself (functions, built-in
// functions, bound methods, these wrappers): calls the receiver.
Value call_receiver(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* owner = static_cast<Type*>(vm.native_data.as_obj());
  if (!check_call(vm, {"__call__", SlotKind::Call, 0}, owner, args, nargs, kwnames)) {
    return Value::exception();
  }
  return vm.call(args[0], args + 1, nargs - 1, kwnames);
}

}  // namespace

namespace {

void add_wrapper(VM& vm, Type* t, Str* name, NativeFn fn) {
  RootScope roots(vm);
  NativeFunction* f = vm.new_native(name, fn, true);
  roots.add(Value::object(f));
  f->type = vm.types.wrapper_descriptor;
  f->data = Value::object(t);  // __qualname__ is made when asked for (there are hundreds)
  dict_set_str(vm, t->dict, f->name, Value::object(f));
}

}  // namespace

bool wrapper_receiver(VM& vm, Value* args, int nargs, const char* name) {
  return check_receiver(vm, name, static_cast<Type*>(vm.native_data.as_obj()), args, nargs);
}

void add_wrapper_method(VM& vm, Type* t, const char* name, NativeFn fn) {
  add_wrapper(vm, t, vm.intern(name), fn);
}

void add_slot_wrappers(VM& vm, Type* t) {
  for (size_t i = 0; i < std::size(kSlotDefs); ++i) {
    const SlotDef& d = kSlotDefs[i];
    if (!defines(t, d)) continue;
    // A method the type defines itself (list.__getitem__) stays.
    Str* name = vm.intern(d.name);
    if (dict_get_str(t->dict, name).is_null()) add_wrapper(vm, t, name, kWrapperFns[i]);
  }
}

Type* slot_wrapper_owner(VM& vm, Value v) {
  if (!v.is_obj() || v.as_obj()->type != vm.types.wrapper_descriptor) return nullptr;
  return static_cast<Type*>(wrapper_of(v)->data.as_obj());
}

void init_slot_wrapper_types(VM& vm) {
  for (Type* t : {vm.types.function, vm.types.builtin_function, vm.types.method,
                  vm.types.wrapper_descriptor, vm.types.method_wrapper, vm.types.method_descriptor}) {
    add_wrapper_method(vm, t, "__call__", call_receiver);
  }
  Type* d = vm.types.wrapper_descriptor;
  d->slots.repr = wrapper_descriptor_repr;
  d->slots.getattr = slot_wrapper_getattr;
  add_wrapper_method(vm, d, "__get__", native_descriptor_get);
  Type* md = vm.types.method_descriptor;
  md->slots.repr = method_descriptor_repr;
  md->slots.getattr = method_descriptor_getattr;
  add_wrapper_method(vm, md, "__get__", native_descriptor_get);
  vm.types.classmethod_descriptor->slots.repr = classmethod_descriptor_repr;
  Type* m = vm.types.method_wrapper;
  m->slots.repr = method_wrapper_repr;
  m->slots.getattr = slot_wrapper_getattr;
  m->slots.compare = method_wrapper_compare;
  m->slots.hash = method_wrapper_hash;
}

}  // namespace coil::vm
