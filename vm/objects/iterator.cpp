// The built-in iterators: one Iterator layout for all kinds (list, tuple,
// str, range, dict and set iteration, __getitem__ sequences, iter(f, sentinel))
// and the lazy builtins enumerate, zip, map, filter and reversed. Each kind
// has its own Python-visible type (type(iter([])).__name__ == 'list_iterator'),
// kept in VM::container_types. An exhausted iterator stays exhausted: most
// kinds drop their source (a or b becomes None).
#include <cstring>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

Iterator* as_iter(Value v) { return static_cast<Iterator*>(v.as_obj()); }

bool is_kind(Value v, ObjKind k) { return v.is_obj() && v.as_obj()->kind == k; }

// Where an exhausted list/tuple iterator's index goes (as the interpreter's
// inlined FOR_ITER does): past any size, so the iterator stays exhausted.
constexpr int64_t kExhausted = INT64_MAX / 2;

Type* type_for(VM& vm, IterKind kind, Value a) {
  auto ct = [&](ContainerType t) { return container_type(vm, t); };
  switch (kind) {
    case IterKind::Seq:
      if (is_kind(a, ObjKind::List)) return ct(ContainerType::ListIterator);
      if (is_kind(a, ObjKind::Tuple)) return ct(ContainerType::TupleIterator);
      if (is_str(a)) {
        return as_str(a)->is_ascii() ? ct(ContainerType::StrAsciiIterator)
                                     : ct(ContainerType::StrIterator);
      }
      return vm.types.iterator;
    case IterKind::Range:
    case IterKind::LongRange: return ct(ContainerType::RangeIterator);
    case IterKind::DictKeys: return ct(ContainerType::DictKeyIterator);
    case IterKind::DictValues: return ct(ContainerType::DictValueIterator);
    case IterKind::DictItems: return ct(ContainerType::DictItemIterator);
    case IterKind::DictRevKeys: return ct(ContainerType::DictReverseKeyIterator);
    case IterKind::DictRevValues: return ct(ContainerType::DictReverseValueIterator);
    case IterKind::DictRevItems: return ct(ContainerType::DictReverseItemIterator);
    case IterKind::SetItems: return ct(ContainerType::SetIterator);
    case IterKind::Reversed:
      return is_kind(a, ObjKind::List) ? ct(ContainerType::ListReverseIterator)
                                       : ct(ContainerType::Reversed);
    case IterKind::Enumerate: return ct(ContainerType::Enumerate);
    case IterKind::Zip: return ct(ContainerType::Zip);
    case IterKind::Map: return ct(ContainerType::Map);
    case IterKind::Filter: return ct(ContainerType::Filter);
    case IterKind::Callable: return ct(ContainerType::CallableIterator);
    case IterKind::SeqIter: return vm.types.iterator;
  }
  return vm.types.iterator;
}

// IndexError or StopIteration pending: the end of a __getitem__ iteration.
bool take_end_of_sequence(VM& vm) {
  if (vm.pending_is(vm.types.IndexError) || vm.pending_is(vm.types.StopIteration)) {
    vm.pending = Value::null();
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- next, by kind

int next_seq(VM& vm, Iterator* it, Value& out) {
  Obj* o = it->a.as_obj();
  if (o->kind == ObjKind::List) {
    auto& items = static_cast<List*>(o)->items;
    if (it->i < static_cast<int64_t>(items.size())) {
      out = items[it->i++];
      return 1;
    }
    it->i = kExhausted;
    return 0;
  }
  if (o->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(o);
    if (it->i < static_cast<int64_t>(t->size)) {
      out = t->items[it->i++];
      return 1;
    }
    it->i = kExhausted;
    return 0;
  }
  if (o->kind == ObjKind::Str) return str_iter_next(vm, it, out);
  return 0;
}

int next_range(VM& vm, Iterator* it, Value& out) {
  if (it->n <= 0) return 0;
  out = vm.make_int(it->i);
  if (--it->n > 0) it->i += it->j;  // never steps past the last value
  return 1;
}

// Dict iteration, forward or reversed: i is the next entry index, n the size
// when created (-1 after a size error, which stays), j the items left.
int next_dict(VM& vm, Iterator* it, Value& out) {
  if (it->a.is_none()) return 0;
  Dict* d = static_cast<Dict*>(it->a.as_obj());
  IterKind kind = it->iter_kind();
  if (static_cast<int64_t>(d->table.used) != it->n) {
    it->n = -1;
    vm.raise(vm.types.RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  auto& entries = d->table.entries;
  bool reversed = kind == IterKind::DictRevKeys || kind == IterKind::DictRevValues ||
                  kind == IterKind::DictRevItems;
  if (reversed) {
    if (it->i >= static_cast<int64_t>(entries.size())) it->i = static_cast<int64_t>(entries.size()) - 1;
    while (it->i >= 0 && entries[it->i].key.is_null()) --it->i;
    if (it->i < 0) {
      it->a = Value::none();
      return 0;
    }
  } else {
    while (it->i < static_cast<int64_t>(entries.size()) && entries[it->i].key.is_null()) ++it->i;
    if (it->i >= static_cast<int64_t>(entries.size())) {
      it->a = Value::none();
      return 0;
    }
  }
  if (it->j <= 0) {
    // Same size, different keys: deleted and re-added during iteration.
    it->a = Value::none();
    vm.raise(vm.types.RuntimeError, "dictionary keys changed during iteration");
    return -1;
  }
  --it->j;
  const HashTable::Entry& e = entries[it->i];
  it->i += reversed ? -1 : 1;
  switch (kind) {
    case IterKind::DictKeys:
    case IterKind::DictRevKeys: out = e.key; break;
    case IterKind::DictValues:
    case IterKind::DictRevValues: out = e.value; break;
    default: out = Value::object(vm.tuple_of({e.key, e.value})); break;
  }
  return 1;
}

int next_set(VM& vm, Iterator* it, Value& out) {
  if (it->a.is_none()) return 0;
  Set* s = static_cast<Set*>(it->a.as_obj());
  if (static_cast<int64_t>(s->table.used) != it->n) {
    it->n = -1;
    vm.raise(vm.types.RuntimeError, "Set changed size during iteration");
    return -1;
  }
  auto& slots = s->table.slots;
  while (it->i < static_cast<int64_t>(slots.size())) {
    const SetTable::Slot& slot = slots[it->i++];
    if (!slot.key.is_null() && !slot.key.is(Value::dummy())) {
      --it->j;
      out = slot.key;
      return 1;
    }
  }
  it->a = Value::none();
  return 0;
}

int next_reversed(VM& vm, Iterator* it, Value& out) {
  if (it->a.is_none()) return 0;
  Value seq = it->a;
  if (it->i < 0) {
    it->a = Value::none();
    return 0;
  }
  Obj* o = seq.as_obj();
  if (o->kind == ObjKind::List) {
    auto& items = static_cast<List*>(o)->items;
    if (it->i < static_cast<int64_t>(items.size())) {
      out = items[it->i--];
      return 1;
    }
    it->a = Value::none();
    return 0;
  }
  if (o->kind == ObjKind::Tuple && o->type == vm.types.tuple) {
    out = static_cast<Tuple*>(o)->items[it->i--];
    return 1;
  }
  if (o->kind == ObjKind::Str && o->type == vm.types.str) {
    out = str_char_at(vm, static_cast<Str*>(o), it->i--);
    return 1;
  }
  Value r = vm.getitem(seq, vm.make_int(it->i));
  if (r.is_exception()) {
    if (take_end_of_sequence(vm)) {
      it->a = Value::none();
      return 0;
    }
    return -1;
  }
  --it->i;
  out = r;
  return 1;
}

int next_enumerate(VM& vm, Iterator* it, Value& out) {
  if (it->a.is_none()) return 0;
  Value item;
  int r = vm.next(it->a, item);
  if (r <= 0) return r;
  Value index;
  if (it->b.is_none()) {
    index = vm.make_int(it->i++);
  } else {
    // A start beyond int64: the count is an int object in b.
    RootScope roots(vm);
    roots.add(item);
    index = it->b;
    Value next = vm.binary_op(index, Value::small_int(1), BinaryOp::Add);
    if (next.is_exception()) return -1;
    it->b = next;
  }
  out = Value::object(vm.tuple_of({index, item}));
  return 1;
}

int next_zip(VM& vm, Iterator* it, Value& out) {
  if (it->a.is_none()) return 0;
  Tuple* iters = static_cast<Tuple*>(it->a.as_obj());
  uint32_t n = iters->size;
  if (n == 0) return 0;
  RootScope roots(vm);
  Tuple* result = roots.add(vm.new_tuple(n));
  roots.add(iters);
  for (uint32_t i = 0; i < n; ++i) {
    Value x;
    int r = vm.next(iters->items[i], x);
    if (r < 0) return -1;
    if (r == 1) {
      result->items[i] = x;
      continue;
    }
    it->a = Value::none();
    if (!it->i) return 0;  // not strict
    const char* plural = i == 1 ? " " : "s 1-";
    if (i) {
      vm.raise_fmt(vm.types.ValueError, "zip() argument %u is shorter than argument%s%u", i + 1,
                   plural, i);
      return -1;
    }
    for (uint32_t k = 1; k < n; ++k) {
      Value y;
      int rk = vm.next(iters->items[k], y);
      if (rk < 0) return -1;
      if (rk == 1) {
        const char* pl = k == 1 ? " " : "s 1-";
        vm.raise_fmt(vm.types.ValueError, "zip() argument %u is longer than argument%s%u", k + 1,
                     pl, k);
        return -1;
      }
    }
    return 0;
  }
  out = Value::object(result);
  return 1;
}

int next_map(VM& vm, Iterator* it, Value& out) {
  if (it->b.is_none()) return 0;
  Tuple* iters = static_cast<Tuple*>(it->b.as_obj());
  uint32_t n = iters->size;
  RootScope roots(vm);
  roots.add(iters);
  Tuple* args = roots.add(vm.new_tuple(n));
  for (uint32_t i = 0; i < n; ++i) {
    Value x;
    int r = vm.next(iters->items[i], x);
    if (r < 0) return -1;
    if (r == 0) {
      it->b = Value::none();
      return 0;
    }
    args->items[i] = x;
  }
  Value r = vm.call(it->a, args->items, static_cast<int>(n));
  if (r.is_exception()) return -1;
  out = r;
  return 1;
}

int next_filter(VM& vm, Iterator* it, Value& out) {
  if (it->b.is_none()) return 0;
  RootScope roots(vm);
  Value source = roots.add(it->b);
  bool plain = it->a.is_none() || it->a.is(Value::object(vm.types.bool_));
  for (;;) {
    Value x;
    int r = vm.next(source, x);
    if (r < 0) return -1;
    if (r == 0) {
      it->b = Value::none();
      return 0;
    }
    int t;
    if (plain) {
      t = vm.truthy(x);
    } else {
      RootScope item_roots(vm);
      item_roots.add(x);
      Value keep = vm.call1(it->a, x);
      if (keep.is_exception()) return -1;
      t = vm.truthy(keep);
    }
    if (t < 0) return -1;
    if (t) {
      out = x;
      return 1;
    }
  }
}

int next_callable(VM& vm, Iterator* it, Value& out) {
  if (it->a.is_none()) return 0;
  Value r = vm.call0(it->a);
  if (r.is_exception()) {
    if (vm.pending_is(vm.types.StopIteration)) {
      vm.pending = Value::null();
      it->a = Value::none();
      return 0;
    }
    return -1;
  }
  RootScope roots(vm);
  roots.add(r);
  int e = vm.eq(it->b, r);
  if (e < 0) return -1;
  if (e) {
    it->a = Value::none();
    return 0;
  }
  out = r;
  return 1;
}

int next_seq_iter(VM& vm, Iterator* it, Value& out) {
  if (it->a.is_none()) return 0;
  Value r = vm.getitem(it->a, vm.make_int(it->i));
  if (r.is_exception()) {
    if (take_end_of_sequence(vm)) {
      it->a = Value::none();
      return 0;
    }
    return -1;
  }
  ++it->i;
  out = r;
  return 1;
}

// Iterators over another iterator (map(f, map(f, ...)) 100,000 deep)
// recurse in C++: counted as native recursion, so a deep chain is a
// RecursionError rather than a stack overflow.
int next_nested(VM& vm, Iterator* it, Value& out) {
  NativeRecursion guard(vm, " while calling a Python object");
  if (guard.failed()) return -1;
  switch (it->iter_kind()) {
    case IterKind::Enumerate: return next_enumerate(vm, it, out);
    case IterKind::Zip: return next_zip(vm, it, out);
    case IterKind::Map: return next_map(vm, it, out);
    default: return next_filter(vm, it, out);
  }
}

int iterator_next(VM& vm, Value self, Value& out) {
  Iterator* it = as_iter(self);
  switch (it->iter_kind()) {
    case IterKind::Seq: return next_seq(vm, it, out);
    case IterKind::Range:
    case IterKind::LongRange: return next_range(vm, it, out);
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems:
    case IterKind::DictRevKeys:
    case IterKind::DictRevValues:
    case IterKind::DictRevItems: return next_dict(vm, it, out);
    case IterKind::SetItems: return next_set(vm, it, out);
    case IterKind::Reversed: return next_reversed(vm, it, out);
    case IterKind::Enumerate:
    case IterKind::Zip:
    case IterKind::Map:
    case IterKind::Filter: return next_nested(vm, it, out);
    case IterKind::Callable: return next_callable(vm, it, out);
    case IterKind::SeqIter: return next_seq_iter(vm, it, out);
  }
  return 0;
}

Value iterator_iter(VM&, Value self) { return self; }

// ---------------------------------------------------------------- methods

bool iterator_self(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* method) {
  if (nargs >= 1 && is_kind(args[0], ObjKind::Iterator)) {
    return dunder_args(vm, args, nargs, kwnames, args[0].as_obj()->type, method, 0);
  }
  return check_receiver(vm, args, nargs, vm.types.iterator, method);
}

Value iterator_dunder_next(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!iterator_self(vm, args, nargs, kwnames, "__next__")) return Value::exception();
  Value out;
  int r = iterator_next(vm, args[0], out);
  if (r < 0) return Value::exception();
  if (r == 0) return vm.raise_value(Value::object(vm.types.StopIteration));
  return out;
}

Value iterator_dunder_iter(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!iterator_self(vm, args, nargs, kwnames, "__iter__")) return Value::exception();
  return args[0];
}

// Items left, where cheaply known (operator.length_hint).
Value iterator_length_hint(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!iterator_self(vm, args, nargs, kwnames, "__length_hint__")) return Value::exception();
  Iterator* it = as_iter(args[0]);
  int64_t n = 0;
  switch (it->iter_kind()) {
    case IterKind::Seq: {
      Obj* o = it->a.as_obj();
      int64_t size = o->kind == ObjKind::List    ? static_cast<int64_t>(static_cast<List*>(o)->items.size())
                     : o->kind == ObjKind::Tuple ? static_cast<int64_t>(static_cast<Tuple*>(o)->size)
                                                 : 0;
      n = size - it->i;
      break;
    }
    case IterKind::Range:
    case IterKind::LongRange: n = it->n; break;
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems:
    case IterKind::DictRevKeys:
    case IterKind::DictRevValues:
    case IterKind::DictRevItems:
    case IterKind::SetItems: n = it->a.is_none() ? 0 : it->j; break;
    case IterKind::Reversed: n = it->a.is_none() ? 0 : it->i + 1; break;
    default: return vm.not_implemented;
  }
  return vm.make_int(n < 0 ? 0 : n);
}

// ---------------------------------------------------------------- constructors

// enumerate(iterable, start=0), checked as CPython's enum_vectorcall checks
// it: the total count first, then each keyword by its position (a lone
// keyword must be 'iterable': enumerate(start=1) names 'start' as invalid).
static bool enumerate_args(VM& vm, Value* args, int nargs, Tuple* kwnames, Value* out) {
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  int total = nargs + nkw;
  if (total == 0 || total > 2) {
    if (nargs == 0) {
      vm.raise(vm.types.TypeError, "enumerate() missing required argument 'iterable'");
    } else {
      vm.raise_fmt(vm.types.TypeError, "enumerate() takes at most 2 arguments (%d given)", total);
    }
    return false;
  }
  static constexpr const char* kNames[] = {"iterable", "start"};
  bool swapped = nkw == 2 && as_str(kwnames->items[0])->view() == "start";
  for (int k = 0; k < nkw; ++k) {
    const char* want = kNames[swapped ? 1 - k : nargs + k];
    if (as_str(kwnames->items[k])->view() != want) {
      vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for enumerate()",
                   as_str(kwnames->items[k])->data);
      return false;
    }
  }
  out[0] = args[swapped ? 1 : 0];
  out[1] = total == 2 ? args[swapped ? 0 : 1] : Value::null();
  return true;
}

Value enumerate_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value out[2];
  if (!enumerate_args(vm, args, nargs, kwnames, out)) return Value::exception();
  return make_enumerate(vm, out[0], out[1]);
}

Value zip_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  bool strict = false;
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  for (int k = 0; k < nkw; ++k) {
    Str* name = as_str(kwnames->items[k]);
    if (name->view() != "strict") {
      return vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for zip()",
                          name->data);
    }
    int t = vm.truthy(args[nargs + k]);
    if (t < 0) return Value::exception();
    strict = t;
  }
  return make_zip(vm, args, nargs, strict);
}

Value map_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "map", kwnames)) return Value::exception();
  if (nargs < 2) return vm.raise(vm.types.TypeError, "map() must have at least two arguments.");
  return make_map(vm, args[0], args + 1, nargs - 1);
}

Value filter_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "filter", kwnames)) return Value::exception();
  if (!check_nargs(vm, "filter", nargs, 2, 2)) return Value::exception();
  return make_filter(vm, args[0], args[1]);
}

Value reversed_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "reversed", kwnames)) return Value::exception();
  if (nargs != 1) {
    return vm.raise_fmt(vm.types.TypeError, "reversed expected 1 argument, got %d", nargs);
  }
  return make_reversed(vm, args[0]);
}

void set_iterator_slots(VM& vm, Type* t) {
  t->slots.iter = iterator_iter;
  t->slots.next = iterator_next;
  add_wrapper_method(vm, t, "__next__", iterator_dunder_next);
  add_wrapper_method(vm, t, "__iter__", iterator_dunder_iter);
  add_method(vm, t, "__length_hint__", iterator_length_hint);
}

struct KindInfo {
  ContainerType index;
  const char* name;
  NativeFn constructor;
};

const KindInfo kIteratorTypes[] = {
    {ContainerType::ListIterator, "list_iterator", nullptr},
    {ContainerType::ListReverseIterator, "list_reverseiterator", nullptr},
    {ContainerType::TupleIterator, "tuple_iterator", nullptr},
    {ContainerType::StrAsciiIterator, "str_ascii_iterator", nullptr},
    {ContainerType::StrIterator, "str_iterator", nullptr},
    {ContainerType::RangeIterator, "range_iterator", nullptr},
    {ContainerType::DictKeyIterator, "dict_keyiterator", nullptr},
    {ContainerType::DictValueIterator, "dict_valueiterator", nullptr},
    {ContainerType::DictItemIterator, "dict_itemiterator", nullptr},
    {ContainerType::DictReverseKeyIterator, "dict_reversekeyiterator", nullptr},
    {ContainerType::DictReverseValueIterator, "dict_reversevalueiterator", nullptr},
    {ContainerType::DictReverseItemIterator, "dict_reverseitemiterator", nullptr},
    {ContainerType::SetIterator, "set_iterator", nullptr},
    {ContainerType::CallableIterator, "callable_iterator", nullptr},
    {ContainerType::Enumerate, "enumerate", enumerate_constructor},
    {ContainerType::Zip, "zip", zip_constructor},
    {ContainerType::Map, "map", map_constructor},
    {ContainerType::Filter, "filter", filter_constructor},
    {ContainerType::Reversed, "reversed", reversed_constructor},
};

}  // namespace

// ---------------------------------------------------------------- public helpers

Iterator* new_iterator(VM& vm, IterKind kind, Value a, Value b) {
  auto* it = vm.alloc<Iterator>(ObjKind::Iterator, type_for(vm, kind, a));
  it->flags = static_cast<uint16_t>(kind);
  it->a = a;
  it->b = b;
  it->i = 0;
  it->n = 0;
  it->j = 0;
  return it;
}

Value make_seq_iterator(VM& vm, Value seq) {
  if (seq.is_obj()) {
    ObjKind k = seq.as_obj()->kind;
    if (k == ObjKind::List || k == ObjKind::Tuple || k == ObjKind::Str) {
      return Value::object(new_iterator(vm, IterKind::Seq, seq));
    }
  }
  return Value::object(new_iterator(vm, IterKind::SeqIter, seq));
}

Type* iterator_type(VM& vm, const char* name) {
  std::string_view n(name);
  if (n == "iterator") return vm.types.iterator;
  for (Type* t : vm.container_types) {
    if (t && t->name->view() == n) return t;
  }
  return nullptr;
}

Value make_enumerate(VM& vm, Value iterable, Value start) {
  int64_t count = 0;
  Value big = Value::none();
  if (!start.is_null()) {
    if (start.is_obj() && start.as_obj()->kind == ObjKind::BigInt) {
      big = start;  // counts with int objects from there
    } else if (!vm.index_value(start, count)) {
      return Value::exception();
    }
  }
  Value it = vm.iter(iterable);
  if (it.is_exception()) return it;
  Iterator* e = new_iterator(vm, IterKind::Enumerate, it, big);
  e->i = count;
  return Value::object(e);
}

Value make_zip(VM& vm, Value* iterables, int n, bool strict) {
  RootScope roots(vm);
  Tuple* iters = roots.add(vm.new_tuple(static_cast<uint32_t>(n)));
  for (int i = 0; i < n; ++i) {
    Value it = vm.iter(iterables[i]);
    if (it.is_exception()) return it;
    iters->items[i] = it;
  }
  Iterator* z = new_iterator(vm, IterKind::Zip, Value::object(iters));
  z->i = strict;
  return Value::object(z);
}

Value make_map(VM& vm, Value func, Value* iterables, int n) {
  RootScope roots(vm);
  Tuple* iters = roots.add(vm.new_tuple(static_cast<uint32_t>(n)));
  for (int i = 0; i < n; ++i) {
    Value it = vm.iter(iterables[i]);
    if (it.is_exception()) return it;
    iters->items[i] = it;
  }
  return Value::object(new_iterator(vm, IterKind::Map, func, Value::object(iters)));
}

Value make_filter(VM& vm, Value func, Value iterable) {
  Value it = vm.iter(iterable);
  if (it.is_exception()) return it;
  return Value::object(new_iterator(vm, IterKind::Filter, func, it));
}

Value make_reversed(VM& vm, Value seq) {
  Type* t = vm.type_of(seq);
  if (t == vm.types.list) {
    Iterator* it = new_iterator(vm, IterKind::Reversed, seq);
    it->i = static_cast<int64_t>(static_cast<List*>(seq.as_obj())->items.size()) - 1;
    return Value::object(it);
  }
  Value rev = vm.lookup_type(t, vm.names.__reversed__);
  if (!rev.is_null()) {
    if (rev.is_none()) {
      return vm.raise_fmt(vm.types.TypeError, "'%s' object is not reversible", t->name->data);
    }
    return vm.call_method(seq, vm.names.__reversed__, nullptr, 0);
  }
  // The sequence protocol: __len__ and __getitem__, and not a mapping.
  bool is_dict = seq.is_obj() && seq.as_obj()->kind == ObjKind::Dict;
  if (!t->slots.getitem || is_dict) {
    return vm.raise_fmt(vm.types.TypeError, "'%s' object is not reversible", t->name->data);
  }
  int64_t n;
  if (!vm.length(seq, n)) return Value::exception();
  Iterator* it = new_iterator(vm, IterKind::Reversed, seq);
  it->i = n - 1;
  return Value::object(it);
}

void init_iterator_type(VM& vm) {
  if (vm.container_types.size() < static_cast<size_t>(ContainerType::Count)) {
    vm.container_types.resize(static_cast<size_t>(ContainerType::Count), nullptr);
  }
  set_iterator_slots(vm, vm.types.iterator);
  inherit_slots(vm.types.iterator);
  for (const KindInfo& k : kIteratorTypes) {
    Type* t = vm.new_type(k.name, vm.types.object, ObjKind::Iterator, k.constructor);
    t->flags &= ~Type::kBaseType;
    set_iterator_slots(vm, t);
    inherit_slots(t);
    vm.container_types[static_cast<size_t>(k.index)] = t;
  }
  init_generic_alias_type(vm);
}

}  // namespace coil::vm
