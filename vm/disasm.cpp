// The disassembler behind `coil -X dis`: one line per instruction, in the
// spirit of CPython's dis module, for every code object of a module.
#include "vm/disasm.hpp"

#include <cstdio>
#include <string>

#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/opcodes.hpp"

namespace coil::vm {

static std::string arg_note(VM& vm, Code* c, Op op, uint32_t arg) {
  auto name_at = [](const std::vector<Str*>& v, uint32_t i) -> std::string {
    return i < v.size() ? std::string(v[i]->view()) : "?";
  };
  switch (op) {
    case Op::LOAD_CONST: {
      if (arg >= c->consts.size()) return "?";
      Value r = vm.repr(c->consts[arg]);
      if (r.is_exception()) {
        vm.pending = Value::null();
        return "?";
      }
      std::string s(as_str(r)->view());
      if (s.size() > 60) s = s.substr(0, 57) + "...";
      return s;
    }
    case Op::LOAD_FAST:
    case Op::STORE_FAST:
    case Op::DELETE_FAST:
      return name_at(c->varnames, arg);
    case Op::LOAD_DEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
      return arg < c->cellvars.size() ? name_at(c->cellvars, arg)
                                      : name_at(c->freevars, arg - static_cast<uint32_t>(c->cellvars.size()));
    case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::LOAD_METHOD:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM:
      return name_at(c->names, arg);
    case Op::COMPARE_OP: {
      static const char* const ops[] = {"<", "<=", "==", "!=", ">", ">="};
      return arg < 6 ? ops[arg] : "?";
    }
    case Op::BINARY_OP:
    case Op::INPLACE_OP: {
      static const char* const ops[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
      return arg < 13 ? std::string(ops[arg]) + (op == Op::INPLACE_OP ? "=" : "") : "?";
    }
    default:
      if (has_jump_target(op)) return "to " + std::to_string(arg);
      return "";
  }
}

static void disassemble_into(VM& vm, Code* c, std::string& out) {
  char buf[160];
  int last_line = -1;
  for (size_t i = 0; i < c->code.size(); ++i) {
    uint32_t ins = c->code[i];
    Op op = unfused(op_of(ins));
    uint32_t arg = arg_of(ins);
    int line = c->lines[i];
    std::string lineno = line != last_line ? std::to_string(line) : "";
    if (line != last_line && i) out += "\n";
    last_line = line;
    bool target = false;
    for (uint32_t j = 0; j < c->code.size(); ++j) {
      if (has_jump_target(op_of(c->code[j])) && arg_of(c->code[j]) == i) target = true;
    }
    for (const auto& e : c->exception_table) target |= e.handler == i;
    std::string note = arg_note(vm, c, op, arg);
    std::snprintf(buf, sizeof buf, "%4s %s %5zu %-22s %4u", lineno.c_str(), target ? ">>" : "  ",
                  i, op_name(op), arg);
    out += buf;
    if (!note.empty()) out += " (" + note + ")";
    // The suspension points of generators and coroutines.
    if (op == Op::YIELD_VALUE || op == Op::SEND) out += "  <- suspends";
    out += "\n";
  }
  if (!c->exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const auto& e : c->exception_table) {
      std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]\n", e.start, e.end - 1, e.handler, e.depth);
      out += buf;
    }
  }
  for (Value v : c->consts) {
    if (v.is_obj() && v.as_obj()->kind == ObjKind::Code) {
      auto* inner = static_cast<Code*>(v.as_obj());
      out += "\nDisassembly of <code object " + std::string(inner->qualname->view()) + ", line " +
             std::to_string(inner->firstlineno) + ">:\n";
      disassemble_into(vm, inner, out);
    }
  }
}

std::string disassemble(VM& vm, Code* code) {
  std::string out;
  disassemble_into(vm, code, out);
  return out;
}

}  // namespace coil::vm
