// coil/bind.hpp: exposing C++ to scripts (included by coil/coil.hpp).
//
//   coil::Module game = vm.module("game");          // `import game` finds it
//   game.def("spawn", &spawn, coil::arg("name"), coil::arg("hp") = 100);
//   game.set("VERSION", 3);
//   coil::Class<Player>(game, "Player")
//       .init<std::string, int>(coil::arg("name"), coil::arg("hp") = 100)
//       .def("heal", &Player::heal, coil::arg("self"), coil::arg("amount"))
//       .field("hp", &Player::hp)
//       .repr([](const Player& p) { return "<Player " + p.name + ">"; });
//
// Arguments are converted from the C++ signature (coil::Convert). Parameters
// of type coil::VM& receive the VM; coil::VarArgs and coil::KwArgs take the
// extra positional and keyword arguments (*args, **kwargs). Without
// coil::arg names the parameters are positional-only. A call that does not
// fit raises the TypeError CPython gives for a Python function of that
// signature. An exception thrown by the C++ function becomes a script
// exception raised where the script called it, with what() as its message:
// a coil::Error keeps its type (a builtin exception's name, or any class:
// coil::error_of(cls, msg)); std::invalid_argument, domain_error,
// length_error and range_error are ValueError, out_of_range IndexError,
// overflow_error OverflowError, bad_alloc MemoryError (as pybind11 maps
// them), any other exception RuntimeError.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeindex>
#include <typeinfo>
#include <utility>
#include <vector>

#include "coil/coil.hpp"

namespace coil {

// A parameter's name and, optionally, its default: coil::arg("hp") = 100.
class Arg {
 public:
  explicit Arg(std::string name) : name_(std::move(name)) {}
  template <class T>
  Arg operator=(T&& value) const {  // NOLINT: the pybind11-style spelling
    Arg a(name_);
    a.default_ = [v = std::decay_t<T>(std::forward<T>(value))](VM& vm) { return vm.value(v); };
    return a;
  }
  const std::string& name() const { return name_; }
  // Makes the default in `vm`; null when there is none.
  const std::function<Value(VM&)>& default_maker() const { return default_; }

 private:
  std::string name_;
  std::function<Value(VM&)> default_;
};
inline Arg arg(std::string name) { return Arg(std::move(name)); }

// A parameter taking the extra positional arguments (*args).
struct VarArgs : std::vector<Value> {
  using std::vector<Value>::vector;
};
// A parameter taking the extra keyword arguments (**kwargs), in call order.
struct KwArgs : std::vector<std::pair<std::string, Value>> {
  using std::vector<std::pair<std::string, Value>>::vector;
  // The argument called `name`, if given.
  std::optional<Value> get(std::string_view name) const {
    for (const auto& kv : *this) {
      if (kv.first == name) return kv.second;
    }
    return std::nullopt;
  }
};

namespace detail {

// What a bound callable accepts, for binding its arguments as CPython binds
// a Python function's (and wording the same errors).
struct Signature {
  std::string name;                            // "spawn", "Player.heal"
  std::vector<std::string> names;              // one per parameter; "" = positional-only
  std::vector<std::optional<Value>> defaults;  // one per parameter
  bool varargs = false;
  bool varkw = false;
  // Every script-visible parameter is a bool, integer or floating-point
  // type: a call passing them all positionally converts them straight from
  // the VM's values, without a Value handle each (Call::raw).
  bool scalar = false;
};

// One call, its arguments bound to the parameters.
struct Call {
  VM& vm;
  const Signature& sig;
  std::vector<Value> args;  // one per parameter, defaults filled in
  VarArgs rest;
  KwArgs kwargs;
  // Set instead of `args` for a Signature::scalar call given positionally:
  // the VM's own argument values (read by the raw_* functions below).
  const void* raw = nullptr;
  // A bool, integer or floating-point result, kept unboxed until the call
  // returns (instead of a Value handle); None for a void function.
  enum class Result : unsigned char { Handle, None, Bool, Int, Uint, Double } result = Result::Handle;
  union {
    bool b;
    int64_t i;
    uint64_t u;
    double d;
  } scalar{};
};
using Invoker = std::function<Value(Call&)>;

// A script callable (builtin_function_or_method) running `fn`; `method`: it
// binds like a method when stored in a class (the receiver is args[0]).
Value make_function(VM& vm, Signature sig, Invoker fn, bool method = false);
// Rethrows a failed argument conversion worded as CPython's argument
// parsing does ("f() argument 'x' must be int, not str").
[[noreturn]] void argument_error(const Call& call, size_t index, const Error& e);
// Argument i of a Call::raw call, converted as Convert<T>::from would
// (throwing the same Errors).
int64_t raw_int64(const Call& c, size_t i, int64_t min, int64_t max, const char* c_type);
uint64_t raw_uint64(const Call& c, size_t i, uint64_t max, const char* c_type);
double raw_double(const Call& c, size_t i);
bool raw_bool(const Call& c, size_t i);

// ---- bound classes (embed/native.cpp keeps one record per C++ type and VM)
using Deleter = void (*)(void*);
template <class T>
void delete_as(void* p) {
  delete static_cast<T*>(p);
}
// Creates the script class for C++ type `t` (TypeError if already bound).
Value new_class(VM& vm, std::type_index t, const std::string& name, const Value& module);
// The script object for `p`: owned (deleted with `deleter` when collected)
// unless deleter is null. TypeError when no class is bound for `t` (then
// `p` is still the caller's).
Value wrap_instance(VM& vm, std::type_index t, void* p, Deleter deleter);
// The C++ object behind a script object of the class bound for `t`;
// TypeError when it is something else (null for None when none_ok).
void* instance_ptr(const Value& v, std::type_index t, bool none_ok);
// A constructor: `make` returns the new object's Value (see wrap_instance).
void set_constructor(VM& vm, std::type_index t, Signature sig, Invoker make);
void set_repr(VM& vm, std::type_index t, std::function<std::string(void*)> repr);
// Stores `value` in the class's namespace (methods, properties, constants).
void set_class_attr(VM& vm, std::type_index t, const std::string& name, const Value& value);
// The class bound for `t` (None when there is none).
Value class_of(VM& vm, std::type_index t);
// property(getter, setter); setter may be None (read-only).
Value make_property(VM& vm, const Value& getter, const Value& setter);
// staticmethod(fn).
Value make_staticmethod(VM& vm, const Value& fn);
// The script class's name, for signatures ("Player").
std::string class_name(VM& vm, std::type_index t);

// ---- signature analysis
template <class T>
using bare_t = std::remove_cv_t<std::remove_reference_t<T>>;

template <class T, class = void>
struct has_from : std::false_type {};
template <class T>
struct has_from<T, std::void_t<decltype(Convert<T>::from(std::declval<const Value&>()))>> : std::true_type {};
template <class T, class = void>
struct has_to : std::false_type {};
template <class T>
struct has_to<T, std::void_t<decltype(Convert<T>::to(std::declval<VM&>(), std::declval<T>()))>>
    : std::true_type {};

// Parameters the script does not pass: the VM, *args, **kwargs.
template <class P>
constexpr bool is_injected = std::is_same_v<bare_t<P>, VM> || std::is_same_v<bare_t<P>, VarArgs> ||
                             std::is_same_v<bare_t<P>, KwArgs>;
// Parameters a Call::raw call can fill: scalars, and the VM.
template <class P>
constexpr bool is_raw_param = std::is_arithmetic_v<bare_t<P>> || std::is_same_v<bare_t<P>, VM>;

template <class... P>
struct Params {
  static constexpr size_t count = sizeof...(P);
  static constexpr size_t visible = (size_t{0} + ... + (is_injected<P> ? 0 : 1));
  static constexpr bool varargs = (false || ... || std::is_same_v<bare_t<P>, VarArgs>);
  static constexpr bool varkw = (false || ... || std::is_same_v<bare_t<P>, KwArgs>);
  static constexpr bool scalar = (true && ... && is_raw_param<P>);
  // For each C++ parameter, its index among the script-visible ones.
  static constexpr std::array<size_t, sizeof...(P) + 1> index() {
    std::array<size_t, sizeof...(P) + 1> out{};
    bool injected[] = {is_injected<P>..., false};
    size_t v = 0;
    for (size_t i = 0; i < sizeof...(P); ++i) {
      out[i] = v;
      if (!injected[i]) ++v;
    }
    return out;
  }
};

// The C++ callable's return type and parameters.
template <class F>
struct Traits : Traits<decltype(&F::operator())> {};
template <class R, class... A>
struct Traits<R (*)(A...)> {
  using ret = R;
  using params = Params<A...>;
  // Calls g with the arguments from c.args[Offset...] (a constructor's
  // arguments follow the class).
  template <size_t Offset, class G, size_t... I>
  static Value invoke(G& g, Call& c, std::index_sequence<I...>);
};
template <class R, class... A>
struct Traits<R (*)(A...) noexcept> : Traits<R (*)(A...)> {};
template <class R, class... A>
struct Traits<R(A...)> : Traits<R (*)(A...)> {};
template <class C, class R, class... A>
struct Traits<R (C::*)(A...) const> : Traits<R (*)(A...)> {};
template <class C, class R, class... A>
struct Traits<R (C::*)(A...)> : Traits<R (*)(A...)> {};
template <class C, class R, class... A>
struct Traits<R (C::*)(A...) const noexcept> : Traits<R (*)(A...)> {};
template <class C, class R, class... A>
struct Traits<R (C::*)(A...) noexcept> : Traits<R (*)(A...)> {};

// A member function as a callable whose first parameter is the object.
template <class M>
struct Member;
template <class C, class R, class... A>
struct Member<R (C::*)(A...)> {
  using type = std::function<R(C&, A...)>;
};
template <class C, class R, class... A>
struct Member<R (C::*)(A...) const> {
  using type = std::function<R(const C&, A...)>;
};
template <class C, class R, class... A>
struct Member<R (C::*)(A...) noexcept> : Member<R (C::*)(A...)> {};
template <class C, class R, class... A>
struct Member<R (C::*)(A...) const noexcept> : Member<R (C::*)(A...) const> {};
template <class R, class... A>
struct Traits<std::function<R(A...)>> : Traits<R (*)(A...)> {};

// Member function pointers become std::functions taking the object first;
// anything else is kept as it is.
template <class F>
auto callable(F&& f) {
  using D = std::decay_t<F>;
  if constexpr (std::is_member_function_pointer_v<D>) {
    return typename Member<D>::type(f);
  } else {
    return D(std::forward<F>(f));
  }
}

// One argument, converted to the C++ parameter type P.
template <class P>
decltype(auto) argument(Call& c, size_t i) {
  using D = bare_t<P>;
  try {
    if constexpr (std::is_arithmetic_v<D>) {
      if (c.raw) {
        if constexpr (std::is_same_v<D, bool>) {
          return raw_bool(c, i);
        } else if constexpr (std::is_floating_point_v<D>) {
          return static_cast<D>(raw_double(c, i));
        } else if constexpr (std::is_signed_v<D>) {
          return static_cast<D>(raw_int64(c, i, std::numeric_limits<D>::min(), std::numeric_limits<D>::max(),
                                          c_int_name<D>()));
        } else {
          return static_cast<D>(raw_uint64(c, i, std::numeric_limits<D>::max(), c_int_name<D>()));
        }
      }
    }
    if constexpr (has_from<D>::value) {
      return Convert<D>::from(c.args[i]);
    } else {
      static_assert(std::is_class_v<D>, "coil: no coil::Convert for this parameter type");
      return *static_cast<D*>(instance_ptr(c.args[i], typeid(D), false));
    }
  } catch (const Error& e) {
    argument_error(c, i, e);
  }
}

template <class P, size_t I, size_t V>
decltype(auto) parameter(Call& c) {
  using D = bare_t<P>;
  if constexpr (std::is_same_v<D, VM>) {
    return (c.vm);
  } else if constexpr (std::is_same_v<D, VarArgs>) {
    return (c.rest);
  } else if constexpr (std::is_same_v<D, KwArgs>) {
    return (c.kwargs);
  } else {
    return argument<P>(c, V);
  }
}

// A C++ result as a script value: Convert, else an object of a bound class
// (a copy the script owns).
template <class R>
Value result(VM& vm, R&& r) {
  using D = bare_t<R>;
  if constexpr (has_to<D>::value) {
    return Convert<D>::to(vm, std::forward<R>(r));
  } else {
    static_assert(std::is_class_v<D>, "coil: no coil::Convert for this result type");
    auto copy = std::make_unique<D>(std::forward<R>(r));
    Value v = wrap_instance(vm, typeid(D), copy.get(), &delete_as<D>);
    copy.release();
    return v;
  }
}

template <class R, class... A>
template <size_t Offset, class G, size_t... I>
Value Traits<R (*)(A...)>::invoke(G& g, Call& c, std::index_sequence<I...>) {
  constexpr auto index = Params<A...>::index();
  (void)index;
  using D = bare_t<R>;
  if constexpr (std::is_void_v<R>) {
    g(parameter<A, I, Offset + index[I]>(c)...);
    c.result = Call::Result::None;
    return Value();
  } else if constexpr (std::is_same_v<D, bool>) {
    c.scalar.b = g(parameter<A, I, Offset + index[I]>(c)...);
    c.result = Call::Result::Bool;
    return Value();
  } else if constexpr (std::is_floating_point_v<D>) {
    c.scalar.d = static_cast<double>(g(parameter<A, I, Offset + index[I]>(c)...));
    c.result = Call::Result::Double;
    return Value();
  } else if constexpr (std::is_integral_v<D> && std::is_signed_v<D>) {
    c.scalar.i = static_cast<int64_t>(g(parameter<A, I, Offset + index[I]>(c)...));
    c.result = Call::Result::Int;
    return Value();
  } else if constexpr (std::is_integral_v<D>) {
    c.scalar.u = static_cast<uint64_t>(g(parameter<A, I, Offset + index[I]>(c)...));
    c.result = Call::Result::Uint;
    return Value();
  } else {
    return result(c.vm, g(parameter<A, I, Offset + index[I]>(c)...));
  }
}

// The Signature of callable type G named `name` from its coil::arg list
// (all its script-visible parameters, or none: positional-only).
template <class G>
Signature signature_of(VM& vm, std::string name, const std::vector<Arg>& args) {
  using P = typename Traits<G>::params;
  Signature sig;
  sig.name = std::move(name);
  sig.varargs = P::varargs;
  sig.varkw = P::varkw;
  sig.scalar = P::scalar;
  if (!args.empty() && args.size() != P::visible) {
    throw Error("TypeError", sig.name + "(): " + std::to_string(args.size()) + " coil::arg names for " +
                                 std::to_string(P::visible) + " parameters");
  }
  for (size_t i = 0; i < P::visible; ++i) {
    if (args.empty()) {
      sig.names.emplace_back();
      sig.defaults.emplace_back();
      continue;
    }
    sig.names.push_back(args[i].name());
    if (args[i].default_maker()) {
      sig.defaults.emplace_back(args[i].default_maker()(vm));
    } else {
      sig.defaults.emplace_back();
    }
  }
  return sig;
}

template <size_t Offset = 0, class G>
Invoker invoker_of(G g) {
  using T = Traits<G>;
  return [g = std::move(g)](Call& c) mutable {
    return T::template invoke<Offset>(g, c, std::make_index_sequence<T::params::count>{});
  };
}

template <class F>
Value bind_function(VM& vm, std::string name, F&& f, std::vector<Arg> args, bool method) {
  auto g = callable(std::forward<F>(f));
  using G = decltype(g);
  Signature sig = signature_of<G>(vm, std::move(name), args);
  return make_function(vm, std::move(sig), invoker_of(std::move(g)), method);
}

}  // namespace detail

// A coil::Error that raises an exception of script class `cls` (an
// exception class a script defined, or one the host made) with `message`.
Error error_of(const Value& cls, std::string message);

// A native function as a script callable: a function pointer, a lambda
// (capturing or not), a std::function or a member function pointer (the
// object first); `args` are its coil::arg names and defaults.
template <class F, class... A>
Value function(VM& vm, std::string name, F&& f, A&&... args) {
  return detail::bind_function(vm, std::move(name), std::forward<F>(f), {Arg(std::forward<A>(args))...},
                               false);
}

// An object of a bound class the host keeps owning (a pointer: the script
// must not outlive it), and one the script owns (deleted when collected).
template <class T>
struct Convert<T*, std::enable_if_t<std::is_class_v<T>>> {
  static Value to(VM& vm, T* p) {
    if (!p) return vm.none();
    return detail::wrap_instance(vm, typeid(std::remove_cv_t<T>), const_cast<std::remove_cv_t<T>*>(p), nullptr);
  }
  static T* from(const Value& v) {
    return static_cast<T*>(detail::instance_ptr(v, typeid(std::remove_cv_t<T>), true));
  }
};
template <class T, class D>
struct Convert<std::unique_ptr<T, D>> {
  static Value to(VM& vm, std::unique_ptr<T, D> p) {
    if (!p) return vm.none();
    Value v = detail::wrap_instance(vm, typeid(T), p.get(), &detail::delete_as<T>);
    p.release();
    return v;
  }
};

// A native module scripts import (VM::module).
class Module {
 public:
  Module(VM& vm, Value module) : vm_(&vm), module_(std::move(module)) {}
  // Binds a function (see coil::function) as module attribute `name`.
  template <class F, class... A>
  Module& def(const std::string& name, F&& f, A&&... args) {
    set(name, function(*vm_, name, std::forward<F>(f), std::forward<A>(args)...));
    return *this;
  }
  // Sets a module attribute (constants, classes, other values).
  template <class T>
  Module& set(std::string_view name, T&& value) {
    module_.set_attr(name, std::forward<T>(value)).value();
    return *this;
  }
  // The module object.
  const Value& value() const { return module_; }
  VM& vm() const { return *vm_; }

 private:
  VM* vm_;
  Value module_;
};

// A C++ class bound as a script class. Scripts construct it through the
// constructors declared with init(), call its methods, and read and write
// its fields and properties; subclassing it in a script is a TypeError
// ("type 'Player' is not an acceptable base type").
template <class T>
class Class {
 public:
  // The class, stored in `module` under `name`.
  Class(Module& module, const std::string& name) : vm_(&module.vm()) {
    type_ = detail::new_class(*vm_, typeid(T), name, module.value());
    module.set(name, type_);
  }
  // The class alone (set it as a global, or pass it around).
  Class(VM& vm, const std::string& name) : vm_(&vm) { type_ = detail::new_class(vm, typeid(T), name, vm.none()); }

  // A constructor T(A...): Player(name, hp=100).
  template <class... A, class... N>
  Class& init(N&&... names) {
    return init_with([](A... a) { return std::make_unique<T>(std::forward<A>(a)...); },
                     std::forward<N>(names)...);
  }
  // A constructor written as a factory returning T or std::unique_ptr<T>
  // (the script owns the object).
  template <class F, class... N>
  Class& init_with(F&& factory, N&&... names) {
    auto g = detail::callable(std::forward<F>(factory));
    using G = decltype(g);
    std::vector<Arg> args{Arg(std::forward<N>(names))...};
    detail::Signature sig = detail::signature_of<G>(*vm_, name() + ".__init__", args);
    // The receiver slot CPython counts in __init__'s messages.
    sig.names.insert(sig.names.begin(), args.empty() ? "" : "self");
    sig.defaults.insert(sig.defaults.begin(), std::nullopt);
    detail::set_constructor(*vm_, typeid(T), std::move(sig), detail::invoker_of<1>(std::move(g)));
    return *this;
  }
  // A method: a member function pointer, or a callable taking T& first.
  // Names (if any) start with the receiver: coil::arg("self").
  template <class F, class... N>
  Class& def(const std::string& method, F&& f, N&&... names) {
    Value fn = detail::bind_function(*vm_, name() + "." + method, std::forward<F>(f),
                                     {Arg(std::forward<N>(names))...}, true);
    detail::set_class_attr(*vm_, typeid(T), method, fn);
    return *this;
  }
  // A static method (no receiver).
  template <class F, class... N>
  Class& def_static(const std::string& method, F&& f, N&&... names) {
    Value fn = function(*vm_, name() + "." + method, std::forward<F>(f), std::forward<N>(names)...);
    detail::set_class_attr(*vm_, typeid(T), method, detail::make_staticmethod(*vm_, fn));
    return *this;
  }
  // A data member as a read-write attribute (read-only when it is const).
  template <class M>
  Class& field(const std::string& attr, M T::*member) {
    Value get = function(*vm_, attr, [member](const T& self) -> M { return self.*member; });
    Value set = vm_->none();
    if constexpr (!std::is_const_v<M>) {
      set = function(*vm_, attr, [member](T& self, M v) { self.*member = std::move(v); });
    }
    detail::set_class_attr(*vm_, typeid(T), attr, detail::make_property(*vm_, get, set));
    return *this;
  }
  // A data member the script can only read.
  template <class M>
  Class& readonly(const std::string& attr, M T::*member) {
    Value get = function(*vm_, attr, [member](const T& self) -> M { return self.*member; });
    detail::set_class_attr(*vm_, typeid(T), attr, detail::make_property(*vm_, get, vm_->none()));
    return *this;
  }
  // A property from a getter (and a setter): callables or member functions
  // taking the object first.
  template <class G>
  Class& property(const std::string& attr, G&& getter) {
    Value get = function(*vm_, attr, std::forward<G>(getter));
    detail::set_class_attr(*vm_, typeid(T), attr, detail::make_property(*vm_, get, vm_->none()));
    return *this;
  }
  template <class G, class S>
  Class& property(const std::string& attr, G&& getter, S&& setter) {
    Value get = function(*vm_, attr, std::forward<G>(getter));
    Value set = function(*vm_, attr, std::forward<S>(setter));
    detail::set_class_attr(*vm_, typeid(T), attr, detail::make_property(*vm_, get, set));
    return *this;
  }
  // repr() of its objects: a callable taking const T& and returning a string.
  template <class F>
  Class& repr(F f) {
    detail::set_repr(*vm_, typeid(T), [f = std::move(f)](void* p) -> std::string {
      return f(*static_cast<const T*>(p));
    });
    return *this;
  }
  // A class attribute (a constant).
  template <class V>
  Class& set(const std::string& attr, V&& value) {
    detail::set_class_attr(*vm_, typeid(T), attr, vm_->value(std::forward<V>(value)));
    return *this;
  }
  // The script class.
  const Value& type() const { return type_; }

 private:
  std::string name() const { return detail::class_name(*vm_, typeid(T)); }
  VM* vm_;
  Value type_;
};

}  // namespace coil
