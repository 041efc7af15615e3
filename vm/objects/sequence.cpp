// Helpers shared by the sequence types (list, tuple, range, str): resolving
// indexes and slices, lexicographic comparison, repetition counts, the
// receiver check of built-in methods and the recursion guard of reprs; and
// types.GenericAlias, what `list[int]` makes.
#include <algorithm>
#include <cstring>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

bool is_int_like(Value v) {
  return v.is_int() || v.is_bool() || (v.is_obj() && v.as_obj()->kind == ObjKind::BigInt);
}

// A slice bound (start/stop) as PySlice_GetIndicesEx reads it: None is
// absent, big ints clamp to the int64 range.
bool slice_bound(VM& vm, Value v, int64_t& out) {
  if (v.is_int()) {
    out = v.as_int();
    return true;
  }
  if (!vm.index_value(v, out, true)) {
    if (vm.pending_is(vm.types.TypeError) && !is_int_like(v)) {
      vm.pending = Value::null();
      vm.raise(vm.types.TypeError,
               "slice indices must be integers or None or have an __index__ method");
    }
    return false;
  }
  return true;
}

}  // namespace

bool slice_indices(VM& vm, Slice* s, int64_t length, int64_t& start, int64_t& stop,
                   int64_t& step, int64_t& slicelength) {
  step = 1;
  if (!s->step.is_none()) {
    if (!slice_bound(vm, s->step, step)) return false;
    if (step == 0) {
      vm.raise(vm.types.ValueError, "slice step cannot be zero");
      return false;
    }
    // -step must not overflow.
    if (step < -INT64_MAX) step = -INT64_MAX;
  }
  auto resolve = [&](Value v, int64_t dflt, int64_t& out) {
    if (v.is_none()) {
      out = dflt;
      return true;
    }
    if (!slice_bound(vm, v, out)) return false;
    if (out < 0) {
      out += length;
      if (out < 0) out = step < 0 ? -1 : 0;
    } else if (out >= length) {
      out = step < 0 ? length - 1 : length;
    }
    return true;
  };
  if (!resolve(s->start, step < 0 ? length - 1 : 0, start)) return false;
  if (!resolve(s->stop, step < 0 ? -1 : length, stop)) return false;
  if (step < 0) {
    slicelength = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  } else {
    slicelength = start < stop ? (stop - start - 1) / step + 1 : 0;
  }
  return true;
}

bool sequence_index(VM& vm, Value key, int64_t length, const char* what, int64_t& out) {
  int64_t i;
  if (key.is_int()) {
    i = key.as_int();
  } else if (!is_int_like(key) &&
             vm.lookup_type(vm.type_of(key), vm.names.__index__).is_null()) {
    vm.raise_fmt(vm.types.TypeError, "%s indices must be integers or slices, not %s", what,
                 type_name(vm, key));
    return false;
  } else if (!vm.index_value(key, i)) {
    return false;
  }
  if (i < 0) i += length;
  if (i < 0 || i >= length) {
    vm.raise_fmt(vm.types.IndexError, "%s index out of range", what);
    return false;
  }
  out = i;
  return true;
}

int sequence_repeat_count(VM& vm, Value n, size_t size, int64_t& out) {
  if (!is_int_like(n) && vm.lookup_type(vm.type_of(n), vm.names.__index__).is_null()) return 0;
  int64_t count;
  if (!vm.index_value(n, count)) {
    if (vm.pending_is(vm.types.IndexError)) {
      // CPython reports a count beyond the index range as an OverflowError.
      vm.pending = Value::null();
      vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
  }
  if (count < 0 || size == 0) count = 0;
  // No sequence can hold more than 2**40 items here; CPython fails the same
  // way when the allocation is impossible.
  if (count > 0 && static_cast<uint64_t>(count) > (uint64_t(1) << 40) / size) {
    vm.raise_value(Value::object(vm.types.MemoryError));
    return -1;
  }
  out = count;
  return 1;
}

// Lexicographic comparison as CPython's list_richcompare/tuplerichcompare:
// find the first differing item by ==, then compare lengths or those items.
int sequence_compare(VM& vm, Value* a, size_t na, Value* b, size_t nb, CompareOp op,
                     Value& result) {
  if (na != nb && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    result = Value::boolean(op == CompareOp::Ne);
    return 0;
  }
  size_t n = std::min(na, nb);
  size_t i = 0;
  for (; i < n; ++i) {
    Value x = a[i], y = b[i];
    if (x.is(y)) continue;
    if (x.is_int() && y.is_int()) break;  // distinct small ints differ
    int k = vm.eq(x, y);
    if (k < 0) return -1;
    if (!k) break;
  }
  if (i >= n) {
    bool r = false;
    switch (op) {
      case CompareOp::Lt: r = na < nb; break;
      case CompareOp::Le: r = na <= nb; break;
      case CompareOp::Eq: r = na == nb; break;
      case CompareOp::Ne: r = na != nb; break;
      case CompareOp::Gt: r = na > nb; break;
      case CompareOp::Ge: r = na >= nb; break;
    }
    result = Value::boolean(r);
    return 0;
  }
  if (op == CompareOp::Eq || op == CompareOp::Ne) {
    result = Value::boolean(op == CompareOp::Ne);
    return 0;
  }
  Value x = a[i], y = b[i];
  if (x.is_int() && y.is_int()) {
    int64_t p = x.as_int(), q = y.as_int();
    bool r = op == CompareOp::Lt ? p < q : op == CompareOp::Le ? p <= q
             : op == CompareOp::Gt ? p > q : p >= q;
    result = Value::boolean(r);
    return 0;
  }
  result = vm.compare(x, y, op);
  return result.is_exception() ? -1 : 0;
}

bool check_receiver(VM& vm, Value* args, int nargs, Type* type, const char* method) {
  if (nargs >= 1) {
    Value self = args[0];
    if (self.is_obj() && (self.as_obj()->type == type || vm.isinstance(self, type)) &&
        self.as_obj()->kind == type->instance_kind) {
      return true;
    }
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 method, type->name->data, type_name(vm, self));
    return false;
  }
  vm.raise_fmt(vm.types.TypeError, "unbound method %s.%s() needs an argument", type->name->data,
               method);
  return false;
}

bool dunder_args(VM& vm, Value* args, int nargs, Tuple* kwnames, Type* type, const char* method,
                 int nparams) {
  if (!check_receiver(vm, args, nargs, type, method)) return false;
  return special_method_args(vm, type->name->data, method, nargs - 1, kwnames, nparams);
}

bool repr_enter(VM& vm, Obj* o) {
  for (Obj* p : vm.repr_stack) {
    if (p == o) return false;
  }
  vm.repr_stack.push_back(o);
  return true;
}

void repr_leave(VM& vm, Obj* o) {
  // Normally the top; search in case an exception unwound out of order.
  for (size_t i = vm.repr_stack.size(); i-- > 0;) {
    if (vm.repr_stack[i] == o) {
      vm.repr_stack.erase(vm.repr_stack.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

// ---------------------------------------------------------------- GenericAlias

namespace {

// A GenericAlias is an Instance whose dict holds __origin__ and __args__.
Value alias_field(Value alias, const char* name, VM& vm) {
  Dict* d = static_cast<Instance*>(alias.as_obj())->dict;
  return dict_get_str(d, vm.intern(name));
}

bool is_alias(VM& vm, Value v) {
  return v.is_obj() && v.as_obj()->type == container_type(vm, ContainerType::GenericAlias);
}

// One item of the repr: classes by (module.)qualname, ... for Ellipsis.
bool alias_repr_item(VM& vm, Value v, std::string& out) {
  if (v.is(vm.ellipsis)) {
    out += "...";
    return true;
  }
  if (v.is_obj() && v.as_obj()->kind == ObjKind::Type && !is_alias(vm, v)) {
    Type* t = static_cast<Type*>(v.as_obj());
    if (is_str(t->module) && as_str(t->module)->view() != "builtins") {
      out += as_str(t->module)->view();
      out += ".";
    }
    out += t->qualname->view();
    return true;
  }
  Value r = vm.repr(v);
  if (r.is_exception()) return false;
  out += as_str(r)->view();
  return true;
}

Value alias_repr(VM& vm, Value self) {
  std::string out;
  if (!alias_repr_item(vm, alias_field(self, "__origin__", vm), out)) return Value::exception();
  out += "[";
  auto* args = static_cast<Tuple*>(alias_field(self, "__args__", vm).as_obj());
  if (args->size == 0) out += "()";
  for (uint32_t i = 0; i < args->size; ++i) {
    if (i) out += ", ";
    if (!alias_repr_item(vm, args->items[i], out)) return Value::exception();
  }
  out += "]";
  return vm.str_value(out);
}

Value alias_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_alias(vm, a) || !is_alias(vm, b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return vm.not_implemented;
  }
  int eq = vm.eq(alias_field(a, "__origin__", vm), alias_field(b, "__origin__", vm));
  if (eq > 0) eq = vm.eq(alias_field(a, "__args__", vm), alias_field(b, "__args__", vm));
  if (eq < 0) return Value::exception();
  return Value::boolean(op == CompareOp::Eq ? eq : !eq);
}

bool alias_hash(VM& vm, Value self, int64_t& out) {
  int64_t h1, h2;
  if (!vm.hash(alias_field(self, "__origin__", vm), h1)) return false;
  if (!vm.hash(alias_field(self, "__args__", vm), h2)) return false;
  out = h1 ^ h2;
  if (out == -1) out = -2;
  return true;
}

Value alias_call(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames) {
  return vm.call(alias_field(self, "__origin__", vm), args, nargs, kwnames);
}

// __origin__, __args__, __parameters__; anything else comes from the origin.
Value alias_getattr(VM& vm, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "__parameters__") return Value::object(vm.empty_tuple);
  if (n == "__class__") return Value::object(vm.type_of(self));
  Value v = generic_getattr(vm, self, name, false);
  if (!v.is_null()) return v;
  return vm.getattr(alias_field(self, "__origin__", vm), name);
}

// cls.__class_getitem__(item), a classmethod: args[0] is the class.
Value container_class_getitem(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "__class_getitem__", kwnames)) return Value::exception();
  if (nargs != 2) {
    return vm.raise_fmt(vm.types.TypeError, "__class_getitem__() takes exactly one argument (%d given)",
                        nargs - 1);
  }
  return make_generic_alias(vm, args[0], args[1]);
}

}  // namespace

Value make_generic_alias(VM& vm, Value origin, Value subscript) {
  Tuple* args = subscript.is_obj() && subscript.as_obj()->type == vm.types.tuple
                    ? static_cast<Tuple*>(subscript.as_obj())
                    : vm.tuple_of({subscript});
  auto* alias =
      vm.alloc<Instance>(ObjKind::Instance, container_type(vm, ContainerType::GenericAlias));
  alias->dict = nullptr;
  alias->dict = vm.new_dict();
  dict_set_str(vm, alias->dict, vm.intern("__origin__"), origin);
  dict_set_str(vm, alias->dict, vm.intern("__args__"), Value::object(args));
  return Value::object(alias);
}

void add_class_getitem(VM& vm, Type* type) {
  add_class_method(vm, type, "__class_getitem__", container_class_getitem);
}

// types.GenericAlias(origin, args), as `__class_getitem__ = classmethod(GenericAlias)` calls it.
static Value alias_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!positional_args(vm, "GenericAlias", nargs, kw, 2, 2)) return Value::exception();
  return make_generic_alias(vm, args[0], args[1]);
}

// class L(list[int]): the alias stands for its origin among the bases.
static Value alias_mro_entries(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!positional_args(vm, "__mro_entries__", nargs, kw, 2, 2)) return Value::exception();
  return Value::object(vm.tuple_of({alias_field(args[0], "__origin__", vm)}));
}

void init_generic_alias_type(VM& vm) {
  if (vm.container_types.size() < static_cast<size_t>(ContainerType::Count)) {
    vm.container_types.resize(static_cast<size_t>(ContainerType::Count), nullptr);
  }
  Type* t = vm.new_type("GenericAlias", vm.types.object, ObjKind::Instance, nullptr);
  t->flags &= ~Type::kBaseType;
  t->module = vm.str_value("types");
  t->slots.repr = alias_repr;
  t->slots.compare = alias_compare;
  t->slots.hash = alias_hash;
  t->slots.call = alias_call;
  t->slots.getattr = alias_getattr;
  t->slots.binary = type_union_binary;
  t->slots.number_ops = op_bit(BinaryOp::Or);
  // types.GenericAlias(origin, args), as `__class_getitem__ = classmethod(GenericAlias)` calls it.
  t->constructor = alias_new;
  inherit_slots(t);
  // class L(list[int]): the alias stands for its origin among the bases.
  add_method(vm, t, "__mro_entries__", alias_mro_entries);
  vm.container_types[static_cast<size_t>(ContainerType::GenericAlias)] = t;
  // Not on `type`: generic lookup would then find it on every class.
  for (Type* c : {vm.types.list, vm.types.tuple, vm.types.dict, vm.types.set, vm.types.frozenset}) {
    add_class_getitem(vm, c);
  }
}

}  // namespace coil::vm
