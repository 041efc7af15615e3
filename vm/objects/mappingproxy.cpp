// mappingproxy (types.MappingProxyType): a read-only view of a mapping, what
// a class's __dict__ gives (CPython's Objects/descrobject.c). Every read is
// passed to the mapping; nothing writes through it. Attribute lookup on the
// class never goes through the proxy (it reads Type::dict directly), so
// making one costs only `C.__dict__` itself. No setitem slot: assignment and
// deletion get VM::setitem's and VM::delitem's TypeErrors, as CPython's
// generic ones.
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct MappingProxy : Foreign {
  Value mapping;
};

void proxy_trace(Obj* self, std::vector<Obj*>& gray) { mark_gray(gray, static_cast<MappingProxy*>(self)->mapping); }

constexpr ForeignClass kMappingProxyClass = {"mappingproxy", proxy_trace, nullptr};

bool is_proxy(VM& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.types.mappingproxy; }

Value mapping_of(Value v) { return static_cast<MappingProxy*>(v.as_obj())->mapping; }

// CPython's mappingproxy_check_mapping: anything subscriptable but a list
// or tuple (or their subclasses).
bool is_mapping(VM& vm, Value m) {
  Type* t = vm.type_of(m);
  if (!t->slots.getitem || vm.isinstance(m, vm.types.list) || vm.isinstance(m, vm.types.tuple)) return false;
  return true;
}

Value proxy_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value mapping;
  if (!parse_args(vm, "mappingproxy", args, nargs, kwnames, {"mapping"}, 1, &mapping)) return Value::exception();
  if (!is_mapping(vm, mapping)) {
    return vm.raise_fmt(vm.types.TypeError, "mappingproxy() argument must be a mapping, not %s",
                        type_name(vm, mapping));
  }
  return new_mappingproxy(vm, mapping);
}

Value proxy_repr(VM& vm, Value self) {
  Value r = vm.repr(mapping_of(self));
  if (r.is_exception()) return r;
  return vm.str_value("mappingproxy(" + std::string(as_str(r)->view()) + ")");
}

Value proxy_str(VM& vm, Value self) { return vm.str(mapping_of(self)); }

Value proxy_getitem(VM& vm, Value self, Value key) { return vm.getitem(mapping_of(self), key); }

int proxy_contains(VM& vm, Value self, Value item) { return vm.contains(mapping_of(self), item); }

bool proxy_length(VM& vm, Value self, int64_t& out) { return vm.length(mapping_of(self), out); }

Value proxy_iter(VM& vm, Value self) { return vm.iter(mapping_of(self)); }

Value proxy_compare(VM& vm, Value a, Value b, CompareOp op) { return vm.compare(mapping_of(a), b, op); }

// `proxy | other` is the mappings' `|` (a new dict); `|=` is refused, as
// CPython's mappingproxy_ior.
Value proxy_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  if (op != BinaryOp::Or) return vm.not_implemented;
  if (inplace && is_proxy(vm, a)) {
    return vm.raise_fmt(vm.types.TypeError, "'|=' is not supported by %s; use '|' instead", type_name(vm, a));
  }
  if (is_proxy(vm, a)) a = mapping_of(a);
  if (is_proxy(vm, b)) b = mapping_of(b);
  return vm.binary_op(a, b, BinaryOp::Or);
}

// The methods that call the mapping's method of the same name.
bool proxy_receiver(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, int min, int max) {
  return check_receiver(vm, args, nargs, vm.types.mappingproxy, name) && no_kwargs(vm, name, kwnames) &&
         check_nargs(vm, name, nargs - 1, min, max);
}

Value forward(VM& vm, Value* args, int nargs, const char* name) {
  return vm.call_method(mapping_of(args[0]), vm.intern(name), args + 1, nargs - 1);
}

Value proxy_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!proxy_receiver(vm, args, nargs, kw, "get", 1, 2)) return Value::exception();
  Value call_args[3] = {args[0], args[1], nargs == 3 ? args[2] : Value::none()};
  return forward(vm, call_args, 3, "get");
}

#define PROXY_FORWARD(method)                                                              \
  Value proxy_##method(VM& vm, Value* args, int nargs, Tuple* kw) {                       \
    if (!proxy_receiver(vm, args, nargs, kw, #method, 0, 0)) return Value::exception();   \
    return forward(vm, args, nargs, #method);                                             \
  }
PROXY_FORWARD(keys)
PROXY_FORWARD(values)
PROXY_FORWARD(items)
PROXY_FORWARD(copy)
#undef PROXY_FORWARD

Value proxy_reversed(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!proxy_receiver(vm, args, nargs, kw, "__reversed__", 0, 0)) return Value::exception();
  Value f = vm.getattr_opt(args[0].is_obj() ? mapping_of(args[0]) : args[0], vm.intern("__reversed__"));
  if (f.is_exception()) return f;
  if (f.is_null()) return vm.raise_fmt(vm.types.TypeError, "'%s' object is not reversible",
                                       type_name(vm, mapping_of(args[0])));
  return vm.call0(f);
}

}  // namespace

Value new_mappingproxy(VM& vm, Value mapping) {
  auto* p = vm.alloc<MappingProxy>(ObjKind::Foreign, vm.types.mappingproxy);
  p->cls = &kMappingProxyClass;
  p->mapping = mapping;
  return Value::object(p);
}

void init_mappingproxy_type(VM& vm) {
  Type* t = vm.types.mappingproxy;
  t->constructor = proxy_constructor;
  t->slots.repr = proxy_repr;
  t->slots.str = proxy_str;
  t->slots.getitem = proxy_getitem;
  t->slots.contains = proxy_contains;
  t->slots.length = proxy_length;
  t->slots.iter = proxy_iter;
  t->slots.compare = proxy_compare;  // and no hash: unhashable, as in 3.11
  t->slots.binary = proxy_binary;
  t->slots.number_ops = op_bit(BinaryOp::Or);
  t->slots.inplace_ops = op_bit(BinaryOp::Or);
  add_method(vm, t, "get", proxy_get);
  add_method(vm, t, "keys", proxy_keys);
  add_method(vm, t, "values", proxy_values);
  add_method(vm, t, "items", proxy_items);
  add_method(vm, t, "copy", proxy_copy);
  add_method(vm, t, "__reversed__", proxy_reversed);
  add_class_getitem(vm, t);
}

}  // namespace coil::vm
