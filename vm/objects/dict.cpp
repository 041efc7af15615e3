// The insertion-ordered hash table behind dict, namespaces and kwargs.
//
// Entries live in a vector in insertion order; deleted entries leave a hole
// (key null()) until the next resize compacts them. `index` is an
// open-addressing table of entry positions probed the way CPython's dict
// probes (perturbed), so lookups stay short even with poor hashes.
#include "vm/objects/dict.hpp"

#include <cstring>

namespace coil::vm {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;

// Keys equal for dict purposes: identical, equal strs, or __eq__ says so.
int keys_equal(VM& vm, Value a, Value b) {
  if (a.is(b)) return 1;
  // (A str subclass may define its own __eq__.)
  if (a.is_obj() && b.is_obj() && a.as_obj()->kind == ObjKind::Str &&
      b.as_obj()->kind == ObjKind::Str && a.as_obj()->type == b.as_obj()->type &&
      a.as_obj()->type == vm.types.str) {
    auto* x = static_cast<Str*>(a.as_obj());
    auto* y = static_cast<Str*>(b.as_obj());
    return x->size == y->size && std::memcmp(x->data, y->data, x->size) == 0;
  }
  return vm.eq(a, b);
}

void rebuild_index(HashTable& t, size_t min_slots) {
  size_t n = 8;
  while (n < min_slots) n <<= 1;
  // The new index is allocated before anything changes, so running out of
  // memory (std::bad_alloc) leaves the table as it was.
  std::vector<int32_t> index(n, kEmpty);
  t.index.swap(index);
  // Compact the entries, dropping deleted ones.
  size_t live = 0;
  for (size_t i = 0; i < t.entries.size(); ++i) {
    if (!t.entries[i].key.is_null()) t.entries[live++] = t.entries[i];
  }
  t.entries.resize(live);
  t.fill = static_cast<uint32_t>(live);
  size_t mask = n - 1;
  for (size_t i = 0; i < live; ++i) {
    uint64_t perturb = static_cast<uint64_t>(t.entries[i].hash);
    size_t slot = static_cast<size_t>(perturb) & mask;
    while (t.index[slot] != kEmpty) {
      perturb >>= 5;
      slot = (slot * 5 + perturb + 1) & mask;
    }
    t.index[slot] = static_cast<int32_t>(i);
  }
}

// Finds the index slot for key: the slot holding it, or else the first free
// slot on its probe sequence (returned in *free_slot). -2 on error.
int64_t probe(VM& vm, const HashTable& t, Value key, int64_t hash, size_t* free_slot) {
  if (t.index.empty()) {
    if (free_slot) *free_slot = SIZE_MAX;
    return -1;
  }
  size_t mask = t.index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t slot = static_cast<size_t>(perturb) & mask;
  size_t first_free = SIZE_MAX;
  for (;;) {
    int32_t ix = t.index[slot];
    if (ix == kEmpty) {
      if (free_slot) *free_slot = first_free != SIZE_MAX ? first_free : slot;
      return -1;
    }
    if (ix == kDeleted) {
      if (first_free == SIZE_MAX) first_free = slot;
    } else {
      const HashTable::Entry& e = t.entries[ix];
      if (e.hash == hash) {
        int r = keys_equal(vm, e.key, key);
        if (r < 0) return -2;
        if (r) return slot;
      }
    }
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
}

}  // namespace

int64_t table_find(VM& vm, const HashTable& t, Value key, int64_t hash) {
  int64_t slot = probe(vm, t, key, hash, nullptr);
  if (slot < 0) return slot;
  return t.index[slot];
}

int64_t table_find_str(const HashTable& t, Str* key) {
  if (t.index.empty()) return -1;
  int64_t hash = str_hash(key);
  if (!(t.bloom & (uint64_t{1} << (static_cast<uint64_t>(hash) & 63)))) return -1;
  size_t mask = t.index.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t slot = static_cast<size_t>(perturb) & mask;
  for (;;) {
    int32_t ix = t.index[slot];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const HashTable::Entry& e = t.entries[ix];
      if (e.key.is(Value::object(key))) return ix;
      if (e.hash == hash && e.key.is_obj() && e.key.as_obj()->kind == ObjKind::Str) {
        auto* s = static_cast<Str*>(e.key.as_obj());
        if (s->size == key->size && std::memcmp(s->data, key->data, s->size) == 0) return ix;
      }
    }
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
}

int table_set(VM& vm, HashTable& t, Value key, int64_t hash, Value value) {
  size_t free_slot;
  int64_t slot = probe(vm, t, key, hash, &free_slot);
  if (slot == -2) return -1;
  if (slot >= 0) {
    t.entries[t.index[slot]].value = value;
    return 0;
  }
  // Keep the index at most 2/3 full, counting deletion marks, as CPython
  // does; and the entries (holes included) as short.
  size_t load = t.fill > t.entries.size() ? t.fill : t.entries.size();
  if (free_slot == SIZE_MAX || (load + 1) * 3 >= t.index.size() * 2) {
    vm.heap.charge_external((t.used + 1) * 3 * 2 * sizeof(int32_t));
    rebuild_index(t, (t.used + 1) * 3);
    probe(vm, t, key, hash, &free_slot);  // cannot find it: only locates a free slot
  }
  // The entry first: if growing the entries fails, the index is untouched.
  vm.heap.push_counted(t.entries, HashTable::Entry{key, value, hash});
  if (t.index[free_slot] == kEmpty) ++t.fill;
  t.index[free_slot] = static_cast<int32_t>(t.entries.size() - 1);
  t.bloom |= uint64_t{1} << (static_cast<uint64_t>(hash) & 63);
  ++t.used;
  ++t.version;
  return 0;
}

int table_remove(VM& vm, HashTable& t, Value key, int64_t hash, Value* removed) {
  int64_t slot = probe(vm, t, key, hash, nullptr);
  if (slot == -2) return -1;
  if (slot < 0) return 0;
  HashTable::Entry& e = t.entries[t.index[slot]];
  if (removed) *removed = e.value;
  e.key = Value::null();
  e.value = Value::null();
  t.index[slot] = kDeleted;
  --t.used;
  ++t.version;
  // Trailing holes can go at once, keeping popitem() and appends cheap.
  while (!t.entries.empty() && t.entries.back().key.is_null() &&
         t.entries.size() > t.used) {
    t.entries.pop_back();
    // The index still points at deleted slots only, never at popped entries.
  }
  return 1;
}

void table_clear(HashTable& t) {
  t.entries.clear();
  t.index.clear();
  t.used = 0;
  t.fill = 0;
  ++t.version;
}

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  // FNV-1a over the UTF-8 bytes, then mixed; CPython's str hashes are
  // randomised per process, so no program can depend on the values.
  uint64_t h = 1469598103934665603ull;
  for (uint32_t i = 0; i < s->size; ++i) {
    h ^= static_cast<unsigned char>(s->data[i]);
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  int64_t r = static_cast<int64_t>(h >> 1);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

Value dict_get(VM& vm, Dict* d, Value key) {
  int64_t hash;
  if (!vm.hash(key, hash)) return Value::exception();
  int64_t ix = table_find(vm, d->table, key, hash);
  if (ix == -2) return Value::exception();
  if (ix < 0) return Value::null();
  return d->table.entries[ix].value;
}

int dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t hash;
  if (!vm.hash(key, hash)) return -1;
  return table_set(vm, d->table, key, hash, value);
}

int dict_del(VM& vm, Dict* d, Value key) {
  int64_t hash;
  if (!vm.hash(key, hash)) return -1;
  return table_remove(vm, d->table, key, hash, nullptr);
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t ix = table_find_str(d->table, key);
  return ix < 0 ? Value::null() : d->table.entries[ix].value;
}

void dict_set_str(VM& vm, Dict* d, Str* key, Value value) {
  int64_t ix = table_find_str(d->table, key);
  if (ix >= 0) {
    d->table.entries[ix].value = value;
    return;
  }
  table_set(vm, d->table, Value::object(key), str_hash(key), value);
}

int64_t dict_size(const Dict* d) { return d->table.used; }

}  // namespace coil::vm
