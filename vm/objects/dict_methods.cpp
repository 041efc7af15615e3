// The dict type (the table itself is in dict.cpp): repr with the `{...}`
// recursion guard, == comparison, item access with __missing__, | and |=,
// the methods, the constructor, and the views keys()/values()/items() with
// their set operations.
#include <string>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_obj()); }
bool is_dict(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Dict; }
bool is_exact_dict(VM& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.types.dict; }

Value raise_key_error(VM& vm, Value key) {
  return vm.raise_value(vm.new_exception_args(vm.types.KeyError, vm.tuple_of({key})));
}

// Hash with the fast path for small ints (their hash is the value, -1 -> -2).
bool hash_of(VM& vm, Value key, int64_t& h) {
  if (key.is_int()) {
    h = key.as_int();
    if (h == -1) h = -2;
    return true;
  }
  return vm.hash(key, h);
}

// The entry index of key: >= 0, -1 absent, -2 error.
int64_t find(VM& vm, Dict* d, Value key, int64_t& hash) {
  if (!hash_of(vm, key, hash)) return -2;
  return table_find(vm, d->table, key, hash);
}

// Copies every entry of `src` into `d` using the stored hashes.
int merge_dict(VM& vm, Dict* d, Dict* src) {
  if (d == src) return 0;
  HashTable& s = src->table;
  if (d->table.used == 0 && d->table.entries.empty()) {
    // A plain copy of the table: nothing to compare.
    d->table.entries = s.entries;
    d->table.index = s.index;
    d->table.used = s.used;
    d->table.fill = s.fill;
    d->table.bloom = s.bloom;
    ++d->table.version;
    return 0;
  }
  RootScope roots(vm);
  roots.add(src);
  for (size_t i = 0; i < s.entries.size(); ++i) {
    HashTable::Entry e = s.entries[i];
    if (e.key.is_null()) continue;
    RootScope entry_roots(vm);
    entry_roots.add(e.key);
    entry_roots.add(e.value);
    if (table_set(vm, d->table, e.key, e.hash, e.value) < 0) return -1;
  }
  return 0;
}

// From any mapping: for k in src.keys(): d[k] = src[k].
int merge_mapping(VM& vm, Dict* d, Value src) {
  RootScope roots(vm);
  Value keys = vm.call_method(src, vm.names.keys, nullptr, 0);
  if (keys.is_exception()) return -1;
  roots.add(keys);
  Value it = vm.iter(keys);
  if (it.is_exception()) return -1;
  roots.add(it);
  for (;;) {
    Value k;
    int r = vm.next(it, k);
    if (r <= 0) return r;
    RootScope item_roots(vm);
    item_roots.add(k);
    Value v = vm.getitem(src, k);
    if (v.is_exception()) return -1;
    item_roots.add(v);
    if (dict_set(vm, d, k, v) < 0) return -1;
  }
}

// From an iterable of key/value pairs, with CPython's errors.
int merge_pairs(VM& vm, Dict* d, Value src) {
  RootScope roots(vm);
  Value it = vm.iter(src);
  if (it.is_exception()) return -1;
  roots.add(it);
  for (int64_t n = 0;; ++n) {
    Value item;
    int r = vm.next(it, item);
    if (r <= 0) return r;
    RootScope item_roots(vm);
    item_roots.add(item);
    Value k, v;
    if (item.is_obj() && item.as_obj()->kind == ObjKind::Tuple &&
        static_cast<Tuple*>(item.as_obj())->size == 2) {
      k = static_cast<Tuple*>(item.as_obj())->items[0];
      v = static_cast<Tuple*>(item.as_obj())->items[1];
    } else {
      Type* t = vm.type_of(item);
      if (!t->slots.iter && !t->slots.getitem) {
        vm.raise_fmt(vm.types.TypeError,
                     "cannot convert dictionary update sequence element #%lld to a sequence",
                     static_cast<long long>(n));
        return -1;
      }
      std::vector<Value> parts;
      if (!vm.unpack_iterable(item, parts)) return -1;
      if (parts.size() != 2) {
        vm.raise_fmt(vm.types.ValueError,
                     "dictionary update sequence element #%lld has length %zu; 2 is required",
                     static_cast<long long>(n), parts.size());
        return -1;
      }
      k = item_roots.add(parts[0]);
      v = item_roots.add(parts[1]);
    }
    if (dict_set(vm, d, k, v) < 0) return -1;
  }
}

// dict_update_arg: a dict, a mapping (has keys()), or pairs.
int update_arg(VM& vm, Dict* d, Value src) {
  if (is_exact_dict(vm, src)) return merge_dict(vm, d, as_dict(src));
  // A dict subclass is read directly unless it overrides __iter__ (CPython's
  // dict_merge: its __getitem__ and keys() are not called).
  if (src.is_obj() && src.as_obj()->kind == ObjKind::Dict &&
      vm.lookup_type(vm.type_of(src), vm.names.__iter__)
          .is(dict_get_str(vm.types.dict->dict, vm.names.__iter__))) {
    return merge_dict(vm, d, as_dict(src));
  }
  Value keys = vm.getattr_opt(src, vm.names.keys);
  if (keys.is_exception()) return -1;
  if (!keys.is_null()) return merge_mapping(vm, d, src);
  return merge_pairs(vm, d, src);
}

// Keyword arguments into d (update(**kw), dict(**kw)).
int update_kwargs(VM& vm, Dict* d, Value* kwvalues, Tuple* kwnames) {
  if (!kwnames) return 0;
  for (uint32_t i = 0; i < kwnames->size; ++i) {
    if (dict_set(vm, d, kwnames->items[i], kwvalues[i]) < 0) return -1;
  }
  return 0;
}

// ---------------------------------------------------------------- slots

Value dict_repr_slot(VM& vm, Value self) { return dict_repr(vm, as_dict(self)); }

Value dict_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b)) return vm.not_implemented;
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  Dict* x = as_dict(a);
  Dict* y = as_dict(b);
  bool equal = true;
  if (x->table.used != y->table.used) {
    equal = false;
  } else {
    RootScope roots(vm);
    for (size_t i = 0; i < x->table.entries.size(); ++i) {
      HashTable::Entry e = x->table.entries[i];
      if (e.key.is_null()) continue;
      RootScope entry_roots(vm);
      entry_roots.add(e.key);
      entry_roots.add(e.value);
      int64_t ix = table_find(vm, y->table, e.key, e.hash);
      if (ix == -2) return Value::exception();
      if (ix < 0) {
        equal = false;
        break;
      }
      Value other = y->table.entries[ix].value;
      int r = vm.eq(e.value, other);
      if (r < 0) return Value::exception();
      if (!r) {
        equal = false;
        break;
      }
    }
  }
  return Value::boolean(op == CompareOp::Eq ? equal : !equal);
}

Value dict_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  if (op != BinaryOp::Or || !is_dict(a)) return vm.not_implemented;
  if (inplace) {
    if (update_arg(vm, as_dict(a), b) < 0) return Value::exception();
    return a;
  }
  if (!is_dict(b)) return vm.not_implemented;
  RootScope roots(vm);
  Dict* r = roots.add(vm.new_dict());
  if (merge_dict(vm, r, as_dict(a)) < 0) return Value::exception();
  if (is_exact_dict(vm, b) ? merge_dict(vm, r, as_dict(b)) < 0 : update_arg(vm, r, b) < 0) {
    return Value::exception();
  }
  return Value::object(r);
}

bool dict_length(VM&, Value self, int64_t& out) {
  out = as_dict(self)->table.used;
  return true;
}

Value dict_getitem(VM& vm, Value self, Value key) {
  Dict* d = as_dict(self);
  int64_t h;
  int64_t ix = find(vm, d, key, h);
  if (ix >= 0) return d->table.entries[ix].value;
  if (ix == -2) return Value::exception();
  if (d->type != vm.types.dict) {
    // Subclasses may define __missing__ (defaultdict-style).
    Value missing = vm.lookup_type(d->type, vm.names.__missing__);
    if (!missing.is_null()) {
      Value args[2] = {self, key};
      return vm.call(missing, args, 2);
    }
  }
  return raise_key_error(vm, key);
}

int dict_setitem(VM& vm, Value self, Value key, Value value) {
  Dict* d = as_dict(self);
  int64_t h;
  if (!hash_of(vm, key, h)) return -1;
  if (!value.is_null()) return table_set(vm, d->table, key, h, value);
  int r = table_remove(vm, d->table, key, h, nullptr);
  if (r == 0) {
    raise_key_error(vm, key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

int dict_contains(VM& vm, Value self, Value key) {
  int64_t h;
  int64_t ix = find(vm, as_dict(self), key, h);
  return ix == -2 ? -1 : ix >= 0;
}

Iterator* dict_iterator(VM& vm, Dict* d, IterKind kind) {
  Iterator* it = new_iterator(vm, kind, Value::object(d));
  it->n = d->table.used;
  it->j = d->table.used;
  bool reversed = kind == IterKind::DictRevKeys || kind == IterKind::DictRevValues ||
                  kind == IterKind::DictRevItems;
  it->i = reversed ? static_cast<int64_t>(d->table.entries.size()) - 1 : 0;
  return it;
}

Value dict_iter(VM& vm, Value self) {
  return Value::object(dict_iterator(vm, as_dict(self), IterKind::DictKeys));
}

// ---------------------------------------------------------------- methods

#define DICT_SELF(method)                                                       \
  if (!check_receiver(vm, args, nargs, vm.types.dict, method)) {                \
    return Value::exception();                                                  \
  }                                                                             \
  Dict* self = as_dict(args[0])

Value dict_keys(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "keys", 0)) return Value::exception();
  return new_dict_view(vm, as_dict(args[0]), IterKind::DictKeys);
}

Value dict_values(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "values", 0)) return Value::exception();
  return new_dict_view(vm, as_dict(args[0]), IterKind::DictValues);
}

Value dict_items(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "items", 0)) return Value::exception();
  return new_dict_view(vm, as_dict(args[0]), IterKind::DictItems);
}

Value dict_get_method(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  DICT_SELF("get");
  if (!no_kwargs(vm, "dict.get", kwnames)) return Value::exception();
  if (!check_nargs(vm, "get", nargs - 1, 1, 2)) return Value::exception();
  int64_t h;
  int64_t ix = find(vm, self, args[1], h);
  if (ix == -2) return Value::exception();
  if (ix >= 0) return self->table.entries[ix].value;
  return nargs == 3 ? args[2] : Value::none();
}

Value dict_setdefault(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  DICT_SELF("setdefault");
  if (!no_kwargs(vm, "dict.setdefault", kwnames)) return Value::exception();
  if (!check_nargs(vm, "setdefault", nargs - 1, 1, 2)) return Value::exception();
  int64_t h;
  int64_t ix = find(vm, self, args[1], h);
  if (ix == -2) return Value::exception();
  if (ix >= 0) return self->table.entries[ix].value;
  Value dflt = nargs == 3 ? args[2] : Value::none();
  if (table_set(vm, self->table, args[1], h, dflt) < 0) return Value::exception();
  return dflt;
}

Value dict_pop(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  DICT_SELF("pop");
  if (!no_kwargs(vm, "dict.pop", kwnames)) return Value::exception();
  if (!check_nargs(vm, "pop", nargs - 1, 1, 2)) return Value::exception();
  int64_t h;
  if (!hash_of(vm, args[1], h)) return Value::exception();
  Value removed;
  int r = table_remove(vm, self->table, args[1], h, &removed);
  if (r < 0) return Value::exception();
  if (r == 1) return removed;
  if (nargs == 3) return args[2];
  return raise_key_error(vm, args[1]);
}

Value dict_popitem(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "popitem", 0)) {
    return Value::exception();
  }
  Dict* self = as_dict(args[0]);
  auto& entries = self->table.entries;
  for (size_t i = entries.size(); i-- > 0;) {
    HashTable::Entry e = entries[i];
    if (e.key.is_null()) continue;
    Tuple* pair = vm.tuple_of({e.key, e.value});
    if (table_remove(vm, self->table, e.key, e.hash, nullptr) < 0) return Value::exception();
    return Value::object(pair);
  }
  return vm.raise(vm.types.KeyError, "popitem(): dictionary is empty");
}

Value dict_update_method(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  DICT_SELF("update");
  if (!check_nargs(vm, "update", nargs - 1, 0, 1)) return Value::exception();
  if (nargs == 2 && update_arg(vm, self, args[1]) < 0) return Value::exception();
  if (update_kwargs(vm, self, args + nargs, kwnames) < 0) return Value::exception();
  return Value::none();
}

Value dict_clear(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "clear", 0)) return Value::exception();
  table_clear(as_dict(args[0])->table);
  return Value::none();
}

Value dict_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "copy", 0)) return Value::exception();
  Dict* r = vm.new_dict();
  merge_dict(vm, r, as_dict(args[0]));  // into an empty dict: cannot fail
  return Value::object(r);
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
Value dict_fromkeys(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "dict.fromkeys", kwnames)) return Value::exception();
  if (!check_nargs(vm, "fromkeys", nargs - 1, 1, 2)) return Value::exception();
  Value cls = args[0];
  Value value = nargs == 3 ? args[2] : Value::none();
  RootScope roots(vm);
  Value d;
  if (cls.is(Value::object(vm.types.dict))) {
    d = Value::object(vm.new_dict());
  } else {
    d = vm.call0(cls);
    if (d.is_exception()) return d;
  }
  roots.add(d);
  bool exact = is_exact_dict(vm, d);
  Value it = vm.iter(args[1]);
  if (it.is_exception()) return it;
  roots.add(it);
  for (;;) {
    Value k;
    int r = vm.next(it, k);
    if (r < 0) return Value::exception();
    if (r == 0) break;
    RootScope item_roots(vm);
    item_roots.add(k);
    if ((exact ? dict_set(vm, as_dict(d), k, value) : vm.setitem(d, k, value)) < 0) {
      return Value::exception();
    }
  }
  return d;
}

Value dict_dunder_getitem(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "__getitem__", 1)) {
    return Value::exception();
  }
  Dict* d = as_dict(args[0]);
  int64_t h;
  int64_t ix = find(vm, d, args[1], h);
  if (ix >= 0) return d->table.entries[ix].value;
  if (ix == -2) return Value::exception();
  return raise_key_error(vm, args[1]);
}



Value dict_dunder_contains(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "__contains__", 1)) {
    return Value::exception();
  }
  int r = dict_contains(vm, args[0], args[1]);
  return r < 0 ? Value::exception() : Value::boolean(r);
}



Value dict_dunder_reversed(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!dunder_args(vm, args, nargs, kwnames, vm.types.dict, "__reversed__", 0)) {
    return Value::exception();
  }
  return Value::object(dict_iterator(vm, as_dict(args[0]), IterKind::DictRevKeys));
}


// dict.__init__(self, *args, **kwargs): what subclasses' construction runs.
Value dict_init(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  DICT_SELF("__init__");
  if (!check_nargs(vm, "dict", nargs - 1, 0, 1)) return Value::exception();
  if (nargs == 2 && update_arg(vm, self, args[1]) < 0) return Value::exception();
  if (update_kwargs(vm, self, args + nargs, kwnames) < 0) return Value::exception();
  return Value::none();
}

// dict.__new__(cls, *args, **kwargs): an empty dict of class cls.
Value dict_new(VM& vm, Value* args, int nargs, Tuple*) {
  Type* cls = new_receiver_type(vm, args, nargs, vm.types.dict);
  if (!cls) return Value::exception();
  return Value::object(vm.alloc<Dict>(ObjKind::Dict, cls));
}

Value dict_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!check_nargs(vm, "dict", nargs, 0, 1)) return Value::exception();
  RootScope roots(vm);
  Dict* d = roots.add(vm.new_dict());
  if (nargs == 1 && update_arg(vm, d, args[0]) < 0) return Value::exception();
  if (update_kwargs(vm, d, args + nargs, kwnames) < 0) return Value::exception();
  return Value::object(d);
}

#undef DICT_SELF

// ---------------------------------------------------------------- views

DictView* as_view(Value v) { return static_cast<DictView*>(v.as_obj()); }
bool is_view(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::DictView; }
// keys() and items() views behave like sets.
bool is_set_view(Value v) { return is_view(v) && as_view(v)->view_kind() != IterKind::DictValues; }
bool is_any_set(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Set; }

Value view_repr(VM& vm, Value self) {
  DictView* v = as_view(self);
  const char* tname = v->type->name->data;
  if (!repr_enter(vm, v)) return vm.str_value("...");
  Value list = list_from_iterable(vm, self);
  if (list.is_exception()) {
    repr_leave(vm, v);
    return list;
  }
  RootScope roots(vm);
  roots.add(list);
  Value lr = list_repr(vm, static_cast<List*>(list.as_obj()));
  repr_leave(vm, v);
  if (lr.is_exception()) return lr;
  return vm.str_value(std::string(tname) + "(" + std::string(as_str(lr)->view()) + ")");
}

bool view_length(VM&, Value self, int64_t& out) {
  out = as_view(self)->dict->table.used;
  return true;
}

// items view: (key, value) is in it when d[key] == value.
int items_contains(VM& vm, Dict* d, Value item) {
  if (!item.is_obj() || item.as_obj()->kind != ObjKind::Tuple) return 0;
  auto* t = static_cast<Tuple*>(item.as_obj());
  if (t->size != 2) return 0;
  int64_t h;
  int64_t ix = find(vm, d, t->items[0], h);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  return vm.eq(d->table.entries[ix].value, t->items[1]);
}

int view_contains(VM& vm, Value self, Value item) {
  DictView* v = as_view(self);
  switch (v->view_kind()) {
    case IterKind::DictKeys: return dict_contains(vm, Value::object(v->dict), item);
    case IterKind::DictItems: return items_contains(vm, v->dict, item);
    default: break;
  }
  auto& entries = v->dict->table.entries;
  for (size_t i = 0; i < entries.size(); ++i) {
    Value x = entries[i].value;
    if (entries[i].key.is_null()) continue;
    int r = vm.eq(x, item);
    if (r != 0) return r;
  }
  return 0;
}

Value view_iter(VM& vm, Value self) {
  DictView* v = as_view(self);
  return Value::object(dict_iterator(vm, v->dict, v->view_kind()));
}

// Every item of `a` is in `b` (1, 0, -1).
int all_contained_in(VM& vm, Value a, Value b) {
  RootScope roots(vm);
  Value it = vm.iter(a);
  if (it.is_exception()) return -1;
  roots.add(it);
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return -1;
    if (r == 0) return 1;
    RootScope item_roots(vm);
    item_roots.add(x);
    int c = vm.contains(b, x);
    if (c <= 0) return c;
  }
}

Value view_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_set_view(a) || (!is_any_set(b) && !is_set_view(b))) return vm.not_implemented;
  int64_t na, nb;
  if (!vm.length(a, na) || !vm.length(b, nb)) return Value::exception();
  int ok = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (na == nb) ok = all_contained_in(vm, a, b);
      if (op == CompareOp::Ne && ok >= 0) ok = !ok;
      break;
    case CompareOp::Lt:
      if (na < nb) ok = all_contained_in(vm, a, b);
      break;
    case CompareOp::Le:
      if (na <= nb) ok = all_contained_in(vm, a, b);
      break;
    case CompareOp::Gt:
      if (na > nb) ok = all_contained_in(vm, b, a);
      break;
    case CompareOp::Ge:
      if (na >= nb) ok = all_contained_in(vm, b, a);
      break;
  }
  return ok < 0 ? Value::exception() : Value::boolean(ok);
}

// view & other (either side), as CPython's _PyDictView_Intersect.
Value view_intersect(VM& vm, Value self, Value other) {
  if (!is_set_view(self)) std::swap(self, other);
  int64_t nself = as_view(self)->dict->table.used;
  if (other.is_obj() && other.as_obj()->type == vm.types.set) {
    int64_t nother = static_cast<Set*>(other.as_obj())->table.used;
    if (nself <= nother) {
      return vm.call_method(other, vm.intern("intersection"), &self, 1);
    }
  }
  if (is_set_view(other) && as_view(other)->dict->table.used > nself) std::swap(self, other);
  RootScope roots(vm);
  Set* result = roots.add(vm.new_set());
  Value it = vm.iter(other);
  if (it.is_exception()) return it;
  roots.add(it);
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return Value::exception();
    if (r == 0) break;
    RootScope item_roots(vm);
    item_roots.add(x);
    int c = view_contains(vm, self, x);
    if (c < 0) return Value::exception();
    if (c && set_add(vm, result, x) < 0) return Value::exception();
  }
  return Value::object(result);
}

// The other set operators: set(a), then its in-place method with b.
Value view_binary(VM& vm, Value a, Value b, BinaryOp op, bool) {
  if (!is_set_view(a) && !is_set_view(b)) return vm.not_implemented;
  const char* method;
  switch (op) {
    case BinaryOp::And: return view_intersect(vm, a, b);
    case BinaryOp::Or: method = "update"; break;
    case BinaryOp::Sub: method = "difference_update"; break;
    case BinaryOp::Xor: method = "symmetric_difference_update"; break;
    default: return vm.not_implemented;
  }
  RootScope roots(vm);
  Set* result = roots.add(vm.new_set());
  if (set_update(vm, result, a) < 0) return Value::exception();
  Value r = vm.call_method(Value::object(result), vm.intern(method), &b, 1);
  if (r.is_exception()) return r;
  return Value::object(result);
}

bool view_self(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs >= 1 && is_view(args[0])) return true;
  return check_receiver(vm, args, nargs, container_type(vm, ContainerType::DictKeys), method);
}

Value dict_view_isdisjoint(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!view_self(vm, args, nargs, "isdisjoint")) return Value::exception();
  if (!dunder_args(vm, args, nargs, kwnames, args[0].as_obj()->type, "isdisjoint", 1)) {
    return Value::exception();
  }
  if (args[1].is(args[0])) return Value::boolean(as_view(args[0])->dict->table.used == 0);
  RootScope roots(vm);
  Value it = vm.iter(args[1]);
  if (it.is_exception()) return it;
  roots.add(it);
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return Value::exception();
    if (r == 0) return Value::boolean(true);
    RootScope item_roots(vm);
    item_roots.add(x);
    int c = view_contains(vm, args[0], x);
    if (c < 0) return Value::exception();
    if (c) return Value::boolean(false);
  }
}

Value dict_view_reversed(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!view_self(vm, args, nargs, "__reversed__")) return Value::exception();
  if (!dunder_args(vm, args, nargs, kwnames, args[0].as_obj()->type, "__reversed__", 0)) {
    return Value::exception();
  }
  DictView* v = as_view(args[0]);
  IterKind kind = v->view_kind() == IterKind::DictKeys     ? IterKind::DictRevKeys
                  : v->view_kind() == IterKind::DictValues ? IterKind::DictRevValues
                                                           : IterKind::DictRevItems;
  return Value::object(dict_iterator(vm, v->dict, kind));
}

void init_view_type(VM& vm, Type* t, bool set_like) {
  t->slots.repr = view_repr;
  t->slots.length = view_length;
  t->slots.contains = view_contains;
  t->slots.iter = view_iter;
  if (set_like) {
    t->slots.compare = view_compare;  // no hash: keys/items views are unhashable
    t->slots.binary = view_binary;
    t->slots.number_ops = op_bit(BinaryOp::Sub) | op_bit(BinaryOp::And) | op_bit(BinaryOp::Or) | op_bit(BinaryOp::Xor);
    add_method(vm, t, "isdisjoint", dict_view_isdisjoint);
  }
  add_method(vm, t, "__reversed__", dict_view_reversed);
}

}  // namespace

// ---------------------------------------------------------------- public helpers

Value dict_repr(VM& vm, Dict* d) {
  if (d->table.used == 0) return vm.str_value("{}");
  if (!repr_enter(vm, d)) return vm.str_value("{...}");
  std::string out = "{";
  bool first = true;
  // Index-based, rooting each pair: a __repr__ may change the dict.
  for (size_t i = 0; i < d->table.entries.size(); ++i) {
    HashTable::Entry e = d->table.entries[i];
    if (e.key.is_null()) continue;
    RootScope roots(vm);
    roots.add(e.key);
    roots.add(e.value);
    Value k = vm.repr(e.key);
    if (k.is_exception()) {
      repr_leave(vm, d);
      return k;
    }
    roots.add(k);
    Value v = vm.repr(e.value);
    if (v.is_exception()) {
      repr_leave(vm, d);
      return v;
    }
    if (!first) out += ", ";
    first = false;
    out += as_str(k)->view();
    out += ": ";
    out += as_str(v)->view();
  }
  repr_leave(vm, d);
  out += "}";
  return vm.str_value(out);
}

int dict_update(VM& vm, Dict* d, Value src) {
  if (is_dict(src)) return merge_dict(vm, d, as_dict(src));
  return merge_mapping(vm, d, src);
}

Value new_dict_view(VM& vm, Dict* d, IterKind kind) {
  ContainerType ct = kind == IterKind::DictKeys     ? ContainerType::DictKeys
                     : kind == IterKind::DictValues ? ContainerType::DictValues
                                                    : ContainerType::DictItems;
  auto* v = vm.alloc<DictView>(ObjKind::DictView, container_type(vm, ct));
  v->flags = static_cast<uint16_t>(kind);
  v->dict = d;
  return Value::object(v);
}

void init_dict_type(VM& vm) {
  Type* t = vm.types.dict;
  t->constructor = dict_constructor;
  t->slots.repr = dict_repr_slot;
  t->slots.compare = dict_compare;  // no hash: dicts are unhashable
  t->slots.binary = dict_binary;
  t->slots.number_ops = op_bit(BinaryOp::Or);
  t->slots.inplace_ops = op_bit(BinaryOp::Or);
  t->slots.length = dict_length;
  t->slots.getitem = dict_getitem;
  t->slots.setitem = dict_setitem;
  t->slots.contains = dict_contains;
  t->slots.iter = dict_iter;
  add_method(vm, t, "keys", dict_keys);
  add_method(vm, t, "values", dict_values);
  add_method(vm, t, "items", dict_items);
  add_method(vm, t, "get", dict_get_method);
  add_method(vm, t, "setdefault", dict_setdefault);
  add_method(vm, t, "pop", dict_pop);
  add_method(vm, t, "popitem", dict_popitem);
  add_method(vm, t, "update", dict_update_method);
  add_method(vm, t, "clear", dict_clear);
  add_method(vm, t, "copy", dict_copy);
  add_method(vm, t, "__getitem__", dict_dunder_getitem);
  add_method(vm, t, "__contains__", dict_dunder_contains);
  add_method(vm, t, "__reversed__", dict_dunder_reversed);
  add_method(vm, t, "__init__", dict_init);
  add_class_method(vm, t, "fromkeys", dict_fromkeys);
  // A plain function, not a staticmethod: construction of subclasses goes
  // through the type's constructor + __init__ (type.cpp); this is only for
  // explicit calls like list.__new__(cls).
  vm.set_global(t->dict, "__new__", Value::object(vm.new_native("__new__", dict_new)));

  // The view types are created here; iterator.cpp registers them by name.
  auto view_type = [&](const char* name, ContainerType ct, bool set_like) {
    Type* vt = vm.new_type(name, vm.types.object, ObjKind::DictView, nullptr);
    vt->flags &= ~Type::kBaseType;
    init_view_type(vm, vt, set_like);
    inherit_slots(vt);
    if (vm.container_types.size() < static_cast<size_t>(ContainerType::Count)) {
      vm.container_types.resize(static_cast<size_t>(ContainerType::Count), nullptr);
    }
    vm.container_types[static_cast<size_t>(ct)] = vt;
  };
  view_type("dict_keys", ContainerType::DictKeys, true);
  view_type("dict_values", ContainerType::DictValues, false);
  view_type("dict_items", ContainerType::DictItems, true);
}

}  // namespace coil::vm
