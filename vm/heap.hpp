// Heap: the one allocation path for objects, and the mark-sweep collector.
//
// Collection never starts inside an allocation. Allocation only notes that a
// collection is due; the dispatch loop collects at its next safe point (a
// backward jump or a call), where every frame's ip and sp are saved. So C++
// code that allocates never has to root its temporaries, unless it calls back
// into the VM (vm.call, resuming a generator): then it must keep them alive
// with a RootScope, because the nested run may collect.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <new>
#include <unordered_map>
#include <vector>

#include "vm/object.hpp"

namespace coil::vm {

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Raw storage for an object; the caller constructs it in place and then
  // links it (VM::alloc does both). Throws std::bad_alloc when memory runs
  // out (the dispatch loop turns it into MemoryError; see out_of_memory).
  void* allocate_raw(size_t size) {
    if (__builtin_expect(++allocations_ == fail_at_, false)) out_of_memory();
    if (__builtin_expect(max_bytes_ != 0, false)) check_limit(size);
    if (!pooled(size)) return allocate_large(size);
    Pool& pool = pools_[class_of(size)];
    if (Obj* cell = pool.free_list) {
      pool.free_list = next_free(cell);
      // Swept free cells are cold: fetch the next one while this one is used.
      __builtin_prefetch(pool.free_list, 1);
      return cell;
    }
    // Else the next cell of the pool's newest page, when it has room.
    size_t cell_bytes = (class_of(size) + 1) * kGranule;
    if (static_cast<size_t>(pool.bump_end - pool.bump) >= cell_bytes) {
      void* cell = pool.bump;
      pool.bump += cell_bytes;
      return cell;
    }
    return allocate_pooled(size);
  }
  // Sets the header and accounts for the object.
  void link(Obj* o, ObjKind kind, Type* type, size_t size) {
    o->kind = kind;
    o->type = type;
    o->marked = false;
    o->flags = 0;
    o->aux = 0;
    ++count_;
    if (!pooled(size)) {
      link_large(o, size);
    } else {
      bytes_since_gc_ += (class_of(size) + 1) * kGranule;
      object_bytes_ += (class_of(size) + 1) * kGranule;
    }
  }

  // Memory a heap object owns outside its cell (a list's items, a dict's
  // table): growing it by `bytes` counts towards the next collection and the
  // memory limit; over the limit it throws std::bad_alloc (MemoryError)
  // before anything changes. What objects own is measured exactly again at
  // every collection (trace), so shrinking needs no call.
  void charge_external(size_t bytes) {
    if (max_bytes_ != 0) check_limit(bytes);
    bytes_since_gc_ += bytes;
    external_since_gc_ += bytes;
  }
  // Appends to a vector a heap object owns, charging its growth (the first
  // growth goes to 4 items: fewer reallocations for the many short lists).
  template <class T>
  void push_counted(std::vector<T>& v, const T& x) {
    if (v.size() == v.capacity()) reserve_counted(v, v.size() < 4 ? 4 : v.size() * 2);
    v.push_back(x);
  }
  // Room for `n` items, growing geometrically (for appending in a loop).
  template <class T>
  void ensure_counted(std::vector<T>& v, size_t n) {
    if (n > v.capacity()) reserve_counted(v, std::max(n, v.capacity() * 2));
  }
  // Room for exactly `n` items.
  template <class T>
  void reserve_counted(std::vector<T>& v, size_t n) {
    if (n <= v.capacity()) return;
    if (n > v.max_size()) out_of_memory();
    charge_external((n - v.capacity()) * sizeof(T));
    v.reserve(n);
  }

  // The memory limit (Config::max_heap_bytes): 0 for none. What counts is
  // every object's cell and what the objects own (see charge_external).
  void set_max_bytes(size_t n) {
    max_bytes_ = n;
    set_threshold();
  }
  size_t max_bytes() const { return max_bytes_; }
  // Bytes in use by the VM's objects as accounted now.
  size_t used_bytes() const { return object_bytes_ + external_live_ + external_since_gc_; }

  // Frees `o` (allocated with `size` bytes) at once, for an object the VM
  // has proved unreachable outside a collection (a finished coroutine whose
  // awaiter held the only reference): the next allocation of that size
  // reuses the cell while it is still in the cache, and it no longer counts
  // towards the next collection. False when left to the sweep instead.
  bool release(Obj* o, size_t size);

  // True when enough has been allocated since the last collection.
  bool collection_due() const { return bytes_since_gc_ >= threshold_ || stress_; }
  // Makes the next safe point collect (after an allocation failed).
  void request_collection() { bytes_since_gc_ = threshold_; }

  // Marks from the roots `mark_roots` pushes (through mark), then frees every
  // unmarked object. `before_sweep` runs after marking (weak tables clear
  // their dead entries there).
  void collect(const std::function<void(Heap&)>& mark_roots,
               const std::function<void()>& before_sweep);

  void mark(Value v) {
    v = v.unbuilt();
    if (v.is_obj()) mark(v.as_obj());
  }
  void mark(Obj* o) {
    if (o && !o->marked) {
      o->marked = true;
      gray_.push_back(o);
    }
  }

  // Marks the values of `count` records `stride` Values apart, the first
  // `width` Values of each (a list's or tuple's items: 1, 1; a dict's
  // entries: key and value). A long run is marked a batch at a time by
  // drain, so the gray stack stays a few batches deep instead of growing by
  // a container's size (a list of a million generators would otherwise cost
  // 8-12 bytes more per object at the peak of a collection).
  void mark_run(const Value* first, size_t count, uint32_t stride = 1, uint32_t width = 1) {
    if (count > kMarkBatch) {
      gray_runs_.push_back({first + kMarkBatch * stride, count - kMarkBatch, stride, width});
      count = kMarkBatch;
    }
    mark_records(first, count, stride, width);
  }

  // Marks `o` and everything it reaches (for resurrecting objects in before_sweep).
  void mark_reachable(Obj* o) {
    mark(o);
    drain();
  }

  // Allocation failure. Every failed allocation of the VM, its own or a
  // container's, ends here or in an operator new throwing std::bad_alloc;
  // run() catches it at the instruction that allocated and raises
  // MemoryError there (vm/interp.cpp), so no C++ exception reaches a host.
  [[noreturn]] static void out_of_memory() { throw std::bad_alloc(); }
  // Test harness: the n-th allocation from now (1 = the next one) fails
  // as if memory had run out; 0 switches it off. Lets a test walk every
  // allocation site of a script (as Lua's memerr tests do).
  void fail_allocation_after(uint64_t n) { fail_at_ = n ? allocations_ + n : 0; }
  uint64_t allocations() const { return allocations_; }

  // Collect at every safe point (tests: finds missing roots fast).
  void set_stress(bool on) { stress_ = on; }
  size_t live_bytes() const { return live_bytes_; }
  // The allocation threshold of the next collection (tests).
  size_t threshold() const { return threshold_; }
  size_t object_count() const { return count_; }

  // Frees every object (VM shutdown).
  void free_all();

  // The attribute dict of an object of a class derived from a built-in type
  // (a dict or list subclass with attributes of its own): such objects have
  // no dict field, so the dict hangs off this table and lives as long as
  // its owner. Null when none was attached.
  Dict* attached_dict(Obj* o) const {
    if (attached_dicts_.empty()) return nullptr;
    auto it = attached_dicts_.find(o);
    return it == attached_dicts_.end() ? nullptr : it->second;
  }
  void attach_dict(Obj* o, Dict* d) { attached_dicts_[o] = d; }

 private:
  void trace(Obj* o);
  // Throws std::bad_alloc when `bytes` more would go over max_bytes_.
  void check_limit(size_t bytes) {
    if (used_bytes() + bytes > max_bytes_ || bytes > max_bytes_) out_of_memory();
  }
  // The bytes `o` owns outside its cell (measured while tracing).
  static size_t external_size(Obj* o);
  // Sets threshold_ after a collection (see heap.cpp).
  void set_threshold();
  void drain();
  void mark_records(const Value* first, size_t count, uint32_t stride, uint32_t width) {
    for (const Value* r = first; count > 0; --count, r += stride) {
      for (uint32_t i = 0; i < width; ++i) mark(r[i]);
    }
  }
  void destroy(Obj* o);
  size_t size_of(Obj* o) const;

  // Objects up to kMaxPooled bytes live in pools of fixed-size cells, one
  // pool per 16-byte size class: no per-object malloc header, and the sweep
  // walks memory in order. Larger objects come from malloc and are listed in
  // large_.
  static constexpr size_t kGranule = 8;
#ifdef __SANITIZE_ADDRESS__
  // Under AddressSanitizer every object gets its own malloc block, so
  // overflows and use-after-free are caught per object.
  static constexpr size_t kMaxPooled = 0;
#else
  static constexpr size_t kMaxPooled = 512;
#endif
  static constexpr size_t kClasses = kMaxPooled / kGranule + 1;
  static constexpr size_t kPageBytes = 64 * 1024;
  struct Page {
    char* mem;
    size_t carved;  // bytes handed out so far (bump allocation)
  };
  struct Pool {
    size_t cell_size = 0;
    std::vector<Page> pages;
    Obj* free_list = nullptr;
    // The newest page is carved by bumping `bump` up to `bump_end`; its
    // Page::carved is brought up to date by sync_carved before the pages
    // are walked (so allocation touches one pointer, not the vector).
    char* bump = nullptr;
    char* bump_end = nullptr;
  };
  static void sync_carved(Pool& pool) {
    if (!pool.pages.empty()) pool.pages.back().carved = static_cast<size_t>(pool.bump - pool.pages.back().mem);
  }
  // One unsigned compare; written so that with kMaxPooled == 0 (ASan) the
  // compiler sees the pooled path is dead instead of warning about it.
  static bool pooled(size_t size) { return size - 1 < kMaxPooled; }
  static size_t class_of(size_t size) { return (size + kGranule - 1) / kGranule - 1; }
  void* allocate_pooled(size_t size);
  char* new_page();
  void* allocate_large(size_t size);
  void link_large(Obj* o, size_t size);
  size_t sweep_pools();
  size_t sweep_large();

  // A free cell's link to the next free cell, kept in its type field.
  static Obj*& next_free(Obj* cell) { return *reinterpret_cast<Obj**>(cell); }

  Pool pools_[kClasses];
  // The arenas pool pages come from; the newest one is filled first.
  static constexpr size_t kArenaBytes = 2 * 1024 * 1024;
  std::vector<char*> arenas_;
  size_t arena_used_ = 0;
  std::vector<Obj*> large_;
  std::vector<size_t> large_sizes_;  // the size of each of large_
  std::vector<Obj*> gray_;
  // The rest of long runs of values still to mark (mark_run), taken a batch
  // at a time once gray_ is empty.
  struct GrayRun {
    const Value* next;
    size_t count;
    uint32_t stride;
    uint32_t width;
  };
  static constexpr size_t kMarkBatch = 256;
  std::vector<GrayRun> gray_runs_;
  std::unordered_map<Obj*, Dict*> attached_dicts_;
  size_t bytes_since_gc_ = 0;
  size_t live_bytes_ = 0;
  // Exact accounting for the memory limit: object cells (pooled cells at
  // their class size), the external memory of the objects marked by the
  // last collection, and external growth charged since.
  size_t object_bytes_ = 0;
  size_t external_live_ = 0;
  size_t external_since_gc_ = 0;
  size_t max_bytes_ = 0;
  size_t threshold_ = 4 * 1024 * 1024;  // the first collection; then set_threshold
  size_t count_ = 0;
  bool stress_ = false;
  // Allocations so far, and the one that is to fail (0: none; see
  // fail_allocation_after).
  uint64_t allocations_ = 0;
  uint64_t fail_at_ = 0;
};

}  // namespace coil::vm
