// Mark-sweep collection: tracing each object kind's references and freeing
// the unreachable ones.
#include "vm/heap.hpp"

#include <algorithm>
#include <cstdlib>


#include "vm/frame.hpp"
#include "vm/shape.hpp"

namespace coil::vm {

Heap::Heap() = default;

Heap::~Heap() { free_all(); }

void* Heap::allocate_pooled(size_t size) {
  Pool& pool = pools_[class_of(size)];
  if (pool.cell_size == 0) pool.cell_size = (class_of(size) + 1) * kGranule;
  // allocate_raw found neither a free cell nor room in the newest page.
  if (pool.pages.size() == pool.pages.capacity()) pool.pages.reserve(pool.pages.capacity() * 2 + 4);
  char* mem = new_page();
  sync_carved(pool);
  pool.pages.push_back({mem, 0});
  pool.bump = mem + pool.cell_size;
  pool.bump_end = mem + kPageBytes;
  return mem;
}

// Pool pages are carved from 2 MiB-aligned arenas (one malloc per 32
// pages). They are not marked MADV_HUGEPAGE: huge pages cut page faults on
// allocation-heavy programs but round the resident size of the last arena
// up to 2 MiB, which showed in the per-generator memory benchmark.
char* Heap::new_page() {
  if (arenas_.empty() || arena_used_ + kPageBytes > kArenaBytes) {
    void* mem = nullptr;
    // Room in the list first, so a failure leaves nothing half-recorded.
    if (arenas_.size() == arenas_.capacity()) arenas_.reserve(arenas_.capacity() * 2 + 8);
    if (posix_memalign(&mem, kArenaBytes, kArenaBytes) != 0) out_of_memory();
    arenas_.push_back(static_cast<char*>(mem));
    arena_used_ = 0;
  }
  char* page = arenas_.back() + arena_used_;
  arena_used_ += kPageBytes;
  return page;
}

void* Heap::allocate_large(size_t size) {
  // link_large must not fail once the object is built: grow its list now.
  if (large_.size() == large_.capacity()) large_.reserve(large_.capacity() * 2 + 16);
  if (large_sizes_.size() == large_sizes_.capacity()) large_sizes_.reserve(large_.capacity());
  void* mem = std::malloc(size);
  if (!mem) out_of_memory();
  return mem;
}

void Heap::link_large(Obj* o, size_t size) {
  large_.push_back(o);
  large_sizes_.push_back(size);
  bytes_since_gc_ += size;
  object_bytes_ += size;
}

static void trace_table(Heap& heap, const HashTable& t) {
  static_assert(sizeof(HashTable::Entry) == 3 * sizeof(Value) && offsetof(HashTable::Entry, key) == 0 &&
                offsetof(HashTable::Entry, value) == sizeof(Value));
  if (t.entries.empty()) return;
  heap.mark_run(&t.entries[0].key, t.entries.size(), 3, 2);
}

// Marks a frame's references: its code, function, namespaces, locals and the
// live part of its value stack (up to the saved sp).
static void trace_frame(Heap& heap, Frame* f) {
  heap.mark(f->code);
  heap.mark(f->globals);
  heap.mark(f->handled_exc);
  for (Value* v = f->slots; v < f->sp(); ++v) heap.mark(*v);
}

size_t Heap::external_size(Obj* o) {
  switch (o->kind) {
    case ObjKind::List:
      return static_cast<List*>(o)->items.capacity() * sizeof(Value);
    case ObjKind::Dict: {
      const HashTable& t = static_cast<Dict*>(o)->table;
      return t.entries.capacity() * sizeof(HashTable::Entry) + t.index.capacity() * sizeof(int32_t);
    }
    case ObjKind::Set:
      return static_cast<Set*>(o)->table.slots.capacity() * sizeof(SetTable::Slot);
    case ObjKind::ByteArray:
      return static_cast<ByteArray*>(o)->data.capacity();
    case ObjKind::BigInt: {
      auto* b = static_cast<BigInt*>(o);
      return b->inline64() ? 0 : static_cast<size_t>(b->z->_mp_alloc) * sizeof(mp_limb_t);
    }
    default:
      return 0;
  }
}

void Heap::trace(Obj* o) {
  external_live_ += external_size(o);
  mark(o->type);
  if (!attached_dicts_.empty()) {
    if (Dict* d = attached_dict(o)) mark(d);
  }
  switch (o->kind) {
    case ObjKind::Free:
    case ObjKind::Str:
    case ObjKind::Bytes:
    case ObjKind::ByteArray:
    case ObjKind::BigInt:
    case ObjKind::Float:
    case ObjKind::Complex:
    case ObjKind::Range:
      break;
    case ObjKind::MemoryView:
      mark(static_cast<MemoryView*>(o)->obj);
      break;
    case ObjKind::Type: {
      auto* t = static_cast<Type*>(o);
      mark(t->name);
      mark(t->qualname);
      mark(t->module);
      mark(t->base);
      for (Type* b : t->bases) mark(b);
      for (Type* m : t->mro) mark(m);
      mark(t->dict);
      break;
    }
    case ObjKind::Tuple: {
      auto* t = static_cast<Tuple*>(o);
      mark_run(t->items, t->size);
      break;
    }
    case ObjKind::List: {
      const std::vector<Value>& items = static_cast<List*>(o)->items;
      mark_run(items.data(), items.size());
      break;
    }
    case ObjKind::Dict:
      trace_table(*this, static_cast<Dict*>(o)->table);
      break;
    case ObjKind::Set: {
      const auto& slots = static_cast<Set*>(o)->table.slots;
      static_assert(sizeof(slots[0]) == 2 * sizeof(Value) && offsetof(SetTable::Slot, key) == 0);
      if (!slots.empty()) mark_run(&slots[0].key, slots.size(), 2, 1);
      break;
    }
    case ObjKind::Slice: {
      auto* s = static_cast<Slice*>(o);
      mark(s->start);
      mark(s->stop);
      mark(s->step);
      break;
    }
    case ObjKind::Function: {
      auto* f = static_cast<Function*>(o);
      mark(f->code);
      mark(f->globals);
      mark(f->defaults);
      mark(f->kwdefaults);
      mark(f->closure);
      mark(f->name);
      mark(f->qualname);
      mark(f->module);
      mark(f->doc);
      mark(f->attrs);
      mark(f->annotations);
      break;
    }
    case ObjKind::NativeFunction: {
      auto* f = static_cast<NativeFunction*>(o);
      mark(f->name);
      mark(f->qualname);
      mark(f->self);
      mark(f->data);
      break;
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      mark(m->self);
      mark(m->func);
      break;
    }
    case ObjKind::StaticMethod:
      mark(static_cast<StaticMethod*>(o)->func);
      break;
    case ObjKind::ClassMethod:
      mark(static_cast<ClassMethod*>(o)->func);
      break;
    case ObjKind::Property: {
      auto* p = static_cast<Property*>(o);
      mark(p->fget);
      mark(p->fset);
      mark(p->fdel);
      mark(p->doc);
      break;
    }
    case ObjKind::Super: {
      auto* s = static_cast<Super*>(o);
      mark(s->start);
      mark(s->self);
      break;
    }
    case ObjKind::Code: {
      auto* c = static_cast<Code*>(o);
      for (Value v : c->consts) mark(v);
      for (Str* s : c->names) mark(s);
      for (Str* s : c->varnames) mark(s);
      for (Str* s : c->cellvars) mark(s);
      for (Str* s : c->freevars) mark(s);
      for (const GlobalCache& g : c->global_cache) {
        if (g.globals) mark(g.globals);
      }
      mark(c->name);
      mark(c->qualname);
      mark(c->filename);
      break;
    }
    case ObjKind::Cell:
      mark(static_cast<Cell*>(o)->value);
      break;
    case ObjKind::Module: {
      auto* m = static_cast<Module*>(o);
      mark(m->name);
      mark(m->dict);
      break;
    }
    case ObjKind::Instance: {
      auto* inst = static_cast<Instance*>(o);
      mark(inst->dict);
      for (uint32_t i = 0; i < inst->slot_count(); ++i) mark(inst->slots()[i]);
      if (Shape* s = inst->shape) {
        for (uint32_t i = 0; i < s->count(); ++i) mark(inst->values[i]);
      }
      break;
    }
    case ObjKind::Exception: {
      auto* e = static_cast<Exception*>(o);
      mark(e->args);
      mark(e->traceback);
      mark(e->cause);
      mark(e->context);
      mark(e->dict);
      break;
    }
    case ObjKind::Traceback: {
      auto* t = static_cast<Traceback*>(o);
      mark(t->next);
      mark(t->code);
      mark(t->globals);
      mark(t->caller);
      mark(t->frame_object);
      mark(t->saved_tuple);
      if (!t->saved_tuple) {
        for (int i = 0; i < t->nsaved; ++i) mark(t->saved_inline[i]);
      }
      break;
    }
    case ObjKind::Iterator: {
      auto* it = static_cast<Iterator*>(o);
      mark(it->a);
      mark(it->b);
      break;
    }
    case ObjKind::DictView:
      mark(static_cast<DictView*>(o)->dict);
      break;
    case ObjKind::Generator: {
      auto* g = static_cast<Generator*>(o);
      // A finished generator's frame holds nothing live.
      if (g->frame.gen_state != GenState::Done) {
        trace_frame(*this, &g->frame);
        if (g->frame.code->code_flags & Code::kAsyncGenerator) mark(g->finalizer());
      }
      break;
    }
    case ObjKind::Foreign: {
      auto* f = static_cast<Foreign*>(o);
      if (f->cls->trace) f->cls->trace(o, gray_);
      break;
    }
  }
}

void Heap::destroy(Obj* o) {
  switch (o->kind) {
    case ObjKind::BigInt:
      if (!static_cast<BigInt*>(o)->inline64()) mpz_clear(static_cast<BigInt*>(o)->z);
      break;
    case ObjKind::List:
      static_cast<List*>(o)->~List();
      break;
    case ObjKind::Dict:
      static_cast<Dict*>(o)->~Dict();
      break;
    case ObjKind::Set:
      static_cast<Set*>(o)->~Set();
      break;
    case ObjKind::ByteArray:
      static_cast<ByteArray*>(o)->~ByteArray();
      break;
    case ObjKind::Code:
      static_cast<Code*>(o)->~Code();
      break;
    case ObjKind::Type:
      static_cast<Type*>(o)->~Type();
      break;
    case ObjKind::Instance: {
      // Attribute values moved out of line when the instance outgrew them.
      auto* inst = static_cast<Instance*>(o);
      if (inst->values != inst->inline_attrs()) std::free(inst->values);
      break;
    }
    case ObjKind::Foreign: {
      auto* f = static_cast<Foreign*>(o);
      if (f->cls->destroy) f->cls->destroy(o);
      break;
    }
    default:
      break;
  }
}

bool Heap::release(Obj* o, size_t size) {
  // Its weak references are cleared by a collection, not here.
  if (o->flags & Obj::kWeaklyReferenced) return false;
  size_t bytes;
  if (pooled(size)) {
    Pool& pool = pools_[class_of(size)];
    destroy(o);
    o->kind = ObjKind::Free;
    next_free(o) = pool.free_list;
    pool.free_list = o;
    bytes = pool.cell_size;
  } else {
    // Large objects are listed; the one to free is usually among the newest.
    size_t n = large_.size(), stop = n > 8 ? n - 8 : 0, i = n;
    while (i > stop && large_[i - 1] != o) --i;
    if (i == stop) return false;
    large_[i - 1] = large_.back();
    large_.pop_back();
    large_sizes_[i - 1] = large_sizes_.back();
    large_sizes_.pop_back();
    destroy(o);
    std::free(o);
    bytes = size;
  }
  --count_;
  bytes_since_gc_ -= std::min(bytes, bytes_since_gc_);
  object_bytes_ -= std::min(bytes, object_bytes_);
  return true;
}

// Traces gray objects until none is left, taking the next batch of a long
// run (mark_run) only when the stack is empty: nothing mutates the heap
// while marking, so a run's storage stays where it was.
void Heap::drain() {
  for (;;) {
    while (!gray_.empty()) {
      Obj* o = gray_.back();
      gray_.pop_back();
      trace(o);
    }
    if (gray_runs_.empty()) return;
    GrayRun& run = gray_runs_.back();
    size_t n = std::min(run.count, kMarkBatch);
    const Value* first = run.next;
    uint32_t stride = run.stride, width = run.width;
    run.next += n * stride;
    run.count -= n;
    if (run.count == 0) gray_runs_.pop_back();
    mark_records(first, n, stride, width);
  }
}

// Frees the unmarked cells of every pool and clears the marks of the rest;
// returns the number of survivors.
size_t Heap::sweep_pools() {
  size_t survivors = 0;
  for (Pool& pool : pools_) {
    sync_carved(pool);
    for (Page& page : pool.pages) {
      for (size_t off = 0; off < page.carved; off += pool.cell_size) {
        auto* o = reinterpret_cast<Obj*>(page.mem + off);
        if (o->kind == ObjKind::Free) continue;
        if (o->marked) {
          o->marked = false;
          ++survivors;
          continue;
        }
        destroy(o);
        o->kind = ObjKind::Free;
        next_free(o) = pool.free_list;
        pool.free_list = o;
        --count_;
        object_bytes_ -= pool.cell_size;
      }
    }
  }
  return survivors;
}

size_t Heap::sweep_large() {
  size_t kept = 0;
  for (size_t i = 0; i < large_.size(); ++i) {
    Obj* o = large_[i];
    if (o->marked) {
      o->marked = false;
      large_sizes_[kept] = large_sizes_[i];
      large_[kept++] = o;
    } else {
      destroy(o);
      std::free(o);
      --count_;
      object_bytes_ -= large_sizes_[i];
    }
  }
  large_.resize(kept);
  large_sizes_.resize(kept);
  return kept;
}

void Heap::collect(const std::function<void(Heap&)>& mark_roots,
                   const std::function<void()>& before_sweep) {
  external_live_ = 0;
  external_since_gc_ = 0;
  mark_roots(*this);
  drain();
  before_sweep();
  // Dicts attached to dying objects go with them (marks are still valid).
  std::erase_if(attached_dicts_, [](const auto& entry) { return !entry.first->marked; });
  sweep_pools();
  sweep_large();
  // What survived, exactly: the cells left and what they own.
  live_bytes_ = object_bytes_ + external_live_;
  bytes_since_gc_ = 0;
  set_threshold();
}

// Grows the threshold with the live heap so collection cost stays
// proportional to allocation. Under a memory limit the next collection
// comes before the limit while the room left is worth collecting for; it
// never comes sooner than an eighth of the live heap's worth of allocation:
// with less room than that, the allocation that goes over the limit fails
// (MemoryError, garbage collected before the handler runs) rather than the
// program collecting at every safe point near the limit.
void Heap::set_threshold() {
  // At least 4 MiB between collections: a small program's garbage then
  // stays near CPython's peak memory (16 MiB made str_format and
  // gen_pipeline peak at twice CPython's RSS) for no measurable time.
  threshold_ = std::max<size_t>(4 * 1024 * 1024, live_bytes_ * 3);
  if (max_bytes_ == 0) return;
  size_t used = used_bytes();
  size_t room = max_bytes_ > used ? max_bytes_ - used : 0;
  size_t floor = std::max<size_t>(used / 8, 64 * 1024);
  threshold_ = std::min(threshold_, std::max(room / 2, floor));
}

void Heap::free_all() {
  for (Pool& pool : pools_) {
    sync_carved(pool);
    for (Page& page : pool.pages) {
      for (size_t off = 0; off < page.carved; off += pool.cell_size) {
        auto* o = reinterpret_cast<Obj*>(page.mem + off);
        if (o->kind != ObjKind::Free) destroy(o);
      }
    }
    pool.pages.clear();
    pool.free_list = nullptr;
    pool.bump = pool.bump_end = nullptr;
  }
  for (char* arena : arenas_) std::free(arena);
  arenas_.clear();
  for (Obj* o : large_) {
    destroy(o);
    std::free(o);
  }
  large_.clear();
  large_sizes_.clear();
  count_ = 0;
  object_bytes_ = 0;
  external_live_ = 0;
  external_since_gc_ = 0;
}

}  // namespace coil::vm
