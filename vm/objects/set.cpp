// set and frozenset. The table replicates CPython 3.11's Objects/setobject.c
// (linear probes of 9, then perturbed probing; resize at 60% fill to 4x the
// used count; dummies for deletions; the same algorithms for the operators),
// so iteration order -- e.g. print({100, 5, 37, -1}) -- matches CPython.
#include <cstring>
#include <string>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr size_t kMinSize = 8;

Set* as_set(Value v) { return static_cast<Set*>(v.as_obj()); }
bool is_any_set(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Set; }
bool is_exact_dict(VM& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.types.dict; }

// An empty table stands for CPython's 8-slot smalltable.
size_t table_mask(const SetTable& t) { return t.slots.empty() ? kMinSize - 1 : t.slots.size() - 1; }
void ensure_table(SetTable& t) {
  if (t.slots.empty()) t.slots.assign(kMinSize, SetTable::Slot{});
}
bool slot_active(const SetTable::Slot& s) { return !s.key.is_null() && !s.key.is(Value::dummy()); }

// Hash with the fast path for small ints (their hash is the value, -1 -> -2).
bool hash_of(VM& vm, Value key, int64_t& h) {
  if (key.is_int()) {
    h = key.as_int();
    if (h == -1) h = -2;
    return true;
  }
  return vm.hash(key, h);
}

// Keys equal for set purposes: 1, 0, -1 on error.
int keys_equal(VM& vm, Value a, Value b) {
  if (a.is(b)) return 1;
  if (a.is_int() && b.is_int()) return 0;
  if (is_str(a) && is_str(b) && a.as_obj()->type == vm.types.str &&
      b.as_obj()->type == vm.types.str) {
    Str* x = as_str(a);
    Str* y = as_str(b);
    return x->size == y->size && std::memcmp(x->data, y->data, x->size) == 0;
  }
  return vm.eq(a, b);
}

Value raise_key_error(VM& vm, Value key) {
  return vm.raise_value(vm.new_exception_args(vm.types.KeyError, vm.tuple_of({key})));
}

// set_insert_clean: into a table with no dummies and no equal key.
void insert_clean(std::vector<SetTable::Slot>& slots, size_t mask, Value key, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    if (slots[i].key.is_null()) break;
    if (i + kLinearProbes <= mask) {
      size_t j = 0;
      for (; j < kLinearProbes; ++j) {
        if (slots[i + j + 1].key.is_null()) break;
      }
      if (j < kLinearProbes) {
        i = i + j + 1;
        break;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  slots[i].key = key;
  slots[i].hash = hash;
}

void table_resize(SetTable& t, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  // Allocated before the old slots are let go, so running out of memory
  // leaves the set as it was.
  std::vector<SetTable::Slot> old(newsize, SetTable::Slot{});
  old.swap(t.slots);
  size_t mask = newsize - 1;
  for (const auto& s : old) {
    if (slot_active(s)) insert_clean(t.slots, mask, s.key, s.hash);
  }
  t.fill = t.used;
  ++t.version;
}

// set_lookkey: the slot index holding key, -1 when absent, -2 on error.
int64_t lookkey(VM& vm, Set* so, Value key, int64_t hash) {
restart:
  SetTable& t = so->table;
  if (t.slots.empty()) return -1;
  size_t mask = t.slots.size() - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t e = i;
    for (;;) {
      const SetTable::Slot& s = t.slots[e];
      if (s.key.is_null()) return -1;
      if (s.hash == hash && !s.key.is(Value::dummy())) {
        Value start = s.key;
        if (start.is(key)) return static_cast<int64_t>(e);
        const SetTable::Slot* data = t.slots.data();
        size_t size = t.slots.size();
        int cmp = keys_equal(vm, start, key);
        if (cmp < 0) return -2;
        // A user __eq__ may have changed the table: start over.
        if (t.slots.data() != data || t.slots.size() != size || !t.slots[e].key.is(start)) {
          goto restart;
        }
        if (cmp > 0) return static_cast<int64_t>(e);
      }
      if (probes == 0) break;
      --probes;
      ++e;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_add_entry: 0, or -1 on error. A new key takes the last dummy slot seen
// on its probe sequence (observed behaviour of CPython 3.11, checked against
// its tables), else the never-used slot ending the sequence.
int add_entry(VM& vm, Set* so, Value key, int64_t hash) {
restart:
  SetTable& t = so->table;
  ensure_table(t);
  size_t mask = t.slots.size() - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  int64_t freeslot = -1;
  size_t found;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t e = i;
    for (;;) {
      const SetTable::Slot& s = t.slots[e];
      if (s.key.is_null()) {
        found = e;
        goto found_unused_or_dummy;
      }
      if (s.hash == hash && !s.key.is(Value::dummy())) {
        Value start = s.key;
        if (start.is(key)) return 0;
        const SetTable::Slot* data = t.slots.data();
        size_t size = t.slots.size();
        int cmp = keys_equal(vm, start, key);
        if (cmp > 0) return 0;
        if (cmp < 0) return -1;
        // A user __eq__ may have changed the table: start over.
        if (t.slots.data() != data || t.slots.size() != size || !t.slots[e].key.is(start)) {
          goto restart;
        }
      } else if (s.key.is(Value::dummy())) {
        freeslot = static_cast<int64_t>(e);  // the last dummy seen (as CPython 3.11 behaves)
      }
      if (probes == 0) break;
      --probes;
      ++e;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  ++t.version;
  if (freeslot >= 0) {
    ++t.used;
    t.slots[freeslot].key = key;
    t.slots[freeslot].hash = hash;
    return 0;
  }
  ++t.fill;
  ++t.used;
  t.slots[found].key = key;
  t.slots[found].hash = hash;
  if (t.fill * 5 < mask * 3) return 0;
  // Counted towards the memory limit first: failing leaves the set valid.
  vm.heap.charge_external((t.used > 50000 ? t.used * 2 : t.used * 4) * 2 * sizeof(SetTable::Slot));
  table_resize(t, t.used > 50000 ? t.used * 2 : t.used * 4);
  return 0;
}

int add_key(VM& vm, Set* so, Value key) {
  int64_t h;
  if (!hash_of(vm, key, h)) return -1;
  return add_entry(vm, so, key, h);
}

int contains_entry(VM& vm, Set* so, Value key, int64_t hash) {
  int64_t r = lookkey(vm, so, key, hash);
  return r == -2 ? -1 : r >= 0;
}

// set_discard_entry: 1 removed, 0 absent, -1 error.
int discard_entry(VM& vm, Set* so, Value key, int64_t hash) {
  int64_t r = lookkey(vm, so, key, hash);
  if (r == -2) return -1;
  if (r < 0) return 0;
  SetTable& t = so->table;
  t.slots[r].key = Value::dummy();
  t.slots[r].hash = -1;
  --t.used;
  ++t.version;
  return 1;
}

void clear_table(Set* so) {
  SetTable& t = so->table;
  t.slots.clear();
  t.fill = 0;
  t.used = 0;
  ++t.version;
  so->hash = -1;
}

// Hashes `key` for lookups; a set key is looked up as the equal frozenset,
// as CPython does ({1} in {frozenset({1})}). `tmp` receives that frozenset.
bool lookup_hash(VM& vm, Value& key, int64_t& h) {
  if (hash_of(vm, key, h)) return true;
  if (!is_any_set(key) || !vm.pending_is(vm.types.TypeError)) return false;
  vm.pending = Value::null();
  Set* f = vm.new_set(true);
  if (set_update(vm, f, key) < 0) return false;
  key = Value::object(f);
  return hash_of(vm, key, h);
}

// 1, 0, -1 (the frozenset conversion included).
int contains_key(VM& vm, Set* so, Value key) {
  RootScope roots(vm);
  int64_t h;
  if (!lookup_hash(vm, key, h)) return -1;
  roots.add(key);
  return contains_entry(vm, so, key, h);
}

int discard_key(VM& vm, Set* so, Value key) {
  RootScope roots(vm);
  int64_t h;
  if (!lookup_hash(vm, key, h)) return -1;
  roots.add(key);
  return discard_entry(vm, so, key, h);
}

// set_merge: adds every key of another set.
int merge(VM& vm, Set* so, Set* other) {
  SetTable& t = so->table;
  SetTable& o = other->table;
  if (so == other || o.used == 0) return 0;
  if ((t.fill + o.used) * 5 >= table_mask(t) * 3) table_resize(t, (t.used + o.used) * 2);
  ensure_table(t);
  // Empty and same size with no dummies: copy the slots as they are.
  if (t.fill == 0 && t.slots.size() == o.slots.size() && o.fill == o.used) {
    t.slots = o.slots;
    t.fill = o.fill;
    t.used = o.used;
    ++t.version;
    return 0;
  }
  if (t.fill == 0) {
    size_t mask = t.slots.size() - 1;
    t.fill = o.used;
    t.used = o.used;
    for (const auto& s : o.slots) {
      if (slot_active(s)) insert_clean(t.slots, mask, s.key, s.hash);
    }
    ++t.version;
    return 0;
  }
  // Possible duplicates: normal insertions (which may run __eq__).
  RootScope roots(vm);
  roots.add(other);
  for (size_t i = 0; i < o.slots.size(); ++i) {
    SetTable::Slot s = o.slots[i];
    if (slot_active(s) && add_entry(vm, so, s.key, s.hash) < 0) return -1;
  }
  return 0;
}

// set_update_internal.
int update_internal(VM& vm, Set* so, Value other) {
  if (is_any_set(other)) return merge(vm, so, as_set(other));
  RootScope roots(vm);
  roots.add(so);
  roots.add(other);
  if (is_exact_dict(vm, other)) {
    HashTable& d = static_cast<Dict*>(other.as_obj())->table;
    SetTable& t = so->table;
    if ((t.fill + d.used) * 5 >= table_mask(t) * 3) table_resize(t, (t.used + d.used) * 2);
    for (size_t i = 0; i < d.entries.size(); ++i) {
      HashTable::Entry e = d.entries[i];
      if (e.key.is_null()) continue;
      if (add_entry(vm, so, e.key, e.hash) < 0) return -1;
    }
    return 0;
  }
  if (other.is_obj() && other.as_obj()->kind == ObjKind::List) {
    auto& items = static_cast<List*>(other.as_obj())->items;
    for (size_t i = 0; i < items.size(); ++i) {
      if (add_key(vm, so, items[i]) < 0) return -1;
    }
    return 0;
  }
  Value it = vm.iter(other);
  if (it.is_exception()) return -1;
  roots.add(it);
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r <= 0) return r;
    RootScope item_root(vm);
    item_root.add(x);
    if (add_key(vm, so, x) < 0) return -1;
  }
}

// make_new_set_basetype: results of operations on subclasses are plain
// sets / frozensets.
Set* new_basetype_set(VM& vm, Set* like) {
  return vm.new_set(vm.is_subtype(like->type, vm.types.frozenset));
}

Set* copy_set(VM& vm, Set* so) {
  Set* r = new_basetype_set(vm, so);
  merge(vm, r, so);  // cannot fail: no comparisons into an empty set
  return r;
}

// set_intersection. Null on error.
Set* intersection(VM& vm, Set* so, Value other) {
  if (other.is(Value::object(so))) return copy_set(vm, so);
  RootScope roots(vm);
  Set* result = roots.add(new_basetype_set(vm, so));
  if (is_any_set(other)) {
    Set* a = so;
    Set* b = as_set(other);
    if (b->table.used > a->table.used) std::swap(a, b);
    // Iterate the smaller (b), look up in the larger (a).
    for (size_t i = 0; i < b->table.slots.size(); ++i) {
      SetTable::Slot s = b->table.slots[i];
      if (!slot_active(s)) continue;
      int rv = contains_entry(vm, a, s.key, s.hash);
      if (rv < 0) return nullptr;
      if (rv && add_entry(vm, result, s.key, s.hash) < 0) return nullptr;
    }
    return result;
  }
  Value it = vm.iter(other);
  if (it.is_exception()) return nullptr;
  roots.add(it);
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return nullptr;
    if (r == 0) break;
    RootScope item_root(vm);
    item_root.add(x);
    int64_t h;
    if (!hash_of(vm, x, h)) return nullptr;
    int rv = contains_entry(vm, so, x, h);
    if (rv < 0) return nullptr;
    if (rv) {
      if (add_entry(vm, result, x, h) < 0) return nullptr;
      if (result->table.used >= so->table.used) break;
    }
  }
  return result;
}

int difference_update_internal(VM& vm, Set* so, Value other) {
  if (other.is(Value::object(so))) {
    clear_table(so);
    return 0;
  }
  RootScope roots(vm);
  if (is_any_set(other)) {
    Set* o = as_set(other);
    // When the other set is much larger, only the common part matters.
    if ((o->table.used >> 3) > so->table.used) {
      o = intersection(vm, so, other);
      if (!o) return -1;
    }
    roots.add(o);
    for (size_t i = 0; i < o->table.slots.size(); ++i) {
      SetTable::Slot s = o->table.slots[i];
      if (slot_active(s) && discard_entry(vm, so, s.key, s.hash) < 0) return -1;
    }
  } else {
    Value it = vm.iter(other);
    if (it.is_exception()) return -1;
    roots.add(it);
    for (;;) {
      Value x;
      int r = vm.next(it, x);
      if (r < 0) return -1;
      if (r == 0) break;
      RootScope item_root(vm);
      item_root.add(x);
      if (discard_key(vm, so, x) < 0) return -1;
    }
  }
  // More than 1/4 dummies: resize them away.
  SetTable& t = so->table;
  if (t.fill - t.used <= table_mask(t) / 4) return 0;
  table_resize(t, t.used > 50000 ? t.used * 2 : t.used * 4);
  return 0;
}

Set* copy_and_difference(VM& vm, Set* so, Value other) {
  RootScope roots(vm);
  Set* r = roots.add(copy_set(vm, so));
  if (difference_update_internal(vm, r, other) < 0) return nullptr;
  return r;
}

// set_difference. Null on error.
Set* difference(VM& vm, Set* so, Value other) {
  size_t other_size;
  if (is_any_set(other)) {
    other_size = as_set(other)->table.used;
  } else if (is_exact_dict(vm, other)) {
    other_size = static_cast<Dict*>(other.as_obj())->table.used;
  } else {
    return copy_and_difference(vm, so, other);
  }
  if ((so->table.used >> 2) > other_size) return copy_and_difference(vm, so, other);
  RootScope roots(vm);
  Set* result = roots.add(new_basetype_set(vm, so));
  for (size_t i = 0; i < so->table.slots.size(); ++i) {
    SetTable::Slot s = so->table.slots[i];
    if (!slot_active(s)) continue;
    int rv;
    if (is_any_set(other)) {
      rv = contains_entry(vm, as_set(other), s.key, s.hash);
    } else {
      int64_t ix = table_find(vm, static_cast<Dict*>(other.as_obj())->table, s.key, s.hash);
      rv = ix == -2 ? -1 : ix >= 0;
    }
    if (rv < 0) return nullptr;
    if (!rv && add_entry(vm, result, s.key, s.hash) < 0) return nullptr;
  }
  return result;
}

// set_symmetric_difference_update: 0 or -1.
int symmetric_difference_update(VM& vm, Set* so, Value other) {
  if (other.is(Value::object(so))) {
    clear_table(so);
    return 0;
  }
  RootScope roots(vm);
  roots.add(so);
  if (is_exact_dict(vm, other)) {
    HashTable& d = static_cast<Dict*>(other.as_obj())->table;
    for (size_t i = 0; i < d.entries.size(); ++i) {
      HashTable::Entry e = d.entries[i];
      if (e.key.is_null()) continue;
      int rv = discard_entry(vm, so, e.key, e.hash);
      if (rv < 0) return -1;
      if (rv == 0 && add_entry(vm, so, e.key, e.hash) < 0) return -1;
    }
    return 0;
  }
  Set* o;
  if (is_any_set(other)) {
    o = as_set(other);
  } else {
    o = roots.add(new_basetype_set(vm, so));
    if (update_internal(vm, o, other) < 0) return -1;
  }
  roots.add(o);
  for (size_t i = 0; i < o->table.slots.size(); ++i) {
    SetTable::Slot s = o->table.slots[i];
    if (!slot_active(s)) continue;
    int rv = discard_entry(vm, so, s.key, s.hash);
    if (rv < 0) return -1;
    if (rv == 0 && add_entry(vm, so, s.key, s.hash) < 0) return -1;
  }
  return 0;
}

Set* symmetric_difference(VM& vm, Set* so, Value other) {
  RootScope roots(vm);
  Set* o = roots.add(new_basetype_set(vm, so));
  if (update_internal(vm, o, other) < 0) return nullptr;
  if (symmetric_difference_update(vm, o, Value::object(so)) < 0) return nullptr;
  return o;
}

// set_issubset: 1, 0, -1.
int issubset(VM& vm, Set* so, Value other) {
  if (!is_any_set(other)) {
    Set* tmp = intersection(vm, so, other);
    if (!tmp) return -1;
    return tmp->table.used == so->table.used;
  }
  Set* o = as_set(other);
  if (so->table.used > o->table.used) return 0;
  for (size_t i = 0; i < so->table.slots.size(); ++i) {
    SetTable::Slot s = so->table.slots[i];
    if (!slot_active(s)) continue;
    int rv = contains_entry(vm, o, s.key, s.hash);
    if (rv <= 0) return rv;
  }
  return 1;
}

int issuperset(VM& vm, Set* so, Value other) {
  if (is_any_set(other)) return issubset(vm, as_set(other), Value::object(so));
  RootScope roots(vm);
  Value it = vm.iter(other);
  if (it.is_exception()) return -1;
  roots.add(it);
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r <= 0) return r < 0 ? -1 : 1;
    RootScope item_root(vm);
    item_root.add(x);
    int rv = contains_key(vm, so, x);
    if (rv <= 0) return rv;
  }
}

int isdisjoint(VM& vm, Set* so, Value other) {
  if (other.is(Value::object(so))) return so->table.used == 0;
  if (is_any_set(other)) {
    Set* a = so;
    Set* b = as_set(other);
    if (b->table.used > a->table.used) std::swap(a, b);
    for (size_t i = 0; i < b->table.slots.size(); ++i) {
      SetTable::Slot s = b->table.slots[i];
      if (!slot_active(s)) continue;
      int rv = contains_entry(vm, a, s.key, s.hash);
      if (rv != 0) return rv < 0 ? -1 : 0;
    }
    return 1;
  }
  RootScope roots(vm);
  Value it = vm.iter(other);
  if (it.is_exception()) return -1;
  roots.add(it);
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r <= 0) return r < 0 ? -1 : 1;
    RootScope item_root(vm);
    item_root.add(x);
    int rv = contains_key(vm, so, x);
    if (rv != 0) return rv < 0 ? -1 : 0;
  }
}

// Swaps the contents of two sets (intersection_update builds a new table).
void swap_bodies(Set* a, Set* b) {
  std::swap(a->table.slots, b->table.slots);
  std::swap(a->table.fill, b->table.fill);
  std::swap(a->table.used, b->table.used);
  ++a->table.version;
  ++b->table.version;
  a->hash = -1;
  b->hash = -1;
}

Value set_value(Set* s) { return s ? Value::object(s) : Value::exception(); }
Value bool_or_error(int r) { return r < 0 ? Value::exception() : Value::boolean(r); }

// ---------------------------------------------------------------- slots

Value set_repr_slot(VM& vm, Value self) {
  Set* so = as_set(self);
  const char* tname = so->type->name->data;
  bool exact = so->type == vm.types.set;
  if (!repr_enter(vm, so)) return vm.str_value(std::string(tname) + "(...)");
  if (so->table.used == 0) {
    repr_leave(vm, so);
    return vm.str_value(std::string(tname) + "()");
  }
  // Items are gathered first, so a __repr__ changing the set is harmless.
  RootScope roots(vm);
  List* keys = roots.add(vm.new_list(so->table.used));
  for (const auto& s : so->table.slots) {
    if (slot_active(s)) keys->items.push_back(s.key);
  }
  Value lr = list_repr(vm, keys);
  repr_leave(vm, so);
  if (lr.is_exception()) return lr;
  std::string_view inner = as_str(lr)->view();
  inner = inner.substr(1, inner.size() - 2);
  std::string out;
  if (!exact) {
    out += tname;
    out += "(";
  }
  out += "{";
  out += inner;
  out += "}";
  if (!exact) out += ")";
  return vm.str_value(out);
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

// CPython's frozenset_hash: order-independent over the entry hashes.
bool frozenset_hash(VM& vm, Value self, int64_t& out) {
  Set* so = as_set(self);
  if (!so->frozen()) {
    vm.raise_fmt(vm.types.TypeError, "unhashable type: '%s'", so->type->name->data);
    return false;
  }
  if (so->hash != -1) {
    out = so->hash;
    return true;
  }
  uint64_t hash = 0;
  for (const auto& s : so->table.slots) {
    if (slot_active(s)) hash ^= shuffle_bits(static_cast<uint64_t>(s.hash));
  }
  hash ^= (static_cast<uint64_t>(so->table.used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  so->hash = static_cast<int64_t>(hash);
  out = so->hash;
  return true;
}

Value set_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_any_set(a) || !is_any_set(b)) return vm.not_implemented;
  Set* v = as_set(a);
  Set* w = as_set(b);
  size_t nv = v->table.used, nw = w->table.used;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
      int r;
      if (nv != nw) {
        r = 0;
      } else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) {
        r = 0;
      } else {
        r = issubset(vm, v, b);
        if (r < 0) return Value::exception();
      }
      return Value::boolean(op == CompareOp::Eq ? r : !r);
    }
    case CompareOp::Le:
      return bool_or_error(issubset(vm, v, b));
    case CompareOp::Ge:
      return bool_or_error(issuperset(vm, v, b));
    case CompareOp::Lt:
      if (nv >= nw) return Value::boolean(false);
      return bool_or_error(issubset(vm, v, b));
    case CompareOp::Gt:
      if (nv <= nw) return Value::boolean(false);
      return bool_or_error(issuperset(vm, v, b));
  }
  return vm.not_implemented;
}

Value set_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  if (!is_any_set(a) || !is_any_set(b)) return vm.not_implemented;
  Set* so = as_set(a);
  if (inplace) {
    // Only mutable sets update in place; frozenset falls back to a | b.
    if (so->frozen()) return vm.not_implemented;
    int r;
    switch (op) {
      case BinaryOp::Or: r = update_internal(vm, so, b); break;
      case BinaryOp::Sub: r = difference_update_internal(vm, so, b); break;
      case BinaryOp::Xor: r = symmetric_difference_update(vm, so, b); break;
      case BinaryOp::And: {
        Set* tmp = intersection(vm, so, b);
        if (!tmp) return Value::exception();
        swap_bodies(so, tmp);
        r = 0;
        break;
      }
      default: return vm.not_implemented;
    }
    return r < 0 ? Value::exception() : a;
  }
  switch (op) {
    case BinaryOp::Or: {
      RootScope roots(vm);
      Set* r = roots.add(copy_set(vm, so));
      if (!b.is(a) && update_internal(vm, r, b) < 0) return Value::exception();
      return Value::object(r);
    }
    case BinaryOp::And: return set_value(intersection(vm, so, b));
    case BinaryOp::Sub: return set_value(difference(vm, so, b));
    case BinaryOp::Xor: return set_value(symmetric_difference(vm, so, b));
    default: return vm.not_implemented;
  }
}

bool set_length(VM&, Value self, int64_t& out) {
  out = static_cast<int64_t>(as_set(self)->table.used);
  return true;
}

int set_contains_slot(VM& vm, Value self, Value item) { return contains_key(vm, as_set(self), item); }

Value set_iter(VM& vm, Value self) {
  Iterator* it = new_iterator(vm, IterKind::SetItems, self);
  it->n = static_cast<int64_t>(as_set(self)->table.used);
  it->j = it->n;
  return Value::object(it);
}

// ---------------------------------------------------------------- methods

// The receiver of a method shared by set and frozenset.
bool any_set_self(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs >= 1 && is_any_set(args[0])) return true;
  return check_receiver(vm, args, nargs, vm.types.set, method);
}

Type* self_type(VM& vm, Value* args) {
  return as_set(args[0])->frozen() ? vm.types.frozenset : vm.types.set;
}

// Checks for a method of one argument (add, remove, issubset, ...).
bool one_arg(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* method, bool mutating) {
  if (mutating) return dunder_args(vm, args, nargs, kwnames, vm.types.set, method, 1);
  if (!any_set_self(vm, args, nargs, method)) return false;
  return dunder_args(vm, args, nargs, kwnames, self_type(vm, args), method, 1);
}

bool no_arg(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* method, bool mutating) {
  if (mutating) return dunder_args(vm, args, nargs, kwnames, vm.types.set, method, 0);
  if (!any_set_self(vm, args, nargs, method)) return false;
  return dunder_args(vm, args, nargs, kwnames, self_type(vm, args), method, 0);
}

// For methods taking *others (METH_VARARGS: "set.union() takes no keyword
// arguments" when called as a method).
bool var_args(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* method, bool mutating) {
  if (mutating ? !check_receiver(vm, args, nargs, vm.types.set, method)
               : !any_set_self(vm, args, nargs, method)) {
    return false;
  }
  if (!kwnames || kwnames->size == 0) return true;
  return no_kwargs(vm, std::string(self_type(vm, args)->name->data) + "." + method, kwnames);
}

Value set_add_method(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "add", true)) return Value::exception();
  if (add_key(vm, as_set(args[0]), args[1]) < 0) return Value::exception();
  return Value::none();
}

Value set_discard(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "discard", true)) return Value::exception();
  if (discard_key(vm, as_set(args[0]), args[1]) < 0) return Value::exception();
  return Value::none();
}

Value set_remove(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "remove", true)) return Value::exception();
  int r = discard_key(vm, as_set(args[0]), args[1]);
  if (r < 0) return Value::exception();
  if (r == 0) return raise_key_error(vm, args[1]);
  return Value::none();
}

Value set_pop(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_arg(vm, args, nargs, kwnames, "pop", true)) return Value::exception();
  Set* so = as_set(args[0]);
  SetTable& t = so->table;
  if (t.used == 0) return vm.raise(vm.types.KeyError, "pop from an empty set");
  size_t mask = t.slots.size() - 1;
  size_t i = t.finger & mask;
  while (!slot_active(t.slots[i])) i = (i + 1) & mask;
  Value key = t.slots[i].key;
  t.slots[i].key = Value::dummy();
  t.slots[i].hash = -1;
  --t.used;
  ++t.version;
  t.finger = i + 1;
  return key;
}

Value set_clear(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_arg(vm, args, nargs, kwnames, "clear", true)) return Value::exception();
  clear_table(as_set(args[0]));
  return Value::none();
}

Value set_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_arg(vm, args, nargs, kwnames, "copy", false)) return Value::exception();
  Set* so = as_set(args[0]);
  // An exact frozenset is immutable: copy() is itself.
  if (so->type == vm.types.frozenset) return args[0];
  return Value::object(copy_set(vm, so));
}

Value set_union(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!var_args(vm, args, nargs, kwnames, "union", false)) return Value::exception();
  Set* so = as_set(args[0]);
  RootScope roots(vm);
  Set* r = roots.add(copy_set(vm, so));
  for (int i = 1; i < nargs; ++i) {
    if (args[i].is(args[0])) continue;
    if (update_internal(vm, r, args[i]) < 0) return Value::exception();
  }
  return Value::object(r);
}

// set_intersection_multi.
Set* intersection_multi(VM& vm, Value* args, int nargs) {
  Set* so = as_set(args[0]);
  if (nargs == 1) return copy_set(vm, so);
  RootScope roots(vm);
  Set* result = so;
  for (int i = 1; i < nargs; ++i) {
    result = intersection(vm, result, args[i]);
    if (!result) return nullptr;
    roots.add(result);
  }
  return result;
}

Value set_intersection(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!var_args(vm, args, nargs, kwnames, "intersection", false)) return Value::exception();
  return set_value(intersection_multi(vm, args, nargs));
}

Value set_intersection_update(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!var_args(vm, args, nargs, kwnames, "intersection_update", true)) {
    return Value::exception();
  }
  Set* tmp = intersection_multi(vm, args, nargs);
  if (!tmp) return Value::exception();
  swap_bodies(as_set(args[0]), tmp);
  return Value::none();
}

Value set_difference(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!var_args(vm, args, nargs, kwnames, "difference", false)) return Value::exception();
  Set* so = as_set(args[0]);
  if (nargs == 1) return Value::object(copy_set(vm, so));
  RootScope roots(vm);
  Set* result = difference(vm, so, args[1]);
  if (!result) return Value::exception();
  roots.add(result);
  for (int i = 2; i < nargs; ++i) {
    if (difference_update_internal(vm, result, args[i]) < 0) return Value::exception();
  }
  return Value::object(result);
}

Value set_difference_update(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!var_args(vm, args, nargs, kwnames, "difference_update", true)) return Value::exception();
  for (int i = 1; i < nargs; ++i) {
    if (difference_update_internal(vm, as_set(args[0]), args[i]) < 0) return Value::exception();
  }
  return Value::none();
}

Value set_symmetric_difference(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "symmetric_difference", false)) {
    return Value::exception();
  }
  return set_value(symmetric_difference(vm, as_set(args[0]), args[1]));
}

Value set_symmetric_difference_update(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "symmetric_difference_update", true)) {
    return Value::exception();
  }
  if (symmetric_difference_update(vm, as_set(args[0]), args[1]) < 0) return Value::exception();
  return Value::none();
}

Value set_update_method(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!var_args(vm, args, nargs, kwnames, "update", true)) return Value::exception();
  for (int i = 1; i < nargs; ++i) {
    if (update_internal(vm, as_set(args[0]), args[i]) < 0) return Value::exception();
  }
  return Value::none();
}

Value set_issubset(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "issubset", false)) return Value::exception();
  return bool_or_error(issubset(vm, as_set(args[0]), args[1]));
}

Value set_issuperset(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "issuperset", false)) return Value::exception();
  return bool_or_error(issuperset(vm, as_set(args[0]), args[1]));
}

Value set_isdisjoint(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "isdisjoint", false)) return Value::exception();
  return bool_or_error(isdisjoint(vm, as_set(args[0]), args[1]));
}

Value set_dunder_contains(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!one_arg(vm, args, nargs, kwnames, "__contains__", false)) return Value::exception();
  return bool_or_error(contains_key(vm, as_set(args[0]), args[1]));
}




// ---------------------------------------------------------------- construction

Value set_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "set", kwnames)) return Value::exception();
  if (!check_nargs(vm, "set", nargs, 0, 1)) return Value::exception();
  RootScope roots(vm);
  Set* s = roots.add(vm.new_set());
  if (nargs == 1 && update_internal(vm, s, args[0]) < 0) return Value::exception();
  return Value::object(s);
}

Value frozenset_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "frozenset", kwnames)) return Value::exception();
  if (!check_nargs(vm, "frozenset", nargs, 0, 1)) return Value::exception();
  if (nargs == 1 && args[0].is_obj() && args[0].as_obj()->type == vm.types.frozenset) return args[0];
  RootScope roots(vm);
  Set* s = roots.add(vm.new_set(true));
  if (nargs == 1 && update_internal(vm, s, args[0]) < 0) return Value::exception();
  return Value::object(s);
}

// set.__new__(cls, *args): an empty set of class cls (__init__ fills it).
Value set_new(VM& vm, Value* args, int nargs, Tuple*) {
  Type* cls = new_receiver_type(vm, args, nargs, vm.types.set);
  if (!cls) return Value::exception();
  Set* s = vm.new_set();
  s->type = cls;
  return Value::object(s);
}

Value set_init(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!check_receiver(vm, args, nargs, vm.types.set, "__init__")) return Value::exception();
  if (!no_kwargs(vm, "set", kwnames)) return Value::exception();
  if (!check_nargs(vm, "set", nargs - 1, 0, 1)) return Value::exception();
  Set* s = as_set(args[0]);
  clear_table(s);
  if (nargs == 2 && update_internal(vm, s, args[1]) < 0) return Value::exception();
  return Value::none();
}

// frozenset.__new__(cls, iterable=()): immutable, so filled here.
Value frozenset_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Type* cls = new_receiver_type(vm, args, nargs, vm.types.frozenset);
  if (!cls) return Value::exception();
  if (!no_kwargs(vm, "frozenset", kwnames)) return Value::exception();
  if (!check_nargs(vm, "frozenset", nargs - 1, 0, 1)) return Value::exception();
  RootScope roots(vm);
  Set* s = roots.add(vm.new_set(true));
  s->type = cls;
  if (nargs == 2 && update_internal(vm, s, args[1]) < 0) return Value::exception();
  return Value::object(s);
}

void add_static(VM& vm, Type* t, const char* name, NativeFn fn) {
  auto* sm = vm.alloc<StaticMethod>(ObjKind::StaticMethod, vm.types.staticmethod);
  sm->func = Value::object(vm.new_native(name, fn));
  vm.set_global(t->dict, name, Value::object(sm));
}

}  // namespace

// ---------------------------------------------------------------- public helpers

int set_add(VM& vm, Set* s, Value item) { return add_key(vm, s, item); }

int set_update(VM& vm, Set* s, Value iterable) { return update_internal(vm, s, iterable); }

int set_contains(VM& vm, Set* s, Value item) { return contains_key(vm, s, item); }

void init_set_type(VM& vm) {
  for (Type* t : {vm.types.set, vm.types.frozenset}) {
    bool frozen = t == vm.types.frozenset;
    t->slots.repr = set_repr_slot;
    t->slots.compare = set_compare;
    t->slots.binary = set_binary;
    t->slots.number_ops = op_bit(BinaryOp::Sub) | op_bit(BinaryOp::And) | op_bit(BinaryOp::Or) | op_bit(BinaryOp::Xor);
    if (!frozen) t->slots.inplace_ops = op_bit(BinaryOp::Sub) | op_bit(BinaryOp::And) | op_bit(BinaryOp::Or) | op_bit(BinaryOp::Xor);
    t->slots.length = set_length;
    t->slots.contains = set_contains_slot;
    t->slots.iter = set_iter;
    if (frozen) t->slots.hash = frozenset_hash;  // set: unhashable
    add_method(vm, t, "copy", set_copy);
    add_method(vm, t, "union", set_union);
    add_method(vm, t, "intersection", set_intersection);
    add_method(vm, t, "difference", set_difference);
    add_method(vm, t, "symmetric_difference", set_symmetric_difference);
    add_method(vm, t, "issubset", set_issubset);
    add_method(vm, t, "issuperset", set_issuperset);
    add_method(vm, t, "isdisjoint", set_isdisjoint);
    add_method(vm, t, "__contains__", set_dunder_contains);
  }
  Type* s = vm.types.set;
  s->constructor = set_constructor;
  add_method(vm, s, "add", set_add_method);
  add_method(vm, s, "discard", set_discard);
  add_method(vm, s, "remove", set_remove);
  add_method(vm, s, "pop", set_pop);
  add_method(vm, s, "clear", set_clear);
  add_method(vm, s, "update", set_update_method);
  add_method(vm, s, "intersection_update", set_intersection_update);
  add_method(vm, s, "difference_update", set_difference_update);
  add_method(vm, s, "symmetric_difference_update", set_symmetric_difference_update);
  add_method(vm, s, "__init__", set_init);
  // A plain function, not a staticmethod: construction of subclasses goes
  // through the type's constructor + __init__ (type.cpp); this is only for
  // explicit calls like set.__new__(cls).
  vm.set_global(s->dict, "__new__", Value::object(vm.new_native("__new__", set_new)));
  vm.types.frozenset->constructor = frozenset_constructor;
  add_static(vm, vm.types.frozenset, "__new__", frozenset_new);
}

}  // namespace coil::vm
