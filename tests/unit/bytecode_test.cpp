// Unit tests for the bytecode the compiler produces (compiler/compiler.hpp)
// and the opcode tables (vm/opcodes.def): an independent stack-depth checker
// walks every path of every code object of a corpus of programs, so a wrong
// stack effect, a max_stack too small, a jump out of range or a bad
// exception-table entry shows up here rather than as memory corruption.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "coil/coil.hpp"
#include "embed/testing.hpp"
#include "compiler/compiler.hpp"
#include "vm/disasm.hpp"
#include "vm/object.hpp"
#include "vm/opcodes.hpp"
#include "vm/vm.hpp"

namespace coil::vm {
namespace {

constexpr int kOpCount = static_cast<int>(Op::kCount);

Code* compile(VM& vm, std::string_view source) {
  compiler::CompileResult r = compiler::compile_source(vm, source, "<test>", parse::Mode::File, source);
  EXPECT_NE(r.code, nullptr) << r.error.message << " (line " << r.error.line << ")\n" << source;
  return r.code;
}

// The code object and every code object nested in its constants.
void all_codes(Code* c, std::vector<Code*>& out) {
  out.push_back(c);
  for (Value v : c->consts) {
    if (v.is_obj() && v.as_obj()->kind == ObjKind::Code) all_codes(static_cast<Code*>(v.as_obj()), out);
  }
}

Code* nested(Code* c, std::string_view qualname) {
  std::vector<Code*> codes;
  all_codes(c, codes);
  for (Code* k : codes) {
    if (k->qualname->view() == qualname) return k;
  }
  ADD_FAILURE() << "no code object " << qualname;
  return nullptr;
}

// Instructions that never raise (so their exception-table coverage is moot).
bool cannot_raise(Op op) {
  switch (op) {
    case Op::NOP:
    case Op::JUMP:
    case Op::POP_TOP:
    case Op::PUSH_NULL:
    case Op::COPY:
    case Op::SWAP:
    case Op::LOAD_CONST:
    case Op::STORE_FAST:
    case Op::LOAD_CLOSURE:
    case Op::POP_EXCEPT:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::RETURN_VALUE:
      return true;
    default:
      return false;
  }
}

bool ends_flow(Op op) {
  return op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE ||
         op == Op::JUMP || op == Op::JUMP_BACKWARD;
}

// Walks every reachable instruction with the stack depth on arrival (from the
// entry, along both edges of jumps and into exception handlers, which start
// with the entry's depth plus the exception). Fails on a negative depth, a
// depth beyond max_stack, two different depths at one instruction, a jump
// or handler out of range, or control falling off the end.
void verify_stack(Code* c) {
  SCOPED_TRACE("code object " + std::string(c->qualname->view()));
  const int n = static_cast<int>(c->code.size());
  ASSERT_GT(n, 0);
  ASSERT_EQ(c->lines.size(), c->code.size());
  for (const ExceptionTableEntry& e : c->exception_table) {
    ASSERT_LT(e.start, e.end);
    ASSERT_LE(e.end, static_cast<uint32_t>(n));
    ASSERT_LT(e.handler, static_cast<uint32_t>(n));
    ASSERT_LT(static_cast<int>(e.depth), c->max_stack);  // room for the pushed exception
  }
  for (size_t i = 1; i < c->exception_table.size(); ++i) {
    // Sorted and disjoint: the VM finds the innermost handler by position.
    ASSERT_LE(c->exception_table[i - 1].end, c->exception_table[i].start);
  }

  std::vector<int> depth(n, -1);
  std::vector<int> work;
  auto reach = [&](int target, int d, int from) {
    ASSERT_GE(target, 0) << "from " << from;
    ASSERT_LT(target, n) << "jump out of range from " << from;
    ASSERT_GE(d, 0) << "negative stack depth arriving at " << target << " from " << from;
    ASSERT_LE(d, c->max_stack) << "stack overflow arriving at " << target << " from " << from;
    if (depth[target] < 0) {
      depth[target] = d;
      work.push_back(target);
    } else {
      ASSERT_EQ(depth[target], d) << "inconsistent depth at " << target << " from " << from;
    }
  };
  reach(0, 0, -1);
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    uint32_t ins = c->code[i];
    Op op = op_of(ins);
    ASSERT_LT(static_cast<int>(op), kOpCount) << "bad opcode at " << i;
    int arg = static_cast<int>(arg_of(ins));
    int d = depth[i];
    for (const ExceptionTableEntry& e : c->exception_table) {
      if (static_cast<uint32_t>(i) >= e.start && static_cast<uint32_t>(i) < e.end) {
        // The unwinder cuts the stack down to the handler's depth: an
        // instruction that may raise must have at least that much on it.
        // (`del e` right after `e = None`, ending an except-as block, is safe too.)
        bool safe_delete = op == Op::DELETE_FAST && i > 0 &&
                           c->code[i - 1] == encode(Op::STORE_FAST, static_cast<uint32_t>(arg));
        if (!cannot_raise(op) && !safe_delete) {
          ASSERT_LE(static_cast<int>(e.depth), d)
              << "handler depth above the stack at " << i << " (" << op_name(op) << ")";
        }
        reach(static_cast<int>(e.handler), e.depth + 1 + (e.push_lasti ? 1 : 0), i);
        if (::testing::Test::HasFatalFailure()) return;
      }
    }
    if (has_jump_target(op)) {
      reach(arg, d + stack_effect(op, arg, true), i);
      if (::testing::Test::HasFatalFailure()) return;
    }
    if (!ends_flow(op)) {
      ASSERT_LT(i + 1, n) << "control falls off the end after " << op_name(op);
      reach(i + 1, d + stack_effect(op, arg, false), i);
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
}

void verify_all(VM& vm, std::string_view source) {
  SCOPED_TRACE(std::string(source.substr(0, 200)));
  Code* c = compile(vm, source);
  ASSERT_NE(c, nullptr);
  std::vector<Code*> codes;
  all_codes(c, codes);
  for (Code* k : codes) {
    verify_stack(k);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// ---------------------------------------------------------------- opcode tables

TEST(Opcodes, NamesAreUniqueAndMatchTheEnum) {
  std::set<std::string> seen;
  for (int i = 0; i < kOpCount; ++i) {
    std::string name = op_name(static_cast<Op>(i));
    EXPECT_NE(name, "?") << i;
    EXPECT_TRUE(seen.insert(name).second) << "duplicate " << name;
  }
  EXPECT_LE(kOpCount, 256);  // the opcode is the low 8 bits of an instruction
  EXPECT_STREQ(op_name(Op::NOP), "NOP");
  EXPECT_STREQ(op_name(Op::LOAD_CONST), "LOAD_CONST");
  EXPECT_STREQ(op_name(Op::YIELD_VALUE), "YIELD_VALUE");
  EXPECT_STREQ(op_name(Op::END_ASYNC_FOR), "END_ASYNC_FOR");
  EXPECT_STREQ(op_name(Op::kCount), "?");
}

TEST(Opcodes, EncodingRoundTrips) {
  uint32_t ins = encode(Op::CALL_KW, kMaxArg);
  EXPECT_EQ(op_of(ins), Op::CALL_KW);
  EXPECT_EQ(arg_of(ins), kMaxArg);
  EXPECT_EQ(arg_of(encode(Op::LOAD_FAST, 0)), 0u);
  EXPECT_EQ(op_of(encode(Op::END_ASYNC_FOR, 12345)), Op::END_ASYNC_FOR);
}

// Expected (effect, jump effect) of every opcode for a sample argument,
// worked out from each instruction's stack picture. A new opcode must be
// added here too.
struct EffectCase {
  Op op;
  int arg;
  int effect;
  int jump_effect;
};

const EffectCase kEffects[] = {
    {Op::NOP, 0, 0, 0},
    {Op::POP_TOP, 0, -1, 0},
    {Op::PUSH_NULL, 0, 1, 0},
    {Op::COPY, 2, 1, 0},
    {Op::SWAP, 3, 0, 0},
    {Op::LOAD_CONST, 5, 1, 0},
    {Op::LOAD_FAST, 0, 1, 0},
    {Op::STORE_FAST, 0, -1, 0},
    {Op::LOAD_FAST_FOR_IADD, 0, 1, 0},
    {Op::DELETE_FAST, 0, 0, 0},
    {Op::LOAD_DEREF, 0, 1, 0},
    {Op::STORE_DEREF, 0, -1, 0},
    {Op::DELETE_DEREF, 0, 0, 0},
    {Op::LOAD_CLOSURE, 0, 1, 0},
    {Op::LOAD_GLOBAL, 0, 1, 0},
    {Op::STORE_GLOBAL, 0, -1, 0},
    {Op::DELETE_GLOBAL, 0, 0, 0},
    {Op::LOAD_NAME, 0, 1, 0},
    {Op::STORE_NAME, 0, -1, 0},
    {Op::DELETE_NAME, 0, 0, 0},
    {Op::SETUP_ANNOTATIONS, 0, 0, 0},
    {Op::LOAD_CLASSDEREF, 0, 1, 0},
    {Op::LOAD_ATTR, 0, 0, 0},
    {Op::STORE_ATTR, 0, -2, 0},
    {Op::DELETE_ATTR, 0, -1, 0},
    {Op::LOAD_METHOD, 0, 1, 0},
    {Op::BINARY_ADD, 0, -1, 0},
    {Op::BINARY_SUB, 0, -1, 0},
    {Op::BINARY_MUL, 0, -1, 0},
    {Op::BINARY_OP, 6, -1, 0},
    {Op::INPLACE_ADD, 0, -1, 0},
    {Op::INPLACE_SUB, 0, -1, 0},
    {Op::INPLACE_OP, 6, -1, 0},
    {Op::INPLACE_ADD_LOCAL, 0, -1, 0},
    {Op::COMPARE_OP, 2, -1, 0},
    {Op::IS_OP, 1, -1, 0},
    {Op::CONTAINS_OP, 0, -1, 0},
    {Op::UNARY_NEGATIVE, 0, 0, 0},
    {Op::UNARY_POSITIVE, 0, 0, 0},
    {Op::UNARY_NOT, 0, 0, 0},
    {Op::UNARY_INVERT, 0, 0, 0},
    {Op::BINARY_SUBSCR, 0, -1, 0},
    {Op::STORE_SUBSCR, 0, -3, 0},
    {Op::DELETE_SUBSCR, 0, -2, 0},
    {Op::BUILD_SLICE, 3, -2, 0},
    {Op::BUILD_TUPLE, 0, 1, 0},
    {Op::BUILD_LIST, 4, -3, 0},
    {Op::BUILD_SET, 1, 0, 0},
    {Op::BUILD_MAP, 3, -5, 0},
    {Op::BUILD_STRING, 2, -1, 0},
    {Op::LIST_APPEND, 2, -1, 0},
    {Op::SET_ADD, 2, -1, 0},
    {Op::MAP_ADD, 2, -2, 0},
    {Op::LIST_EXTEND, 1, -1, 0},
    {Op::SET_UPDATE, 1, -1, 0},
    {Op::DICT_UPDATE, 1, -1, 0},
    {Op::DICT_MERGE, 1, -1, 0},
    {Op::LIST_TO_TUPLE, 0, 0, 0},
    {Op::FORMAT_VALUE, 2, 0, 0},  // repr conversion, no spec
    {Op::UNPACK_SEQUENCE, 3, 2, 0},
    {Op::UNPACK_EX, 2 | (1 << 8), 3, 0},  // a, b, *rest, c: four items for one
    {Op::JUMP, 0, 0, 0},
    {Op::JUMP_BACKWARD, 0, 0, 0},
    {Op::POP_JUMP_IF_FALSE, 0, -1, -1},
    {Op::POP_JUMP_IF_TRUE, 0, -1, -1},
    {Op::POP_JUMP_IF_NONE, 0, -1, -1},
    {Op::POP_JUMP_IF_NOT_NONE, 0, -1, -1},
    {Op::JUMP_IF_FALSE_OR_POP, 0, -1, 0},
    {Op::JUMP_IF_TRUE_OR_POP, 0, -1, 0},
    {Op::GET_ITER, 0, 0, 0},
    {Op::GET_ITER, 1, 0, 0},
    {Op::POP_ITER, 0, -1, 0},
    {Op::FOR_ITER, 0, 1, -1},
    {Op::CALL, 3, -4, 0},
    {Op::CALL_KW, 3, -5, 0},
    {Op::CALL_EX, 1, -3, 0},
    {Op::MAKE_FUNCTION, 7, -3, 0},
    {Op::RETURN_VALUE, 0, -1, 0},
    {Op::LOAD_BUILD_CLASS, 0, 1, 0},
    {Op::IMPORT_NAME, 0, -1, 0},
    {Op::IMPORT_FROM, 0, 1, 0},
    {Op::IMPORT_STAR, 0, -1, 0},
    {Op::PRINT_EXPR, 0, -1, 0},
    {Op::RAISE_VARARGS, 2, -2, 0},
    {Op::RERAISE, 0, -1, 0},
    {Op::PUSH_EXC_INFO, 0, 1, 0},
    {Op::POP_EXCEPT, 0, -1, 0},
    {Op::CHECK_EXC_MATCH, 0, 0, 0},
    {Op::CHECK_EG_MATCH, 0, 0, 0},
    {Op::PREP_RERAISE_STAR, 0, -1, 0},
    {Op::LOAD_ASSERTION_ERROR, 0, 1, 0},
    {Op::BEFORE_WITH, 0, 1, 0},
    {Op::WITH_EXCEPT_START, 0, 1, 0},
    {Op::YIELD_VALUE, 0, 0, 0},
    {Op::SEND, 0, 0, -1},
    {Op::CLEANUP_THROW, 0, -1, 0},
    {Op::GET_YIELD_FROM_ITER, 0, 0, 0},
    {Op::GET_AWAITABLE, 0, 0, 0},
    {Op::GET_AITER, 0, 0, 0},
    {Op::GET_ANEXT, 0, 1, 0},
    {Op::GET_LEN, 0, 1, 0},
    {Op::MATCH_SEQUENCE, 0, 1, 0},
    {Op::MATCH_MAPPING, 0, 1, 0},
    {Op::MATCH_KEYS, 0, 1, 0},
    {Op::MATCH_CLASS, 2, -2, 0},
    {Op::END_ASYNC_FOR, 0, -2, 0},
    {Op::PUSH_NULL__LOAD_GLOBAL, 0, 1, 0},
    {Op::LOAD_FAST__LOAD_FAST, 0, 1, 0},
    {Op::LOAD_FAST__LOAD_CONST, 0, 1, 0},
    {Op::LOAD_FAST__LOAD_ATTR, 0, 1, 0},
    {Op::STORE_FAST__LOAD_FAST, 0, -1, 0},
    {Op::COPY__LOAD_ATTR, 1, 1, 0},
    {Op::SWAP__STORE_ATTR, 2, 0, 0},
    {Op::LOAD_CONST__BINARY_OP, 0, 1, 0},
    {Op::LOAD_FAST__LOAD_FAST__ARITH, 0, 1, 0},
    {Op::LOAD_FAST__LOAD_CONST__ARITH, 0, 1, 0},
    {Op::LOAD_FAST__LOAD_FAST__COMPARE, 0, 1, 0},
    {Op::LOAD_FAST__LOAD_CONST__COMPARE, 0, 1, 0},
};

TEST(Opcodes, StackEffectOfEveryOpcode) {
  std::set<int> covered;
  for (const EffectCase& e : kEffects) {
    covered.insert(static_cast<int>(e.op));
    EXPECT_EQ(stack_effect(e.op, e.arg, false), e.effect) << op_name(e.op) << " " << e.arg;
    EXPECT_EQ(stack_effect(e.op, e.arg, true), e.jump_effect) << op_name(e.op) << " " << e.arg;
  }
  for (int i = 0; i < kOpCount; ++i) {
    EXPECT_TRUE(covered.count(i)) << op_name(static_cast<Op>(i)) << " has no stack-effect case";
  }
}

TEST(Opcodes, ArgumentDependentEffects) {
  EXPECT_EQ(stack_effect(Op::BUILD_TUPLE, 10, false), -9);
  EXPECT_EQ(stack_effect(Op::CALL, 0, false), -1);  // null + callable -> result
  EXPECT_EQ(stack_effect(Op::CALL_EX, 0, false), -2);
  EXPECT_EQ(stack_effect(Op::MAKE_FUNCTION, 0, false), 0);
  EXPECT_EQ(stack_effect(Op::MAKE_FUNCTION, 4, false), -1);
  EXPECT_EQ(stack_effect(Op::FORMAT_VALUE, 4 | 1, false), -1);  // str conversion with a spec
  EXPECT_EQ(stack_effect(Op::UNPACK_SEQUENCE, 0, false), -1);
  EXPECT_EQ(stack_effect(Op::UNPACK_EX, 0, false), 0);  // *rest = seq
  EXPECT_EQ(stack_effect(Op::RAISE_VARARGS, 0, false), 0);
  EXPECT_EQ(stack_effect(Op::BUILD_SLICE, 2, false), -1);
}

TEST(Opcodes, JumpInstructions) {
  const Op jumps[] = {Op::JUMP, Op::JUMP_BACKWARD, Op::POP_JUMP_IF_FALSE, Op::POP_JUMP_IF_TRUE,
                      Op::POP_JUMP_IF_NONE, Op::POP_JUMP_IF_NOT_NONE, Op::JUMP_IF_FALSE_OR_POP,
                      Op::JUMP_IF_TRUE_OR_POP, Op::FOR_ITER, Op::SEND};
  std::set<int> jump_set;
  for (Op op : jumps) {
    EXPECT_TRUE(has_jump_target(op)) << op_name(op);
    jump_set.insert(static_cast<int>(op));
  }
  for (int i = 0; i < kOpCount; ++i) {
    Op op = static_cast<Op>(i);
    if (jump_set.count(i)) continue;
    EXPECT_FALSE(has_jump_target(op)) << op_name(op);
    // Only jumps have a separate jump effect.
    EXPECT_EQ(stack_effect(op, 1, true), 0) << op_name(op);
  }
}

// ---------------------------------------------------------------- stack depth

class Bytecode : public ::testing::Test {
 protected:
  coil::VM host_;
  VM& vm_ = coil::testing::internal(host_);
};

TEST_F(Bytecode, DeeplyNestedExpressions) {
  // Parenthesised sums 90 deep, right-nested: every left operand stays on
  // the stack, so the depth really grows.
  std::string sum = "x = " + repeat("(1 + ", 90) + "1" + repeat(")", 90) + "\n";
  verify_all(vm_, sum);
  Code* c = compile(vm_, sum);
  ASSERT_NE(c, nullptr);
  EXPECT_GE(c->max_stack, 91);
  // Nested calls: each level holds a null and a callable.
  std::string calls = "y = " + repeat("f(1, ", 60) + "2" + repeat(")", 60) + "\n";
  verify_all(vm_, calls);
  c = compile(vm_, calls);
  ASSERT_NE(c, nullptr);
  EXPECT_GE(c->max_stack, 60 * 3);
  // A long flat literal is built in one instruction.
  std::string items;
  for (int i = 0; i < 500; ++i) items += std::to_string(i) + ", ";
  verify_all(vm_, "z = [" + items + "]\nw = {" + items + "}\n");
  verify_all(vm_, "t = (" + repeat("[", 50) + repeat("]", 50) + ",)\n");
}

TEST_F(Bytecode, NestedExpressionsRunCorrectly) {
  // max_stack must really be enough: run them (a too-small stack would
  // overwrite the next frame's memory; ASan builds catch that).
  std::string out;
  coil::Config config;
  config.write_out = [&](std::string_view s) { out += s; };
  coil::VM host(config);
  std::string src = "print(" + repeat("(1 + ", 90) + "1" + repeat(")", 90) + ")\n" +
                    "def f(a, b): return a + b\n" + "print(" + repeat("f(1, ", 60) + "2" +
                    repeat(")", 60) + ")\n";
  ASSERT_TRUE(host.run_string(src)) << host.run_string(src).error().formatted;
  EXPECT_EQ(out, "91\n62\n");
}

TEST_F(Bytecode, ControlFlowCorpus) {
  const char* const programs[] = {
      // loops with break/continue/else, nested
      "for i in range(3):\n"
      "    for j in range(3):\n"
      "        if j == 1: continue\n"
      "        if i == 2: break\n"
      "    else:\n"
      "        pass\n"
      "while x:\n"
      "    if y: break\n"
      "else:\n"
      "    z = 1\n",
      // try/except/else/finally with returns and loops inside
      "def f(xs):\n"
      "    for x in xs:\n"
      "        try:\n"
      "            if x: return x\n"
      "            continue\n"
      "        except (ValueError, TypeError) as e:\n"
      "            break\n"
      "        except Exception:\n"
      "            raise\n"
      "        else:\n"
      "            x = 2\n"
      "        finally:\n"
      "            if x: return 3\n"
      "    return None\n",
      // nested with statements and exceptions in them
      "def g(a, b):\n"
      "    with a as x, b as y:\n"
      "        with open(x) as z:\n"
      "            return z.read()\n"
      "    try:\n"
      "        with a: raise ValueError\n"
      "    finally:\n"
      "        del a\n",
      // boolean logic, comparisons, conditional expressions
      "r = a and b or not c\n"
      "s = 1 < x <= y < 10 != z\n"
      "t = p if q else (u if v else w)\n"
      "assert a or b, 'message'\n",
      // unpacking, star arguments, keyword arguments
      "a, (b, *c), d = x\n"
      "first, *rest = y\n"
      "f(*args, k=1, **kw)\n"
      "f(1, *a, 2, *b, x=3, **c, **d)\n"
      "g(a, b=2)\n"
      "o.m(1, 2, key=3)\n"
      "x[1:2], y[::3], z[a, b:c] = 1, 2, 3\n"
      "x += 1; y[0] -= 2; z.a *= 3; w **= 2\n",
      // functions: defaults, closures, lambdas, decorators
      "@dec\n"
      "def f(a, b=1, *args, c, d=2, **kw):\n"
      "    def g(): return a + b\n"
      "    return lambda e=c: g() + e\n"
      "class C(B, metaclass=M):\n"
      "    x = 1\n"
      "    def m(self): return super().m() + __class__.x\n",
      // comprehensions of every kind and generators
      "l = [x * y for x in a if x for y in b]\n"
      "s = {x for x in a}\n"
      "d = {k: v for k, v in items}\n"
      "g = (x for x in a)\n"
      "def gen(n):\n"
      "    x = yield n\n"
      "    y = yield from x\n"
      "    return y\n",
      // async
      "async def co(a, b):\n"
      "    async with a as x:\n"
      "        async for y in b:\n"
      "            await y\n"
      "    return [await z async for z in b]\n"
      "async def agen():\n"
      "    yield 1\n",
      // f-strings, imports, globals, del
      "import os.path as p\n"
      "from m import a, b as c\n"
      "s = f'{a!r:>{w}} {b:.2f} {c!s}'\n"
      "def h():\n"
      "    global q\n"
      "    q = 1\n"
      "    del q\n",
      // try in a generator, raise from
      "def gen():\n"
      "    try:\n"
      "        yield 1\n"
      "    except GeneratorExit:\n"
      "        raise RuntimeError('x') from None\n"
      "    finally:\n"
      "        yield 2\n",
      // a walrus and nested functions in loops
      "while (line := read()) != '':\n"
      "    def cb(line=line): return line\n",
  };
  for (const char* p : programs) {
    verify_all(vm_, p);
    if (HasFatalFailure()) return;
  }
}

TEST_F(Bytecode, DeeplyNestedBlocks) {
  // 20 nested try/finally inside 20 nested loops.
  std::string src = "def f(x):\n";
  std::string indent = "    ";
  for (int i = 0; i < 20; ++i) {
    src += indent + "for i" + std::to_string(i) + " in x:\n";
    indent += "    ";
    src += indent + "try:\n";
    indent += "    ";
  }
  src += indent + "if x: break\n" + indent + "return 1\n";
  for (int i = 0; i < 20; ++i) {
    indent.resize(indent.size() - 4);
    src += indent + "finally:\n" + indent + "    x = " + std::to_string(i) + "\n";
    indent.resize(indent.size() - 4);
  }
  verify_all(vm_, src);
}

// ---------------------------------------------------------------- exception table

// True when instruction `i` is covered by an exception-table entry, and
// then the first instruction of its handler.
bool handler_of(Code* c, uint32_t i, Op& first) {
  for (const ExceptionTableEntry& e : c->exception_table) {
    if (i >= e.start && i < e.end) {
      first = op_of(c->code[e.handler]);
      return true;
    }
  }
  return false;
}

TEST_F(Bytecode, ExceptionTableCoversTryBody) {
  Code* mod = compile(vm_,
                      "def f():\n"
                      "    before()\n"
                      "    try:\n"
                      "        inside()\n"
                      "    except ValueError:\n"
                      "        handler()\n"
                      "    after()\n");
  ASSERT_NE(mod, nullptr);
  Code* f = nested(mod, "f");
  ASSERT_NE(f, nullptr);
  // Find the CALL of each function by its line.
  auto calls_on = [&](int line) {
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < f->code.size(); ++i) {
      if (op_of(f->code[i]) == Op::CALL && f->lines[i] == line) out.push_back(i);
    }
    return out;
  };
  Op first;
  for (uint32_t i : calls_on(4)) {
    ASSERT_TRUE(handler_of(f, i, first)) << "try body call at " << i << " unprotected";
    EXPECT_EQ(first, Op::PUSH_EXC_INFO);
  }
  ASSERT_EQ(calls_on(4).size(), 1u);
  ASSERT_EQ(calls_on(2).size(), 1u);
  ASSERT_EQ(calls_on(7).size(), 1u);
  EXPECT_FALSE(handler_of(f, calls_on(2)[0], first)) << "code before try is protected";
  EXPECT_FALSE(handler_of(f, calls_on(7)[0], first)) << "code after try is protected";
  // The except body has its own handler (restoring the handled exception).
  ASSERT_EQ(calls_on(6).size(), 1u);
  ASSERT_TRUE(handler_of(f, calls_on(6)[0], first));
  EXPECT_NE(first, Op::PUSH_EXC_INFO);
  verify_stack(f);
}

TEST_F(Bytecode, FinallyProtectsBodyAndHandlers) {
  Code* mod = compile(vm_,
                      "def f():\n"
                      "    try:\n"
                      "        a()\n"
                      "    except E:\n"
                      "        b()\n"
                      "    finally:\n"
                      "        c()\n");
  Code* f = mod ? nested(mod, "f") : nullptr;
  ASSERT_NE(f, nullptr);
  int protected_calls = 0, finally_calls = 0;
  Op first;
  for (uint32_t i = 0; i < f->code.size(); ++i) {
    if (op_of(f->code[i]) != Op::CALL) continue;
    if (f->lines[i] == 3 || f->lines[i] == 5) {
      EXPECT_TRUE(handler_of(f, i, first)) << "line " << f->lines[i];
      ++protected_calls;
    }
    if (f->lines[i] == 7) ++finally_calls;
  }
  EXPECT_EQ(protected_calls, 2);
  EXPECT_EQ(finally_calls, 2);  // the normal path and the exceptional path
  verify_stack(f);
}

TEST_F(Bytecode, HandlerDepthKeepsLoopIterator) {
  // Inside a for loop the iterator is on the stack: the handler must keep it.
  Code* mod = compile(vm_,
                      "def f(xs):\n"
                      "    for x in xs:\n"
                      "        try:\n"
                      "            g(x)\n"
                      "        except E:\n"
                      "            pass\n");
  Code* f = mod ? nested(mod, "f") : nullptr;
  ASSERT_NE(f, nullptr);
  bool found = false;
  for (uint32_t i = 0; i < f->code.size(); ++i) {
    if (op_of(f->code[i]) == Op::CALL && f->lines[i] == 4) {
      for (const ExceptionTableEntry& e : f->exception_table) {
        if (i >= e.start && i < e.end) {
          EXPECT_EQ(e.depth, 1);
          found = true;
        }
      }
    }
  }
  EXPECT_TRUE(found);
  verify_stack(f);
}

// ---------------------------------------------------------------- code objects

TEST_F(Bytecode, CodeFlags) {
  Code* mod = compile(vm_,
                      "def plain(a, *args, **kw):\n"
                      "    def inner(): pass\n"
                      "def gen(): yield\n"
                      "async def co(): pass\n"
                      "async def agen(): yield\n"
                      "g = (x for x in y)\n"
                      "l = [x for x in y]\n");
  ASSERT_NE(mod, nullptr);
  const uint32_t kinds = Code::kGenerator | Code::kCoroutine | Code::kAsyncGenerator;
  EXPECT_EQ(mod->code_flags & kinds, 0u);
  Code* plain = nested(mod, "plain");
  Code* inner = nested(mod, "plain.<locals>.inner");
  Code* gen = nested(mod, "gen");
  Code* co = nested(mod, "co");
  Code* agen = nested(mod, "agen");
  Code* genexpr = nested(mod, "<genexpr>");
  Code* listcomp = nested(mod, "<listcomp>");
  ASSERT_TRUE(plain && inner && gen && co && agen && genexpr && listcomp);
  EXPECT_EQ(plain->code_flags & kinds, 0u);
  EXPECT_EQ(plain->code_flags & (Code::kVarargs | Code::kVarkw), Code::kVarargs | Code::kVarkw);
  EXPECT_EQ(plain->code_flags & Code::kNested, 0u);
  EXPECT_EQ(inner->code_flags & Code::kNested, Code::kNested);
  EXPECT_EQ(gen->code_flags & kinds, Code::kGenerator);
  EXPECT_EQ(co->code_flags & kinds, Code::kCoroutine);
  EXPECT_EQ(agen->code_flags & kinds, Code::kAsyncGenerator);
  EXPECT_EQ(genexpr->code_flags & kinds, Code::kGenerator);
  EXPECT_EQ(listcomp->code_flags & kinds, 0u);
  EXPECT_EQ(plain->argcount, 1);
  EXPECT_EQ(listcomp->argcount, 1);  // the iterator
}

TEST_F(Bytecode, CodeObjectLayout) {
  Code* mod = compile(vm_,
                      "def outer(p, q):\n"
                      "    local = 1\n"
                      "    def inner():\n"
                      "        return p + local\n"
                      "    return inner\n");
  ASSERT_NE(mod, nullptr);
  Code* outer = nested(mod, "outer");
  Code* inner = nested(mod, "outer.<locals>.inner");
  ASSERT_TRUE(outer && inner);
  auto names = [](const std::vector<Str*>& v) {
    std::vector<std::string> out;
    for (Str* s : v) out.emplace_back(s->view());
    return out;
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(names(outer->varnames), (Names{"p", "q", "inner"}));
  EXPECT_EQ(names(outer->cellvars), (Names{"local", "p"}));
  ASSERT_EQ(outer->cell_param.size(), 2u);
  EXPECT_EQ(outer->cell_param[0], -1);  // `local` is not a parameter
  EXPECT_EQ(outer->cell_param[1], 0);   // `p` is argument 0
  EXPECT_EQ(names(inner->freevars), (Names{"local", "p"}));
  EXPECT_EQ(outer->firstlineno, 1);
  EXPECT_EQ(inner->firstlineno, 3);
  EXPECT_EQ(outer->name->view(), "outer");
  EXPECT_EQ(std::string(outer->filename->view()), "<test>");
  EXPECT_EQ(outer->frame_slots(), 3 + 2 + 0 + outer->max_stack);
}

TEST_F(Bytecode, LineNumbersFollowSource) {
  Code* mod = compile(vm_, "a = 1\n\nb = 2\nc = (a +\n     b)\n");
  ASSERT_NE(mod, nullptr);
  std::set<int> store_lines;
  for (size_t i = 0; i < mod->code.size(); ++i) {
    EXPECT_GE(mod->lines[i], 1);
    EXPECT_LE(mod->lines[i], 5);
    if (op_of(mod->code[i]) == Op::STORE_GLOBAL || op_of(mod->code[i]) == Op::STORE_NAME) {
      store_lines.insert(mod->lines[i]);
    }
  }
  EXPECT_EQ(store_lines, (std::set<int>{1, 3, 4}));
}

// ---------------------------------------------------------------- disassembler

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

TEST_F(Bytecode, DisassemblerShowsSuspensionPoints) {
  Code* mod = compile(vm_,
                      "def gen():\n"
                      "    x = yield 1\n"
                      "    yield from x\n"
                      "def plain():\n"
                      "    return 1\n");
  ASSERT_NE(mod, nullptr);
  std::string text = disassemble(vm_, mod);
  EXPECT_NE(text.find("Disassembly of <code object gen, line 1>"), std::string::npos) << text;
  EXPECT_NE(text.find("Disassembly of <code object plain, line 4>"), std::string::npos) << text;
  // Every YIELD_VALUE and SEND line is marked, and nothing else is.
  int marked = 0, suspending = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    bool suspends = line.find(" YIELD_VALUE ") != std::string::npos ||
                    line.find(" SEND ") != std::string::npos;
    bool mark = line.find("<- suspends") != std::string::npos;
    EXPECT_EQ(suspends, mark) << line;
    marked += mark;
    suspending += suspends;
    start = end + 1;
  }
  // yield 1, then yield from: SEND plus the YIELD_VALUE of its loop.
  EXPECT_EQ(marked, 3) << text;
  EXPECT_EQ(suspending, 3);
  // The plain function has no suspension point.
  std::string plain = text.substr(text.find("Disassembly of <code object plain"));
  EXPECT_EQ(count(plain, "suspends"), 0) << plain;
}

TEST_F(Bytecode, DisassemblerListsExceptionTableAndNames) {
  Code* mod = compile(vm_,
                      "def f():\n"
                      "    try:\n"
                      "        g()\n"
                      "    except E:\n"
                      "        pass\n");
  ASSERT_NE(mod, nullptr);
  std::string text = disassemble(vm_, mod);
  EXPECT_NE(text.find("ExceptionTable:"), std::string::npos) << text;
  EXPECT_NE(text.find("LOAD_GLOBAL"), std::string::npos);
  EXPECT_NE(text.find("(g)"), std::string::npos);
  EXPECT_NE(text.find("PUSH_EXC_INFO"), std::string::npos);
  EXPECT_NE(text.find(">>"), std::string::npos);  // jump/handler targets are marked
}

TEST_F(Bytecode, PublicDisassembleAndAwait) {
  coil::Result<std::string> r = host_.disassemble("async def co():\n    await x\n", "<dis>");
  ASSERT_TRUE(r);
  EXPECT_NE(r.value().find("GET_AWAITABLE"), std::string::npos) << r.value();
  EXPECT_EQ(count(r.value(), "<- suspends"), 2) << r.value();  // SEND and its YIELD_VALUE
  coil::Result<std::string> bad = host_.disassemble("def (:\n", "<dis>");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().type, "SyntaxError");
}

}  // namespace
}  // namespace coil::vm
