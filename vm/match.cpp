// The run-time side of `match` statements (PEP 634), as CPython 3.11's
// ceval.c: the opcodes MATCH_CLASS, MATCH_KEYS, MATCH_SEQUENCE,
// MATCH_MAPPING and GET_LEN. The compiler does the rest (compiler/codegen.cpp).
#include <string_view>
#include <vector>

#include "vm/interp.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

namespace {

// CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, which classes written
// in coil ask for as collections.abc's classes do: `__abc_tpflags__` in a
// class body.
constexpr int64_t kTpFlagsSequence = 1 << 5;
constexpr int64_t kTpFlagsMapping = 1 << 6;

bool has_abc_flag(VM& vm, Type* t, int64_t flag) {
  Value v = vm.lookup_type(t, vm.intern("__abc_tpflags__"));
  return v.is_int() && (v.as_int() & flag) != 0;
}

// Types whose instances a class pattern with one positional sub-pattern
// matches as a whole (`int(x)`), unless they define __match_args__.
bool matches_self(VM& vm, Type* t) {
  for (Type* base : {vm.types.bool_, vm.types.bytes, vm.types.dict, vm.types.float_, vm.types.frozenset,
                     vm.types.int_, vm.types.list, vm.types.set, vm.types.str, vm.types.tuple}) {
    if (vm.is_subtype(t, base)) return true;
  }
  return false;
}

// isinstance(subject, cls), __instancecheck__ included: 1, 0 or -1.
int is_instance(VM& vm, Value subject, Value cls) {
  if (vm.type_of(cls) == vm.types.type) {
    return vm.isinstance(subject, static_cast<Type*>(cls.as_obj())) ? 1 : 0;
  }
  Value isinstance = dict_get_str(vm.builtins, vm.intern("isinstance"));
  Value args[2] = {subject, cls};
  Value r = vm.call(isinstance, args, 2);
  if (r.is_exception()) return -1;
  return vm.truthy(r);
}

// One attribute of a class pattern: null() when the subject lacks it (no
// match), exception() on an error.
Value class_attr(VM& vm, Value subject, Type* cls, Str* name, std::vector<Str*>& seen) {
  for (Str* s : seen) {
    if (s->view() == name->view()) {
      RootScope roots(vm);
      Value r = roots.add(vm.repr(Value::object(name)));
      if (r.is_exception()) return r;
      return vm.raise_fmt(vm.types.TypeError, "%s() got multiple sub-patterns for attribute %s", cls->name->data,
                          static_cast<Str*>(r.as_obj())->data);
    }
  }
  seen.push_back(name);
  return vm.getattr_opt(subject, name);
}

}  // namespace

bool op_match_sequence(VM& vm, Value subject) {
  Type* t = vm.type_of(subject);
  if (vm.is_subtype(t, vm.types.list) || vm.is_subtype(t, vm.types.tuple) || vm.is_subtype(t, vm.types.range)) {
    return true;
  }
  if (vm.is_subtype(t, vm.types.str) || vm.is_subtype(t, vm.types.bytes) || vm.is_subtype(t, vm.types.dict)) {
    return false;
  }
  return t->dict && has_abc_flag(vm, t, kTpFlagsSequence);
}

bool op_match_mapping(VM& vm, Value subject) {
  Type* t = vm.type_of(subject);
  if (vm.is_subtype(t, vm.types.dict)) return true;
  return t->dict && has_abc_flag(vm, t, kTpFlagsMapping);
}

// MATCH_CLASS: the tuple of the positional (by __match_args__) and keyword
// attributes, None when the subject does not match, exception() on error.
Value op_match_class(VM& vm, Value subject, Value cls_value, Value kwnames, int nargs) {
  if (!cls_value.is_obj() || cls_value.as_obj()->kind != ObjKind::Type) {
    return vm.raise(vm.types.TypeError, "called match pattern must be a type");
  }
  auto* cls = static_cast<Type*>(cls_value.as_obj());
  int r = is_instance(vm, subject, cls_value);
  if (r < 0) return Value::exception();
  if (r == 0) return Value::none();
  RootScope roots(vm);
  List* attrs = roots.add(vm.new_list());
  std::vector<Str*> seen;
  if (nargs > 0) {
    bool match_self = false;
    Value match_args = vm.getattr_opt(cls_value, vm.intern("__match_args__"));
    if (match_args.is_exception()) return match_args;
    roots.add(match_args);
    Tuple* names = nullptr;
    if (match_args.is_null()) {
      match_self = matches_self(vm, cls);
    } else if (vm.type_of(match_args) != vm.types.tuple) {
      return vm.raise_fmt(vm.types.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name->data,
                          type_name(vm, match_args));
    } else {
      names = static_cast<Tuple*>(match_args.as_obj());
    }
    int allowed = match_self ? 1 : names ? static_cast<int>(names->size) : 0;
    if (allowed < nargs) {
      return vm.raise_fmt(vm.types.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls->name->data,
                          allowed, allowed == 1 ? "" : "s", nargs);
    }
    if (match_self) {
      attrs->push(subject);
    } else {
      for (int i = 0; i < nargs; ++i) {
        Value name = names->items[i];
        if (vm.type_of(name) != vm.types.str) {
          return vm.raise_fmt(vm.types.TypeError, "__match_args__ elements must be strings (got %s)",
                              type_name(vm, name));
        }
        Value attr = class_attr(vm, subject, cls, static_cast<Str*>(name.as_obj()), seen);
        if (attr.is_exception()) return attr;
        if (attr.is_null()) return Value::none();
        attrs->push(attr);
      }
    }
  }
  auto* kw = static_cast<Tuple*>(kwnames.as_obj());
  for (uint32_t i = 0; i < kw->size; ++i) {
    Value attr = class_attr(vm, subject, cls, static_cast<Str*>(kw->items[i].as_obj()), seen);
    if (attr.is_exception()) return attr;
    if (attr.is_null()) return Value::none();
    attrs->push(attr);
  }
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(attrs->items.size()));
  for (size_t i = 0; i < attrs->items.size(); ++i) t->items[i] = attrs->items[i];
  return Value::object(t);
}

// MATCH_KEYS: the tuple of subject.get(key) for each key, None when one is
// missing, exception() on error (a key given twice is a ValueError).
Value op_match_keys(VM& vm, Value subject, Value keys_value) {
  auto* keys = static_cast<Tuple*>(keys_value.as_obj());
  if (keys->size == 0) return Value::object(vm.new_tuple(0));
  RootScope roots(vm);
  Value get = roots.add(vm.getattr(subject, vm.intern("get")));
  if (get.is_exception()) return get;
  Value dummy = roots.add(vm.call(Value::object(vm.types.object), nullptr, 0));
  if (dummy.is_exception()) return dummy;
  List* values = roots.add(vm.new_list());
  for (uint32_t i = 0; i < keys->size; ++i) {
    for (uint32_t j = 0; j < i; ++j) {
      int same = vm.eq(keys->items[j], keys->items[i]);
      if (same < 0) return Value::exception();
      if (same) {
        Value r = roots.add(vm.repr(keys->items[i]));
        if (r.is_exception()) return r;
        return vm.raise_fmt(vm.types.ValueError, "mapping pattern checks duplicate key (%s)",
                            static_cast<Str*>(r.as_obj())->data);
      }
    }
    Value args[2] = {keys->items[i], dummy};
    Value v = vm.call(get, args, 2);
    if (v.is_exception()) return v;
    if (v.is_obj() && v.as_obj() == dummy.as_obj()) return Value::none();
    values->push(v);
  }
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(values->items.size()));
  for (size_t i = 0; i < values->items.size(); ++i) t->items[i] = values->items[i];
  return Value::object(t);
}

}  // namespace coil::vm
