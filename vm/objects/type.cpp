// `type`: calling classes (construction), making a class from a namespace,
// method resolution order, and the slots a class gets from the dunder
// methods it defines. The class statement and metaclasses are in
// vm/objects/metaclass.cpp.
#include <algorithm>
#include <string>

#include "vm/call.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

// ---------------------------------------------------------------- dunder slots

// Calls a dunder `m` found on type(self) with self first; plain functions
// are called without allocating a bound method.
static Value call_found(VM& vm, Value m, Value self, Value* args, int nargs) {
  if (m.is_obj() && m.as_obj()->kind == ObjKind::Function && nargs < 4) {
    Value all[4];
    all[0] = self;
    for (int i = 0; i < nargs; ++i) all[i + 1] = args[i];
    return vm.call(m, all, nargs + 1);
  }
  RootScope roots(vm);
  Value bound = roots.add(bind_method(vm, m, self));
  return vm.call(bound, args, nargs);
}

// Calls the dunder `name` found on type(self) with the given arguments;
// null() when the type has no such method.
static Value call_dunder(VM& vm, Value self, Str* name, Value* args, int nargs) {
  Value m = vm.lookup_type(vm.type_of(self), name);
  if (m.is_null()) return Value::null();
  return call_found(vm, m, self, args, nargs);
}

// The first built-in type in a class's MRO (whose C++ slots a class falls
// back on for the dunders it does not define).
static Type* first_builtin(Type* t) {
  for (Type* m : t->mro) {
    if (!(m->flags & Type::kHeapType)) return m;
  }
  return t;
}

static Str* dunder(VM& vm, const char* name) { return vm.intern(name); }

static Value slot_repr(VM& vm, Value self) {
  Value r = call_dunder(vm, self, vm.names.__repr__, nullptr, 0);
  if (r.is_null()) return object_default_repr(vm, self);
  if (r.is_exception()) return r;
  if (!is_str(r)) {
    return vm.raise_fmt(vm.types.TypeError, "__repr__ returned non-string (type %s)",
                        type_name(vm, r));
  }
  return r;
}

static Value slot_str(VM& vm, Value self) {
  Type* t = vm.type_of(self);
  Value m = vm.lookup_type(t, vm.names.__str__);
  bool inherited = m.is_null() || m.is(dict_get_str(vm.types.object->dict, vm.names.__str__));
  // No class written in coil defines __str__: a built-in base's own str
  // (BaseException's: the args) wins over object's, as in CPython.
  Type* bt = first_builtin(t);
  if (inherited && bt->slots.str && bt->slots.str != slot_str) return bt->slots.str(vm, self);
  if (m.is_null()) return vm.repr(self);
  Value r;
  if (inherited) {
    // object.__str__ is repr(), whose result CPython checks as __str__'s.
    r = call_dunder(vm, self, vm.names.__repr__, nullptr, 0);
    if (r.is_null()) return object_default_repr(vm, self);
  } else {
    r = call_found(vm, m, self, nullptr, 0);
  }
  if (r.is_exception()) return r;
  if (!is_str(r)) {
    return vm.raise_fmt(vm.types.TypeError, "__str__ returned non-string (type %s)",
                        type_name(vm, r));
  }
  return r;
}

static bool slot_hash(VM& vm, Value self, int64_t& out) {
  Value m = vm.lookup_type(vm.type_of(self), vm.names.__hash__);
  if (m.is_none()) {
    vm.raise_fmt(vm.types.TypeError, "unhashable type: '%s'", type_name(vm, self));
    return false;
  }
  Value r = call_dunder(vm, self, vm.names.__hash__, nullptr, 0);
  if (r.is_exception()) return false;
  if (r.is_int()) {
    out = r.as_int();
    if (out == -1) out = -2;
    return true;
  }
  if (!is_int_value(r)) {
    vm.raise(vm.types.TypeError, "__hash__ method should return an integer");
    return false;
  }
  // An int that fits a hash value is the hash itself; larger ones are hashed.
  if (r.is_obj() && r.as_obj()->kind == ObjKind::BigInt &&
      static_cast<BigInt*>(r.as_obj())->to_int64(out)) {
    if (out == -1) out = -2;
    return true;
  }
  return vm.hash(r, out);
}

static Str* compare_dunder(VM& vm, CompareOp op) {
  static Str* Names::*const names[] = {&Names::__lt__, &Names::__le__, &Names::__eq__,
                                       &Names::__ne__, &Names::__gt__, &Names::__ge__};
  return vm.names.*names[static_cast<int>(op)];
}

static Value slot_compare(VM& vm, Value a, Value b, CompareOp op) {
  Type* t = vm.type_of(a);
  Value m = vm.lookup_type(t, compare_dunder(vm, op));
  if (Type* owner = slot_wrapper_owner(vm, m)) return owner->slots.compare(vm, a, b, op);
  if (m.is_null()) {
    Type* bt = first_builtin(t);
    if (bt->slots.compare && bt->slots.compare != slot_compare) return bt->slots.compare(vm, a, b, op);
    return vm.not_implemented;
  }
  if (m.is_none()) return vm.not_implemented;
  return call_found(vm, m, a, &b, 1);
}

static Str* binary_dunder(VM& vm, BinaryOp op, int which) {
  Str*& slot = vm.binary_dunders[which][static_cast<int>(op)];
  if (!slot) {
    static const char* const names[] = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
                                        "lshift", "rshift", "or", "xor", "and", "floordiv"};
    static const char* const prefix[] = {"__", "__r", "__i"};
    slot = vm.intern(std::string(prefix[which]) + names[static_cast<int>(op)] + "__");
  }
  return slot;
}

// One operand's side of a binary operator: `a op b` through type t's
// __op__ (reflected: b.__rop__(a)), or through the C++ slot of t's first
// built-in base when the class defines neither. NotImplemented when t
// cannot handle it; null() when t has nothing to offer.
static Value binary_side(VM& vm, Type* t, Value a, Value b, BinaryOp op, bool reflected) {
  if (t->flags & Type::kHeapType) {
    Value m = vm.lookup_type(t, binary_dunder(vm, op, reflected ? 1 : 0));
    if (Type* owner = slot_wrapper_owner(vm, m)) {
      t = owner;
    } else if (!m.is_null()) {
      if (m.is_none()) return vm.not_implemented;
      return reflected ? call_found(vm, m, b, &a, 1) : call_found(vm, m, a, &b, 1);
    } else {
      t = first_builtin(t);
    }
  }
  if (!t->slots.binary || t->slots.binary == user_binary_op) return Value::null();
  return t->slots.binary(vm, a, b, op, false);
}

// Whether t's reflected method for op differs from base's (CPython gives a
// subclass's override of __rop__ the first try).
static bool overrides_reflected(VM& vm, Type* t, Type* base, BinaryOp op) {
  Str* name = binary_dunder(vm, op, 1);
  Value mt = vm.lookup_type(t, name);
  return !mt.is_null() && !mt.is(vm.lookup_type(base, name));
}

// int, bool and float have no in-place operations (CPython: no nb_inplace_*
// slots), so `n |= x` is `n | x`: a subclass operand on the right that
// overrides __ror__ goes first, and a subclass on the left without __ior__
// gets its own __or__.
static bool has_no_inplace_ops(VM& vm, Type* t) {
  return t == vm.types.int_ || t == vm.types.bool_ || t == vm.types.float_;
}

// `a op b` (or `a op= b`) when either operand's class was defined in coil:
// CPython's binary_op1 with __iop__ first for the in-place forms.
Value user_binary_op(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  if (inplace) {
    if (ta->flags & Type::kHeapType) {
      Value m = vm.lookup_type(ta, binary_dunder(vm, op, 2));
      if (Type* owner = slot_wrapper_owner(vm, m)) {
        Value r = owner->slots.binary(vm, a, b, op, true);
        if (!r.is(vm.not_implemented)) return r;
      } else if (!m.is_null() && !m.is_none()) {
        Value r = call_found(vm, m, a, &b, 1);
        if (!r.is(vm.not_implemented)) return r;
      } else if (m.is_null()) {
        Type* bt = first_builtin(ta);
        if (bt->slots.binary && bt->slots.binary != user_binary_op && !has_no_inplace_ops(vm, bt)) {
          Value r = bt->slots.binary(vm, a, b, op, true);
          if (!r.is(vm.not_implemented)) return r;
        }
      }
    } else if (ta->slots.binary && !has_no_inplace_ops(vm, ta)) {
      Value r = ta->slots.binary(vm, a, b, op, true);
      if (!r.is(vm.not_implemented)) return r;
    }
  }
  bool right_first = ta != tb && vm.is_subtype(tb, ta) && overrides_reflected(vm, tb, ta, op);
  if (right_first) {
    Value r = binary_side(vm, tb, a, b, op, true);
    if (!r.is_null() && !r.is(vm.not_implemented)) return r;
  }
  Value r = binary_side(vm, ta, a, b, op, false);
  if (!r.is_null() && !r.is(vm.not_implemented)) return r;
  if (ta != tb && !right_first) {
    r = binary_side(vm, tb, a, b, op, true);
    if (!r.is_null() && !r.is(vm.not_implemented)) return r;
  }
  return vm.not_implemented;
}

static Value slot_unary(VM& vm, Value self, const char* name) {
  Value r = call_dunder(vm, self, dunder(vm, name), nullptr, 0);
  if (r.is_null()) {
    return vm.raise_fmt(vm.types.TypeError, "bad operand type for unary %s: '%s'",
                        name[2] == 'n' && name[3] == 'e' ? "-" : name[2] == 'p' ? "+" : "~",
                        type_name(vm, self));
  }
  return r;
}
static Value slot_neg(VM& vm, Value self) { return slot_unary(vm, self, "__neg__"); }
static Value slot_pos(VM& vm, Value self) { return slot_unary(vm, self, "__pos__"); }
static Value slot_invert(VM& vm, Value self) { return slot_unary(vm, self, "__invert__"); }

static bool slot_length(VM& vm, Value self, int64_t& out) {
  Value r = call_dunder(vm, self, vm.names.__len__, nullptr, 0);
  if (r.is_null()) {
    vm.raise_fmt(vm.types.TypeError, "object of type '%s' has no len()",
                 type_name(vm, self));
    return false;
  }
  if (r.is_exception()) return false;
  if (!r.is_int() && !r.is_bool() && !is_int_value(r)) {
    vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(vm, r));
    return false;
  }
  if (is_large_int(r)) {
    vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  out = r.is_int() ? r.as_int() : r.is_bool() ? r.as_bool() : static_cast<BigInt*>(r.as_obj())->i64;
  if (out < 0) {
    vm.raise(vm.types.ValueError, "__len__() should return >= 0");
    return false;
  }
  return true;
}

static int slot_truthy(VM& vm, Value self) {
  Type* t = vm.type_of(self);
  if (!vm.lookup_type(t, vm.names.__bool__).is_null()) {
    Value r = call_dunder(vm, self, vm.names.__bool__, nullptr, 0);
    if (r.is_exception()) return -1;
    if (!r.is_bool()) {
      vm.raise_fmt(vm.types.TypeError, "__bool__ should return bool, returned %s",
                   type_name(vm, r));
      return -1;
    }
    return r.as_bool();
  }
  if (!vm.lookup_type(t, vm.names.__len__).is_null()) {
    int64_t n;
    if (!slot_length(vm, self, n)) return -1;
    return n != 0;
  }
  return 1;
}

static Value slot_getitem(VM& vm, Value self, Value key) {
  Value r = call_dunder(vm, self, vm.names.__getitem__, &key, 1);
  if (r.is_null()) {
    return vm.raise_fmt(vm.types.TypeError, "'%s' object is not subscriptable",
                        type_name(vm, self));
  }
  return r;
}

static int slot_setitem(VM& vm, Value self, Value key, Value value) {
  Value r;
  if (value.is_null()) {
    r = call_dunder(vm, self, vm.names.__delitem__, &key, 1);
    if (r.is_null()) {
      vm.raise_fmt(vm.types.AttributeError, "__delitem__");
      return -1;
    }
  } else {
    Value args[2] = {key, value};
    r = call_dunder(vm, self, vm.names.__setitem__, args, 2);
    if (r.is_null()) {
      vm.raise_fmt(vm.types.TypeError, "'%s' object does not support item assignment",
                   type_name(vm, self));
      return -1;
    }
  }
  return r.is_exception() ? -1 : 0;
}

static int slot_contains(VM& vm, Value self, Value item) {
  Type* t = vm.type_of(self);
  if (vm.lookup_type(t, vm.names.__contains__).is_null()) {
    // Fall back to iteration.
    RootScope roots(vm);
    Value it = vm.iter(self);
    if (it.is_exception()) return -1;
    roots.add(it);
    for (;;) {
      Value x;
      int r = vm.next(it, x);
      if (r <= 0) return r;
      int e = vm.eq(x, item);
      if (e != 0) return e;
    }
  }
  Value r = call_dunder(vm, self, vm.names.__contains__, &item, 1);
  if (r.is_exception()) return -1;
  return vm.truthy(r);
}

static Value slot_iter(VM& vm, Value self) {
  Type* t = vm.type_of(self);
  if (vm.lookup_type(t, vm.names.__iter__).is_null()) {
    if (!vm.lookup_type(t, vm.names.__getitem__).is_null()) return make_seq_iterator(vm, self);
    return vm.raise_fmt(vm.types.TypeError, "'%s' object is not iterable", t->name->data);
  }
  Value r = call_dunder(vm, self, vm.names.__iter__, nullptr, 0);
  if (r.is_exception()) return r;
  if (!vm.type_of(r)->slots.next) {
    return vm.raise_fmt(vm.types.TypeError, "iter() returned non-iterator of type '%s'",
                        type_name(vm, r));
  }
  return r;
}

static int slot_next(VM& vm, Value self, Value& out) {
  Value r = call_dunder(vm, self, vm.names.__next__, nullptr, 0);
  if (r.is_null()) {
    vm.raise_fmt(vm.types.TypeError, "'%s' object is not an iterator", type_name(vm, self));
    return -1;
  }
  if (r.is_exception()) {
    if (vm.pending_is(vm.types.StopIteration)) {
      vm.pending = Value::null();
      return 0;
    }
    return -1;
  }
  out = r;
  return 1;
}

bool next_calls_dunder(Type* type) { return type->slots.next == slot_next; }

static Value slot_call(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames) {
  Value m = vm.lookup_type(vm.type_of(self), vm.names.__call__);
  if (m.is_null()) {
    return vm.raise_fmt(vm.types.TypeError, "'%s' object is not callable",
                        type_name(vm, self));
  }
  RootScope roots(vm);
  Value bound = roots.add(bind_method(vm, m, self));
  return vm.call(bound, args, nargs, kwnames);
}

// Attribute access on a class with __getattribute__ or __getattr__: the
// former (or the generic lookup), then __getattr__ when that raised
// AttributeError.
static Value slot_getattr(VM& vm, Value self, Str* name) {
  Type* t = vm.type_of(self);
  Value v;
  Value arg = Value::object(name);
  if (t->flags & Type::kCustomGetattribute) {
    v = call_dunder(vm, self, vm.names.__getattribute__, &arg, 1);
  } else {
    v = generic_getattr(vm, self, name, false);
  }
  if (!v.is_null() && !v.is_exception()) return v;
  if (v.is_exception() && !vm.pending_is(vm.types.AttributeError)) return v;
  Value ga = vm.lookup_type(t, vm.names.__getattr__);
  if (ga.is_null()) return v.is_null() ? raise_attribute_error(vm, self, name) : v;
  vm.pending = Value::null();
  return call_found(vm, ga, self, &arg, 1);
}

static int slot_setattr(VM& vm, Value self, Str* name, Value value) {
  Type* t = vm.type_of(self);
  Str* hook = value.is_null() ? vm.names.__delattr__ : vm.names.__setattr__;
  Value m = vm.lookup_type(t, hook);
  if (m.is_null() || (m.is_obj() && m.as_obj()->kind == ObjKind::NativeFunction)) {
    return generic_setattr(vm, self, name, value);
  }
  Value args[2] = {Value::object(name), value};
  Value r = call_dunder(vm, self, hook, args, value.is_null() ? 1 : 2);
  return r.is_exception() ? -1 : 0;
}

static Value slot_format(VM& vm, Value self, Str* spec) {
  Value m = vm.lookup_type(vm.type_of(self), vm.names.__format__);
  if (m.is_null() || (m.is_obj() && m.as_obj()->kind == ObjKind::NativeFunction)) {
    if (spec->size) {
      return vm.raise_fmt(vm.types.TypeError, "unsupported format string passed to %s.__format__",
                          type_name(vm, self));
    }
    return vm.str(self);
  }
  Value arg = Value::object(spec);
  Value r = call_found(vm, m, self, &arg, 1);
  if (!r.is_exception() && !is_str(r)) {
    return vm.raise_fmt(vm.types.TypeError, "__format__ must return a str, not %s",
                        type_name(vm, r));
  }
  return r;
}

// Points the slots of a class at its dunder methods (those it or a base class
// written in coil defines); built-in bases keep their C++ slots otherwise.
// `at_creation`: the class statement itself, where defining __eq__ without
// __hash__ makes instances unhashable (assigning __eq__ later does not).
static void set_class_slots(VM& vm, Type* cls, bool at_creation = true) {
  auto has = [&](const char* n) {
    for (Type* t : cls->mro) {
      if (!(t->flags & Type::kHeapType)) continue;
      if (!dict_get_str(t->dict, vm.intern(n)).is_null()) return true;
    }
    return false;
  };
  TypeSlots& s = cls->slots;
  if (has("__repr__")) s.repr = slot_repr;
  if (has("__str__") || has("__repr__")) s.str = slot_str;
  // Defining __eq__ without __hash__ makes instances unhashable, whatever
  // the bases define.
  bool eq = at_creation && !dict_get_str(cls->dict, vm.names.__eq__).is_null() &&
            dict_get_str(cls->dict, vm.names.__hash__).is_null();
  bool compares = has("__eq__");
  if (compares || has("__lt__") || has("__le__") || has("__gt__") || has("__ge__") || has("__ne__"))
    s.compare = slot_compare;
  if (eq) {
    s.hash = nullptr;
    dict_set_str(vm, cls->dict, vm.names.__hash__, Value::none());
  } else if (has("__hash__")) {
    s.hash = slot_hash;
  }
  static const char* const ops[] = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
                                    "lshift", "rshift", "or", "xor", "and", "floordiv"};
  for (const char* op : ops) {
    std::string b(op);
    if (has(("__" + b + "__").c_str()) || has(("__r" + b + "__").c_str()) ||
        has(("__i" + b + "__").c_str())) {
      s.binary = user_binary_op;
    }
  }
  if (has("__neg__")) s.negative = slot_neg;
  if (has("__pos__")) s.positive = slot_pos;
  if (has("__invert__")) s.invert = slot_invert;
  if (has("__bool__") || has("__len__")) s.truthy = slot_truthy;
  if (has("__len__")) s.length = slot_length;
  if (has("__getitem__")) s.getitem = slot_getitem;
  if (has("__setitem__") || has("__delitem__")) s.setitem = slot_setitem;
  if (has("__contains__")) s.contains = slot_contains;
  if (has("__iter__")) s.iter = slot_iter;
  if (has("__next__")) s.next = slot_next;
  if (has("__call__")) s.call = slot_call;
  if (has("__getattribute__")) cls->flags |= Type::kCustomGetattribute;
  if (has("__del__")) {
    cls->flags |= Type::kHasFinalizer;
  } else {
    cls->flags &= ~Type::kHasFinalizer;
  }
  if (has("__getattr__") || has("__getattribute__")) s.getattr = slot_getattr;
  if (has("__setattr__") || has("__delattr__")) s.setattr = slot_setattr;
  if (has("__format__")) s.format = slot_format;
}

// ---------------------------------------------------------------- MRO

// CPython's message (line break included) names the classes that head the
// sequences still left to merge, each once, in merge order.
static void raise_mro_conflict(VM& vm, const std::vector<std::vector<Type*>>& seqs) {
  std::vector<Type*> heads;
  for (const auto& s : seqs) {
    if (!s.empty() && std::find(heads.begin(), heads.end(), s.front()) == heads.end())
      heads.push_back(s.front());
  }
  std::string names;
  for (Type* h : heads) {
    if (!names.empty()) names += ",";
    names += " ";
    names += h->name->view();
  }
  vm.raise(vm.types.TypeError,
           "Cannot create a consistent method resolution\norder (MRO) for bases" + names);
}

// C3 linearisation of a class with the given bases.
static bool compute_mro(VM& vm, Type* cls, std::vector<Type*>& out) {
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : cls->bases) seqs.push_back(b->mro);
  seqs.push_back(cls->bases);
  out.push_back(cls);
  for (;;) {
    bool empty = true;
    for (auto& s : seqs) empty &= s.empty();
    if (empty) return true;
    Type* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* cand = s.front();
      bool in_tail = false;
      for (auto& o : seqs) {
        for (size_t i = 1; i < o.size(); ++i) in_tail |= o[i] == cand;
      }
      if (!in_tail) {
        pick = cand;
        break;
      }
    }
    if (!pick) {
      raise_mro_conflict(vm, seqs);
      return false;
    }
    out.push_back(pick);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
    }
  }
}

// Whether `slot`, listed in the __slots__ of `owner`, names the attribute
// `name`: a private slot `__x` is the attribute `_Owner__x`, as CPython
// mangles it (owner null: no mangling).
static bool slot_names(std::string_view slot, Type* owner, std::string_view name) {
  bool is_private = slot.size() >= 3 && slot.starts_with("__") && !slot.ends_with("__");
  if (!owner || !is_private) return slot == name;
  std::string_view cls = owner->name->view();
  size_t i = cls.find_first_not_of('_');
  if (i == std::string_view::npos) return slot == name;  // class `__`: no mangling
  cls.remove_prefix(i);
  return name.size() == 1 + cls.size() + slot.size() && name[0] == '_' &&
         name.substr(1, cls.size()) == cls && name.substr(1 + cls.size()) == slot;
}

// Whether `name` is among the __slots__ of a class (a str or an iterable
// of strs); -1 on error.
int slots_contain(VM& vm, Value slots, Str* name, Type* owner) {
  if (is_str(slots)) return slot_names(as_str(slots)->view(), owner, name->view());
  std::vector<Value> items;
  if (!vm.unpack_iterable(slots, items)) return -1;
  for (Value v : items) {
    if (is_str(v) && slot_names(as_str(v)->view(), owner, name->view())) return 1;
  }
  return 0;
}

// True when each class written in coil in cls's MRO has __slots__ and none
// lists '__dict__'.
static bool all_slotted(VM& vm, Type* cls) {
  for (Type* t : cls->mro) {
    if (!(t->flags & Type::kHeapType)) continue;
    Value slots = dict_get_str(t->dict, vm.names.__slots__);
    if (slots.is_null() || slots_contain(vm, slots, vm.names.__dict__) != 0) {
      vm.pending = Value::null();
      return false;
    }
  }
  return true;
}

// The __dict__/__weakref__ descriptors of a new class, by what its
// __slots__ (if any) list; false with an exception pending.
static bool add_class_getsets(VM& vm, Type* cls, Dict* ns) {
  Value slots = dict_get_str(ns, vm.names.__slots__);
  int dict_slot = 0;
  int weak_slot = 0;
  if (!slots.is_null()) {
    dict_slot = slots_contain(vm, slots, vm.names.__dict__);
    weak_slot = slots_contain(vm, slots, vm.intern("__weakref__"));
    if (dict_slot < 0 || weak_slot < 0) return false;
  }
  add_instance_getsets(vm, cls, !slots.is_null(), dict_slot == 1, weak_slot == 1);
  return true;
}

// Creates a class: type(name, bases, namespace), an instance of `meta`.
Value make_class(VM& vm, Str* name, std::vector<Type*> bases, Dict* ns, Type* meta) {
  if (bases.empty()) bases.push_back(vm.types.object);
  for (Type* b : bases) {
    if (!(b->flags & Type::kBaseType)) {
      return vm.raise_fmt(vm.types.TypeError, "type '%s' is not an acceptable base type",
                          b->name->data);
    }
  }
  Type* base = bases[0];
  // The instance layout comes from the first base with a built-in layout.
  ObjKind kind = ObjKind::Instance;
  for (Type* b : bases) {
    if (b->instance_kind != ObjKind::Instance) {
      kind = b->instance_kind;
      base = b;
      break;
    }
  }
  // Variable-size layouts have no room for slot fields (CPython's itemsize rule).
  if (kind == ObjKind::BigInt || kind == ObjKind::Str || kind == ObjKind::Bytes ||
      kind == ObjKind::Tuple) {
    Value slots = dict_get_str(ns, vm.names.__slots__);
    if (!slots.is_null()) {
      std::vector<Value> items;
      if (is_str(slots)) {
        items.push_back(slots);
      } else if (!vm.unpack_iterable(slots, items)) {
        return Value::exception();
      }
      if (!items.empty()) {
        return vm.raise_fmt(vm.types.TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                            base->name->data);
      }
    }
  }
  Type* cls = vm.new_type(name->view(), bases[0], kind, nullptr);
  RootScope roots(vm);
  roots.add(cls);
  // __doc__ comes last, from the namespace or as None (below).
  dict_del(vm, cls->dict, Value::object(vm.names.__doc__));
  cls->type = meta;
  cls->bases = bases;
  cls->flags |= Type::kHeapType;
  if (base->flags & Type::kException) cls->flags |= Type::kException;
  cls->mro.clear();
  if (!compute_mro(vm, cls, cls->mro)) {
    std::erase(bases[0]->subclasses, cls);  // new_type listed it
    return Value::exception();
  }
  vm.register_subclass(cls);
  for (auto& e : ns->table.entries) {
    if (e.key.is_null()) continue;
    Value v = e.value;
    // __init_subclass__ and __class_getitem__ are implicitly classmethods.
    if ((e.key.is(Value::object(vm.names.__init_subclass__)) ||
         e.key.is(Value::object(vm.names.__class_getitem__))) &&
        v.is_obj() && v.as_obj()->kind == ObjKind::Function) {
      auto* cm = vm.alloc<ClassMethod>(ObjKind::ClassMethod, vm.types.classmethod);
      cm->func = v;
      v = Value::object(cm);
    }
    table_set(vm, cls->dict->table, e.key, e.hash, v);
  }
  Value qual = dict_get_str(ns, vm.names.__qualname__);
  if (!qual.is_null() && is_str(qual)) {
    cls->qualname = as_str(qual);
    dict_del(vm, cls->dict, Value::object(vm.names.__qualname__));
  }
  Value mod = dict_get_str(ns, vm.names.__module__);
  if (mod.is_null() && vm.frame) {
    // type(name, bases, ns): the calling code's module.
    mod = dict_get_str(vm.frame->globals, vm.names.__name__);
    if (!mod.is_null()) dict_set_str(vm, cls->dict, vm.names.__module__, mod);
  }
  if (!mod.is_null()) cls->module = mod;
  if (!add_slot_members(vm, cls, ns)) {
    std::erase(bases[0]->subclasses, cls);
    return Value::exception();
  }
  if (all_slotted(vm, cls)) cls->flags |= Type::kSlotted;
  if (!add_class_getsets(vm, cls, ns)) {
    std::erase(bases[0]->subclasses, cls);
    return Value::exception();
  }
  if (dict_get_str(cls->dict, vm.names.__doc__).is_null()) {
    dict_set_str(vm, cls->dict, vm.names.__doc__, Value::none());
  }
  Value cell = dict_get_str(ns, vm.names.__classcell__);
  if (!cell.is_null() && cell.is_obj() && cell.as_obj()->kind == ObjKind::Cell) {
    static_cast<Cell*>(cell.as_obj())->value = Value::object(cls);
    dict_del(vm, cls->dict, Value::object(vm.names.__classcell__));
  }
  ++vm.type_version;
  // Slots: start from the first base's, then the class's own dunders.
  cls->slots = base->slots;
  cls->constructor = nullptr;
  set_class_slots(vm, cls);
  ++vm.type_version;
  // Functions become methods; wrap nothing else. __set_name__ hooks:
  for (auto& e : ns->table.entries) {
    if (e.key.is_null() || !e.value.is_obj()) continue;
    Value hook = vm.lookup_type(vm.type_of(e.value), vm.names.__set_name__);
    if (hook.is_null()) continue;
    Value bound = roots.add(bind_method(vm, hook, e.value));
    Value args[2] = {Value::object(cls), e.key};
    if (vm.call(bound, args, 2).is_exception()) return Value::exception();
  }
  return Value::object(cls);
}

// Calls super(cls, cls).__init_subclass__(**kw): the hook of the nearest base
// that defines one (object's accepts no keywords).
bool init_subclass(VM& vm, Type* cls, Value* kwvals, Tuple* kwnames) {
  for (size_t i = 1; i < cls->mro.size(); ++i) {
    Value hook = dict_get_str(cls->mro[i]->dict, vm.names.__init_subclass__);
    if (hook.is_null()) continue;
    RootScope roots(vm);
    Value clsv = Value::object(cls);
    Value bound;
    if (hook.is_obj() && hook.as_obj()->kind == ObjKind::ClassMethod) {
      auto* m = vm.alloc<BoundMethod>(ObjKind::BoundMethod, vm.types.method);
      m->self = clsv;
      m->func = static_cast<ClassMethod*>(hook.as_obj())->func;
      bound = roots.add(Value::object(m));
    } else {
      bound = roots.add(bind_method(vm, hook, clsv));
    }
    return !vm.call(bound, kwvals, 0, kwnames).is_exception();
  }
  return true;
}

// ---------------------------------------------------------------- calling types

Type* new_receiver_type(VM& vm, Value* args, int nargs, Type* base) {
  if (nargs < 1) {
    vm.raise_fmt(vm.types.TypeError, "%s.__new__(): not enough arguments", base->name->data);
    return nullptr;
  }
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    vm.raise_fmt(vm.types.TypeError, "%s.__new__(X): X is not a type object (%s)", base->name->data,
                 type_name(vm, args[0]));
    return nullptr;
  }
  Type* cls = static_cast<Type*>(args[0].as_obj());
  if (!vm.is_subtype(cls, base)) {
    vm.raise_fmt(vm.types.TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                 base->name->data, cls->name->data, cls->name->data, base->name->data);
    return nullptr;
  }
  return cls;
}


// Whether t (or a base other than object) defines __new__.
static bool overrides_new(VM& vm, Type* t) {
  Value n = vm.lookup_type(t, vm.names.__new__);
  return !n.is_null() && !is_object_new(vm, n);
}

Value inline_construct(VM& vm, Type* type, Function** init) {
  if (!(type->flags & Type::kHeapType) || type->instance_kind != ObjKind::Instance ||
      (type->flags & Type::kException) || type->type != vm.types.type) {
    return Value::null();
  }
  Value i = vm.lookup_type(type, vm.names.__init__);
  if (!i.is_obj() || i.as_obj()->kind != ObjKind::Function) return Value::null();
  auto* fn = static_cast<Function*>(i.as_obj());
  if (fn->code->code_flags & (Code::kGenerator | Code::kCoroutine | Code::kAsyncGenerator)) {
    return Value::null();
  }
  if (overrides_new(vm, type)) return Value::null();
  *init = fn;
  return Value::object(new_instance(vm, type));
}

static Value call_init(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames) {
  Type* t = vm.type_of(self);
  Value init = vm.lookup_type(t, vm.names.__init__);
  if (init.is_null() || (init.is_obj() && init.as_obj()->kind == ObjKind::NativeFunction)) {
    int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
    if ((nargs || nkw) && t->instance_kind == ObjKind::Instance &&
        !overrides_new(vm, t)) {
      return vm.raise_fmt(vm.types.TypeError, "%s() takes no arguments", t->name->data);
    }
    // A built-in container's own __init__ (list, dict, set, bytearray)
    // fills what its __new__ left empty: a class whose __new__ returned
    // super().__new__(cls) gets its items. (BaseException.__init__ stores
    // args, already done at creation; object's takes nothing.)
    bool fills = !init.is_null() && t->instance_kind != ObjKind::Instance &&
                 t->instance_kind != ObjKind::Exception &&
                 !init.is(dict_get_str(vm.types.object->dict, vm.names.__init__));
    if (!fills) return self;
  }
  RootScope roots(vm);
  roots.add(self);
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  std::vector<Value> all;
  all.reserve(nargs + nkw + 1);
  all.push_back(self);
  all.insert(all.end(), args, args + nargs + nkw);
  Value r = vm.call(init, all.data(), nargs + 1, kwnames);
  if (r.is_exception()) return r;
  if (!r.is_none()) {
    return vm.raise_fmt(vm.types.TypeError, "__init__() should return None, not '%s'",
                        type_name(vm, r));
  }
  return self;
}

Value call_type(VM& vm, Type* type, Value* args, int nargs, Tuple* kwnames) {
  // str(x), the commonest conversion, without the constructor's argument parsing.
  if (type == vm.types.str && nargs == 1 && (!kwnames || kwnames->size == 0)) return vm.str(args[0]);
  // A class whose metaclass overrides __call__ is called through it.
  if (type->type != vm.types.type) {
    Value m = vm.lookup_type(type->type, vm.names.__call__);
    if (!m.is_null() && !m.is(dict_get_str(vm.types.type->dict, vm.names.__call__))) {
      RootScope roots(vm);
      Value bound = roots.add(bind_method(vm, m, Value::object(type)));
      return vm.call(bound, args, nargs, kwnames);
    }
  }
  return construct_instance(vm, type, args, nargs, kwnames);
}

// CPython refuses to instantiate a class whose own __abstractmethods__ (set
// by abc.ABCMeta) is not empty. abc sets it only on classes that have a
// metaclass, so plain classes skip the lookup.
Value check_not_abstract(VM& vm, Type* cls) {
  if (cls->type == vm.types.type || !cls->dict) return Value::none();
  Value abstract = dict_get_str(cls->dict, vm.intern("__abstractmethods__"));
  if (abstract.is_null()) return Value::none();
  int truth = vm.truthy(abstract);
  if (truth <= 0) return truth < 0 ? Value::exception() : Value::none();
  RootScope roots(vm);
  Value names = roots.add(list_from_iterable(vm, abstract));
  if (names.is_exception()) return names;
  auto* list = static_cast<List*>(names.as_obj());
  if (list_sort(vm, list, Value::none(), false).is_exception()) return Value::exception();
  std::string joined;
  for (size_t i = 0; i < list->items.size(); ++i) {
    Value s = vm.str(list->items[i]);
    if (s.is_exception()) return s;
    if (i) joined += ", ";
    joined += static_cast<Str*>(s.as_obj())->data;
  }
  return vm.raise_fmt(vm.types.TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
                      cls->name->data, list->items.size() > 1 ? "s" : "", joined.c_str());
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]) as CPython
// builds it: OSError itself becomes the subclass for the errno
// (ECONNREFUSED -> ConnectionRefusedError), and with a filename the args
// keep only (errno, strerror) while filename/filename2 become attributes.
static Value new_os_error(VM& vm, Type* type, Value* args, int nargs) {
  if (type == vm.types.OSError && (args[0].is_int() || args[0].is_bool())) {
    int64_t err = args[0].is_bool() ? args[0].as_bool() : args[0].as_int();
    if (err > 0 && err <= INT32_MAX) type = os_error_type_for_errno(vm, static_cast<int>(err));
  }
  bool named = nargs >= 3 && !args[2].is_none();
  uint32_t kept = named ? 2 : static_cast<uint32_t>(nargs);
  RootScope roots(vm);
  Tuple* t = roots.add(vm.new_tuple(kept));
  for (uint32_t i = 0; i < kept; ++i) t->items[i] = args[i];
  Value exc = roots.add(vm.new_exception_args(type, t));
  if (named) {
    auto* e = static_cast<Exception*>(exc.as_obj());
    if (!e->dict) e->dict = vm.new_dict();
    dict_set_str(vm, e->dict, vm.names.filename, args[2]);
    dict_set_str(vm, e->dict, vm.intern("filename2"), nargs == 5 ? args[4] : Value::none());
  }
  return exc;
}

Value construct_instance(VM& vm, Type* type, Value* args, int nargs, Tuple* kwnames) {
  if (type == vm.types.type) {
    int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
    if (nargs == 1 && nkw == 0) return Value::object(vm.type_of(args[0]));
    if (nargs == 3) {
      Value cls = new_class(vm, type, args, kwnames);
      // The bases' metaclass may have made it: that one's __init__ runs too.
      if (cls.is_exception() || vm.type_of(cls) == vm.types.type) return cls;
      return call_init(vm, cls, args, nargs, kwnames);
    }
    return vm.raise(vm.types.TypeError, "type() takes 1 or 3 arguments");
  }
  if (type->flags & Type::kException) {
    int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
    bool import_error = nkw && vm.is_subtype(type, vm.types.ImportError);
    if (nkw && !import_error && !(type->flags & Type::kHeapType)) {
      return vm.raise_fmt(vm.types.TypeError, "%s() takes no keyword arguments", type->name->data);
    }
    // An exception class with its own __new__ (written in coil) makes its
    // instances itself (through BaseException.__new__).
    Value user_new = (type->flags & Type::kHeapType) ? vm.lookup_type(type, vm.names.__new__) : Value::null();
    if (user_new.is_obj() &&
        (user_new.as_obj()->kind == ObjKind::Function || user_new.as_obj()->kind == ObjKind::StaticMethod)) {
      Value fn = user_new.as_obj()->kind == ObjKind::StaticMethod
                     ? static_cast<StaticMethod*>(user_new.as_obj())->func
                     : user_new;
      std::vector<Value> all;
      all.push_back(Value::object(type));
      all.insert(all.end(), args, args + nargs + nkw);
      Value self = vm.call(fn, all.data(), nargs + 1, kwnames);
      if (self.is_exception() || !vm.isinstance(self, type)) return self;
      return call_init(vm, self, args, nargs, kwnames);
    }
    if (!(type->flags & Type::kHeapType) && nargs >= 2 && nargs <= 5 && vm.is_subtype(type, vm.types.OSError)) {
      return new_os_error(vm, type, args, nargs);
    }
    Tuple* t = vm.new_tuple(static_cast<uint32_t>(nargs));
    for (int i = 0; i < nargs; ++i) t->items[i] = args[i];
    Value e = vm.new_exception_args(type, t);
    // ImportError(*args, name=None, path=None) and its subclasses.
    if (import_error && !e.is_exception()) e = set_import_error_keywords(vm, e, args + nargs, kwnames);
    if (e.is_exception() || !(type->flags & Type::kHeapType)) return e;
    return call_init(vm, e, args, nargs, kwnames);
  }
  if (!(type->flags & Type::kHeapType)) {
    if (type->constructor) {
      vm.native_data = Value::object(type);
      return type->constructor(vm, args, nargs, kwnames);
    }
    return vm.raise_fmt(vm.types.TypeError, "cannot create '%s' instances", type->name->data);
  }
  // A class defined in coil.
  Value self;
  Value user_new = vm.lookup_type(type, vm.names.__new__);
  if (is_object_new(vm, user_new)) user_new = Value::null();
  if (!user_new.is_null() && user_new.is_obj() &&
      (user_new.as_obj()->kind == ObjKind::Function ||
       user_new.as_obj()->kind == ObjKind::StaticMethod)) {
    Value fn = user_new.as_obj()->kind == ObjKind::StaticMethod
                   ? static_cast<StaticMethod*>(user_new.as_obj())->func
                   : user_new;
    int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
    std::vector<Value> all;
    all.push_back(Value::object(type));
    all.insert(all.end(), args, args + nargs + nkw);
    self = vm.call(fn, all.data(), nargs + 1, kwnames);
    if (self.is_exception()) return self;
    if (!vm.isinstance(self, type)) return self;
  } else if (type->instance_kind == ObjKind::Instance) {
    if (check_not_abstract(vm, type).is_exception()) return Value::exception();
    self = Value::object(new_instance(vm, type));
  } else {
    // A subclass of a built-in type: build the base value, then retag it.
    // The built-in class whose layout it has (class LD(Mixin, dict): dict).
    Type* builtin = nullptr;
    for (Type* t : type->mro) {
      if (!(t->flags & Type::kHeapType) && t->instance_kind == type->instance_kind) {
        builtin = t;
        break;
      }
    }
    if (!builtin || !builtin->constructor) {
      return vm.raise_fmt(vm.types.TypeError, "cannot create '%s' instances", type->name->data);
    }
    Value init = vm.lookup_type(type, vm.names.__init__);
    bool has_init = !init.is_null() && init.is_obj() && init.as_obj()->kind == ObjKind::Function;
    self = has_init ? builtin->constructor(vm, nullptr, 0, nullptr)
                    : builtin->constructor(vm, args, nargs, kwnames);
    if (self.is_exception()) return self;
    if (!self.is_obj()) {
      return vm.raise_fmt(vm.types.TypeError, "cannot subclass '%s' with a value type yet",
                          builtin->name->data);
    }
    self.as_obj()->type = type;
    if (!has_init) return self;
  }
  return call_init(vm, self, args, nargs, kwnames);
}

// ---------------------------------------------------------------- the type type

// int | None, list[int] | str: a types.UnionType (PEP 604), made by the
// types module. Operands other than classes, None, aliases and unions are
// not handled here.
static bool union_operand(VM& vm, Value v) {
  if (v.is_none()) return true;
  if (!v.is_obj()) return false;
  if (v.as_obj()->kind == ObjKind::Type) return true;
  Str* name = vm.type_of(v)->name;
  return name->view() == "GenericAlias" || name->view() == "UnionType";
}

Value type_union_binary(VM& vm, Value a, Value b, BinaryOp op, bool) {
  if (op != BinaryOp::Or || !union_operand(vm, a) || !union_operand(vm, b)) return vm.not_implemented;
  Value types = vm.import_module(vm.intern("types"));
  if (types.is_exception()) return types;
  RootScope roots(vm);
  roots.add(types);
  Value make = vm.getattr(types, vm.intern("_union"));
  if (make.is_exception()) return make;
  roots.add(make);
  Value args[2] = {a, b};
  return vm.call(make, args, 2);
}

// Cls.attr = value; a dunder assigned after the class statement
// (Cls.__repr__ = f, as @dataclass does) takes effect like a defined one.
static int type_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* cls = static_cast<Type*>(self.as_obj());
  std::string_view n = name->view();
  // The names type_getattr answers from the Type itself.
  if ((n == "__name__" || n == "__qualname__") && (cls->flags & Type::kHeapType)) {
    if (value.is_null() || !is_str(value)) {
      if (value.is_null()) {
        vm.raise_fmt(vm.types.TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                     name->data, cls->name->data);
      } else {
        vm.raise_fmt(vm.types.TypeError, "can only assign string to %s.%s, not '%s'",
                     cls->name->data, name->data, type_name(vm, value));
      }
      return -1;
    }
    (n == "__name__" ? cls->name : cls->qualname) = as_str(value);
    return 0;
  }
  int r = generic_setattr(vm, self, name, value);
  if (r == 0 && n == "__module__" && (cls->flags & Type::kHeapType)) {
    cls->module = value.is_null() ? Value::none() : value;
  }
  if (r == 0 && (cls->flags & Type::kHeapType) && n.size() > 4 && n.starts_with("__") &&
      n.ends_with("__")) {
    set_class_slots(vm, cls, /*at_creation=*/false);
  }
  return r;
}

static Value type_repr(VM& vm, Value self) {
  auto* t = static_cast<Type*>(self.as_obj());
  std::string s = "<class '";
  if (!t->module.is_none() && is_str(t->module) && as_str(t->module)->view() != "builtins") {
    s += as_str(t->module)->view();
    s += ".";
  }
  s += t->qualname->view();
  s += "'>";
  return vm.str_value(s);
}

static Value type_call(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames) {
  return call_type(vm, static_cast<Type*>(self.as_obj()), args, nargs, kwnames);
}

static Value type_getattr(VM& vm, Value self, Str* name) {
  auto* t = static_cast<Type*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(t->name);
  if (n == "__qualname__") return Value::object(t->qualname);
  if (n == "__class__") return Value::object(t->type);
  if (n == "__module__") return t->module.is_none() ? vm.str_value("builtins") : t->module;
  if (n == "__bases__") {
    Tuple* b = vm.new_tuple(static_cast<uint32_t>(t->bases.size()));
    for (size_t i = 0; i < t->bases.size(); ++i) b->items[i] = Value::object(t->bases[i]);
    return Value::object(b);
  }
  if (n == "__base__") return t->base ? Value::object(t->base) : Value::none();
  if (n == "__mro__") {
    Tuple* m = vm.new_tuple(static_cast<uint32_t>(t->mro.size()));
    for (size_t i = 0; i < t->mro.size(); ++i) m->items[i] = Value::object(t->mro[i]);
    return Value::object(m);
  }
  // Read-only, as CPython's (built-in types without their own attributes
  // have no dict yet).
  if (n == "__dict__") return new_mappingproxy(vm, Value::object(t->dict ? t->dict : vm.new_dict()));
  return generic_getattr(vm, self, name, true);
}

static Value type_mro(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "mro", kw) || !check_nargs(vm, "mro", nargs, 1, 1)) return Value::exception();
  auto* t = static_cast<Type*>(args[0].as_obj());
  List* l = vm.new_list();
  for (Type* m : t->mro) l->items.push_back(Value::object(m));
  return Value::object(l);
}

// cls.__subclasses__(): the live classes naming cls as a base.
static Value type_subclasses(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__subclasses__", kw) || !check_nargs(vm, "__subclasses__", nargs, 1, 1)) {
    return Value::exception();
  }
  auto* t = static_cast<Type*>(args[0].as_obj());
  List* l = vm.new_list();
  for (Type* s : t->subclasses) l->items.push_back(Value::object(s));
  return Value::object(l);
}

// ---------------------------------------------------------------- super

// The first argument and __class__ cell of the running function, for the
// zero-argument super().
static bool super_implicit_args(VM& vm, Type*& start, Value& self) {
  Frame* f = vm.frame;
  if (!f) return vm.raise(vm.types.RuntimeError, "super(): no current frame").is_exception() && false;
  Code* c = f->code;
  if (c->argcount == 0 && !(c->code_flags & Code::kVarargs)) {
    vm.raise(vm.types.RuntimeError, "super(): no arguments");
    return false;
  }
  self = Value::null();
  // A captured first parameter lives in its cell.
  for (int i = 0; i < c->ncells(); ++i) {
    if (c->cell_param[i] == 0) self = static_cast<Cell*>(f->cells()[i].as_obj())->value;
  }
  if (self.is_null()) self = f->read_local(0);
  if (self.is_null()) {
    vm.raise(vm.types.RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int i = 0; i < c->nfree(); ++i) {
    if (c->freevars[i]->view() != "__class__") continue;
    Value cls = static_cast<Cell*>(f->cells()[c->ncells() + i].as_obj())->value;
    if (cls.is_null()) {
      vm.raise(vm.types.RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!cls.is_obj() || cls.as_obj()->kind != ObjKind::Type) {
      vm.raise_fmt(vm.types.RuntimeError, "super(): __class__ is not a type (%s)",
                   type_name(vm, cls));
      return false;
    }
    start = static_cast<Type*>(cls.as_obj());
    return true;
  }
  vm.raise(vm.types.RuntimeError, "super(): __class__ cell not found");
  return false;
}

// super() / super(type, obj)
static Value super_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "super", kw) || !check_nargs(vm, "super", nargs, 0, 2)) return Value::exception();
  Type* start = nullptr;
  Value self = Value::none();
  if (nargs == 0) {
    if (!super_implicit_args(vm, start, self)) return Value::exception();
  } else {
    if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
      return vm.raise_fmt(vm.types.TypeError, "super() argument 1 must be a type, not %s",
                          type_name(vm, args[0]));
    }
    start = static_cast<Type*>(args[0].as_obj());
    if (nargs == 2) self = args[1];
  }
  if (!self.is_none()) {
    bool ok = vm.isinstance(self, start);
    if (!ok && self.is_obj() && self.as_obj()->kind == ObjKind::Type) {
      for (Type* m : static_cast<Type*>(self.as_obj())->mro) ok |= m == start;
    }
    if (!ok) {
      return vm.raise(vm.types.TypeError,
                      "super(type, obj): obj must be an instance or subtype of type");
    }
  }
  auto* sup = vm.alloc<Super>(ObjKind::Super, vm.types.super);
  sup->start = start;
  sup->self = self;
  return Value::object(sup);
}

// Looks `name` up in the MRO of the object's type after `start`, binding
// what it finds to the object.
static Value super_getattr(VM& vm, Value self, Str* name) {
  auto* sup = static_cast<Super*>(self.as_obj());
  Value obj = sup->self;
  if (!obj.is_none() && name != vm.names.__class__) {
    // super(C, cls) in a classmethod searches cls's MRO; super(Meta, cls)
    // in a metaclass method treats cls as an instance (CPython's supercheck).
    bool obj_is_type = obj.is_obj() && obj.as_obj()->kind == ObjKind::Type &&
                       vm.is_subtype(static_cast<Type*>(obj.as_obj()), sup->start);
    Type* t = obj_is_type ? static_cast<Type*>(obj.as_obj()) : vm.type_of(obj);
    size_t i = 0;
    while (i < t->mro.size() && t->mro[i] != sup->start) ++i;
    for (++i; i < t->mro.size(); ++i) {
      Value v = dict_get_str(t->mro[i]->dict, name);
      if (v.is_null()) continue;
      if (v.is_obj()) {
        switch (v.as_obj()->kind) {
          case ObjKind::Property: {
            auto* p = static_cast<Property*>(v.as_obj());
            if (p->fget.is_none() || p->fget.is_null()) {
              return vm.raise(vm.types.AttributeError, "property has no getter");
            }
            return vm.call1(p->fget, obj);
          }
          case ObjKind::ClassMethod:
            return bind_classmethod(vm, static_cast<ClassMethod*>(v.as_obj()),
                                    obj_is_type ? obj : Value::object(vm.type_of(obj)));
          case ObjKind::StaticMethod:
            return static_cast<StaticMethod*>(v.as_obj())->func;
          default:
            break;
        }
      }
      // Through a class (super() in a classmethod) functions stay unbound.
      return obj_is_type ? v : bind_method(vm, v, obj);
    }
  }
  return generic_getattr(vm, self, name, true);
}

static Value super_repr(VM& vm, Value self) {
  auto* sup = static_cast<Super*>(self.as_obj());
  std::string s = "<super: <class '" + std::string(sup->start->name->view()) + "'>, ";
  if (sup->self.is_none()) {
    s += "NULL>";
  } else {
    Type* t = vm.type_of(sup->self);
    s += "<" + std::string(t->name->view()) + " object>>";
  }
  return vm.str_value(s);
}

// object.__init__: accepts extra arguments only when neither __init__ nor
// __new__ is overridden (CPython's excess_args rule).
static Value object_init(VM& vm, Value* args, int nargs, Tuple* kw) {
  int nkw = kw ? static_cast<int>(kw->size) : 0;
  if (nargs < 1) return vm.raise(vm.types.TypeError, "descriptor '__init__' of 'object' object needs an argument");
  if (nargs > 1 || nkw) {
    Type* t = vm.type_of(args[0]);
    Value init = vm.lookup_type(t, vm.names.__init__);
    if (init.is_obj() && init.as_obj()->kind != ObjKind::NativeFunction) {
      return vm.raise(vm.types.TypeError,
                      "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (!overrides_new(vm, t)) {
      return vm.raise_fmt(vm.types.TypeError, "%s() takes no arguments", t->name->data);
    }
  }
  return Value::none();
}

// type.__instancecheck__ / __subclasscheck__: the plain checks, for a
// metaclass's own hook to reach through super().
static Value type_instancecheck(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__instancecheck__", kw) || !check_nargs(vm, "__instancecheck__", nargs, 2, 2)) {
    return Value::exception();
  }
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    return vm.raise(vm.types.TypeError, "descriptor '__instancecheck__' requires a 'type' object");
  }
  return Value::boolean(vm.isinstance(args[1], static_cast<Type*>(args[0].as_obj())));
}

static Value type_subclasscheck(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__subclasscheck__", kw) || !check_nargs(vm, "__subclasscheck__", nargs, 2, 2)) {
    return Value::exception();
  }
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    return vm.raise(vm.types.TypeError, "descriptor '__subclasscheck__' requires a 'type' object");
  }
  if (!args[1].is_obj() || args[1].as_obj()->kind != ObjKind::Type) {
    return vm.raise(vm.types.TypeError, "issubclass() arg 1 must be a class");
  }
  return Value::boolean(vm.is_subtype(static_cast<Type*>(args[1].as_obj()), static_cast<Type*>(args[0].as_obj())));
}

void init_type_type(VM& vm) {
  vm.types.super->constructor = super_new;
  vm.types.super->slots.getattr = super_getattr;
  vm.types.super->slots.repr = super_repr;
  if (dict_get_str(vm.types.object->dict, vm.names.__init__).is_null()) {
    add_wrapper_method(vm, vm.types.object, "__init__", object_init);
  }
  Type* t = vm.types.type;
  t->slots.repr = type_repr;
  t->slots.call = type_call;
  t->slots.getattr = type_getattr;
  t->slots.setattr = type_setattr;
  t->slots.binary = type_union_binary;
  t->slots.number_ops = op_bit(BinaryOp::Or);
  add_method(vm, t, "mro", type_mro);
  add_method(vm, t, "__subclasses__", type_subclasses);
  add_method(vm, t, "__instancecheck__", type_instancecheck);
  add_method(vm, t, "__subclasscheck__", type_subclasscheck);
  init_metaclass_support(vm);
}

}  // namespace coil::vm
