// Frame objects for sys._getframe() and inspect.currentframe()/stack(). coil's frames are not objects (they live on the VM's
// frame stack or inside a generator), so a frame object is a snapshot taken
// when it is asked for: the code, globals, line, a copy of the locals (as
// CPython's f_locals is for a function), and the snapshot of the caller.
// (Tracebacks keep no frames, so tb_frame stays None.)
#include <cstdio>

#include "stdlib/stdlib.hpp"
#include "vm/frame.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct FrameObj : Foreign {
  Code* code;
  Dict* globals;
  Value locals;  // a dict
  Value back;    // the caller's snapshot, or None
  int line;
};

void frame_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* f = static_cast<FrameObj*>(self);
  if (f->code) mark_gray(gray, Value::object(f->code));
  if (f->globals) mark_gray(gray, Value::object(f->globals));
  mark_gray(gray, f->locals);
  mark_gray(gray, f->back);
}

constexpr ForeignClass kFrameClass = {"frame", frame_trace, nullptr};

FrameObj* as_frame(Value v) { return static_cast<FrameObj*>(v.as_obj()); }

// The per-VM frame type.
struct FrameTypes : Extension {
  Type* frame = nullptr;
  void trace(Heap& heap) override {
    if (frame) heap.mark(frame);
  }
};

Value frame_repr(VM& vm, Value self) {
  FrameObj* f = as_frame(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, "<frame at %p, file '", static_cast<void*>(f));
  std::string text = buf;
  text += f->code->filename->view();
  std::snprintf(buf, sizeof buf, "', line %d, code ", f->line);
  text += buf;
  text += f->code->name->view();
  return vm.str_value(text + ">");
}

Value frame_getattr(VM& vm, Value self, Str* name) {
  FrameObj* f = as_frame(self);
  std::string_view n = name->view();
  if (n == "f_code") return Value::object(f->code);
  if (n == "f_globals") return Value::object(f->globals);
  if (n == "f_locals") return f->locals;
  if (n == "f_lineno") return Value::small_int(f->line);
  if (n == "f_back") return f->back;
  if (n == "f_builtins") return Value::object(vm.builtins);
  if (n == "f_lasti") return Value::small_int(-1);
  if (n == "f_trace") return Value::none();
  if (n == "f_trace_lines") return Value::boolean(true);
  if (n == "f_trace_opcodes") return Value::boolean(false);
  return generic_getattr(vm, self, name, true);
}

Value frame_clear(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "clear", kwnames) || !check_nargs(vm, "clear", nargs, 1, 1)) return Value::exception();
  return Value::none();
}

Type* frame_type(VM& vm) {
  auto it = vm.extensions.find("frame");
  if (it != vm.extensions.end()) return static_cast<FrameTypes*>(it->second.get())->frame;
  auto ext = std::make_unique<FrameTypes>();
  Type* t = vm.new_type("frame", vm.types.object, ObjKind::Foreign, nullptr);
  ext->frame = t;
  t->slots.repr = frame_repr;
  t->slots.getattr = frame_getattr;
  inherit_slots(t);
  add_method(vm, t, "clear", frame_clear);
  vm.extensions["frame"] = std::move(ext);
  return t;
}

Value new_frame_object(VM& vm, Code* code, Dict* globals, int line, Value locals, Value back) {
  auto* f = vm.alloc<FrameObj>(ObjKind::Foreign, frame_type(vm));
  f->cls = &kFrameClass;
  f->code = code;
  f->globals = globals;
  f->locals = locals;
  f->back = back;
  f->line = line;
  return Value::object(f);
}

}  // namespace

Value frame_snapshot(VM& vm, Frame* frame) {
  std::vector<Frame*> chain;
  for (Frame* f = frame; f; f = f->previous) chain.push_back(f);
  RootScope roots(vm);
  frame_type(vm);
  Value back = Value::none();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    Frame* f = *it;
    Value locals = roots.add(frame_locals(vm, f));
    if (locals.is_exception()) return locals;
    back = roots.add(new_frame_object(vm, f->code, f->globals, f->line(), locals, back));
  }
  return back;
}

// sys._getframe(depth=0): the snapshot of the frame `depth` calls below the
// caller's.
Value sys_getframe(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "_getframe", kwnames) || !check_nargs(vm, "_getframe", nargs, 0, 1)) {
    return Value::exception();
  }
  int64_t depth = 0;
  if (nargs == 1) {
    Value i = index_to_int(vm, args[0]);
    if (i.is_exception() || !vm.index_value(i, depth)) return Value::exception();
  }
  Frame* f = vm.frame;
  for (int64_t k = 0; f && k < depth; ++k) f = f->previous;
  if (!f) return vm.raise(vm.types.ValueError, "call stack is not deep enough");
  return frame_snapshot(vm, f);
}

}  // namespace coil::vm
