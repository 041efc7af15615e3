// Unit tests for the embedding API (include/coil/coil.hpp): running source
// and files, evaluating expressions, output capture, argv, the file-access
// switch, the fields of Error (exceptions, SystemExit, syntax errors) and
// coil::Value handles, including their survival across garbage collections.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "coil/coil.hpp"
#include "embed/testing.hpp"
#include "vm/vm.hpp"

namespace {

namespace fs = std::filesystem;

// A temporary directory, removed with its files at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "coil_api_test_XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (mkdtemp(buf.data())) path_ = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Captured {
  std::string out, err;
  coil::Config config() {
    coil::Config c;
    c.write_out = [this](std::string_view s) { out += s; };
    c.write_err = [this](std::string_view s) { err += s; };
    return c;
  }
};

// ---------------------------------------------------------------- running code

TEST(Api, RunStringCapturesOutput) {
  Captured cap;
  coil::VM vm(cap.config());
  coil::RunResult r = vm.run_string("print('hello', 1 + 2)\nprint('a', 'b', sep='-', end='!')\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(cap.out, "hello 3\na-b!");
  EXPECT_EQ(cap.err, "");
}

TEST(Api, StderrGoesToWriteErr) {
  Captured cap;
  coil::VM vm(cap.config());
  ASSERT_TRUE(vm.run_string("import sys\n"
                            "sys.stderr.write('to err\\n')\n"
                            "print('also err', file=sys.stderr)\n"
                            "sys.stdout.write('to out\\n')\n"));
  EXPECT_EQ(cap.out, "to out\n");
  EXPECT_EQ(cap.err, "to err\nalso err\n");
}

TEST(Api, StatepersistsBetweenRuns) {
  Captured cap;
  coil::VM vm(cap.config());
  ASSERT_TRUE(vm.run_string("def square(x):\n    return x * x\ncount = 1\n"));
  ASSERT_TRUE(vm.run_string("count += 1\nprint(square(count))\n"));
  EXPECT_EQ(cap.out, "4\n");
  coil::Result<coil::Value> v = vm.eval("square(count) + 1");
  ASSERT_TRUE(v);
  EXPECT_EQ(v.value().as_int(), 5);
}

TEST(Api, RunFileSetsMainAndImportsSiblings) {
  TempDir dir;
  dir.write("helper_mod.py", "GREETING = 'hi from helper'\n");
  std::string main = dir.write("main_script.py",
                               "import helper_mod\n"
                               "print(__name__, helper_mod.GREETING)\n"
                               "print(__file__.endswith('main_script.py'))\n");
  Captured cap;
  coil::VM vm(cap.config());
  coil::RunResult r = vm.run_file(main);
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(cap.out, "__main__ hi from helper\nTrue\n");
}

// run_module: the library's modules as __main__ (python -m), packages
// through __main__, the host's hook, and the not-found errors.
TEST(Api, RunModuleRunsLibraryModulesAsMain) {
  Captured cap;
  coil::Config config = cap.config();
  config.argv = {"-m", "x", "-y"};
  coil::VM vm(config);
  vm.set_module_source([](std::string_view name) -> std::optional<coil::ModuleSource> {
    if (name == "tool_pkg") return coil::ModuleSource{"", "", true};
    if (name == "tool_pkg.__main__") {
      return coil::ModuleSource{"import sys\nprint(__name__, __package__, sys.argv)\n", "", false};
    }
    return std::nullopt;
  });
  coil::RunResult r = vm.run_module("tool_pkg");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(cap.out, "__main__ tool_pkg ['tool_pkg/__main__.py', 'x', '-y']\n");
  r = vm.run_module("no_such_module");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "ModuleNotFoundError");
  EXPECT_EQ(r.error().message, "No module named no_such_module");
  EXPECT_TRUE(r.error().traceback.empty());
  r = vm.run_module("json");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "No module named json.__main__; 'json' is a package and cannot be directly executed");
}

TEST(Api, RunModuleJsonTool) {
  Captured cap;
  coil::Config config = cap.config();
  config.argv = {"-m", "--sort-keys"};
  coil::VM vm(config);
  ASSERT_TRUE(vm.run_string("import sys, io\nsys.stdin = io.StringIO('{\"b\": 1, \"a\": [2]}')\n"));
  coil::RunResult r = vm.run_module("json.tool");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(cap.out, "{\n    \"a\": [\n        2\n    ],\n    \"b\": 1\n}\n");
}

TEST(Api, RunFileErrorHasSourceLines) {
  TempDir dir;
  std::string path = dir.write("fails.py",
                               "def inner(x):\n"
                               "    return 10 // x\n"
                               "\n"
                               "def outer():\n"
                               "    return inner(0)\n"
                               "\n"
                               "outer()\n");
  Captured cap;
  coil::VM vm(cap.config());
  coil::RunResult r = vm.run_file(path);
  ASSERT_FALSE(r);
  const coil::Error& e = r.error();
  EXPECT_EQ(e.type, "ZeroDivisionError");
  ASSERT_EQ(e.traceback.size(), 3u);
  EXPECT_EQ(e.traceback[0].filename, path);
  EXPECT_EQ(e.traceback[0].line, 7);
  EXPECT_EQ(e.traceback[0].function, "<module>");
  EXPECT_EQ(e.traceback[0].source_line, "outer()");
  EXPECT_EQ(e.traceback[1].source_line, "return inner(0)");
  EXPECT_EQ(e.traceback[2].filename, path);
  EXPECT_EQ(e.traceback[2].function, "inner");
  EXPECT_EQ(e.traceback[2].source_line, "return 10 // x");
  // CPython's layout: each frame's File line, then its stripped source line.
  std::string frame = "  File \"" + path + "\", line 2, in inner\n    return 10 // x\n";
  EXPECT_NE(e.formatted.find(frame), std::string::npos) << e.formatted;
  EXPECT_TRUE(e.formatted.ends_with("ZeroDivisionError: integer division or modulo by zero\n"))
      << e.formatted;
}

TEST(Api, RunFileOfMissingFile) {
  coil::VM vm;
  coil::RunResult r = vm.run_file("/nonexistent/dir/nothing_here.py");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "FileNotFoundError");
  EXPECT_NE(r.error().message.find("No such file or directory"), std::string::npos);
  EXPECT_FALSE(r.error().is_system_exit);
  EXPECT_FALSE(r.error().formatted.empty());
  // A directory is not a script either; the VM must simply report an error.
  coil::RunResult d = vm.run_file("/");
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().type, "IsADirectoryError");
  EXPECT_EQ(d.error().message, "[Errno 21] Is a directory: '/'");
}

TEST(Api, Argv) {
  Captured cap;
  coil::Config c = cap.config();
  c.argv = {"prog.py", "--flag", "value with spaces", ""};
  coil::VM vm(c);
  ASSERT_TRUE(vm.run_string("import sys\nprint(sys.argv)\n"));
  EXPECT_EQ(cap.out, "['prog.py', '--flag', 'value with spaces', '']\n");
}

TEST(Api, ReadLineFeedsInput) {
  Captured cap;
  coil::Config c = cap.config();
  std::vector<std::string> lines = {"first", "second"};
  size_t next = 0;
  c.read_line = [&](std::string& line) {
    if (next == lines.size()) return false;
    line = lines[next++];
    return true;
  };
  coil::VM vm(c);
  coil::RunResult r = vm.run_string("a = input('> ')\nb = input()\nprint(a + '|' + b)\ninput()\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "EOFError");
  EXPECT_EQ(cap.out, "> first|second\n");
}

// ---------------------------------------------------------------- file access

TEST(Api, FileAccessCanBeRefused) {
  TempDir dir;
  dir.write("secret_mod.py", "VALUE = 42\n");
  std::string data = dir.write("data.txt", "contents\n");

  Captured allowed_cap;
  coil::Config allowed = allowed_cap.config();
  allowed.module_path = {dir.path()};
  coil::VM open_vm(allowed);
  coil::RunResult r = open_vm.run_string("import secret_mod\nprint(secret_mod.VALUE)\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(allowed_cap.out, "42\n");

  Captured cap;
  coil::Config refused = cap.config();
  refused.module_path = {dir.path()};
  refused.allow_file_access = false;
  coil::VM vm(refused);
  r = vm.run_string("import secret_mod\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "ModuleNotFoundError");
  EXPECT_EQ(r.error().message, "No module named 'secret_mod'");
  r = vm.run_string("open('" + data + "').read()\n");
  ASSERT_FALSE(r) << "open() must be refused";
  EXPECT_EQ(r.error().type, "PermissionError");
  EXPECT_EQ(r.error().message, "open() is disabled: the host does not allow file access");
  r = open_vm.run_string("print(open('" + data + "').read(), end='')\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(allowed_cap.out, "42\ncontents\n");
  // Built-in modules stay available.
  r = vm.run_string("import math, sys\nprint(math.floor(2.5))\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(cap.out, "2\n");
}

// ---------------------------------------------------------------- SystemExit

TEST(Api, SystemExitCodes) {
  Captured cap;
  coil::VM vm(cap.config());
  struct Case {
    const char* source;
    int code;
    const char* formatted;
  } cases[] = {
      {"import sys\nsys.exit(3)\n", 3, ""},
      {"import sys\nsys.exit()\n", 0, ""},
      {"import sys\nsys.exit(None)\n", 0, ""},
      {"raise SystemExit\n", 0, ""},
      {"raise SystemExit(True)\n", 1, ""},
      {"import sys\nsys.exit('fatal: bye')\n", 1, "fatal: bye\n"},
      {"import sys\nsys.exit([1])\n", 1, "[1]\n"},
  };
  for (const Case& c : cases) {
    coil::RunResult r = vm.run_string(c.source);
    ASSERT_FALSE(r) << c.source;
    EXPECT_TRUE(r.error().is_system_exit) << c.source;
    EXPECT_EQ(r.error().type, "SystemExit") << c.source;
    EXPECT_EQ(r.error().exit_code, c.code) << c.source;
    EXPECT_EQ(r.error().formatted, c.formatted) << c.source;
  }
  // finally blocks run on the way out.
  coil::RunResult r = vm.run_string("import sys\ntry:\n    sys.exit(4)\nfinally:\n    print('cleanup')\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().exit_code, 4);
  EXPECT_EQ(cap.out, "cleanup\n");
  // SystemExit can be caught like any exception.
  ASSERT_TRUE(vm.run_string("try:\n    raise SystemExit(5)\nexcept SystemExit as e:\n    print(e.code)\n"));
  EXPECT_EQ(cap.out, "cleanup\n5\n");
}

// ---------------------------------------------------------------- syntax errors

TEST(Api, SyntaxErrorFields) {
  coil::VM vm;
  coil::RunResult r = vm.run_string("x = (1,\n", "prog.py");
  ASSERT_FALSE(r);
  const coil::Error& e = r.error();
  EXPECT_EQ(e.type, "SyntaxError");
  EXPECT_EQ(e.message, "'(' was never closed");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.column, 5);
  EXPECT_TRUE(e.traceback.empty());
  EXPECT_EQ(e.formatted,
            "  File \"prog.py\", line 1\n"
            "    x = (1,\n"
            "        ^\n"
            "SyntaxError: '(' was never closed\n");

  r = vm.run_string("a = 1\nif a\n    pass\n", "cond.py");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "expected ':'");
  EXPECT_EQ(r.error().line, 2);
  EXPECT_EQ(r.error().column, 5);
  EXPECT_EQ(r.error().formatted,
            "  File \"cond.py\", line 2\n"
            "    if a\n"
            "        ^\n"
            "SyntaxError: expected ':'\n");

  r = vm.run_string("def f():\n    return [1, 2\n", "brackets.py");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "'[' was never closed");
  EXPECT_EQ(r.error().line, 2);
  EXPECT_EQ(r.error().column, 12);
  EXPECT_NE(r.error().formatted.find("    return [1, 2\n           ^\n"), std::string::npos)
      << r.error().formatted;
}

TEST(Api, IndentationAndScopeErrors) {
  coil::VM vm;
  coil::RunResult r = vm.run_string("x = 1\n  y = 2\n", "indent.py");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "IndentationError");
  EXPECT_EQ(r.error().message, "unexpected indent");
  EXPECT_EQ(r.error().line, 2);
  // Errors found by the compiler's scope analysis come out the same way.
  r = vm.run_string("def f():\n    pass\nreturn 5\n", "ret.py");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "SyntaxError");
  EXPECT_EQ(r.error().message, "'return' outside function");
  EXPECT_EQ(r.error().line, 3);
  EXPECT_EQ(r.error().column, 1);
  EXPECT_EQ(r.error().formatted.rfind("  File \"ret.py\", line 3\n    return 5\n    ^", 0), 0u)
      << r.error().formatted;
  EXPECT_TRUE(r.error().formatted.ends_with("\nSyntaxError: 'return' outside function\n"))
      << r.error().formatted;
}

TEST(Api, SyntaxErrorRunsNothing) {
  Captured cap;
  coil::VM vm(cap.config());
  coil::RunResult r = vm.run_string("print('before')\nx = = 1\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "SyntaxError");
  EXPECT_EQ(cap.out, "");
}

// ---------------------------------------------------------------- eval and values

TEST(Api, EvalValues) {
  coil::VM vm;
  coil::Result<coil::Value> r = vm.eval("6 * 7");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r.value().is_int());
  EXPECT_EQ(r.value().as_int(), 42);
  EXPECT_EQ(r.value().type_name(), "int");

  r = vm.eval("'caf\\u00e9' * 2");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r.value().is_str());
  EXPECT_EQ(r.value().as_str(), "caf\xc3\xa9" "caf\xc3\xa9");
  EXPECT_EQ(r.value().repr(), "'caf\xc3\xa9" "caf\xc3\xa9'");

  r = vm.eval("1 / 4");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r.value().is_float());
  EXPECT_DOUBLE_EQ(r.value().as_float(), 0.25);

  r = vm.eval("None");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r.value().is_none());
  EXPECT_EQ(r.value().repr(), "None");

  r = vm.eval("3 > 2");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r.value().is_bool());
  EXPECT_TRUE(r.value().as_bool());

  r = vm.eval("[1, (2, 'x'), {'k': None}]");
  ASSERT_TRUE(r);
  EXPECT_EQ(r.value().repr(), "[1, (2, 'x'), {'k': None}]");
  EXPECT_EQ(r.value().type_name(), "list");
  EXPECT_FALSE(r.value().is_str());
  EXPECT_THROW(r.value().as_str(), coil::Error);  // not a str: an error, not ""
}

TEST(Api, EvalIntegersBeyondSmallRange) {
  coil::VM vm;
  // Ints that fit in int64 read back exactly, whatever their representation.
  for (const char* expr : {"2**47", "-2**47 - 1", "2**62 + 12345", "2**63 - 1", "-2**63"}) {
    coil::Result<coil::Value> r = vm.eval(expr);
    ASSERT_TRUE(r) << expr;
    EXPECT_TRUE(r.value().is_int()) << expr;
    coil::Result<coil::Value> text = vm.eval(std::string("str(") + expr + ")");
    ASSERT_TRUE(text);
    EXPECT_EQ(std::to_string(r.value().as_int()), text.value().as_str()) << expr;
  }
  coil::Result<coil::Value> big = vm.eval("2**63");
  ASSERT_TRUE(big);
  EXPECT_TRUE(big.value().is_int());  // an int, though it does not fit in int64
  EXPECT_FALSE(big.value().to<int64_t>());
  EXPECT_EQ(big.value().as<uint64_t>(), uint64_t(1) << 63);
  EXPECT_EQ(big.value().type_name(), "int");
  EXPECT_EQ(big.value().repr(), "9223372036854775808");
}

TEST(Api, EvalSeesMainGlobals) {
  coil::VM vm;
  ASSERT_TRUE(vm.run_string("items = ['a', 'b']\n"));
  coil::Result<coil::Value> r = vm.eval("len(items)");
  ASSERT_TRUE(r);
  EXPECT_EQ(r.value().as_int(), 2);
}

TEST(Api, EvalErrors) {
  coil::VM vm;
  coil::Result<coil::Value> r = vm.eval("undefined_thing + 1");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "NameError");
  EXPECT_EQ(r.error().message, "name 'undefined_thing' is not defined");
  // Statements and garbage are syntax errors, not crashes.
  for (const char* bad : {"x = 1", "1 +", "", ")", "def", "\xff\xfe\xfd", "yield 1",
                          "'unterminated", "(((((", "import os"}) {
    r = vm.eval(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().type, "SyntaxError") << bad;
    EXPECT_FALSE(r.error().formatted.empty()) << bad;
  }
  r = vm.eval("1 // 0");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "ZeroDivisionError");
  // The VM still works.
  r = vm.eval("2 + 2");
  ASSERT_TRUE(r);
  EXPECT_EQ(r.value().as_int(), 4);
}

TEST(Api, MisuseNeverCrashes) {
  Captured cap;
  coil::VM vm(cap.config());
  std::string with_nul("print(1)\0print(2)\n", 18);
  EXPECT_FALSE(vm.run_string(with_nul));
  EXPECT_FALSE(vm.run_string("\xc3("));
  EXPECT_FALSE(vm.run_string("def f(\n"));
  EXPECT_FALSE(vm.run_file(""));
  coil::Result<std::string> d = vm.disassemble(")(", "<x>");
  EXPECT_FALSE(d);
  // A default handle is None and safe to use.
  coil::Value none;
  EXPECT_TRUE(none.is_none());
  EXPECT_EQ(none.repr(), "None");
  EXPECT_EQ(none.type_name(), "NoneType");
  // A value whose repr raises.
  ASSERT_TRUE(vm.run_string("class Bad:\n    def __repr__(self):\n        raise ValueError('no')\n"));
  coil::Result<coil::Value> bad = vm.eval("Bad()");
  ASSERT_TRUE(bad);
  std::string text = bad.value().repr();  // must not throw or leave an exception pending
  EXPECT_TRUE(vm.run_string("print('still fine')\n"));
  EXPECT_EQ(cap.out, "still fine\n");
}

// ---------------------------------------------------------------- handles and GC

TEST(Api, ValuesSurviveGarbageCollection) {
  coil::VM vm;
  coil::Result<coil::Value> r = vm.eval("[str(i) * 3 for i in range(5)] + [{'key': (1, 2)}]");
  ASSERT_TRUE(r);
  coil::Value list = r.value();
  coil::Result<coil::Value> s = vm.eval("'-'.join(['handle'] * 3)");
  ASSERT_TRUE(s);
  coil::Value text = s.value();
  coil::Result<coil::Value> b = vm.eval("2**200");
  ASSERT_TRUE(b);
  coil::Value big = b.value();
  // Nothing in the VM refers to these values any more; allocate a lot.
  ASSERT_TRUE(vm.run_string("junk = None\n"
                            "for i in range(100000):\n"
                            "    junk = [str(i), {i: i}, (i, i)]\n"
                            "junk = None\n"));
  coil::testing::internal(vm).collect_garbage();
  coil::testing::internal(vm).collect_garbage();
  EXPECT_EQ(list.repr(), "['000', '111', '222', '333', '444', {'key': (1, 2)}]");
  EXPECT_EQ(text.as_str(), "handle-handle-handle");
  EXPECT_EQ(big.repr(), "1606938044258990275541962092341162602522202993782792835301376");
}

TEST(Api, HandleCopiesAndMoves) {
  coil::VM vm;
  coil::Value copy;
  {
    coil::Result<coil::Value> r = vm.eval("{'a': [1, 2, 3]}");
    ASSERT_TRUE(r);
    coil::Value original = r.value();
    copy = original;  // copy assignment
    coil::Value moved = std::move(original);
    coil::Value copied(moved);
    EXPECT_EQ(copied.repr(), "{'a': [1, 2, 3]}");
  }
  // Every other handle is gone; the copy alone keeps the dict alive.
  ASSERT_TRUE(vm.run_string("for i in range(50000):\n    t = [i] * 4\n"));
  coil::testing::internal(vm).collect_garbage();
  EXPECT_EQ(copy.repr(), "{'a': [1, 2, 3]}");
  coil::Value self_assign = copy;
  self_assign = self_assign;
  EXPECT_EQ(self_assign.repr(), "{'a': [1, 2, 3]}");
}

TEST(Api, ReleasedHandlesLetObjectsBeCollected) {
  coil::VM vm;
  coil::vm::VM& impl = coil::testing::internal(vm);
  impl.collect_garbage();
  size_t before = impl.heap.object_count();
  {
    coil::Result<coil::Value> r = vm.eval("[[i] for i in range(5000)]");
    ASSERT_TRUE(r);
    coil::Value held = r.value();
    impl.collect_garbage();
    EXPECT_GE(impl.heap.object_count(), before + 5000);
  }
  impl.collect_garbage();
  EXPECT_LT(impl.heap.object_count(), before + 100);
}

TEST(Api, ManyHandles) {
  coil::VM vm;
  std::vector<coil::Value> values;
  for (int i = 0; i < 2000; ++i) {
    coil::Result<coil::Value> r = vm.eval("'v' + str(" + std::to_string(i) + ")");
    ASSERT_TRUE(r);
    values.push_back(r.value());
  }
  // Free every other one, then make more (slots are reused).
  for (int i = 0; i < 2000; i += 2) values[i] = coil::Value();
  ASSERT_TRUE(vm.run_string("x = [str(i) for i in range(20000)]\nx = None\n"));
  coil::testing::internal(vm).collect_garbage();
  for (int i = 1; i < 2000; i += 2) {
    ASSERT_EQ(values[i].as_str(), "v" + std::to_string(i));
  }
}

TEST(Api, TwoVmsWithHandles) {
  coil::VM a, b;
  coil::Result<coil::Value> ra = a.eval("'from a'");
  coil::Result<coil::Value> rb = b.eval("'from b'");
  ASSERT_TRUE(ra && rb);
  coil::Value va = ra.value(), vb = rb.value();
  ASSERT_TRUE(a.run_string("for i in range(30000):\n    s = str(i)\n"));
  ASSERT_TRUE(b.run_string("for i in range(30000):\n    s = str(i)\n"));
  coil::testing::internal(a).collect_garbage();
  coil::testing::internal(b).collect_garbage();
  EXPECT_EQ(va.as_str(), "from a");
  EXPECT_EQ(vb.as_str(), "from b");
}

}  // namespace
