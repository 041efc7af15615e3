// dict: the insertion-ordered hash table, and the dict type's methods.
#pragma once

#include "vm/vm.hpp"

namespace coil::vm {

// ---- HashTable (also the storage of globals, attributes and kwargs)

// Index of the entry holding `key`, -1 when absent, -2 on error (exception pending).
int64_t table_find(VM& vm, const HashTable& t, Value key, int64_t hash);
// Inserts or replaces. Returns 0, or -1 on error.
int table_set(VM& vm, HashTable& t, Value key, int64_t hash, Value value);
// Removes `key`: 1 if it was there (its value in *removed when not null), 0 if
// absent, -1 on error.
int table_remove(VM& vm, HashTable& t, Value key, int64_t hash, Value* removed);
void table_clear(HashTable& t);
// Lookup by an interned or any str key; never calls back into the VM.
int64_t table_find_str(const HashTable& t, Str* key);

// ---- dict helpers

// The value for key, null() when absent, exception() on error.
Value dict_get(VM& vm, Dict* d, Value key);
int dict_set(VM& vm, Dict* d, Value key, Value value);
// 1 removed, 0 absent, -1 error.
int dict_del(VM& vm, Dict* d, Value key);
// String-keyed access for namespaces; never fails.
Value dict_get_str(Dict* d, Str* key);
void dict_set_str(VM& vm, Dict* d, Str* key, Value value);
int64_t dict_size(const Dict* d);
// Copies every item of `src` (a dict or any mapping with keys()) into d.
int dict_update(VM& vm, Dict* d, Value src);
Value dict_repr(VM& vm, Dict* d);

// Hash of a str (cached in the object).
int64_t str_hash(Str* s);

void init_dict_type(VM& vm);

}  // namespace coil::vm
