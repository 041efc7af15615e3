// _collections._tuplegetter: the field descriptors of collections.namedtuple
// classes (CPython's Modules/_collectionsmodule.c). `P.x` is the descriptor;
// `p.x` is item `index` of the tuple, read here without a call, and LOAD_ATTR
// caches it as an indexed load (attr_cache_tuple_field_hit).
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct TupleGetter : Foreign {
  int64_t index;
  Value doc;
};

TupleGetter* as_getter(Value v) { return static_cast<TupleGetter*>(v.as_obj()); }

void getter_trace(Obj* self, std::vector<Obj*>& gray) { mark_gray(gray, static_cast<TupleGetter*>(self)->doc); }

Value getter_descr_get(VM& vm, Value self, Value obj) {
  TupleGetter* g = as_getter(self);
  if (!obj.is_obj() || obj.as_obj()->kind != ObjKind::Tuple) {
    return vm.raise_fmt(vm.types.TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                        static_cast<long long>(g->index), type_name(vm, obj));
  }
  auto* t = static_cast<Tuple*>(obj.as_obj());
  if (g->index < 0 || g->index >= static_cast<int64_t>(t->size)) {
    return vm.raise(vm.types.IndexError, "tuple index out of range");
  }
  return t->items[g->index];
}

int getter_descr_set(VM& vm, Value, Value, Value value) {
  vm.raise(vm.types.AttributeError, value.is_null() ? "can't delete attribute" : "can't set attribute");
  return -1;
}

const ForeignClass kTupleGetterClass = {"_tuplegetter", getter_trace, nullptr, nullptr, nullptr,
                                        getter_descr_get, getter_descr_set};

Value getter_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "_tuplegetter", kwnames)) return Value::exception();
  if (nargs != 2) {
    return vm.raise_fmt(vm.types.TypeError, "_tuplegetter expected 2 arguments, got %d", nargs);
  }
  int64_t index;
  if (!vm.index_value(args[0], index)) return Value::exception();
  auto* g = vm.alloc<TupleGetter>(ObjKind::Foreign, vm.types.tuplegetter);
  g->cls = &kTupleGetterClass;
  g->index = index;
  g->doc = args[1];
  return Value::object(g);
}

Value getter_repr(VM& vm, Value self) {
  TupleGetter* g = as_getter(self);
  Value doc = vm.repr(g->doc);
  if (doc.is_exception()) return doc;
  return vm.str_value("_tuplegetter(" + std::to_string(g->index) + ", " + std::string(as_str(doc)->view()) + ")");
}

Value getter_getattr(VM& vm, Value self, Str* name) {
  if (name == vm.names.__doc__) return as_getter(self)->doc;
  return generic_getattr(vm, self, name, true);
}

int getter_setattr(VM& vm, Value self, Str* name, Value value) {
  if (name == vm.names.__doc__) {
    as_getter(self)->doc = value.is_null() ? Value::none() : value;
    return 0;
  }
  return generic_setattr(vm, self, name, value);
}

// __get__(obj, type=None): the descriptor itself when obj is None.
Value getter_dunder_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__get__") || !no_kwargs(vm, "__get__", kw) ||
      !check_nargs(vm, "__get__", nargs - 1, 1, 2)) {
    return Value::exception();
  }
  if (args[1].is_none()) return args[0];
  return getter_descr_get(vm, args[0], args[1]);
}

Value getter_dunder_set(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__set__") || !no_kwargs(vm, "__set__", kw) ||
      !check_nargs(vm, "__set__", nargs - 1, 2, 2)) {
    return Value::exception();
  }
  return getter_descr_set(vm, args[0], args[1], args[2]) < 0 ? Value::exception() : Value::none();
}

Value getter_dunder_delete(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__delete__") || !no_kwargs(vm, "__delete__", kw) ||
      !check_nargs(vm, "__delete__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  return getter_descr_set(vm, args[0], args[1], Value::null()) < 0 ? Value::exception() : Value::none();
}

Value getter_reduce(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_receiver(vm, args, nargs, vm.types.tuplegetter, "__reduce__") || !no_kwargs(vm, "__reduce__", kw) ||
      !check_nargs(vm, "__reduce__", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  TupleGetter* g = as_getter(args[0]);
  RootScope roots(vm);
  Value inner = roots.add(Value::object(vm.tuple_of({vm.make_int(g->index), g->doc})));
  return Value::object(vm.tuple_of({Value::object(vm.types.tuplegetter), inner}));
}

}  // namespace

bool tuple_field_index(VM& vm, Value attr, uint32_t& index) {
  if (!attr.is_obj() || attr.as_obj()->type != vm.types.tuplegetter) return false;
  int64_t i = as_getter(attr)->index;
  if (i < 0 || i > INT32_MAX) return false;
  index = static_cast<uint32_t>(i);
  return true;
}

void init_tuplegetter_type(VM& vm) {
  Type* t = vm.types.tuplegetter;
  t->module = vm.str_value("_collections");
  t->constructor = getter_new;
  t->slots.repr = getter_repr;
  t->slots.getattr = getter_getattr;
  t->slots.setattr = getter_setattr;
  add_wrapper_method(vm, t, "__get__", getter_dunder_get);
  add_wrapper_method(vm, t, "__set__", getter_dunder_set);
  add_wrapper_method(vm, t, "__delete__", getter_dunder_delete);
  add_method(vm, t, "__reduce__", getter_reduce);
}

}  // namespace coil::vm
