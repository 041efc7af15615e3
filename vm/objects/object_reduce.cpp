// object's pickling and introspection methods, as CPython 3.11's
// Objects/typeobject.c: __reduce_ex__, __reduce__, __getstate__, __sizeof__
// and __dir__; and the __getnewargs__ and __reduce__ of the built-in types
// whose instances object.__reduce_ex__ cannot rebuild by itself. Like
// CPython, protocols 0 and 1 and the reconstructors come from copyreg.
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

Value copyreg_attr(VM& vm, const char* name) {
  Value m = vm.import_module(vm.intern("copyreg"));
  if (m.is_exception()) return m;
  return vm.getattr(m, vm.intern(name));
}

// The first class in t's MRO not written in coil: it decides the layout.
Type* builtin_base(Type* t) {
  for (Type* m : t->mro) {
    if (!(m->flags & Type::kHeapType)) return m;
  }
  return t->mro.back();
}

// Any value is an object: only a missing receiver is refused.
bool object_receiver(VM& vm, int nargs, const char* name) {
  if (nargs >= 1) return true;
  vm.raise_fmt(vm.types.TypeError, "unbound method object.%s() needs an argument", name);
  return false;
}

bool self_only(VM& vm, const char* name, Value* args, int nargs, Tuple* kw) {
  (void)args;
  return object_receiver(vm, nargs, name) && no_kwargs(vm, name, kw) && check_nargs(vm, name, nargs - 1, 0, 0);
}

// _PyType_GetSlotNames: cls.__dict__['__slotnames__'], else copyreg._slotnames(cls).
Value slot_names(VM& vm, Type* cls) {
  Value names = dict_get_str(cls->dict, vm.intern("__slotnames__"));
  if (names.is_null()) {
    Value f = copyreg_attr(vm, "_slotnames");
    if (f.is_exception()) return f;
    names = vm.call1(f, Value::object(cls));
    if (names.is_exception()) return names;
    if (!names.is_none() && !(names.is_obj() && names.as_obj()->kind == ObjKind::List)) {
      return vm.raise(vm.types.TypeError, "copyreg._slotnames didn't return a list or None");
    }
    return names;
  }
  if (!names.is_none() && !(names.is_obj() && names.as_obj()->kind == ObjKind::List)) {
    return vm.raise_fmt(vm.types.TypeError, "%s.__slotnames__ should be a list or None, not %s",
                        cls->name->data, type_name(vm, names));
  }
  return names;
}

// Whether instances of t carry C fields beyond what object.__reduce_ex__
// saves (the dict and the slots): CPython's tp_basicsize test.
bool has_native_fields(VM& vm, Type* t) {
  Type* b = builtin_base(t);
  return b != vm.types.object && b->instance_kind != ObjKind::Instance;
}

// Variable-size layouts (CPython's tp_itemsize): int, str, bytes, tuple.
bool is_var_sized(Type* t) {
  ObjKind k = builtin_base(t)->instance_kind;
  return k == ObjKind::BigInt || k == ObjKind::Str || k == ObjKind::Bytes || k == ObjKind::Tuple;
}

// object_getstate_default: None or the instance dict, paired with a dict of
// the slots that are set when there are any.
Value getstate_default(VM& vm, Value obj, bool required) {
  Type* t = vm.type_of(obj);
  if (required && is_var_sized(t)) {
    return vm.raise_fmt(vm.types.TypeError, "cannot pickle %s objects", t->name->data);
  }
  RootScope roots(vm);
  Value state = Value::none();
  if (!(t->flags & Type::kSlotted)) {
    Dict* d = instance_dict(vm, obj, false);
    if (d && d->table.used) state = Value::object(d);
  }
  roots.add(state);
  Value names = roots.add(slot_names(vm, t));
  if (names.is_exception()) return names;
  if (required && has_native_fields(vm, t)) {
    return vm.raise_fmt(vm.types.TypeError, "cannot pickle '%s' object", t->name->data);
  }
  if (names.is_none()) return state;
  auto* list = static_cast<List*>(names.as_obj());
  Dict* slots = roots.add(vm.new_dict());
  size_t n = list->items.size();
  for (size_t i = 0; i < list->items.size(); ++i) {
    Value name = list->items[i];
    if (!is_str(name)) {
      return vm.raise_fmt(vm.types.TypeError, "attribute name must be string, not '%s'", type_name(vm, name));
    }
    Value v = vm.getattr_opt(obj, as_str(name));
    if (v.is_exception()) return v;
    if (!v.is_null()) {
      roots.add(v);
      if (dict_set(vm, slots, name, v) < 0) return Value::exception();
    }
    if (list->items.size() != n) {
      return vm.raise(vm.types.RuntimeError, "__slotsname__ changed size during iteration");
    }
  }
  if (!slots->table.used) return state;
  return Value::object(vm.tuple_of({state, Value::object(slots)}));
}

Value object_dunder_getstate(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!self_only(vm, "__getstate__", args, nargs, kw)) return Value::exception();
  return getstate_default(vm, args[0], false);
}

// object_getstate: obj.__getstate__(), or the default when that is object's own.
Value getstate(VM& vm, Value obj, bool required) {
  Value f = vm.getattr(obj, vm.intern("__getstate__"));
  if (f.is_exception()) return f;
  if (f.is_obj() && f.as_obj()->kind == ObjKind::NativeFunction) {
    auto* nf = static_cast<NativeFunction*>(f.as_obj());
    if (nf->fn == object_dunder_getstate && nf->self.is(obj)) return getstate_default(vm, obj, required);
  }
  RootScope roots(vm);
  roots.add(f);
  return vm.call0(f);
}

// The __getnewargs_ex__ / __getnewargs__ of obj's class: args (null when
// neither is defined) and kwargs (null when not given).
bool new_arguments(VM& vm, Value obj, Value& args, Value& kwargs) {
  args = kwargs = Value::null();
  Type* t = vm.type_of(obj);
  Value ex = vm.lookup_type(t, vm.intern("__getnewargs_ex__"));
  if (!ex.is_null()) {
    RootScope roots(vm);
    Value bound = roots.add(bind_method(vm, ex, obj));
    Value r = roots.add(vm.call0(bound));
    if (r.is_exception()) return false;
    if (!r.is_obj() || r.as_obj()->kind != ObjKind::Tuple) {
      vm.raise_fmt(vm.types.TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", type_name(vm, r));
      return false;
    }
    auto* tup = static_cast<Tuple*>(r.as_obj());
    if (tup->size != 2) {
      vm.raise_fmt(vm.types.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d",
                   static_cast<int>(tup->size));
      return false;
    }
    if (!vm.isinstance(tup->items[0], vm.types.tuple)) {
      vm.raise_fmt(vm.types.TypeError,
                   "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                   type_name(vm, tup->items[0]));
      return false;
    }
    if (!vm.isinstance(tup->items[1], vm.types.dict)) {
      vm.raise_fmt(vm.types.TypeError,
                   "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                   type_name(vm, tup->items[1]));
      return false;
    }
    args = tup->items[0];
    kwargs = tup->items[1];
    return true;
  }
  Value plain = vm.lookup_type(t, vm.intern("__getnewargs__"));
  if (plain.is_null()) return true;
  RootScope roots(vm);
  Value bound = roots.add(bind_method(vm, plain, obj));
  Value r = vm.call0(bound);
  if (r.is_exception()) return false;
  if (!vm.isinstance(r, vm.types.tuple)) {
    vm.raise_fmt(vm.types.TypeError, "__getnewargs__ should return a tuple, not '%s'", type_name(vm, r));
    return false;
  }
  args = r;
  return true;
}

// Whether the class can make instances at all (CPython: a tp_new).
bool can_construct(VM& vm, Type* t) {
  Type* b = builtin_base(t);
  return b == vm.types.object || b->constructor || !dict_get_str(b->dict, vm.names.__new__).is_null();
}

// reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems),
// or __newobj_ex__ with (cls, args, kwargs).
Value reduce_newobj(VM& vm, Value obj) {
  Type* t = vm.type_of(obj);
  if (!can_construct(vm, t)) return vm.raise_fmt(vm.types.TypeError, "cannot pickle '%s' object", t->name->data);
  RootScope roots(vm);
  Value args, kwargs;
  if (!new_arguments(vm, obj, args, kwargs)) return Value::exception();
  roots.add(args);
  roots.add(kwargs);
  bool has_args = !args.is_null();
  Value newobj, newargs;
  if (kwargs.is_null() || static_cast<Dict*>(kwargs.as_obj())->table.used == 0) {
    newobj = roots.add(copyreg_attr(vm, "__newobj__"));
    if (newobj.is_exception()) return newobj;
    auto* a = has_args ? static_cast<Tuple*>(args.as_obj()) : nullptr;
    uint32_t n = a ? a->size : 0;
    Tuple* na = vm.new_tuple(n + 1);
    na->items[0] = Value::object(t);
    for (uint32_t i = 0; i < n; ++i) na->items[i + 1] = a->items[i];
    newargs = roots.add(Value::object(na));
  } else {
    newobj = roots.add(copyreg_attr(vm, "__newobj_ex__"));
    if (newobj.is_exception()) return newobj;
    newargs = roots.add(Value::object(vm.tuple_of({Value::object(t), args, kwargs})));
  }
  bool is_list = vm.isinstance(obj, vm.types.list), is_dict = vm.isinstance(obj, vm.types.dict);
  Value state = roots.add(getstate(vm, obj, !(has_args || is_list || is_dict)));
  if (state.is_exception()) return state;
  Value listitems = Value::none(), dictitems = Value::none();
  if (is_list) {
    listitems = roots.add(vm.iter(obj));
    if (listitems.is_exception()) return listitems;
  }
  if (is_dict) {
    Value items = roots.add(vm.call_method(obj, vm.intern("items"), nullptr, 0));
    if (items.is_exception()) return items;
    dictitems = roots.add(vm.iter(items));
    if (dictitems.is_exception()) return dictitems;
  }
  return Value::object(vm.tuple_of({newobj, newargs, state, listitems, dictitems}));
}

Value common_reduce(VM& vm, Value obj, int64_t proto) {
  if (proto >= 2) return reduce_newobj(vm, obj);
  Value f = copyreg_attr(vm, "_reduce_ex");
  if (f.is_exception()) return f;
  RootScope roots(vm);
  roots.add(f);
  return vm.call2(f, obj, Value::small_int(proto));
}

Value object_dunder_reduce(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!self_only(vm, "__reduce__", args, nargs, kw)) return Value::exception();
  return common_reduce(vm, args[0], 0);
}

// A class's own __reduce__ wins over object's reduction.
Value object_dunder_reduce_ex(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!object_receiver(vm, nargs, "__reduce_ex__") || !no_kwargs(vm, "__reduce_ex__", kw)) {
    return Value::exception();
  }
  if (nargs != 2) {
    return vm.raise_fmt(vm.types.TypeError, "object.__reduce_ex__() takes exactly one argument (%d given)",
                        nargs - 1);
  }
  int64_t proto;
  if (!is_int_value(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, args[1]));
  }
  if (!vm.index_value(args[1], proto)) return Value::exception();
  Value obj = args[0];
  Value own = vm.lookup_type(vm.type_of(obj), vm.intern("__reduce__"));
  Value objects = dict_get_str(vm.types.object->dict, vm.intern("__reduce__"));
  if (!own.is_null() && !own.is(objects)) {
    Value reduce = vm.getattr(obj, vm.intern("__reduce__"));
    if (reduce.is_exception()) return reduce;
    RootScope roots(vm);
    roots.add(reduce);
    return vm.call0(reduce);
  }
  return common_reduce(vm, obj, proto);
}

// CPython's basic size of an instance of a class written in Python: the
// object header, its slots, and the weakref pointer of classes with a dict.
Value object_dunder_sizeof(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!self_only(vm, "__sizeof__", args, nargs, kw)) return Value::exception();
  Type* t = vm.type_of(args[0]);
  int64_t size = 16;
  if (t->flags & Type::kHeapType) {
    Value names = slot_names(vm, t);
    if (names.is_exception()) return names;
    if (names.is_obj()) size += 8 * static_cast<int64_t>(static_cast<List*>(names.as_obj())->items.size());
    if (!(t->flags & Type::kSlotted)) size += 8;
  }
  return vm.make_int(size);
}

// merge_class_dict: the names of cls's namespace and of its bases', recursively.
bool merge_class_dict(VM& vm, Dict* names, Type* cls) {
  for (const auto& e : cls->dict->table.entries) {
    if (!e.key.is_null() && dict_set(vm, names, e.key, Value::none()) < 0) return false;
  }
  for (Type* b : cls->bases) {
    if (!merge_class_dict(vm, names, b)) return false;
  }
  return true;
}

// object.__dir__: the instance's own names, then its class's and the bases'
// (unsorted; dir() sorts).
Value object_dunder_dir(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!self_only(vm, "__dir__", args, nargs, kw)) return Value::exception();
  RootScope roots(vm);
  Dict* names = roots.add(vm.new_dict());
  Value d = vm.getattr_opt(args[0], vm.names.__dict__);
  if (d.is_exception()) return d;
  if (!d.is_null()) {
    roots.add(d);
    std::vector<Value> keys;
    if (!vm.unpack_iterable(d, keys)) return Value::exception();
    for (Value k : keys) {
      if (dict_set(vm, names, k, Value::none()) < 0) return Value::exception();
    }
  }
  Value cls = vm.getattr_opt(args[0], vm.names.__class__);
  if (cls.is_exception()) return cls;
  if (cls.is_obj() && cls.as_obj()->kind == ObjKind::Type) {
    if (!merge_class_dict(vm, names, static_cast<Type*>(cls.as_obj()))) return Value::exception();
  }
  List* l = roots.add(vm.new_list(names->table.used));
  for (const auto& e : names->table.entries) {
    if (!e.key.is_null()) l->items.push_back(e.key);
  }
  return Value::object(l);
}

// int/float/str/bytes/tuple.__getnewargs__: (the plain value,), so that
// object.__reduce_ex__ rebuilds a subclass instance with cls.__new__(cls, v).
Value builtin_getnewargs(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__getnewargs__", kw) || !check_nargs(vm, "__getnewargs__", nargs, 1, 1)) {
    return Value::exception();
  }
  Value v = exact_builtin_value(vm, args[0]);
  if (v.is_exception()) return v;
  RootScope roots(vm);
  roots.add(v);
  return Value::object(vm.tuple_of({v}));
}

// set/frozenset.__reduce__: (cls, (list(self),), state).
Value set_dunder_reduce(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__reduce__", kw) || !check_nargs(vm, "__reduce__", nargs, 1, 1)) return Value::exception();
  RootScope roots(vm);
  Value items = roots.add(list_from_iterable(vm, args[0]));
  if (items.is_exception()) return items;
  Value state = roots.add(getstate(vm, args[0], false));
  if (state.is_exception()) return state;
  Value inner = roots.add(Value::object(vm.tuple_of({items})));
  return Value::object(vm.tuple_of({Value::object(vm.type_of(args[0])), inner, state}));
}

// bytearray's reduction: (cls, (latin-1 str, 'latin-1') or (bytes,), state).
Value bytearray_reduce(VM& vm, Value self, int64_t proto) {
  RootScope roots(vm);
  Value state = roots.add(getstate(vm, self, false));
  if (state.is_exception()) return state;
  Value cls = Value::object(vm.type_of(self));
  std::string_view data = static_cast<ByteArray*>(self.as_obj())->view();
  if (data.empty()) return Value::object(vm.tuple_of({cls, Value::object(vm.empty_tuple), state}));
  Value inner;
  if (proto < 3) {
    std::string text;
    for (unsigned char c : data) {
      if (c < 0x80) {
        text += static_cast<char>(c);
      } else {
        text += static_cast<char>(0xC0 | (c >> 6));
        text += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    Value s = roots.add(vm.str_value(text));
    inner = roots.add(Value::object(vm.tuple_of({s, vm.str_value("latin-1")})));
  } else {
    Value b = roots.add(Value::object(bytes_new(vm, data)));
    inner = roots.add(Value::object(vm.tuple_of({b})));
  }
  return Value::object(vm.tuple_of({cls, inner, state}));
}

Value bytearray_dunder_reduce(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_receiver(vm, args, nargs, vm.types.bytearray, "__reduce__") || !no_kwargs(vm, "__reduce__", kw) ||
      !check_nargs(vm, "__reduce__", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  return bytearray_reduce(vm, args[0], 2);
}

Value bytearray_dunder_reduce_ex(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_receiver(vm, args, nargs, vm.types.bytearray, "__reduce_ex__") ||
      !no_kwargs(vm, "__reduce_ex__", kw) || !check_nargs(vm, "__reduce_ex__", nargs - 1, 0, 1)) {
    return Value::exception();
  }
  int64_t proto = 0;
  if (nargs == 2 && !vm.index_value(args[1], proto)) return Value::exception();
  return bytearray_reduce(vm, args[0], proto);
}

}  // namespace

void init_object_reduce(VM& vm) {
  Type* o = vm.types.object;
  add_method(vm, o, "__reduce_ex__", object_dunder_reduce_ex);
  add_method(vm, o, "__reduce__", object_dunder_reduce);
  add_method(vm, o, "__getstate__", object_dunder_getstate);
  add_method(vm, o, "__sizeof__", object_dunder_sizeof);
  add_method(vm, o, "__dir__", object_dunder_dir);
  for (Type* t : {vm.types.int_, vm.types.float_, vm.types.str, vm.types.bytes, vm.types.tuple}) {
    add_method(vm, t, "__getnewargs__", builtin_getnewargs);
  }
  add_method(vm, vm.types.set, "__reduce__", set_dunder_reduce);
  add_method(vm, vm.types.frozenset, "__reduce__", set_dunder_reduce);
  add_method(vm, vm.types.bytearray, "__reduce__", bytearray_dunder_reduce);
  add_method(vm, vm.types.bytearray, "__reduce_ex__", bytearray_dunder_reduce_ex);
}

}  // namespace coil::vm
