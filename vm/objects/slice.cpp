// slice: the object behind `a[i:j:k]`; start/stop/step attributes,
// indices(), comparison as the tuple (start, stop, step).
#include <string>

#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

Value new_slice(VM& vm, Value start, Value stop, Value step) {
  auto* s = vm.alloc<Slice>(ObjKind::Slice, vm.types.slice);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Value::object(s);
}

namespace {

Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_obj()); }
bool is_slice(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Slice; }

Value slice_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "slice", kwnames)) return Value::exception();
  if (!check_nargs(vm, "slice", nargs, 1, 3)) return Value::exception();
  if (nargs == 1) return new_slice(vm, Value::none(), args[0], Value::none());
  return new_slice(vm, args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

Value slice_repr(VM& vm, Value self) {
  Slice* s = as_slice(self);
  std::string out = "slice(";
  Value parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; ++i) {
    Value r = vm.repr(parts[i]);
    if (r.is_exception()) return r;
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  out += ")";
  return vm.str_value(out);
}

Value slice_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_slice(a) || !is_slice(b)) return vm.not_implemented;
  if (a.is(b) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    return Value::boolean(op == CompareOp::Eq);
  }
  Slice* x = as_slice(a);
  Slice* y = as_slice(b);
  Value xs[3] = {x->start, x->stop, x->step};
  Value ys[3] = {y->start, y->stop, y->step};
  Value result;
  if (sequence_compare(vm, xs, 3, ys, 3, op, result) < 0) return Value::exception();
  return result;
}

Value slice_getattr(VM& vm, Value self, Str* name) {
  Slice* s = as_slice(self);
  std::string_view n = name->view();
  if (n == "start") return s->start;
  if (n == "stop") return s->stop;
  if (n == "step") return s->step;
  return generic_getattr(vm, self, name, true);
}

int slice_setattr(VM& vm, Value self, Str* name, Value) {
  std::string_view n = name->view();
  if (n == "start" || n == "stop" || n == "step") {
    vm.raise(vm.types.AttributeError, "readonly attribute");
    return -1;
  }
  raise_attribute_error(vm, self, name);
  return -1;
}

// slice.indices(length) -> (start, stop, step) resolved for that length.
Value slice_indices_method(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!check_receiver(vm, args, nargs, vm.types.slice, "indices")) return Value::exception();
  if (!no_kwargs(vm, "slice.indices", kwnames)) return Value::exception();
  if (nargs != 2) {
    return vm.raise_fmt(vm.types.TypeError, "slice.indices() takes exactly one argument (%d given)",
                        nargs - 1);
  }
  int64_t length;
  if (!vm.index_value(args[1], length)) return Value::exception();
  if (length < 0) return vm.raise(vm.types.ValueError, "length should not be negative");
  int64_t start, stop, step, n;
  if (!slice_indices(vm, as_slice(args[0]), length, start, stop, step, n)) {
    return Value::exception();
  }
  return Value::object(vm.tuple_of({vm.make_int(start), vm.make_int(stop), vm.make_int(step)}));
}

}  // namespace

void init_slice_type(VM& vm) {
  Type* t = vm.types.slice;
  t->constructor = slice_constructor;
  t->slots.repr = slice_repr;
  t->slots.compare = slice_compare;  // no hash: slices are unhashable in 3.11
  t->slots.getattr = slice_getattr;
  t->slots.setattr = slice_setattr;
  add_method(vm, t, "indices", slice_indices_method);
}

}  // namespace coil::vm
