// The object protocols: repr, hashing, comparison, arithmetic, attributes,
// items and iteration, dispatched through each type's slots.
#include <cinttypes>
#include <cstdio>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/suggestions.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

namespace {

const char* const kBinarySymbols[kBinaryOpCount] = {
    "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
};
const char* const kInplaceSymbols[kBinaryOpCount] = {
    "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=",
};
const char* const kCompareSymbols[6] = {"<", "<=", "==", "!=", ">", ">="};

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

}  // namespace

Type* VM::type_of(Value v) const {
  if (v.is_obj()) return v.as_obj()->type;
  if (v.is_int()) return types.int_;
  if (v.is_double()) return types.float_;
  if (v.is_bool()) return types.bool_;
  return types.none_type;
}

bool VM::is_subtype(Type* a, Type* b) const {
  if (a == b) return true;
  for (Type* t : a->mro) {
    if (t == b) return true;
  }
  return false;
}

bool VM::isinstance(Value v, Type* t) const { return is_subtype(type_of(v), t); }

bool VM::is_callable(Value v) {
  if (!v.is_obj()) return false;
  switch (v.as_obj()->kind) {
    case ObjKind::Type:
    case ObjKind::Function:
    case ObjKind::NativeFunction:
    case ObjKind::BoundMethod:
    case ObjKind::StaticMethod:
      return true;
    default:
      break;
  }
  Type* t = type_of(v);
  if (!(t->flags & Type::kHeapType)) return t->slots.call != nullptr;
  if (!lookup_type(t, names.__call__).is_null()) return true;
  // A subclass of a built-in callable type (functools.partial's class
  // subclasses the native partial) is called through that type's slot.
  for (Type* m : t->mro) {
    if (!(m->flags & Type::kHeapType)) return m->slots.call != nullptr;
  }
  return false;
}

// ---------------------------------------------------------------- repr, str


Value VM::repr(Value v) {
  Type* t = type_of(v);
  if (!v.is_obj()) return t->slots.repr ? t->slots.repr(*this, v) : object_default_repr(*this, v);
  NativeRecursion guard(*this, " while getting the repr of an object");
  if (guard.failed()) return Value::exception();
  if (t->slots.repr) return t->slots.repr(*this, v);
  return object_default_repr(*this, v);
}

Value VM::str(Value v) {
  if (v.is_obj() && v.as_obj()->kind == ObjKind::Str && v.as_obj()->type == types.str) return v;
  Type* t = type_of(v);
  if (!t->slots.str) return repr(v);
  if (!v.is_obj()) return t->slots.str(*this, v);
  NativeRecursion guard(*this, " while getting the str of an object");
  if (guard.failed()) return Value::exception();
  return t->slots.str(*this, v);
}

// repr() with non-ASCII characters escaped (\xNN, \uNNNN, \UNNNNNNNN).
Value VM::ascii(Value v) {
  Value r = repr(v);
  if (r.is_exception()) return r;
  Str* s = as_str(r);
  if (s->is_ascii()) return r;
  std::string out;
  const char* p = s->data;
  const char* end = s->data + s->size;
  char buf[16];
  while (p < end) {
    uint32_t cp = utf8_decode(p, end);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else {
      std::snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
      out += buf;
    }
  }
  return str_value(out);
}

Value VM::format(Value v, Value spec) {
  Type* t = type_of(v);
  Str* s = static_cast<Str*>(spec.as_obj());
  if (t->slots.format) return t->slots.format(*this, v, s);
  if (s->size != 0) {
    return raise_fmt(types.TypeError, "unsupported format string passed to %s.__format__",
                     t->name->data);
  }
  return str(v);
}

// ---------------------------------------------------------------- truth

int VM::truthy(Value v) {
  if (v.is_bool()) return v.as_bool();
  if (v.is_none()) return 0;
  if (v.is_int()) return v.as_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Type* t = v.as_obj()->type;
  if (t->slots.truthy) return t->slots.truthy(*this, v);
  if (t->slots.length) {
    int64_t n;
    if (!t->slots.length(*this, v, n)) return -1;
    return n != 0;
  }
  return 1;
}

// ---------------------------------------------------------------- hashing

bool VM::hash(Value v, int64_t& out) {
  if (v.is_obj() && v.as_obj()->kind == ObjKind::Str && v.as_obj()->type == types.str) {
    out = str_hash(static_cast<Str*>(v.as_obj()));
    return true;
  }
  Type* t = type_of(v);
  if (t->slots.hash) {
    if (!v.is_obj()) return t->slots.hash(*this, v, out);
    NativeRecursion guard(*this, "");  // deeply nested tuples
    return !guard.failed() && t->slots.hash(*this, v, out);
  }
  raise_fmt(types.TypeError, "unhashable type: '%s'", t->name->data);
  return false;
}

// ---------------------------------------------------------------- comparison

// A comparison of two C++ numbers as CompareOp asks (NaN compares as in Python).
template <class T>
static bool compare_numbers(T x, T y, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Eq: return x == y;
    case CompareOp::Ne: return x != y;
    case CompareOp::Gt: return x > y;
    case CompareOp::Ge: return x >= y;
  }
  return false;
}

Value VM::compare(Value a, Value b, CompareOp op) {
  // Small ints and floats (max(), sorted(), ...) skip the slots and the guard.
  if (a.is_int() && b.is_int()) return Value::boolean(compare_numbers(a.as_int(), b.as_int(), op));
  if (a.is_double() && b.is_double()) {
    return Value::boolean(compare_numbers(a.as_double(), b.as_double(), op));
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  NativeRecursion guard(*this, " in comparison");
  if (guard.failed()) return Value::exception();
  // A subclass's reflected method goes first, as in CPython.
  bool reflected_first = ta != tb && is_subtype(tb, ta) && tb->slots.compare;
  if (reflected_first) {
    Value r = tb->slots.compare(*this, b, a, swapped(op));
    if (!r.is(not_implemented)) return r;
  }
  if (ta->slots.compare) {
    Value r = ta->slots.compare(*this, a, b, op);
    if (!r.is(not_implemented)) return r;
  }
  if (!reflected_first && tb->slots.compare) {
    Value r = tb->slots.compare(*this, b, a, swapped(op));
    if (!r.is(not_implemented)) return r;
  }
  if (op == CompareOp::Eq) return Value::boolean(a.is(b));
  if (op == CompareOp::Ne) return Value::boolean(!a.is(b));
  return raise_fmt(types.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                   kCompareSymbols[static_cast<int>(op)], ta->name->data, tb->name->data);
}

int VM::eq(Value a, Value b) {
  if (a.is(b)) return 1;
  if (a.is_int() && b.is_int()) return 0;
  Value r = compare(a, b, CompareOp::Eq);
  if (r.is_exception()) return -1;
  if (r.is_bool()) return r.as_bool();
  return truthy(r);
}

// ---------------------------------------------------------------- arithmetic

// The TypeError of an operator neither operand supports.
Value binary_op_error(VM& vm, Type* ta, Type* tb, BinaryOp op, bool inplace) {
  auto& types = vm.types;
  int i = static_cast<int>(op);
  if (op == BinaryOp::Pow && !inplace) {
    return vm.raise_fmt(types.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                     ta->name->data, tb->name->data);
  }
  if (op == BinaryOp::Add && ta == types.str) {
    return vm.raise_fmt(types.TypeError, "can only concatenate str (not \"%s\") to str",
                     tb->name->data);
  }
  if (op == BinaryOp::Add && !inplace && ta == types.list && tb != types.list) {
    return vm.raise_fmt(types.TypeError, "can only concatenate list (not \"%s\") to list",
                     tb->name->data);
  }
  if (op == BinaryOp::Add && ta == types.tuple && tb != types.tuple) {
    return vm.raise_fmt(types.TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                     tb->name->data);
  }
  if (op == BinaryOp::Mul && (ta == types.str || tb == types.str || ta == types.list ||
                              tb == types.list || ta == types.tuple || tb == types.tuple)) {
    Type* other = (ta == types.str || ta == types.list || ta == types.tuple) ? tb : ta;
    return vm.raise_fmt(types.TypeError, "can't multiply sequence by non-int of type '%s'",
                     other->name->data);
  }
  return vm.raise_fmt(types.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                   inplace ? kInplaceSymbols[i] : kBinarySymbols[i], ta->name->data,
                   tb->name->data);
}

Value VM::binary_op(Value a, Value b, BinaryOp op, bool inplace) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if ((ta->flags | tb->flags) & Type::kHeapType) {
    Value r = user_binary_op(*this, a, b, op, inplace);
    if (!r.is(not_implemented)) return r;
    return binary_op_error(*this, ta, tb, op, inplace);
  }
  if (inplace && ta->slots.binary) {
    Value r = ta->slots.binary(*this, a, b, op, true);
    if (!r.is(not_implemented)) return r;
  }
  bool reflected_first = ta != tb && is_subtype(tb, ta) && tb->slots.binary;
  if (reflected_first) {
    Value r = tb->slots.binary(*this, a, b, op, false);
    if (!r.is(not_implemented)) return r;
  }
  if (ta->slots.binary) {
    Value r = ta->slots.binary(*this, a, b, op, false);
    if (!r.is(not_implemented)) return r;
  }
  if (!reflected_first && ta != tb && tb->slots.binary) {
    Value r = tb->slots.binary(*this, a, b, op, false);
    if (!r.is(not_implemented)) return r;
  }
  return binary_op_error(*this, ta, tb, op, inplace);
}


static Value unary(VM& vm, Value v, Value (*TypeSlots::*slot)(VM&, Value), const char* sym) {
  Type* t = vm.type_of(v);
  if (t->slots.*slot) return (t->slots.*slot)(vm, v);
  return vm.raise_fmt(vm.types.TypeError, "bad operand type for unary %s: '%s'", sym,
                      t->name->data);
}

Value VM::unary_negative(Value v) { return unary(*this, v, &TypeSlots::negative, "-"); }
Value VM::unary_positive(Value v) { return unary(*this, v, &TypeSlots::positive, "+"); }
Value VM::unary_invert(Value v) { return unary(*this, v, &TypeSlots::invert, "~"); }

// ---------------------------------------------------------------- attributes

Value VM::lookup_type(Type* type, Str* name) const {
  // A small cache of (type, interned name) -> attribute; any change to any
  // type's namespace bumps type_version and so empties it.
  bool cacheable = name->flags & Str::kInterned;
  size_t slot = ((reinterpret_cast<uintptr_t>(type) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3)) &
                (kMethodCacheSize - 1);
  MethodCacheEntry& e = method_cache_[slot];
  if (cacheable && e.type == type && e.name == name && e.version == type_version) return e.value;
  Value found = Value::null();
  for (Type* t : type->mro) {
    Value v = dict_get_str(t->dict, name);
    if (!v.is_null()) {
      found = v;
      break;
    }
  }
  if (cacheable) e = {type, name, type_version, found};
  return found;
}

static Value getattr_raw(VM& vm, Value obj, Str* name) {
  Type* t = vm.type_of(obj);
  if (t->slots.getattr) return t->slots.getattr(vm, obj, name);
  return generic_getattr(vm, obj, name, true);
}

Value VM::getattr(Value obj, Str* name) {
  Value r = getattr_raw(*this, obj, name);
  // As CPython, an AttributeError remembers the name and object (for the
  // traceback's "Did you mean" suggestion).
  if (r.is_exception() && pending_is(types.AttributeError)) {
    RootScope roots(*this);
    roots.add(obj);
    note_name_error(*this, pending, name, obj);
  }
  return r;
}

Value VM::getattr_opt(Value obj, Str* name) {
  Value r = getattr_raw(*this, obj, name);
  if (r.is_exception() && pending_is(types.AttributeError)) {
    pending = Value::null();
    return Value::null();
  }
  return r;
}

int VM::setattr(Value obj, Str* name, Value value) {
  Type* t = type_of(obj);
  if (t->slots.setattr) return t->slots.setattr(*this, obj, name, value);
  return generic_setattr(*this, obj, name, value);
}

int VM::delattr(Value obj, Str* name) { return setattr(obj, name, Value::null()); }

// ---------------------------------------------------------------- items

Value VM::getitem(Value container, Value key) {
  Type* t = type_of(container);
  if (t->slots.getitem) return t->slots.getitem(*this, container, key);
  if (container.is_obj() && container.as_obj()->kind == ObjKind::Type) {
    // type[int]: not through a __class_getitem__ on `type`, which every
    // class would then find through its metaclass.
    if (container.is(Value::object(types.type))) return make_generic_alias(*this, container, key);
    // A class subscripted (list[int], Generic[T]): cls.__class_getitem__(key).
    Value cg = getattr_opt(container, names.__class_getitem__);
    if (cg.is_exception()) return cg;
    if (!cg.is_null()) {
      RootScope roots(*this);
      roots.add(cg);
      return call(cg, &key, 1);
    }
    return raise_fmt(types.TypeError, "type '%s' is not subscriptable",
                     static_cast<Type*>(container.as_obj())->name->data);
  }
  return raise_fmt(types.TypeError, "'%s' object is not subscriptable", t->name->data);
}

int VM::setitem(Value container, Value key, Value value) {
  Type* t = type_of(container);
  if (t->slots.setitem) return t->slots.setitem(*this, container, key, value);
  raise_fmt(types.TypeError, "'%s' object does not support item assignment", t->name->data);
  return -1;
}

int VM::delitem(Value container, Value key) {
  Type* t = type_of(container);
  if (t->slots.setitem) return t->slots.setitem(*this, container, key, Value::null());
  // CPython's PyObject_DelItem: an index into a type with sequence methods
  // (any class written in coil has them) goes through PySequence_DelItem,
  // whose wording differs from the generic one.
  bool sequence = (t->flags & Type::kHeapType) || t->slots.getitem || t->slots.contains || t->slots.length;
  bool index = is_int_value(key) || !lookup_type(type_of(key), names.__index__).is_null();
  raise_fmt(types.TypeError, sequence && index ? "'%s' object doesn't support item deletion"
                                               : "'%s' object does not support item deletion",
            t->name->data);
  return -1;
}

bool VM::length(Value v, int64_t& out) {
  Type* t = type_of(v);
  if (t->slots.length) return t->slots.length(*this, v, out);
  raise_fmt(types.TypeError, "object of type '%s' has no len()", t->name->data);
  return false;
}

Value VM::len(Value v) {
  int64_t n;
  if (!length(v, n)) return Value::exception();
  return make_int(n);
}

int VM::contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->slots.contains) return t->slots.contains(*this, container, item);
  if (!t->slots.iter && !t->slots.getitem) {
    raise_fmt(types.TypeError, "argument of type '%s' is not iterable", t->name->data);
    return -1;
  }
  RootScope roots(*this);
  Value it = iter(container);
  if (it.is_exception()) return -1;
  roots.add(it);
  for (;;) {
    Value x;
    int r = next(it, x);
    if (r <= 0) return r;
    int e = eq(x, item);
    if (e != 0) return e;
  }
}

// ---------------------------------------------------------------- iteration

Value VM::iter(Value iterable) {
  Type* t = type_of(iterable);
  if (t->slots.iter) return t->slots.iter(*this, iterable);
  if (t->slots.getitem && !(iterable.is_obj() && iterable.as_obj()->kind == ObjKind::Dict)) {
    return make_seq_iterator(*this, iterable);
  }
  return raise_fmt(types.TypeError, "'%s' object is not iterable", t->name->data);
}

int VM::next(Value iterator, Value& out) {
  Type* t = type_of(iterator);
  if (t->slots.next) return t->slots.next(*this, iterator, out);
  raise_fmt(types.TypeError, "'%s' object is not an iterator", t->name->data);
  return -1;
}

bool VM::unpack_iterable(Value iterable, std::vector<Value>& out) {
  // Only the exact types are read directly: a subclass may override
  // __iter__ (platform.uname_result adds a sixth item), as CPython's
  // PyList_CheckExact/PyTuple_CheckExact fast paths allow for.
  if (iterable.is_obj() && (iterable.as_obj()->type == types.list || iterable.as_obj()->type == types.tuple)) {
    Obj* o = iterable.as_obj();
    if (o->kind == ObjKind::List) {
      auto& items = static_cast<List*>(o)->items;
      out.insert(out.end(), items.begin(), items.end());
      return true;
    }
    if (o->kind == ObjKind::Tuple) {
      auto* tup = static_cast<Tuple*>(o);
      out.insert(out.end(), tup->items, tup->items + tup->size);
      return true;
    }
  }
  RootScope roots(*this);
  Value it = iter(iterable);
  if (it.is_exception()) return false;
  roots.add(it);
  // Items gathered so far must survive collections triggered by __next__.
  List* keep = roots.add(new_list());
  for (;;) {
    Value x;
    int r = next(it, x);
    if (r < 0) return false;
    if (r == 0) break;
    heap.push_counted(keep->items, x);
    if ((keep->items.size() & 1023) == 0 && !charge(1024)) return false;
  }
  out.insert(out.end(), keep->items.begin(), keep->items.end());
  return true;
}

bool VM::index_value(Value v, int64_t& out, bool clamp) {
  if (v.is_int()) {
    out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.as_bool();
    return true;
  }
  if (v.is_obj() && v.as_obj()->kind == ObjKind::BigInt) {
    auto* b = static_cast<BigInt*>(v.as_obj());
    if (b->to_int64(out)) return true;
    if (clamp) {
      out = b->sign() < 0 ? INT64_MIN : INT64_MAX;
      return true;
    }
    raise_fmt(types.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  Type* t = type_of(v);
  if (t->flags & Type::kHeapType) {
    Value m = lookup_type(t, names.__index__);
    if (!m.is_null() && !m.is_none()) {
      RootScope roots(*this);
      Value bound = roots.add(bind_method(*this, m, v));
      Value r = call(bound, nullptr, 0);
      if (r.is_exception()) return false;
      if (!is_int_value(r)) {
        raise_fmt(types.TypeError, "__index__ returned non-int (type %s)", type_name(*this, r));
        return false;
      }
      return index_value(r, out, clamp);
    }
  }
  raise_fmt(types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(*this, v));
  return false;
}

Value VM::call_method(Value self, Str* name, Value* args, int nargs) {
  Value f = getattr(self, name);
  if (f.is_exception()) return f;
  RootScope roots(*this);
  roots.add(f);
  return call(f, args, nargs);
}

}  // namespace coil::vm
