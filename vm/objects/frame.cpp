// Frame objects: what sys._getframe(), a traceback's tb_frame and a
// generator's gi_frame/cr_frame/ag_frame give. coil's frames are not objects
// (they live on the VM's frame stack or inside a generator), so one frame
// object type serves three sources:
// - a running frame (sys._getframe, inspect.currentframe, the tb_frame of a
//   frame still running): a snapshot taken when it is asked for - the code,
//   globals, line, a copy of the locals (as CPython's f_locals is for a
//   function) and the snapshot of the caller;
// - a traceback entry whose frame has finished: made on first use from what
//   the entry kept (code, globals, line, the locals and cells as the
//   exception left the frame), its f_back the caller's entry when the
//   exception went on to the caller. A frame that caught the exception and
//   has returned since kept no locals (copying them at each catch would slow
//   every try/except): its f_locals is empty and its f_lineno the line the
//   exception reached;
// - a generator: a view that reads the suspended frame's line and locals.
#include "vm/frame.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct FrameObject : Foreign {
  Code* code;
  Dict* globals;
  // A generator's frame (gi_frame): f_lineno and f_locals read from it;
  // null for a snapshot.
  Generator* gen;
  // f_locals of a snapshot (a dict; null for a generator's view).
  Value locals;
  // f_back: a frame object or None.
  Value back;
  int line;
};

void frame_object_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* f = static_cast<FrameObject*>(self);
  for (Value v : {f->locals, f->back}) mark_gray(gray, v);
  for (Obj* o : {static_cast<Obj*>(f->code), static_cast<Obj*>(f->globals), static_cast<Obj*>(f->gen)}) {
    if (o) mark_gray(gray, Value::object(o));
  }
}

constexpr ForeignClass kFrameObjectClass = {"frame", frame_object_trace, nullptr};

FrameObject* as_frame(Value v) { return static_cast<FrameObject*>(v.as_obj()); }

int frame_object_line(FrameObject* f) {
  if (!f->gen) return f->line;
  const Frame& gf = f->gen->frame;
  return gf.gen_state == GenState::Created ? gf.code->firstlineno : gf.line();
}

// Writes a function frame's bound locals and cells (its slots: `slots`)
// into `d`, removing the names that are unbound (CPython's
// PyFrame_FastToLocals): other keys, such as exec() stored, stay.
void fast_to_locals(VM& vm, Code* c, Value* slots, Dict* d) {
  auto put = [&](Str* name, Value v) {
    if (!v.is_null()) {
      dict_set_str(vm, d, name, v);
    } else if (!dict_get_str(d, name).is_null()) {
      dict_del(vm, d, Value::object(name));
    }
  };
  for (int i = 0; i < c->named_locals(); ++i) {
    // A str the frame builds with `+=` is shared from now on (Frame::read_local).
    slots[i] = slots[i].unbuilt();
    put(c->varnames[i], slots[i]);
  }
  int ncells = c->ncells();
  for (int i = 0; i < ncells + c->nfree(); ++i) {
    Value cv = slots[c->nlocals() + i];
    if (!cv.is_obj() || cv.as_obj()->kind != ObjKind::Cell) continue;
    put(i < ncells ? c->cellvars[i] : c->freevars[i - ncells], static_cast<Cell*>(cv.as_obj())->value);
  }
}

// The locals of a frame whose slots are `slots` (null: not kept): a class
// body's namespace, module code's separate locals (exec()) or globals, or a
// new dict of a function's bound locals and cells.
Value locals_of(VM& vm, Code* c, Dict* globals, Value* slots) {
  if (c->code_flags & Code::kClassBody) return slots[0];
  if (c->code_flags & Code::kModule) {
    return slots && !slots[0].is_null() ? slots[0] : Value::object(globals);
  }
  Dict* d = vm.new_dict();
  fast_to_locals(vm, c, slots, d);
  return Value::object(d);
}

Value frame_object_getattr(VM& vm, Value self, Str* name) {
  FrameObject* f = as_frame(self);
  std::string_view n = name->view();
  if (n == "f_code") return Value::object(f->code);
  if (n == "f_globals") return Value::object(f->globals);
  if (n == "f_lineno") return Value::small_int(frame_object_line(f));
  if (n == "f_back") return f->back;
  if (n == "f_builtins") return Value::object(vm.builtins);
  if (n == "f_locals") {
    if (!f->gen) return f->locals;
    if (f->gen->frame.gen_state == GenState::Done) return Value::object(vm.new_dict());
    return locals_of(vm, f->code, f->globals, f->gen->frame.slots);
  }
  if (n == "f_lasti") return Value::small_int(-1);
  if (n == "f_trace") return Value::none();
  if (n == "f_trace_lines") return Value::boolean(true);
  if (n == "f_trace_opcodes") return Value::boolean(false);
  return generic_getattr(vm, self, name, true);
}

Value frame_object_repr(VM& vm, Value self) {
  FrameObject* f = as_frame(self);
  return vm.str_value("<frame at " + address_of(f) + ", file '" + std::string(f->code->filename->view()) +
                      "', line " + std::to_string(frame_object_line(f)) + ", code " +
                      std::string(f->code->name->view()) + ">");
}

Value frame_clear(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "clear", kwnames) || !check_nargs(vm, "clear", nargs, 1, 1)) return Value::exception();
  return Value::none();
}

FrameObject* new_frame_object(VM& vm, Code* code, Dict* globals, int line) {
  auto* f = vm.alloc<FrameObject>(ObjKind::Foreign, vm.types.frame);
  f->cls = &kFrameObjectClass;
  f->code = code;
  f->globals = globals;
  f->gen = nullptr;
  f->locals = Value::none();
  f->back = Value::none();
  f->line = line;
  return f;
}

// Whether `frame` (a traceback entry's, possibly gone) is running: compared
// with the frames on the stack, never followed itself.
Frame* running_frame(VM& vm, const Traceback* tb) {
  for (Frame* f = vm.frame; f; f = f->previous) {
    if (f == tb->frame) return f->code == tb->code && f->globals == tb->globals ? f : nullptr;
  }
  return nullptr;
}

}  // namespace

void init_frame_type(VM& vm) {
  Type* t = vm.types.frame;
  t->slots.repr = frame_object_repr;
  t->slots.getattr = frame_object_getattr;
  add_method(vm, t, "clear", frame_clear);
}

// A function that calls locals()/exec()/eval() keeps one dict in its hidden
// slot, refreshed from its variables at each call, so that what exec() puts
// there is seen by later locals() and eval() calls (CPython 3.11).
Value frame_locals(VM& vm, Frame* f) {
  Code* c = f->code;
  if (!(c->code_flags & Code::kLocalsSlot)) return locals_of(vm, c, f->globals, f->slots);
  Value& held = f->slots[c->nlocals() - 1];
  if (held.is_null()) {
    held = locals_of(vm, c, f->globals, f->slots);
  } else {
    fast_to_locals(vm, c, f->slots, static_cast<Dict*>(held.as_obj()));
  }
  return held;
}

Value frame_snapshot(VM& vm, Frame* frame) {
  std::vector<Frame*> chain;
  for (Frame* f = frame; f; f = f->previous) chain.push_back(f);
  RootScope roots(vm);
  Value back = Value::none();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    Frame* f = *it;
    Value locals = roots.add(frame_locals(vm, f));
    FrameObject* fo = new_frame_object(vm, f->code, f->globals, f->line());
    fo->locals = locals;
    fo->back = back;
    back = roots.add(Value::object(fo));
  }
  return back;
}

Value make_frame_view(VM& vm, Generator* g) {
  FrameObject* f = new_frame_object(vm, g->frame.code, g->frame.globals, 0);
  f->gen = g;
  return Value::object(f);
}

// tb_frame: made once and kept in the entry. A frame still running is
// snapshot now (its current line and locals, as CPython's live frame shows
// them); a finished one from the entry: the line it was at and its locals as
// the exception reached it.
Value traceback_frame(VM& vm, Traceback* tb) {
  if (!tb->frame_object.is_null()) return tb->frame_object;
  Value fo;
  if (Frame* live = running_frame(vm, tb)) {
    fo = frame_snapshot(vm, live);
  } else {
    RootScope roots(vm);
    Value back = Value::none();
    if (tb->caller) back = roots.add(traceback_frame(vm, tb->caller));
    // A frame that caught the exception and has returned since kept nothing.
    Value locals = roots.add(tb->nsaved >= 0 || (tb->code->code_flags & Code::kModule)
                                 ? locals_of(vm, tb->code, tb->globals, tb->nsaved > 0 ? tb->saved() : nullptr)
                                 : Value::object(vm.new_dict()));
    FrameObject* f = new_frame_object(vm, tb->code, tb->globals, tb->line);
    f->locals = locals;
    f->back = back;
    fo = Value::object(f);
  }
  tb->frame_object = fo;
  return fo;
}

}  // namespace coil::vm
