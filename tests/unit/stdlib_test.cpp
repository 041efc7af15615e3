// Unit tests for the standard modules' host-facing behaviour: files are
// flushed when collected and when the VM is destroyed, and the hidden
// random.Random instance can be seeded from C++ (seed_random).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "coil/coil.hpp"
#include "embed/testing.hpp"
#include "stdlib/stdlib.hpp"

namespace {

namespace fs = std::filesystem;

std::string temp_path(const char* name) {
  return (fs::temp_directory_path() / (std::string("coil_stdlib_test_") + std::to_string(getpid()) + "_" + name))
      .string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Captured {
  std::string out;
  coil::Config config() {
    coil::Config c;
    c.write_out = [this](std::string_view s) { out += s; };
    c.write_err = [](std::string_view) {};
    return c;
  }
};

TEST(Stdlib, UnclosedFileIsFlushedAtVmTeardown) {
  std::string path = temp_path("teardown.txt");
  {
    Captured cap;
    coil::VM vm(cap.config());
    coil::RunResult r = vm.run_string("f = open(r'" + path + "', 'w')\nf.write('kept\\n' * 3)\n");
    ASSERT_TRUE(r) << r.error().formatted;
  }
  EXPECT_EQ(slurp(path), "kept\nkept\nkept\n");
  std::remove(path.c_str());
}

TEST(Stdlib, UnreachableFileIsFlushedWhenCollected) {
  std::string path = temp_path("collected.txt");
  Captured cap;
  coil::VM vm(cap.config());
  coil::RunResult r = vm.run_string("open(r'" + path + "', 'w').write('data')\n");
  ASSERT_TRUE(r) << r.error().formatted;
  coil::testing::internal(vm).collect_garbage();
  EXPECT_EQ(slurp(path), "data");
  std::remove(path.c_str());
}

TEST(Stdlib, TracebacksLeaveOutFrozenModuleFrames) {
  Captured cap;
  coil::VM vm(cap.config());
  coil::RunResult r = vm.run_string(
      "import functools, heapq\n"
      "@functools.lru_cache\n"
      "def f(x):\n"
      "    return 1 / x\n"
      "heapq.nsmallest(1, [0], key=f)\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "ZeroDivisionError");
  EXPECT_EQ(r.error().formatted.find("<frozen"), std::string::npos) << r.error().formatted;
  EXPECT_NE(r.error().formatted.find("line 4, in f"), std::string::npos) << r.error().formatted;
}

TEST(Stdlib, ModulesWrittenInCoilAreCompiledIn) {
  // No file access at all: these imports must come from the binary.
  Captured cap;
  coil::Config c = cap.config();
  c.allow_file_access = false;
  coil::VM vm(c);
  coil::RunResult r = vm.run_string(
      "import itertools, functools, collections, heapq, operator, contextlib, typing, dataclasses, string\n"
      "print(list(itertools.islice(itertools.count(), 3)), collections.Counter('aab').most_common(1))\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(cap.out, "[0, 1, 2] [('a', 2)]\n");
}

TEST(Stdlib, OsRefusesFileAccessWhenTheHostTurnsItOff) {
  Captured cap;
  coil::Config c = cap.config();
  c.allow_file_access = false;
  coil::VM vm(c);
  // Pure path operations and the environment still work.
  ASSERT_TRUE(vm.run_string("import os, os.path\nprint(os.path.join('a', 'b'), os.sep)\n"));
  EXPECT_EQ(cap.out, "a/b /\n");
  for (const char* call : {"os.listdir('.')", "os.getcwd()", "os.path.exists('/')",
                           "os.stat('/')", "os.mkdir('/tmp/x')", "os.remove('/tmp/x')",
                           "list(os.walk('/'))", "os.path.abspath('x')"}) {
    coil::RunResult r = vm.run_string(std::string(call) + "\n");
    ASSERT_FALSE(r) << call;
    EXPECT_EQ(r.error().type, "PermissionError") << call;
    EXPECT_NE(r.error().message.find("the host does not allow file access"), std::string::npos)
        << r.error().message;
  }
}

TEST(Stdlib, ShutilGlobTempfilePathlibRefuseFileAccessWhenTheHostTurnsItOff) {
  Captured cap;
  coil::Config c = cap.config();
  c.allow_file_access = false;
  coil::VM vm(c);
  ASSERT_TRUE(vm.run_string("import shutil, glob, tempfile, pathlib\n"
                            "print(glob.has_magic('*.py'), glob.escape('a[b]'), pathlib.PurePath('a/b.py').suffix)\n"));
  EXPECT_EQ(cap.out, "True a[[]b] .py\n");
  for (const char* call : {"glob.glob('*.py')", "shutil.copyfile('/etc/hostname', '/tmp/x')",
                           "shutil.rmtree('/tmp/nothing-here')", "shutil.copytree('/etc', '/tmp/y')",
                           "tempfile.mkdtemp()", "tempfile.TemporaryDirectory()",
                           "tempfile.NamedTemporaryFile('w+', dir='/tmp')", "pathlib.Path('/').exists()",
                           "pathlib.Path('/tmp/x').write_text('a')", "list(pathlib.Path('/').iterdir())",
                           "pathlib.Path.cwd()"}) {
    coil::RunResult r = vm.run_string(std::string(call) + "\n");
    ASSERT_FALSE(r) << call;
    EXPECT_EQ(r.error().type, "PermissionError") << call;
    EXPECT_NE(r.error().message.find("the host does not allow file access"), std::string::npos)
        << call << ": " << r.error().message;
  }
}

TEST(Stdlib, SeedRandomMatchesRandomSeed) {
  Captured a, b;
  coil::VM seeded(a.config());
  coil::vm::seed_random(coil::testing::internal(seeded), 42);
  ASSERT_TRUE(seeded.run_string("import random\nprint(random.random(), random.randint(1, 100))\n"));
  coil::VM plain(b.config());
  ASSERT_TRUE(plain.run_string("import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 100))\n"));
  EXPECT_EQ(a.out, b.out);
  // CPython: random.seed(42); random.random()
  EXPECT_EQ(a.out.substr(0, 18), "0.6394267984578837");
}

TEST(Stdlib, RandomStateIsPerVm) {
  Captured a, b;
  coil::VM one(a.config()), two(b.config());
  ASSERT_TRUE(one.run_string("import random\nrandom.seed(1)\nx = random.random()\n"));
  ASSERT_TRUE(two.run_string("import random\nrandom.seed(2)\n"));
  ASSERT_TRUE(one.run_string("print(random.random())\n"));
  Captured c;
  coil::VM three(c.config());
  ASSERT_TRUE(three.run_string("import random\nrandom.seed(1)\nrandom.random()\nprint(random.random())\n"));
  EXPECT_EQ(a.out, c.out);
}

// Config::module_path is what the coil command fills from COILPATH.
TEST(Stdlib, ModulePathIsSearchedInOrderAndModulesRunOnce) {
  std::string one = temp_path("path_one"), two = temp_path("path_two");
  fs::create_directories(one);
  fs::create_directories(two);
  std::ofstream(one + "/pm_a.py") << "print('pm_a runs')\nimport pm_b\nWHERE = 'one'\n";
  std::ofstream(two + "/pm_a.py") << "WHERE = 'two'\n";
  std::ofstream(two + "/pm_b.py") << "print('pm_b runs')\nWHERE = 'two'\n";
  Captured cap;
  coil::Config config = cap.config();
  config.module_path = {one, two};
  coil::VM vm(config);
  coil::RunResult r = vm.run_string(
      "import pm_a\nimport pm_a, pm_b\nimport sys\n"
      "print(pm_a.WHERE, pm_b.WHERE, sys.modules['pm_b'] is pm_b)\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(cap.out, "pm_a runs\npm_b runs\none two True\n");
  fs::remove_all(one);
  fs::remove_all(two);
}

}  // namespace
