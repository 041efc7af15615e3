// Weak references: registration, lookup and the collector's clearing (see
// vm/weakref.hpp).
#include "vm/weakref.hpp"

#include <algorithm>

#include "vm/heap.hpp"

namespace coil::vm {

void WeakRefTable::add(Obj* ref, Obj* referent, Value callback, Kind kind) {
  // An allocation failing (std::bad_alloc) leaves both tables as they were.
  auto entry = refs_.try_emplace(ref, Entry{referent, callback, kind}).first;
  try {
    auto [it, fresh] = by_referent_.try_emplace(referent);
    if (fresh) it->second.serial = next_serial_++;
    std::vector<Obj*>& list = it->second.refs;
    // Past the basic ref (and, for what is not the basic ref, the basic proxy).
    size_t at = 0;
    auto kind_at = [this, &list](size_t i) { return refs_.find(list[i])->second.kind; };
    if (kind != Kind::BasicRef && at < list.size() && kind_at(at) == Kind::BasicRef) ++at;
    if (kind == Kind::Other && at < list.size() && kind_at(at) == Kind::BasicProxy) ++at;
    list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), ref);
  } catch (...) {
    refs_.erase(entry);
    throw;
  }
  if (!callback.is_none()) ++callbacks_;
  referent->flags |= Obj::kWeaklyReferenced;
}

Obj* WeakRefTable::referent(Obj* ref) const {
  auto it = refs_.find(ref);
  return it == refs_.end() ? nullptr : it->second.referent;
}

Value WeakRefTable::callback(Obj* ref) const {
  auto it = refs_.find(ref);
  return it == refs_.end() ? Value::none() : it->second.callback;
}

const std::vector<Obj*>* WeakRefTable::refs_to(Obj* o) const {
  if (!(o->flags & Obj::kWeaklyReferenced)) return nullptr;
  auto it = by_referent_.find(o);
  return it == by_referent_.end() ? nullptr : &it->second.refs;
}

Obj* WeakRefTable::basic(Obj* o, Kind kind) const {
  const std::vector<Obj*>* list = refs_to(o);
  if (!list) return nullptr;
  for (Obj* r : *list) {
    Kind k = refs_.find(r)->second.kind;
    if (k == kind) return r;
    if (k == Kind::Other) break;
  }
  return nullptr;
}

// A callback reached only through its ref lives as long as the ref does;
// marking one may reach more refs, hence the passes until nothing changes.
void WeakRefTable::mark_callbacks(Heap& heap) {
  if (callbacks_ == 0) return;
  for (bool again = true; again;) {
    again = false;
    for (auto& [ref, e] : refs_) {
      if (!ref->marked || !e.callback.is_obj() || e.callback.as_obj()->marked) continue;
      heap.mark_reachable(e.callback.as_obj());
      again = true;
    }
  }
}

void WeakRefTable::clear_dead(std::vector<Value>& callbacks) {
  // Refs that die (whatever their referent) are forgotten first.
  for (auto it = refs_.begin(); it != refs_.end();) {
    if (it->first->marked) {
      ++it;
      continue;
    }
    if (!it->second.callback.is_none()) --callbacks_;
    it = refs_.erase(it);
  }
  std::vector<std::pair<uint64_t, std::vector<Obj*>>> dying;
  for (auto it = by_referent_.begin(); it != by_referent_.end();) {
    Obj* target = it->first;
    std::vector<Obj*>& list = it->second.refs;
    std::erase_if(list, [](Obj* r) { return !r->marked; });
    if (target->marked) {
      if (list.empty()) target->flags &= ~Obj::kWeaklyReferenced;
      it = list.empty() ? by_referent_.erase(it) : std::next(it);
      continue;
    }
    dying.emplace_back(it->second.serial, std::move(list));
    it = by_referent_.erase(it);
  }
  std::sort(dying.begin(), dying.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [serial, list] : dying) {
    for (Obj* r : list) {
      Entry& e = refs_.find(r)->second;
      e.referent = nullptr;
      if (e.callback.is_none()) continue;
      callbacks.push_back(Value::object(r));
      callbacks.push_back(e.callback);
      e.callback = Value::none();
      --callbacks_;
    }
  }
}

}  // namespace coil::vm
