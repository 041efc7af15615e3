// Shared helpers of the built-in types, and each type's initialisation.
// One file per type in vm/objects/ implements its part.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/args.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

// ---- registration (vm/objects/object.cpp)

// Called once by the VM constructor: fills every built-in type's slots and methods.
void init_object_types(VM& vm);
// Copies the slots a type leaves null from its base.
void inherit_slots(Type* t);
// Adds a method implemented in C++ to a type (args[0] is the receiver).
void add_method(VM& vm, Type* type, std::string_view name, NativeFn fn);
// Adds a staticmethod implemented in C++ to a type (its __new__, ...).
void add_static_method(VM& vm, Type* type, std::string_view name, NativeFn fn);
// The class `base.__new__(cls, ...)` is to make (args[0]): null with
// CPython's TypeError when it is no type or no subtype of base.
Type* new_receiver_type(VM& vm, Value* args, int nargs, Type* base);
// A class method of a built-in type (dict.fromkeys): CPython's
// classmethod_descriptor, bound to a class as a built-in method.
void add_class_method(VM& vm, Type* type, std::string_view name, NativeFn fn);
// int.__new__ / float.__new__ (base is int or float): the value boxed as cls.
Value number_dunder_new(VM& vm, Type* base, Value* args, int nargs, Tuple* kwnames);
// Gives a built-in type a slot wrapper (int.__add__, list.__len__) for each
// slot it sets itself and has no method of that name for; called once its
// slots are set (vm/objects/slot_wrapper.cpp).
void add_slot_wrappers(VM& vm, Type* t);
void init_slot_wrapper_types(VM& vm);
// A special method CPython makes from a slot coil has none for (int's
// __abs__, __divmod__): `fn` checks and does it all, the object is a slot
// wrapper of `t` as CPython shows it.
void add_wrapper_method(VM& vm, Type* t, const char* name, NativeFn fn);
// The receiver check of such a hand-written wrapper, as CPython's ("descriptor
// '__get__' of 'property' object needs an argument", "... requires a
// 'property' object but received a 'int'"); the type is the called wrapper's.
bool wrapper_receiver(VM& vm, Value* args, int nargs, const char* name);
// The built-in type whose slot `v` wraps when v is a slot wrapper, else
// null: the operators of classes call that slot directly (it may decline
// with NotImplemented where the wrapper, called as a method, raises).
Type* slot_wrapper_owner(VM& vm, Value v);
// The bit of `op` in TypeSlots' number_ops/sequence_ops/inplace_ops.
constexpr uint16_t op_bit(BinaryOp op) { return static_cast<uint16_t>(1u << static_cast<int>(op)); }
// The TypeError of an operator neither operand's type supports (vm/protocols.cpp).
Value binary_op_error(VM& vm, Type* ta, Type* tb, BinaryOp op, bool inplace);
// Adds a function to a module or namespace dict.
void add_function(VM& vm, Dict* dict, std::string_view name, NativeFn fn);

void init_object_type(VM& vm);
void init_type_type(VM& vm);
void init_none_type(VM& vm);
void init_int_type(VM& vm);
void init_bool_type(VM& vm);
void init_float_type(VM& vm);
void init_complex_type(VM& vm);
void init_str_type(VM& vm);
void init_bytes_type(VM& vm);
void init_bytearray_type(VM& vm);
void init_memoryview_type(VM& vm);
void init_tuple_type(VM& vm);
void init_list_type(VM& vm);
void init_dict_type(VM& vm);
void init_set_type(VM& vm);
void init_range_type(VM& vm);
void init_slice_type(VM& vm);
void init_function_types(VM& vm);
void init_code_types(VM& vm);
void init_module_type(VM& vm);
void init_exception_types(VM& vm);
void init_iterator_type(VM& vm);
void init_generator_types(VM& vm);
void init_async_generator_type(VM& vm);  // called by init_generator_types
void init_descriptor_types(VM& vm);
void init_mappingproxy_type(VM& vm);
// object.__reduce_ex__ & co. (vm/objects/object_reduce.cpp).
void init_object_reduce(VM& vm);
// _collections._tuplegetter (vm/objects/tuplegetter.cpp).
void init_tuplegetter_type(VM& vm);
// member_descriptor, the descriptors of __slots__ (vm/objects/member.cpp).
void init_member_type(VM& vm);
// getset_descriptor: object.__class__, and the __dict__/__weakref__ of
// classes (vm/objects/getset.cpp).
void init_getset_type(VM& vm);
// CPython's docstring of a built-in function or method of a built-in type,
// or None (vm/objects/docs.cpp).
Value native_doc(VM& vm, NativeFunction* f);
// Whether f is a function of the builtins module (its __module__ 'builtins').
bool is_builtins_function(VM& vm, NativeFunction* f);
// Files CPython's docstring of the built-in type t (if it has one) as its __doc__.
void set_type_doc(VM& vm, Type* t);
// For a class being made: the __dict__ and __weakref__ descriptors CPython
// would add to its dict (none when its best base already gives instances
// a dict / weak references, or __slots__ omits them), after its slots.
void add_instance_getsets(VM& vm, Type* cls, bool slots_given, bool dict_slot, bool weakref_slot);

// Argument parsing (parse_args, check_nargs, no_kwargs, ArgSpec): vm/args.hpp.

// ---- objects in general (vm/objects/object.cpp)

// "0x..." as reprs show an object's address.
std::string address_of(const void* p);
// object.__hash__: by identity (the address rotated by 4 bits, as CPython's);
// the hash slot of any type whose instances hash by identity.
bool object_identity_hash(VM& vm, Value self, int64_t& out);
// `<T object at 0x...>`
Value object_default_repr(VM& vm, Value v);
// Attribute lookup through the type's MRO (descriptors, methods) and the
// instance dict. Raises AttributeError when absent and `raise` is set,
// otherwise returns null() without an exception.
Value generic_getattr(VM& vm, Value obj, Str* name, bool raise);
int generic_setattr(VM& vm, Value obj, Str* name, Value value);
// Binds `func` found on a type to `self` (functions become bound methods).
Value bind_method(VM& vm, Value func, Value self);
// classmethod.__get__(obj, cls): a method bound to cls, or the wrapped descriptor's __get__(cls, cls).
Value bind_classmethod(VM& vm, ClassMethod* cm, Value cls);
Value raise_attribute_error(VM& vm, Value obj, Str* name);
// The instance dict of an object, if its kind has one (created on demand;
// an Instance holding attributes in its shape moves them into it).
Dict* instance_dict(VM& vm, Value obj, bool create);

// The iter slot of iterators: the object itself.
Value slot_iter_self(VM& vm, Value self);

// ---- instances of classes written in coil (vm/objects/instance.cpp)

// A new instance of `type`, with inline room for its usual attributes.
Instance* new_instance(VM& vm, Type* type);
// Gives inst (not using a dict) the attribute added by shape `next`, which
// extends inst's shape by one name.
void instance_append(VM& vm, Instance* inst, Shape* next, Value value);
// Moves inst's attributes into a dict, which holds them from now on.
Dict* instance_make_dict(VM& vm, Instance* inst);
// obj's own attribute `name` (an Instance's values or any object's instance
// dict), or null().
Value instance_own_attr(VM& vm, Value obj, Str* name);
// Sets an Instance's own attribute, or deletes it when value is null():
// 1 done, 0 nothing to delete, -1 error.
int instance_set_attr(VM& vm, Instance* inst, Str* name, Value value);
// obj.__dict__ = value (a dict), or del obj.__dict__ (value null()): 0 or -1.
int instance_set_dict(VM& vm, Instance* inst, Value value);

// ---- numbers (vm/objects/int.cpp, float.cpp)

Value int_from_double(VM& vm, double d);
// Exact conversion of any int to double; false (OverflowError) if too big.
bool int_to_double(VM& vm, Value v, double& out);
bool is_int_value(Value v);  // int or bool (small or big), or an int subclass's instance
// A float: an unboxed double, or an instance of a float subclass (a Float).
inline bool is_float_value(Value v) {
  return v.is_double() || (v.is_obj() && v.as_obj()->kind == ObjKind::Float);
}
// complex (vm/objects/complex.cpp): a new complex, the type test, and a**b
// for complex parts (float ** float with a negative base lands here too).
bool is_complex(Value v);
Value new_complex(VM& vm, double real, double imag);
Value complex_power(VM& vm, double ar, double ai, double br, double bi);
// A number as complex parts (complex, float, int, __complex__, __float__,
// __index__), for cmath; TypeError "must be real number, not X" otherwise.
bool complex_value(VM& vm, Value v, double& real, double& imag);
// The double of a float value (precondition: is_float_value).
inline double float_of(Value v) {
  return v.is_double() ? v.as_double() : static_cast<const Float*>(v.as_obj())->value;
}
// An int outside the small-int range: a BigInt, unless it is an int
// subclass's instance holding a small value.
inline bool is_large_int(Value v) {
  if (!v.is_obj() || v.as_obj()->kind != ObjKind::BigInt) return false;
  auto* b = static_cast<const BigInt*>(v.as_obj());
  return !b->inline64() || !Value::fits_small_int(b->i64);
}
// The plain int, float, str, bytes or tuple equal to an instance of a
// subclass of one of them (int(I(1)), float(F(2.0)), +I(1)); other values unchanged.
Value exact_builtin_value(VM& vm, Value v);
// Whether v is an instance of a subclass of `base` that overrides the
// dunder `name` (int(x) must call a subclass's own __int__).
bool overrides_base_dunder(VM& vm, Value v, Type* base, Str* name);
// An instance of `cls`, a subclass of int, float or complex, holding the plain value v.
Value box_number(VM& vm, Type* cls, Value v);
Value int_repr(VM& vm, Value v);
Value float_repr(VM& vm, Value v);
// The Python numeric hash of an int or float value.
bool number_hash(VM& vm, Value v, int64_t& out);

// ---- sequences

// Resolves a slice against a sequence of `length`: start, stop, step and
// the slice length, as PySlice_GetIndicesEx. False on error.
bool slice_indices(VM& vm, Slice* s, int64_t length, int64_t& start, int64_t& stop,
                   int64_t& step, int64_t& slicelength);
Value new_slice(VM& vm, Value start, Value stop, Value step);
// Normalises a (possibly negative) index; false with IndexError pending
// ("<what> index out of range") when outside [0, length).
bool sequence_index(VM& vm, Value key, int64_t length, const char* what, int64_t& out);
Value tuple_repr(VM& vm, Tuple* t);
Value list_repr(VM& vm, List* l);
int sequence_compare(VM& vm, Value* a, size_t na, Value* b, size_t nb, CompareOp op,
                     Value& result);
Value list_sort(VM& vm, List* list, Value key, bool reverse);
// list.sort's (and sorted's) arguments: `*, key=None, reverse=False`, reverse
// read as an int. False with TypeError pending.
bool sort_args(VM& vm, Value* args, int nargs, Tuple* kwnames, Value& key, bool& reverse);
// For methods of built-in types, which can also be called unbound
// (list.append(x, 1)): true when nargs >= 1 and args[0] is an instance of
// `type`; else TypeError in CPython's wording ("descriptor 'append' for
// 'list' objects doesn't apply to a 'int' object").
bool check_receiver(VM& vm, Value* args, int nargs, Type* type, const char* method);
// For the dunder methods of built-in types (list.__getitem__(self, i), used
// by subclasses through super()): check_receiver, no keywords, and exactly
// `nparams` arguments after self.
bool dunder_args(VM& vm, Value* args, int nargs, Tuple* kwnames, Type* type, const char* method,
                 int nparams);
// The recursion guard of container reprs: false when `o` is already being
// repr'd further up (the caller then prints `[...]`); else pushes it, and
// the caller must call repr_leave.
bool repr_enter(VM& vm, Obj* o);
void repr_leave(VM& vm, Obj* o);
// `seq * n` for lists and tuples: the repeat count (negative gives 0) for
// a sequence of `size` items: 1, 0 when `n` is not an int (the caller returns
// NotImplemented), -1 on error (OverflowError, MemoryError).
int sequence_repeat_count(VM& vm, Value n, size_t size, int64_t& out);

// ---- sets (vm/objects/set.cpp)

// Adds an item (hashing it): 0, or -1 on error.
int set_add(VM& vm, Set* s, Value item);
// Adds every item of an iterable: 0, or -1 on error.
int set_update(VM& vm, Set* s, Value iterable);
// 1 present, 0 absent, -1 error.
int set_contains(VM& vm, Set* s, Value item);

// ---- iterators (vm/objects/iterator.cpp)

Iterator* new_iterator(VM& vm, IterKind kind, Value a, Value b = Value::none());
Value make_seq_iterator(VM& vm, Value seq);

// The extra types of the container helpers, in VM::container_types: the
// iterators (type(iter([])).__name__ == 'list_iterator'), the dict views,
// and the classes of the lazy builtins enumerate, zip, map, filter, reversed.
enum class ContainerType : uint8_t {
  ListIterator, ListReverseIterator, TupleIterator, StrAsciiIterator, StrIterator,
  RangeIterator, DictKeyIterator, DictValueIterator, DictItemIterator,
  DictReverseKeyIterator, DictReverseValueIterator, DictReverseItemIterator, SetIterator,
  CallableIterator, Enumerate, Zip, Map, Filter, Reversed, DictKeys, DictValues, DictItems,
  GenericAlias,
  Count
};
inline Type* container_type(VM& vm, ContainerType t) {
  return vm.container_types[static_cast<size_t>(t)];
}
// One of those types by its Python name ("enumerate", "zip", "map", "filter",
// "reversed", "list_iterator", "dict_keys", ...); null when unknown. The
// builtins module binds enumerate/zip/map/filter/reversed to these classes.
Type* iterator_type(VM& vm, const char* name);
// The lazy builtins (what calling their classes does).
Value make_enumerate(VM& vm, Value iterable, Value start);  // start: int, or null() for 0
Value make_zip(VM& vm, Value* iterables, int n, bool strict);
Value make_map(VM& vm, Value func, Value* iterables, int n);
Value make_filter(VM& vm, Value func, Value iterable);  // func may be None
// reversed(seq): __reversed__, or the sequence protocol (__len__ + __getitem__).
Value make_reversed(VM& vm, Value seq);
// list(iterable) and tuple(iterable) (vm/objects/list.cpp, tuple.cpp).
Value list_from_iterable(VM& vm, Value iterable);
Value tuple_from_iterable(VM& vm, Value iterable);
// d.keys() / d.values() / d.items() (kind: IterKind::DictKeys/DictValues/DictItems).
Value new_dict_view(VM& vm, Dict* d, IterKind kind);
// `list[int]`: a types.GenericAlias of origin and the subscript (a tuple
// subscript gives several args). The container types get a
// __class_getitem__ classmethod returning one (vm/objects/sequence.cpp).
Value make_generic_alias(VM& vm, Value origin, Value subscript);
void add_class_getitem(VM& vm, Type* type);
void init_generic_alias_type(VM& vm);

// ---- classes (vm/objects/type.cpp)

// `a op b` (in-place: `a op= b`) when either operand's class was defined in
// coil; NotImplemented when neither side handles it.
Value user_binary_op(VM& vm, Value a, Value b, BinaryOp op, bool inplace);
// Whether `name` is listed in a class's __slots__ value (private names
// mangled with `owner`'s name when given); -1 on error.
int slots_contain(VM& vm, Value slots, Str* name, Type* owner = nullptr);
// Whether v is object.__new__ (as found in object's namespace).
bool is_object_new(VM& vm, Value v);
// For a call of class `type`: a new instance and its __init__ function when
// the interpreter can run __init__ inline (plain class, no __new__, a plain
// __init__); null() otherwise.
Value inline_construct(VM& vm, Type* type, Function** init);
// Creates a class from a namespace as an instance of `meta` (no
// __init_subclass__; type.__new__ does that).
Value make_class(VM& vm, Str* name, std::vector<Type*> bases, Dict* ns, Type* meta);
// Calls the __init_subclass__ hook of cls's nearest base with the class
// statement's keywords (kwvals: their values, named by kwnames).
bool init_subclass(VM& vm, Type* cls, Value* kwvals, Tuple* kwnames);
// None, or raises CPython's TypeError when cls has abstract methods left
// (a non-empty __abstractmethods__ of its own, set by abc.ABCMeta).
Value check_not_abstract(VM& vm, Type* cls);
// `cls(...)` as type.__call__ does it: __new__ then __init__, whatever the
// metaclass's __call__ would do (call_type goes through that first).
Value construct_instance(VM& vm, Type* type, Value* args, int nargs, Tuple* kwnames);
// Whether a class's next() slot calls a __next__ written in coil (whose
// StopIteration may carry a value that `yield from` must see).
bool next_calls_dunder(Type* type);
// `|` of classes, None, aliases and unions: a types.UnionType (also the
// generic aliases' `|`, vm/objects/sequence.cpp).
Value type_union_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace);

// ---- metaclasses and the class statement (vm/objects/metaclass.cpp)

// type.__new__(meta, name, bases, ns, **kw): args[0..3) are name, bases and
// ns, keyword values follow. The most derived metaclass of meta and the
// bases' makes the class; __set_name__ and __init_subclass__ run.
Value new_class(VM& vm, Type* meta, Value* args, Tuple* kwnames);
void init_metaclass_support(VM& vm);

// ---- functions (vm/objects/function.cpp)

Function* new_function(VM& vm, Code* code, Dict* globals);

// ---- exceptions (vm/objects/exception.cpp)

// str(exc): the message as printed after "TypeName: ".
Value exception_str(VM& vm, Value exc);
Value syntax_error_detail(VM& vm, Value exc, std::string_view name);
// The OSError subclass CPython picks for errno `err` (OSError itself for
// the others): OSError(errno.ENOENT, ...) is a FileNotFoundError.
Type* os_error_type_for_errno(VM& vm, int err);
// ImportError's keywords name= and path= (kwvalues[i] for kwnames[i]) set as
// attributes of `exc`, an ImportError: exc, or exception() with CPython's
// TypeError for any other keyword.
Value set_import_error_keywords(VM& vm, Value exc, const Value* kwvalues, Tuple* kwnames);
// The attribute `value` of a StopIteration (None when it has no args).
Value stop_iteration_value(VM& vm, Value exc);
// SystemExit.code: None with no args, the one arg, else the args tuple.
Value system_exit_code(VM& vm, Value exc);

// ---- mappingproxy (vm/objects/mappingproxy.cpp)

// A read-only view of `mapping` (a class's __dict__, types.MappingProxyType).
Value new_mappingproxy(VM& vm, Value mapping);

// ---- namedtuple fields (vm/objects/tuplegetter.cpp)

// Whether `attr` is a _tuplegetter, and the item index it reads.
bool tuple_field_index(VM& vm, Value attr, uint32_t& index);

// ---- slots (vm/objects/member.cpp)

// For a class being made from namespace `ns`: its slot_count (its bases'
// and its own), and a member_descriptor in its dict for each name its own
// __slots__ lists (only for plain instances; built-in layouts keep slot
// values in their attached dict). False with CPython's error pending
// (lay-out conflict, names that are no identifiers or clash with the namespace).
bool add_slot_members(VM& vm, Type* cls, Dict* ns);
// Whether `attr` is a member_descriptor applying to instances of `cls`, and
// the slot index it reads.
bool member_index(VM& vm, Value attr, Type* cls, uint32_t& index);

// ---- frame objects (vm/objects/frame.cpp)

void init_frame_type(VM& vm);
// A generator's frame (gi_frame): a view of its line and locals.
Value make_frame_view(VM& vm, Generator* g);
// The snapshot of a running frame and of its callers (f_back).
Value frame_snapshot(VM& vm, Frame* frame);
// The locals of a running frame, as locals() gives them.
Value frame_locals(VM& vm, Frame* frame);
// A traceback entry's tb_frame, made on first use.
Value traceback_frame(VM& vm, Traceback* tb);

// ---- generators (vm/objects/generator.cpp)

Generator* new_generator(VM& vm, Function* func);
// throw() into a generator, forwarding to its delegate while it is inside a
// yield from / await (CPython's _gen_throw).
ResumeKind generator_throw(VM& vm, Generator* gen, Value exc, Value& result);
// The delegate of a generator suspended in yield from / await as user code
// sees it: an object awaited without an iterator (TypeSlots::await_next) is
// replaced, for good, by the iterator its __await__ returns. exception() on
// error.
Value generator_visible_delegate(VM& vm, Generator* g);
Value generator_close(VM& vm, Generator* gen);
// The exception generator.throw(type[, value[, tb]]) throws (shared with the
// async generators' athrow()).
Value generator_make_thrown(VM& vm, Value* args, int nargs);
Value make_coroutine_wrapper(VM& vm, Value coro);
// The awaitable of anext(it, default) over it.__anext__()'s `awaitable`
// (vm/objects/async_generator.cpp).
Value new_anext_awaitable(VM& vm, Value awaitable, Value default_value);

}  // namespace coil::vm
