// Native functions, classes and modules of the host (include/coil/bind.hpp):
// binding a call's arguments to a C++ signature as CPython binds a Python
// function's, turning C++ exceptions into script exceptions, and the script
// objects that stand for C++ objects.
#include <algorithm>
#include <cstring>
#include <exception>
#include <new>
#include <stdexcept>
#include <string>

#include "coil/coil.hpp"
#include "embed/api_internal.hpp"
#include "embed/embed.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

namespace coil {

using detail::Access;
using detail::Core;

namespace {

// The C++ side of a bound function, kept in its NativeFunction's `data`.
struct HostFunction : vm::Foreign {
  detail::Signature sig;
  detail::Invoker fn;
  Core* core;  // the VM's Core, which outlives the VM's objects
};
void host_function_destroy(vm::Obj* self) { static_cast<HostFunction*>(self)->~HostFunction(); }
const vm::ForeignClass kHostFunctionClass = {"host_function", nullptr, host_function_destroy};

// A script object standing for a C++ object of a bound class.
struct HostInstance : vm::Foreign {
  void* ptr;
  detail::Deleter deleter;  // null: the host owns the object
  detail::ClassRecord* record;
};
void host_instance_destroy(vm::Obj* self) {
  auto* h = static_cast<HostInstance*>(self);
  if (h->deleter && h->ptr) h->deleter(h->ptr);
  if (!h->deleter && h->ptr && h->record) {
    auto it = h->record->borrowed.find(h->ptr);
    if (it != h->record->borrowed.end() && it->second == self) h->record->borrowed.erase(it);
  }
  h->ptr = nullptr;
}
const vm::ForeignClass kHostInstanceClass = {"host_instance", nullptr, host_instance_destroy};

HostInstance* as_instance(vm::Value v) {
  if (!v.is_obj() || v.as_obj()->kind != vm::ObjKind::Foreign) return nullptr;
  auto* f = static_cast<vm::Foreign*>(v.as_obj());
  return f->cls == &kHostInstanceClass ? static_cast<HostInstance*>(f) : nullptr;
}

// The interpreter value of a handle the host hands back to `core`'s VM.
vm::Value own_value(Core& core, const Value& v) {
  if (!v.alive()) {
    if (v.is_none()) return vm::Value::none();
    throw Value::dead_error();
  }
  if (Access::core_ptr(v) != &core) throw Error("ValueError", "the value belongs to another VM");
  return Access::get(v);
}

// ---------------------------------------------------------------- argument binding

std::string quoted_list(const std::vector<std::string>& names) {
  // CPython's format_missing: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

// A signature without coil::arg names: the C function's messages
// ("f expected 2 arguments, got 3", "f() takes no keyword arguments").
bool bind_unnamed(vm::VM& vm, const detail::Signature& sig, size_t receiver, int nargs, int nkw) {
  if (nkw > 0 && !sig.varkw) {
    vm.raise_fmt(vm.types.TypeError, "%s() takes no keyword arguments", sig.name.c_str());
    return false;
  }
  size_t want = sig.names.size() - receiver;
  size_t given = static_cast<size_t>(nargs) - receiver;
  if (given == want || (sig.varargs && given > want)) return true;
  std::string name = sig.name;
  if (receiver && name.size() > 9 && name.compare(name.size() - 9, 9, ".__init__") == 0) {
    name.resize(name.size() - 9);
  }
  vm.raise_fmt(vm.types.TypeError, "%s expected %s%zu argument%s, got %zu", name.c_str(),
               sig.varargs ? "at least " : "", want, want == 1 ? "" : "s", given);
  return false;
}

// Binds positional args[0..nargs) and the keyword values named by kwnames
// to the parameters, as CPython 3.11's initialize_locals does (keyword
// errors first, then too many positional arguments, then missing ones).
// `receiver`: leading arguments the caller supplied (a constructor's class).
bool bind_arguments(vm::VM& vm, Core& core, const detail::Signature& sig, size_t receiver, vm::Value* args,
                    int nargs, vm::Tuple* kwnames, detail::Call& call) {
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  size_t n = sig.names.size();
  bool unnamed = n > receiver && sig.names[receiver].empty();
  if (n == receiver) unnamed = !sig.varkw && nkw > 0;
  if (unnamed && !bind_unnamed(vm, sig, receiver, nargs, nkw)) return false;
  // Which parameters have a value: a bit each (a vector only past 64).
  uint64_t set_bits = 0;
  std::vector<bool> set_more(n > 64 ? n : 0, false);
  auto is_set = [&](size_t i) { return i < 64 ? (set_bits >> i) & 1 : static_cast<bool>(set_more[i]); };
  auto mark_set = [&](size_t i) {
    if (i < 64) {
      set_bits |= uint64_t(1) << i;
    } else {
      set_more[i] = true;
    }
  };
  call.args.resize(n);
  size_t given = static_cast<size_t>(nargs);
  for (size_t i = 0; i < given && i < n; ++i) {
    call.args[i] = Access::make(core, args[i]);
    mark_set(i);
  }
  for (size_t i = n; i < given; ++i) call.rest.push_back(Access::make(core, args[i]));
  const char* fname = sig.name.c_str();
  for (int k = 0; k < nkw; ++k) {
    std::string_view key = vm::as_str(kwnames->items[k])->view();
    vm::Value value = args[nargs + k];
    size_t i = receiver;
    while (i < n && sig.names[i] != key) ++i;
    if (i == n || sig.names[i].empty()) {
      if (sig.varkw) {
        call.kwargs.emplace_back(std::string(key), Access::make(core, value));
        continue;
      }
      vm.raise_fmt(vm.types.TypeError, "%s() got an unexpected keyword argument '%.*s'", fname,
                   static_cast<int>(key.size()), key.data());
      return false;
    }
    if (is_set(i)) {
      vm.raise_fmt(vm.types.TypeError, "%s() got multiple values for argument '%.*s'", fname,
                   static_cast<int>(key.size()), key.data());
      return false;
    }
    call.args[i] = Access::make(core, value);
    mark_set(i);
  }
  if (given > n && !sig.varargs) {
    size_t defaults = 0;
    for (const auto& d : sig.defaults) defaults += d.has_value();
    std::string takes = defaults ? "from " + std::to_string(n - defaults) + " to " + std::to_string(n)
                                 : std::to_string(n);
    bool plural = defaults ? true : n != 1;
    vm.raise_fmt(vm.types.TypeError, "%s() takes %s positional argument%s but %zu %s given", fname,
                 takes.c_str(), plural ? "s" : "", given, given == 1 ? "was" : "were");
    return false;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < n; ++i) {
    if (is_set(i)) continue;
    if (sig.defaults[i]) {
      call.args[i] = *sig.defaults[i];
    } else {
      missing.push_back(sig.names[i]);
    }
  }
  if (!missing.empty()) {
    vm.raise_fmt(vm.types.TypeError, "%s() missing %zu required positional argument%s: %s", fname,
                 missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
    return false;
  }
  return true;
}

// What a bound callable returned: a handle, or a scalar it left in the Call.
vm::Value call_result(vm::VM& vm, Core& core, const detail::Call& call, const Value& r) {
  using R = detail::Call::Result;
  switch (call.result) {
    case R::Handle:
      return own_value(core, r);
    case R::None:
      return vm::Value::none();
    case R::Bool:
      return vm::Value::boolean(call.scalar.b);
    case R::Int:
      return vm.make_int(call.scalar.i);
    case R::Uint:
      if (call.scalar.u <= static_cast<uint64_t>(INT64_MAX)) return vm.make_int(static_cast<int64_t>(call.scalar.u));
      return own_value(core, core.owner->uint_value(call.scalar.u));
    case R::Double:
      return vm::Value::from_double(call.scalar.d);
  }
  return vm::Value::none();
}

// Runs a bound callable: binds, calls, and turns what it throws into the
// script exception raised at the caller's line.
vm::Value run_bound(vm::VM& vm, Core& core, const detail::Signature& sig, detail::Invoker& fn, size_t receiver,
                    vm::Value* args, int nargs, vm::Tuple* kwnames) {
  try {
    detail::Call call{*core.owner, sig, {}, {}, {}};
    // Scalars given positionally: converted straight from the VM's values.
    // A copy, as converting one (__index__, __float__) may run script code
    // that moves the VM's stack; the originals there keep them alive.
    constexpr int kMaxRaw = 8;
    if (sig.scalar && receiver == 0 && (!kwnames || kwnames->size == 0) && nargs <= kMaxRaw &&
        static_cast<size_t>(nargs) == sig.names.size()) {
      vm::Value raw[kMaxRaw];
      std::copy(args, args + nargs, raw);
      call.raw = raw;
      Value r = fn(call);
      return call_result(vm, core, call, r);
    }
    // Borrow a spare argument vector and give it back, emptied, however the call ends.
    struct Recycle {
      Core& core;
      std::vector<Value>& args;
      ~Recycle() {
        args.clear();
        if (args.capacity() != 0 && core.spare_arguments.size() < 64) {
          core.spare_arguments.push_back(std::move(args));
        }
      }
    } recycle{core, call.args};
    if (!core.spare_arguments.empty()) {
      call.args = std::move(core.spare_arguments.back());
      core.spare_arguments.pop_back();
    }
    if (!bind_arguments(vm, core, sig, receiver, args, nargs, kwnames, call)) return vm::Value::exception();
    Value r = fn(call);
    return call_result(vm, core, call, r);
  } catch (const Error& e) {
    return detail::raise_error(vm, e);
  } catch (const std::invalid_argument& e) {  // the standard exceptions as pybind11 maps them
    return vm.raise(vm.types.ValueError, e.what());
  } catch (const std::domain_error& e) {
    return vm.raise(vm.types.ValueError, e.what());
  } catch (const std::length_error& e) {
    return vm.raise(vm.types.ValueError, e.what());
  } catch (const std::out_of_range& e) {
    return vm.raise(vm.types.IndexError, e.what());
  } catch (const std::range_error& e) {
    return vm.raise(vm.types.ValueError, e.what());
  } catch (const std::overflow_error& e) {
    return vm.raise(vm.types.OverflowError, e.what());
  } catch (const std::bad_alloc&) {
    return vm.raise_memory_error();
  } catch (const std::exception& e) {
    return vm.raise(vm.types.RuntimeError, e.what());
  } catch (...) {
    return vm.raise(vm.types.RuntimeError, "unknown C++ exception in a native function");
  }
}

vm::Value host_call(vm::VM& vm, vm::Value* args, int nargs, vm::Tuple* kwnames) {
  auto* data = static_cast<HostFunction*>(vm.native_data.as_obj());
  return run_bound(vm, *data->core, data->sig, data->fn, 0, args, nargs, kwnames);
}

// ---------------------------------------------------------------- classes

detail::ClassRecord& record_of(Core& core, std::type_index t) {
  auto it = core.classes.find(t);
  if (it == core.classes.end()) {
    throw Error("TypeError", std::string("no coil::Class is bound for C++ type ") + t.name());
  }
  return *it->second;
}

vm::Value host_construct(vm::VM& vm, vm::Value* args, int nargs, vm::Tuple* kwnames) {
  auto* type = static_cast<vm::Type*>(vm.native_data.as_obj());
  Core& core = detail::core_of(vm);
  detail::ClassRecord* rec = nullptr;
  for (auto& [t, r] : core.classes) {
    if (r->type == type) rec = r.get();
  }
  if (!rec || !rec->constructor) {
    return vm.raise_fmt(vm.types.TypeError, "cannot create '%s' instances", type->name->data);
  }
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  std::vector<vm::Value> all;
  all.reserve(static_cast<size_t>(nargs + nkw + 1));
  all.push_back(vm::Value::object(type));
  all.insert(all.end(), args, args + nargs + nkw);
  auto ctor = rec->constructor;  // kept alive while it runs
  return run_bound(vm, core, ctor->sig, ctor->fn, 1, all.data(), nargs + 1, kwnames);
}

vm::Value host_repr(vm::VM& vm, vm::Value self) {
  HostInstance* h = as_instance(self);
  if (!h || !h->ptr) {
    std::string name(vm.type_of(self)->name->view());
    return vm.str_value("<" + name + " object (deleted)>");
  }
  if (!h->record->repr) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(h));
    std::string module;
    vm::Type* t = h->type;
    if (vm::is_str(t->module)) module = std::string(vm::as_str(t->module)->view()) + ".";
    return vm.str_value("<" + module + std::string(t->name->view()) + buf);
  }
  try {
    return vm.str_value(h->record->repr(h->ptr));
  } catch (const Error& e) {
    return detail::raise_error(vm, e);
  } catch (const std::exception& e) {
    return vm.raise(vm.types.RuntimeError, e.what());
  }
}

}  // namespace

// ---------------------------------------------------------------- errors

vm::Value detail::raise_error(vm::VM& vm, const Error& err) {
  Core& core = core_of(vm);
  if (err.exception.alive() && Access::core_ptr(err.exception) == &core) {
    vm::Value exc = Access::get(err.exception);
    if (exc.is_obj() && exc.as_obj()->kind == vm::ObjKind::Type) {
      auto* cls = static_cast<vm::Type*>(exc.as_obj());
      if (vm.is_subtype(cls, vm.types.BaseException)) {
        vm::Value instance = vm.new_exception(cls, err.message);
        return vm.raise_value(instance);
      }
    } else if (vm.isinstance(exc, vm.types.BaseException)) {
      return vm.raise_value(exc);
    }
  }
  vm::Value t = vm::dict_get_str(vm.builtins, vm.intern(err.type));
  if (t.is_obj() && t.as_obj()->kind == vm::ObjKind::Type &&
      vm.is_subtype(static_cast<vm::Type*>(t.as_obj()), vm.types.BaseException)) {
    return vm.raise(static_cast<vm::Type*>(t.as_obj()), err.message);
  }
  return vm.raise(vm.types.RuntimeError, err.what());
}

Error error_of(const Value& cls, std::string message) {
  Error e(cls.attr("__name__").value_or(Value()).str(), std::move(message));
  e.exception = cls;
  return e;
}

// ---------------------------------------------------------------- functions

// ---------------------------------------------------------------- scalar arguments

namespace {
vm::Value raw_argument(const detail::Call& c, size_t i) { return static_cast<const vm::Value*>(c.raw)[i]; }
// The slow way, for what the fast paths below do not take: a handle, and
// the conversion (and error) Convert<T> would give.
Value argument_handle(const detail::Call& c, size_t i) {
  return Access::make(Access::core(c.vm), raw_argument(c, i));
}
}  // namespace

int64_t detail::raw_int64(const Call& c, size_t i, int64_t min, int64_t max, const char* c_type) {
  vm::Value v = raw_argument(c, i);
  if (v.is_int() && v.as_int() >= min && v.as_int() <= max) return v.as_int();
  return argument_handle(c, i).int64_in(min, max, c_type);
}

uint64_t detail::raw_uint64(const Call& c, size_t i, uint64_t max, const char* c_type) {
  vm::Value v = raw_argument(c, i);
  if (v.is_int() && v.as_int() >= 0 && static_cast<uint64_t>(v.as_int()) <= max) {
    return static_cast<uint64_t>(v.as_int());
  }
  return argument_handle(c, i).uint64_in(max, c_type);
}

double detail::raw_double(const Call& c, size_t i) {
  vm::Value v = raw_argument(c, i);
  if (v.is_double()) return v.as_double();
  if (v.is_int()) return static_cast<double>(v.as_int());
  return argument_handle(c, i).float_value();
}

bool detail::raw_bool(const Call& c, size_t i) {
  vm::Value v = raw_argument(c, i);
  if (v.is_bool()) return v.as_bool();
  Value h = argument_handle(c, i);
  if (!h.is_bool()) h.type_mismatch("bool");
  return h.as_bool();
}

Value detail::make_function(VM& owner, Signature sig, Invoker fn, bool method) {
  vm::VM& vm = Access::vm(owner);
  Core& core = Access::core(owner);
  std::string short_name = sig.name.substr(sig.name.rfind('.') + 1);
  vm::RootScope roots(vm);
  auto* data = roots.add(vm.alloc<HostFunction>(vm::ObjKind::Foreign, vm.types.object));
  data->cls = &kHostFunctionClass;
  data->sig = std::move(sig);
  data->fn = std::move(fn);
  data->core = &core;
  vm::NativeFunction* f = vm.new_native(short_name, host_call, method);
  f->qualname = vm.intern(data->sig.name);
  f->data = vm::Value::object(data);
  return Access::make(core, vm::Value::object(f));
}

[[noreturn]] void detail::argument_error(const Call& call, size_t index, const Error& e) {
  const std::string& m = e.message;
  if (e.type != "TypeError" || m.compare(0, 8, "must be ") != 0) throw e;
  const Signature& sig = call.sig;
  std::string which = sig.names[index].empty() ? std::to_string(index + 1) : "'" + sig.names[index] + "'";
  throw Error("TypeError", sig.name + "() argument " + which + " " + m);
}

// ---------------------------------------------------------------- classes

Value detail::new_class(VM& owner, std::type_index t, const std::string& name, const Value& module) {
  vm::VM& vm = Access::vm(owner);
  Core& core = Access::core(owner);
  if (core.classes.count(t)) throw Error("TypeError", "C++ type " + std::string(t.name()) + " is already bound");
  vm::Type* type = vm.new_type(name, vm.types.object, vm::ObjKind::Foreign, host_construct);
  // Subclassing in a script: "type 'X' is not an acceptable base type".
  type->flags &= static_cast<uint16_t>(~vm::Type::kBaseType);
  type->slots.repr = host_repr;
  type->slots.hash = vm::object_identity_hash;  // usable as dict keys
  vm::Value mod = own_value(core, module);
  if (mod.is_obj() && mod.as_obj()->kind == vm::ObjKind::Module) {
    type->module = vm::Value::object(static_cast<vm::Module*>(mod.as_obj())->name);
  }
  auto rec = std::make_unique<ClassRecord>();
  rec->type = type;
  rec->handle = Access::make(core, vm::Value::object(type));
  Value result = rec->handle;
  core.classes.emplace(t, std::move(rec));
  return result;
}

std::string detail::class_name(VM& owner, std::type_index t) {
  return std::string(record_of(Access::core(owner), t).type->qualname->view());
}

Value detail::class_of(VM& owner, std::type_index t) {
  Core& core = Access::core(owner);
  auto it = core.classes.find(t);
  return it == core.classes.end() ? owner.none() : it->second->handle;
}

Value detail::wrap_instance(VM& owner, std::type_index t, void* p, Deleter deleter) {
  vm::VM& vm = Access::vm(owner);
  Core& core = Access::core(owner);
  auto it = core.classes.find(t);
  if (it == core.classes.end()) {
    throw Error("TypeError", std::string("no coil::Class is bound for C++ type ") + t.name());
  }
  detail::ClassRecord* rec = it->second.get();
  if (!deleter) {
    auto known = rec->borrowed.find(p);
    if (known != rec->borrowed.end()) return Access::make(core, vm::Value::object(known->second));
  }
  auto* h = vm.alloc<HostInstance>(vm::ObjKind::Foreign, rec->type);
  h->cls = &kHostInstanceClass;
  h->ptr = p;
  h->deleter = deleter;
  h->record = rec;
  if (!deleter) rec->borrowed[p] = h;
  return Access::make(core, vm::Value::object(h));
}

void* detail::instance_ptr(const Value& v, std::type_index t, bool none_ok) {
  if (none_ok && v.is_none()) return nullptr;
  VM* owner = v.vm();
  if (!owner) throw Value::dead_error();
  ClassRecord& rec = record_of(Access::core(*owner), t);
  HostInstance* h = as_instance(Access::get(v));
  if (!h || h->record != &rec) {
    throw Error("TypeError", "must be " + std::string(rec.type->name->view()) + ", not " + v.type_name());
  }
  return h->ptr;
}

void detail::set_constructor(VM& owner, std::type_index t, Signature sig, Invoker make) {
  auto ctor = std::make_shared<ClassRecord::Constructor>();
  ctor->sig = std::move(sig);
  ctor->fn = std::move(make);
  record_of(Access::core(owner), t).constructor = std::move(ctor);
}

void detail::set_repr(VM& owner, std::type_index t, std::function<std::string(void*)> repr) {
  record_of(Access::core(owner), t).repr = std::move(repr);
}

void detail::set_class_attr(VM& owner, std::type_index t, const std::string& name, const Value& value) {
  vm::VM& vm = Access::vm(owner);
  Core& core = Access::core(owner);
  vm::Type* type = record_of(core, t).type;
  vm::dict_set_str(vm, type->dict, vm.intern(name), own_value(core, value));
  ++vm.type_version;
}

Value detail::make_property(VM& owner, const Value& getter, const Value& setter) {
  vm::VM& vm = Access::vm(owner);
  Core& core = Access::core(owner);
  auto* p = vm.alloc<vm::Property>(vm::ObjKind::Property, vm.types.property);
  p->fget = own_value(core, getter);
  p->fset = own_value(core, setter);
  p->fdel = vm::Value::none();
  p->doc = vm::Value::none();
  return Access::make(core, vm::Value::object(p));
}

Value detail::make_staticmethod(VM& owner, const Value& fn) {
  vm::VM& vm = Access::vm(owner);
  Core& core = Access::core(owner);
  auto* sm = vm.alloc<vm::StaticMethod>(vm::ObjKind::StaticMethod, vm.types.staticmethod);
  sm->func = own_value(core, fn);
  return Access::make(core, vm::Value::object(sm));
}

// ---------------------------------------------------------------- modules

Module VM::module(std::string_view name) {
  vm::VM& vm = *core_->vm;
  vm::Str* key = vm.intern(name);
  vm::Value existing = vm::dict_get_str(vm.modules, key);
  if (!existing.is_null()) return Module(*this, Access::make(*core_, existing));
  vm::RootScope roots(vm);
  vm::Module* m = roots.add(vm.new_module(key));
  size_t dot = name.rfind('.');
  vm::dict_set_str(vm, m->dict, vm.names.__package__,
                   vm.str_value(dot == std::string_view::npos ? "" : name.substr(0, dot)));
  vm::dict_set_str(vm, vm.modules, key, vm::Value::object(m));
  // A submodule is also an attribute of its package, as import makes it.
  if (dot != std::string_view::npos) {
    vm::Value parent = vm::dict_get_str(vm.modules, vm.intern(name.substr(0, dot)));
    if (!parent.is_null() && parent.is_obj() && parent.as_obj()->kind == vm::ObjKind::Module) {
      vm::dict_set_str(vm, static_cast<vm::Module*>(parent.as_obj())->dict, vm.intern(name.substr(dot + 1)),
                       vm::Value::object(m));
    }
  }
  return Module(*this, Access::make(*core_, vm::Value::object(m)));
}

int embed::host_module_source(vm::VM& vm, std::string_view name, HostModule& out) {
  Core* core = detail::find_core(vm);
  if (!core || !core->module_source) return 0;
  std::optional<ModuleSource> found;
  try {
    found = core->module_source(name);
  } catch (const std::exception& e) {
    vm.raise_fmt(vm.types.ImportError, "the host's module hook failed for '%.*s': %s",
                 static_cast<int>(name.size()), name.data(), e.what());
    return -1;
  }
  if (!found) return 0;
  out.source = std::move(found->source);
  out.filename = std::move(found->filename);
  out.is_package = found->is_package;
  return 1;
}

void VM::set_module_source(std::function<std::optional<ModuleSource>(std::string_view name)> hook) {
  core_->module_source = std::move(hook);
}

}  // namespace coil
