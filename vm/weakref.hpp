// Weak references: the table behind the weakref module
// (stdlib/weakref_module.cpp, stdlib/lib/weakref.py).
//
// A weak reference is an ordinary object (a weakref.ref, a proxy, a
// subclass instance) registered here with its referent. The table keeps
// neither alive: after marking, the collector clears every ref whose
// referent was not marked and queues its callback, which the table keeps
// alive only as long as the ref itself is reachable (CPython drops the
// callbacks of refs that die with their referent). Objects never weakly
// referenced cost nothing: the collector looks at the table only when it is
// not empty, and a referent carries Obj::kWeaklyReferenced so that dropping
// one can be watched (VM::runs_code_when_dropped) without a lookup.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "vm/object.hpp"

namespace coil::vm {

class Heap;

class WeakRefTable {
 public:
  // Where a new ref goes in its referent's list, which getweakrefs shows and
  // callbacks run in (CPython's order): the basic ref (exactly weakref.ref,
  // no callback: ref(obj) returns it again) first, then the basic proxy,
  // then every other ref, newest first.
  enum class Kind : uint8_t { BasicRef, BasicProxy, Other };

  // Registers `ref` (not registered before) as a weak reference to `referent`.
  void add(Obj* ref, Obj* referent, Value callback, Kind kind);
  // What `ref` refers to: null once cleared, or when `ref` was never registered.
  Obj* referent(Obj* ref) const;
  // The callback of `ref`: None when it has none, or once its referent died.
  Value callback(Obj* ref) const;
  // The refs to `o` in the order above; null when there are none.
  const std::vector<Obj*>* refs_to(Obj* o) const;
  // The basic ref or proxy (kind) to `o`, or null.
  Obj* basic(Obj* o, Kind kind) const;
  bool empty() const { return refs_.empty(); }
  // Some object is weakly referenced (its drops are worth watching).
  bool has_referents() const { return !by_referent_.empty(); }

  // Collector hooks, between marking and sweeping. mark_callbacks marks the
  // callbacks of the marked refs and what they reach (call it again after
  // resurrecting objects: they may hold refs). clear_dead clears the refs to
  // unmarked referents, appending (ref, callback) to `callbacks` for the
  // marked refs with a callback (referents in the order they were first
  // weakly referenced, each one's refs in the order above), and forgets the
  // unmarked refs.
  void mark_callbacks(Heap& heap);
  void clear_dead(std::vector<Value>& callbacks);

 private:
  struct Entry {
    Obj* referent;  // null once cleared
    Value callback;  // None: no callback (or no more)
    Kind kind;
  };
  struct Referent {
    uint64_t serial;  // when first weakly referenced (the callbacks' order)
    std::vector<Obj*> refs;
  };
  std::unordered_map<Obj*, Entry> refs_;
  std::unordered_map<Obj*, Referent> by_referent_;
  uint64_t next_serial_ = 0;
  // Refs with a callback not yet cleared (mark_callbacks has work to do).
  size_t callbacks_ = 0;
};

}  // namespace coil::vm
