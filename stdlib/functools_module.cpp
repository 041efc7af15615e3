// `_functools`: the native parts of functools (stdlib/lib/functools.py), as
// CPython's Modules/_functoolsmodule.c: reduce(), partial and the
// lru_cache wrapper. functools.py subclasses partial and the wrapper, so
// their instances take attributes (update_wrapper) and the wrapper binds as
// a method.
//
// A cache miss on a plain function does not call it from C++: the wrapper's
// ForeignClass::call_inline hands the function to the interpreter, which runs
// it as an ordinary frame and stores the result through finish_call. So a
// cached recursion costs one frame per level, as an uncached one does, and
// reaches the same depth (CPython 3.11's C wrapper also counts against the
// recursion limit, so it stops near depth 500).
#include <algorithm>
#include <string>
#include <vector>

#include "stdlib/stdlib.hpp"
#include "vm/call.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

int nkw_of(Tuple* kwnames) { return kwnames ? static_cast<int>(kwnames->size) : 0; }

// The kwargs separator of cache keys (CPython's kwd_mark) and the classes.
struct FunctoolsState : Extension {
  Value kwd_mark = Value::null();
  Type* partial_type = nullptr;
  Type* lru_type = nullptr;
  void trace(Heap& heap) override {
    heap.mark(kwd_mark);
    heap.mark(partial_type);
    heap.mark(lru_type);
  }
};

FunctoolsState* state(VM& vm) {
  auto it = vm.extensions.find("_functools");
  return it == vm.extensions.end() ? nullptr : static_cast<FunctoolsState*>(it->second.get());
}

// ---------------------------------------------------------------- reduce

// reduce(function, iterable[, initial])
Value functools_reduce(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "reduce", kwnames) || !check_nargs(vm, "reduce", nargs, 2, 3)) {
    return Value::exception();
  }
  RootScope roots(vm);
  Value it = vm.iter(args[1]);
  if (it.is_exception()) {
    if (vm.pending_is(vm.types.TypeError)) {
      vm.pending = Value::null();
      return vm.raise(vm.types.TypeError, "reduce() arg 2 must support iteration");
    }
    return it;
  }
  roots.add(it);
  Value acc = nargs == 3 ? args[2] : Value::null();
  size_t slot = vm.temp_roots.size();
  roots.add(acc);
  for (;;) {
    Value item;
    int r = vm.next(it, item);
    if (r < 0) return Value::exception();
    if (r == 0) break;
    if (acc.is_null()) {
      acc = item;
    } else {
      RootScope item_root(vm);
      item_root.add(item);
      acc = vm.call2(args[0], acc, item);
      if (acc.is_exception()) return acc;
    }
    vm.temp_roots[slot] = acc;
  }
  if (acc.is_null()) {
    return vm.raise(vm.types.TypeError, "reduce() of empty iterable with no initial value");
  }
  return acc;
}

// ---------------------------------------------------------------- partial

struct PartialObj : Foreign {
  Value fn;
  Value args;  // a tuple
  Value kw;    // a dict
};

void partial_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* p = static_cast<PartialObj*>(self);
  mark_gray(gray, p->fn);
  mark_gray(gray, p->args);
  mark_gray(gray, p->kw);
}

const ForeignClass kPartialClass = {"partial", partial_trace, nullptr};

bool is_partial(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kPartialClass;
}

PartialObj* as_partial(Value v) { return static_cast<PartialObj*>(v.as_obj()); }

// partial(func, /, *args, **keywords); a partial of a partial (without
// attributes of its own) is flattened.
Value partial_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs < 1) return vm.raise(vm.types.TypeError, "type 'partial' takes at least one argument");
  RootScope roots(vm);
  Value fn = args[0];
  Tuple* inner_args = nullptr;
  Dict* inner_kw = nullptr;
  if (is_partial(fn) && !instance_dict(vm, fn, false)) {
    inner_args = static_cast<Tuple*>(as_partial(fn)->args.as_obj());
    inner_kw = static_cast<Dict*>(as_partial(fn)->kw.as_obj());
    fn = as_partial(fn)->fn;
  }
  if (!vm.is_callable(fn)) return vm.raise(vm.types.TypeError, "the first argument must be callable");
  uint32_t before = inner_args ? inner_args->size : 0;
  Tuple* all = roots.add(vm.new_tuple(before + static_cast<uint32_t>(nargs - 1)));
  for (uint32_t i = 0; i < before; ++i) all->items[i] = inner_args->items[i];
  for (int i = 1; i < nargs; ++i) all->items[before + i - 1] = args[i];
  Dict* kw = roots.add(vm.new_dict());
  if (inner_kw && dict_update(vm, kw, Value::object(inner_kw)) < 0) return Value::exception();
  for (int k = 0; k < nkw_of(kwnames); ++k) {
    if (dict_set(vm, kw, kwnames->items[k], args[nargs + k]) < 0) return Value::exception();
  }
  auto* p = vm.alloc<PartialObj>(ObjKind::Foreign, state(vm)->partial_type);
  p->cls = &kPartialClass;
  p->fn = fn;
  p->args = Value::object(all);
  p->kw = Value::object(kw);
  return Value::object(p);
}

// fn(*args, *call_args, **{**keywords, **call_keywords})
Value partial_call(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames) {
  PartialObj* p = as_partial(self);
  Tuple* pargs = static_cast<Tuple*>(p->args.as_obj());
  Dict* pkw = static_cast<Dict*>(p->kw.as_obj());
  int nkw = nkw_of(kwnames);
  if (pkw->table.used == 0) {
    if (pargs->size == 0) return vm.call(p->fn, args, nargs, kwnames);
    std::vector<Value> all(pargs->items, pargs->items + pargs->size);
    all.insert(all.end(), args, args + nargs + nkw);
    RootScope roots(vm);
    roots.add(self);
    return vm.call(p->fn, all.data(), static_cast<int>(pargs->size) + nargs, kwnames);
  }
  RootScope roots(vm);
  roots.add(self);
  Dict* kw = roots.add(vm.new_dict());
  if (dict_update(vm, kw, p->kw) < 0) return Value::exception();
  for (int k = 0; k < nkw; ++k) {
    if (dict_set(vm, kw, kwnames->items[k], args[nargs + k]) < 0) return Value::exception();
  }
  std::vector<Value> all(pargs->items, pargs->items + pargs->size);
  all.insert(all.end(), args, args + nargs);
  int npos = static_cast<int>(all.size());
  Tuple* names = roots.add(vm.new_tuple(kw->table.used));
  uint32_t i = 0;
  for (const auto& e : kw->table.entries) {
    if (e.key.is_null()) continue;
    names->items[i++] = e.key;
    all.push_back(e.value);
  }
  return vm.call(p->fn, all.data(), npos, names);
}

// functools.partial(<built-in function max>, 1, x=2)
Value partial_repr(VM& vm, Value self) {
  PartialObj* p = as_partial(self);
  if (!repr_enter(vm, p)) return vm.str_value("...");
  struct Leave {
    VM& vm;
    Obj* o;
    ~Leave() { repr_leave(vm, o); }
  } leave{vm, p};
  RootScope roots(vm);
  Type* t = vm.type_of(self);
  // CPython prints tp_name: "functools.partial" for its C type, the bare
  // name for a subclass.
  std::string s;
  if (t->module.is_obj() && is_str(t->module) && as_str(t->module)->view() == "functools") {
    s += "functools.";
  }
  s += t->name->view();
  s += "(";
  Value r = vm.repr(p->fn);
  if (r.is_exception()) return r;
  s += as_str(r)->view();
  Tuple* pargs = static_cast<Tuple*>(p->args.as_obj());
  for (uint32_t i = 0; i < pargs->size; ++i) {
    Value a = vm.repr(pargs->items[i]);
    if (a.is_exception()) return a;
    s += ", ";
    s += as_str(a)->view();
  }
  Dict* kw = roots.add(static_cast<Dict*>(p->kw.as_obj()));
  for (size_t i = 0; i < kw->table.entries.size(); ++i) {
    HashTable::Entry e = kw->table.entries[i];
    if (e.key.is_null()) continue;
    Value v = vm.repr(e.value);
    if (v.is_exception()) return v;
    Value k = vm.str(e.key);
    if (k.is_exception()) return k;
    s += ", ";
    s += as_str(k)->view();
    s += "=";
    s += as_str(v)->view();
  }
  s += ")";
  return vm.str_value(s);
}

Value partial_getattr(VM& vm, Value self, Str* name) {
  PartialObj* p = as_partial(self);
  std::string_view n = name->view();
  if (n == "func") return p->fn;
  if (n == "args") return p->args;
  if (n == "keywords") return p->kw;
  return generic_getattr(vm, self, name, true);
}

int partial_setattr(VM& vm, Value self, Str* name, Value value) {
  std::string_view n = name->view();
  if (n == "func" || n == "args" || n == "keywords") {
    vm.raise(vm.types.AttributeError, "readonly attribute");
    return -1;
  }
  return generic_setattr(vm, self, name, value);
}

// ---------------------------------------------------------------- lru_cache

struct LruObj : Foreign {
  Value fn;
  Value cache;      // a dict; insertion order is the recency order when bounded
  Value info_type;  // _CacheInfo
  Value kwd_mark;
  int64_t maxsize;  // -1: unbounded
  bool typed;
  int64_t hits, misses;
  // Entries of the cache before this index are all deleted ones (holes),
  // so evicting the least recent entry need not walk them again. Only
  // this file changes the cache; a resize compacts the entries (then 0).
  size_t oldest;
};

void lru_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* w = static_cast<LruObj*>(self);
  mark_gray(gray, w->fn);
  mark_gray(gray, w->cache);
  mark_gray(gray, w->info_type);
  mark_gray(gray, w->kwd_mark);
}

int lru_call_inline(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames, Value& out,
                    Value& token);
Value lru_finish(VM& vm, Value self, Value token, Value result);

const ForeignClass kLruClass = {"_lru_cache_wrapper", lru_trace, nullptr, lru_call_inline, lru_finish};

bool is_lru(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kLruClass;
}

LruObj* as_lru(Value v) { return static_cast<LruObj*>(v.as_obj()); }
Dict* cache_of(LruObj* w) { return static_cast<Dict*>(w->cache.as_obj()); }

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
Value lru_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[4];
  if (!parse_args(vm, "_lru_cache_wrapper", args, nargs, kwnames,
                  {"user_function", "maxsize", "typed", "cache_info_type"}, 4, p)) {
    return Value::exception();
  }
  if (!vm.is_callable(p[0])) return vm.raise(vm.types.TypeError, "the first argument must be callable");
  int64_t maxsize = -1;
  if (!p[1].is_none()) {
    if (!is_int_value(p[1])) return vm.raise(vm.types.TypeError, "maxsize should be integer or None");
    if (!vm.index_value(p[1], maxsize, true)) return Value::exception();
    if (maxsize < 0) maxsize = 0;
  }
  int typed = vm.truthy(p[2]);
  if (typed < 0) return Value::exception();
  RootScope roots(vm);
  Dict* cache = roots.add(vm.new_dict());
  auto* w = vm.alloc<LruObj>(ObjKind::Foreign, state(vm)->lru_type);
  w->cls = &kLruClass;
  w->fn = p[0];
  w->cache = Value::object(cache);
  w->info_type = p[3];
  w->kwd_mark = state(vm)->kwd_mark;
  w->maxsize = maxsize;
  w->typed = typed;
  w->hits = w->misses = 0;
  w->oldest = 0;
  return Value::object(w);
}

// Stores into the cache, noticing when the table compacted its entries.
int cache_set(VM& vm, LruObj* w, Value key, int64_t hash, Value value) {
  HashTable& table = cache_of(w)->table;
  const int32_t* before = table.index.data();
  int r = table_set(vm, table, key, hash, value);
  if (table.index.data() != before) w->oldest = 0;
  return r;
}

// Drops the least recently used entry (the first live one).
int evict_oldest(VM& vm, LruObj* w) {
  HashTable& table = cache_of(w)->table;
  size_t i = std::min(w->oldest, table.entries.size());
  while (i < table.entries.size() && table.entries[i].key.is_null()) ++i;
  if (i == table.entries.size()) return 0;
  RootScope roots(vm);
  Value key = roots.add(table.entries[i].key);
  w->oldest = i + 1;
  return table_remove(vm, table, key, table.entries[i].hash, nullptr) < 0 ? -1 : 0;
}

// CPython's lru_cache_make_key: the single argument itself when it is an
// exact int or str, else the arguments' tuple, extended by the keyword
// items after a marker and, when typed, by the arguments' types.
Value make_key(VM& vm, LruObj* w, Value* args, int nargs, Tuple* kwnames) {
  int nkw = nkw_of(kwnames);
  if (!w->typed && nkw == 0) {
    if (nargs == 1) {
      Value a = args[0];
      Type* t = vm.type_of(a);
      if (t == vm.types.int_ || t == vm.types.str) return a;
    }
    Tuple* key = vm.new_tuple(static_cast<uint32_t>(nargs));
    for (int i = 0; i < nargs; ++i) key->items[i] = args[i];
    return Value::object(key);
  }
  std::vector<Value> parts(args, args + nargs);
  if (nkw) {
    parts.push_back(w->kwd_mark);
    for (int k = 0; k < nkw; ++k) {
      parts.push_back(kwnames->items[k]);
      parts.push_back(args[nargs + k]);
    }
  }
  if (w->typed) {
    for (int i = 0; i < nargs + nkw; ++i) parts.push_back(Value::object(vm.type_of(args[i])));
  }
  Tuple* key = vm.new_tuple(static_cast<uint32_t>(parts.size()));
  for (size_t i = 0; i < parts.size(); ++i) key->items[i] = parts[i];
  return Value::object(key);
}

// A hit (1, the cached value in out; a bounded cache marks it most
// recent), a miss (0: `out` is the function to call, token the key; the
// null token means nothing is stored), or -1.
int lru_call_inline(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames, Value& out,
                    Value& token) {
  LruObj* w = as_lru(self);
  RootScope roots(vm);
  roots.add(self);
  Value fn = w->fn;
  bool plain = fn.is_obj() && fn.as_obj()->kind == ObjKind::Function &&
               !is_generator_code(static_cast<Function*>(fn.as_obj())->code);
  Value key = Value::null();
  if (w->maxsize == 0) {
    ++w->misses;
  } else {
    key = roots.add(make_key(vm, w, args, nargs, kwnames));
    int64_t hash;
    if (!vm.hash(key, hash)) return -1;
    Dict* cache = cache_of(w);
    int64_t at = table_find(vm, cache->table, key, hash);
    if (at == -2) return -1;
    if (at >= 0) {
      Value value = cache->table.entries[at].value;
      ++w->hits;
      if (w->maxsize > 0) {
        Value stored = roots.add(cache->table.entries[at].key);
        roots.add(value);
        if (table_remove(vm, cache->table, stored, hash, nullptr) < 0 ||
            cache_set(vm, w, stored, hash, value) < 0) {
          return -1;
        }
      }
      out = value;
      return 1;
    }
    ++w->misses;
  }
  if (plain) {
    out = fn;
    token = key;
    return 0;
  }
  Value result = vm.call(fn, args, nargs, kwnames);
  if (result.is_exception()) return -1;
  out = lru_finish(vm, self, key, result);
  return out.is_exception() ? -1 : 1;
}

// Stores a miss's result under its key; a bounded cache that is full
// forgets its least recently used entry first.
Value lru_finish(VM& vm, Value self, Value key, Value result) {
  if (key.is_null()) return result;
  LruObj* w = as_lru(self);
  RootScope roots(vm);
  roots.add(self);
  roots.add(key);
  roots.add(result);
  int64_t hash;
  if (!vm.hash(key, hash)) return Value::exception();
  HashTable& table = cache_of(w)->table;
  if (w->maxsize > 0) {
    int64_t at = table_find(vm, table, key, hash);
    if (at == -2) return Value::exception();
    if (at >= 0) return result;  // stored meanwhile, by a recursive call
    if (static_cast<int64_t>(table.used) >= w->maxsize && evict_oldest(vm, w) < 0) {
      return Value::exception();
    }
  }
  if (cache_set(vm, w, key, hash, result) < 0) return Value::exception();
  return result;
}

Value lru_call(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames) {
  Value out, token = Value::null();
  int r = lru_call_inline(vm, self, args, nargs, kwnames, out, token);
  if (r < 0) return Value::exception();
  if (r == 1) return out;
  RootScope roots(vm);
  roots.add(self);
  roots.add(token);
  Value result = vm.call(out, args, nargs, kwnames);
  if (result.is_exception()) return result;
  return lru_finish(vm, self, token, result);
}

bool lru_self(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* method, int max) {
  if (!no_kwargs(vm, method, kwnames)) return false;
  if (nargs < 1 || !is_lru(args[0])) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a '_lru_cache_wrapper' object", method);
    return false;
  }
  return check_nargs(vm, method, nargs - 1, 0, max);
}

Value lru_cache_info(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!lru_self(vm, args, nargs, kwnames, "cache_info", 0)) return Value::exception();
  LruObj* w = as_lru(args[0]);
  Value info[4] = {vm.make_int(w->hits), vm.make_int(w->misses),
                   w->maxsize < 0 ? Value::none() : vm.make_int(w->maxsize),
                   vm.make_int(cache_of(w)->table.used)};
  return vm.call(w->info_type, info, 4);
}

Value lru_cache_clear(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!lru_self(vm, args, nargs, kwnames, "cache_clear", 0)) return Value::exception();
  LruObj* w = as_lru(args[0]);
  table_clear(cache_of(w)->table);
  w->hits = w->misses = 0;
  w->oldest = 0;
  return Value::none();
}

// __get__(obj, type=None): bound to instances, so it decorates methods.
Value lru_get(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!lru_self(vm, args, nargs, kwnames, "__get__", 2)) return Value::exception();
  if (nargs < 2 || args[1].is_none()) return args[0];
  auto* m = vm.alloc<BoundMethod>(ObjKind::BoundMethod, vm.types.method);
  m->self = args[1];
  m->func = args[0];
  return Value::object(m);
}

Value lru_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!lru_self(vm, args, nargs, kwnames, "__copy__", 1)) return Value::exception();
  return args[0];
}

}  // namespace

Module* init_functools_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_functools")));
  auto st = std::make_unique<FunctoolsState>();
  FunctoolsState* s = st.get();
  vm.extensions["_functools"] = std::move(st);
  s->kwd_mark = Value::object(new_instance(vm, vm.types.object));

  Type* pt = vm.new_type("partial", vm.types.object, ObjKind::Foreign, partial_new);
  pt->module = Value::object(vm.intern("functools"));
  pt->slots.call = partial_call;
  pt->slots.repr = partial_repr;
  pt->slots.getattr = partial_getattr;
  pt->slots.setattr = partial_setattr;
  inherit_slots(pt);
  add_class_getitem(vm, pt);
  s->partial_type = pt;
  vm.set_global(m->dict, "partial", Value::object(pt));

  Type* lt = vm.new_type("_lru_cache_wrapper", vm.types.object, ObjKind::Foreign, lru_new);
  lt->module = Value::object(vm.intern("functools"));
  lt->slots.call = lru_call;
  inherit_slots(lt);
  add_method(vm, lt, "cache_info", lru_cache_info);
  add_method(vm, lt, "cache_clear", lru_cache_clear);
  add_method(vm, lt, "__get__", lru_get);
  add_method(vm, lt, "__copy__", lru_copy);
  add_method(vm, lt, "__deepcopy__", lru_copy);
  s->lru_type = lt;
  vm.set_global(m->dict, "_lru_cache_wrapper", Value::object(lt));

  add_function(vm, m->dict, "reduce", functools_reduce);
  return m;
}

}  // namespace coil::vm
