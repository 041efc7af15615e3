# coil — build, test and benchmark.
#
#   make                  libcoil.a + coil (release: -O2 -g)      -> build/
#   make DEBUG=1          -O0 -g                                  -> build/debug/
#   make OPSTATS=1        release build counting opcodes and opcode pairs,
#                         printed to stderr at exit (vm/opcodes.cpp) -> build/opstats/
#   make SANITIZE=address,undefined [test]                        -> build/sanitize/
#   make test | check     deps, build, unit tests, script tests (coil + CPython cross-check)
#   make run [SAMPLE=f]   run a sample program
#   make bench [BENCH="fib loop"]
#   make stress           script tests under ASan+UBSan with the GC collecting at
#                         every safe point (COIL_GC_STRESS=1)   -> build/sanitize/
#   make stress-ci        the same over CI's subset (STRESS_CI_DIRS)
#   make tsan             the multi-threaded unit tests under ThreadSanitizer
#                         (SANITIZE=thread)                         -> build/tsan/
#   make fuzz [FUZZ_SECONDS=60]  libFuzzer targets (clang, ASan+UBSan) for the
#                         lexer, parser, compiler and VM, each run that long  -> build/fuzz/
#   make fuzz-ci          the same, FUZZ_CI_SECONDS (40) each from the seeds alone (CI)
#   make fuzz-merge       minimise the seed corpus tests/fuzz/corpus/NAME (-merge=1)
#   make difftest [N=500 SEED=s]  random programs under coil and python3 compared
#   make corpus           the stand-alone programs of tests/corpus/ against python3
#   make deps             install missing tools/libraries with apt-get
#   make clean            rm -rf $(BUILD)
#   make samples          the embedding samples (samples/embed/*.cpp) -> build/samples/
#   make install          coil, the headers, libcoil.a (debug info stripped) and
#                         coil.pc into $(DESTDIR)$(PREFIX) (PREFIX=/usr/local)
#   make uninstall        removes what install put there
#   V=1                   show full commands
#   (all, run and test compile with -j<number of cores> unless a -j is given)
#
# User CPPFLAGS/CXXFLAGS/LDFLAGS/LDLIBS are appended after the project's own
# flags, so e.g. `make CXXFLAGS=-O0` or `make CPPFLAGS=-DCOIL_NO_COMPUTED_GOTO`
# adjust the build without dropping -std=c++20 or the include paths.

# No built-in rules or suffixes (GNU make would otherwise run yacc on .y), and
# never leave a half-written target behind: lemon exits 1 on conflicts but
# still writes grammar.c, which must then be deleted so it never builds.
MAKEFLAGS += -r
.SUFFIXES:
.DELETE_ON_ERROR:

# ---- Build variant and directory --------------------------------------------
DEBUG    ?=
SANITIZE ?=
FUZZ     ?=
OPSTATS  ?=
ifneq ($(FUZZ),)
  BUILD ?= build/fuzz
endif
ifneq ($(OPSTATS),)
  BUILD ?= build/opstats
endif
ifeq ($(SANITIZE),thread)
  BUILD ?= build/tsan
endif
ifneq ($(SANITIZE),)
  ifneq ($(DEBUG),)
    BUILD ?= build/debug-sanitize
  else
    BUILD ?= build/sanitize
  endif
else ifneq ($(DEBUG),)
  BUILD ?= build/debug
else
  BUILD ?= build
endif

GEN := $(BUILD)/gen
OBJ := $(BUILD)/obj

# ---- Tools ------------------------------------------------------------------
RE2C   ?= re2c
LEMON  ?= lemon
PYTHON ?= python3
AR     ?= ar

# ---- Flags (project-required first, user's appended) ------------------------
ifneq ($(DEBUG),)
  OPT_FLAGS := -O0 -g
else
  OPT_FLAGS := -O2 -g
endif
ifneq ($(SANITIZE),)
  SAN_FLAGS := -fsanitize=$(SANITIZE) -fno-omit-frame-pointer
endif
# Debug and sanitizer builds (so CI's `make SANITIZE=address,undefined test`)
# turn on the interpreter's internal checks (COIL_DEBUG: the dispatch loop's
# stack pointer and declared stack effects, vm/interp.cpp).
ifneq ($(DEBUG)$(SANITIZE),)
  DEBUG_FLAGS := -DCOIL_DEBUG
endif
ifneq ($(OPSTATS),)
  DEBUG_FLAGS += -DCOIL_OPSTATS
endif
# The fuzz build (clang only): every object gets libFuzzer's coverage hooks.
ifneq ($(FUZZ),)
  SAN_FLAGS += -fsanitize=fuzzer-no-link
endif

COIL_CPPFLAGS := -I. -Iinclude -I$(GEN) -MMD -MP $(DEBUG_FLAGS)
# -fPIC: libcoil.a can be linked into a shared object (a plugin loaded with
# dlopen); -fno-semantic-interposition keeps calls inside the library direct,
# so the executable pays nothing for it.
COIL_CXXFLAGS := -std=c++20 $(OPT_FLAGS) -fPIC -fno-semantic-interposition -Wall -Wextra $(SAN_FLAGS)
COIL_LDFLAGS  := $(SAN_FLAGS)

ALL_CPPFLAGS = $(COIL_CPPFLAGS) $(CPPFLAGS)
ALL_CXXFLAGS = $(COIL_CXXFLAGS) $(CXXFLAGS)
ALL_LDFLAGS  = $(COIL_LDFLAGS) $(LDFLAGS)

LIBS     := -lgmp -lcrypto -lz -licuuc -licudata
CLI_LIBS := -ledit
# Looked up lazily (=) so a fresh machine can run `make deps` first.
GTEST_CFLAGS = $(shell pkg-config --cflags gtest_main 2>/dev/null)
GTEST_LIBS   = $(or $(shell pkg-config --libs gtest_main 2>/dev/null),-lgtest_main -lgtest -lpthread)

RE2C_FLAGS := -W -Werror --no-generation-date --no-version \
              -I /usr/share/re2c/stdlib -I lexer -I $(GEN)

# ---- Quiet output (V=1 for full commands) -----------------------------------
ifeq ($(V),1)
  Q :=
  msg =
else
  Q := @
  msg = @printf '  %-6s %s\n' '$(1)' '$(2)'
endif

# ---- Sources (wildcards, so new files are picked up automatically) ----------
rwildcard = $(foreach d,$(wildcard $(1:=/*)),$(call rwildcard,$d,$2) $(filter $(subst *,%,$2),$d))

LIB_SRCS  := $(sort $(call rwildcard,lexer parser compiler vm stdlib embed,*.cpp))
CLI_SRCS  := $(sort $(wildcard cli/*.cpp))
UNIT_SRCS := $(sort $(wildcard tests/unit/*.cpp))

# Generated sources are only part of the build once their inputs exist, so
# the rest of the tree can be built while the lexer/grammar are being written.
GEN_OBJS :=
ifneq ($(wildcard lexer/scanner.re),)
  GEN_OBJS += $(OBJ)/gen/scanner.o
endif
ifneq ($(wildcard parser/grammar.y),)
  GEN_OBJS += $(OBJ)/gen/grammar.o
  GRAMMAR_H := $(GEN)/grammar.h
endif

LIB_OBJS  := $(LIB_SRCS:%.cpp=$(OBJ)/%.o) $(GEN_OBJS)
CLI_OBJS  := $(CLI_SRCS:%.cpp=$(OBJ)/%.o)
UNIT_OBJS := $(UNIT_SRCS:%.cpp=$(OBJ)/%.o)

LIB        := $(BUILD)/libcoil.a
COIL       := $(BUILD)/coil
UNIT_TESTS := $(BUILD)/unit_tests

# ---- Top-level targets ------------------------------------------------------
.PHONY: all binaries deps run test check bench clean build-tests install uninstall samples
.DEFAULT_GOAL := all

# Parallel by default: the entry targets (all, run, test) build through a
# sub-make given -j<cores>, unless the command line already chose a -j.
NPROC := $(shell nproc 2>/dev/null || echo 2)
SUBMAKE = $(MAKE) --no-print-directory $$(case " $$MAKEFLAGS " in *" -j"*) ;; *) echo -j$(NPROC) ;; esac)

all:
	@+$(SUBMAKE) binaries

binaries: $(LIB) $(COIL)

# Everything the test suite needs (used via a sub-make after `deps`, so the
# dependency check never races the compile under -j).
build-tests: $(LIB) $(COIL) $(UNIT_TESTS) samples

# ---- Rebuild on flag / file-set changes -------------------------------------
# Stamp files rewritten only when their content changes: objects rebuild when
# the compile command changes (e.g. `make CPPFLAGS=-DCOIL_NO_COMPUTED_GOTO`),
# the library/binaries relink when flags change or a source file is removed.
.PHONY: FORCE
quote = '$(subst ','\'',$(strip $1))'
define update-stamp
	@mkdir -p $(@D)
	@printf '%s\n' $(call quote,$1) | cmp -s - $@ || printf '%s\n' $(call quote,$1) > $@
endef

$(BUILD)/compile.flags: FORCE
	$(call update-stamp,$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS))

$(BUILD)/link.flags: FORCE
	$(call update-stamp,$(CXX) $(ALL_LDFLAGS) $(LIBS) $(CLI_LIBS) $(LDLIBS) : $(LIB_OBJS) : $(CLI_OBJS) : $(UNIT_OBJS))

# ---- Generated lexer and parser ---------------------------------------------
$(GEN)/scanner.cpp: lexer/scanner.re | $(GRAMMAR_H)
	$(call msg,RE2C,$<)
	$(Q)mkdir -p $(@D)
	$(Q)$(RE2C) $(RE2C_FLAGS) --depfile $(GEN)/scanner.d -o $@ $<

$(GEN)/grammar.c: parser/grammar.y
	$(call msg,LEMON,$<)
	$(Q)mkdir -p $(@D)
	$(Q)$(LEMON) -q -d$(GEN) $<

# lemon leaves grammar.h untouched when the token set is unchanged, so it is
# "made" by the grammar.c rule and may stay older than grammar.c.
$(GEN)/grammar.h: $(GEN)/grammar.c ;

# Lemon output is C; compile it as C++ like everything else.  Its template
# (lempar.c) has unused parameters/variables we cannot fix, so those warnings
# are silenced for this one file.
$(OBJ)/gen/grammar.o: private ALL_CXXFLAGS += -Wno-unused-parameter -Wno-unused-variable
$(OBJ)/gen/grammar.o: $(GEN)/grammar.c $(BUILD)/compile.flags | $(GRAMMAR_H)
	$(call msg,CXX,$<)
	$(Q)mkdir -p $(@D)
	$(Q)$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS) -c -x c++ $< -o $@

$(OBJ)/gen/scanner.o: $(GEN)/scanner.cpp $(BUILD)/compile.flags | $(GRAMMAR_H)
	$(call msg,CXX,$<)
	$(Q)mkdir -p $(@D)
	$(Q)$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS) -c $< -o $@

# ---- Modules written in coil ------------------------------------------------
# stdlib/lib/**.py become one generated table of {name, is_package, source}
# entries (raw string literals) that stdlib/frozen_modules.cpp compiles in, so
# the binary needs no files at run time. A file's path names its module
# (stdlib/lib/xml/etree/ElementTree.py is xml.etree.ElementTree); a folder's
# __init__.py is its package. The name list is a stamp so removing a module
# regenerates the table.
FROZEN_PY := $(sort $(call rwildcard,stdlib/lib,*.py))

$(BUILD)/frozen.list: FORCE
	$(call update-stamp,$(FROZEN_PY))

$(GEN)/frozen_modules.inc: $(FROZEN_PY) $(BUILD)/frozen.list Makefile
	$(call msg,FREEZE,stdlib/lib)
	$(Q)mkdir -p $(@D)
	$(Q)for f in $(FROZEN_PY); do \
	  name=$${f#stdlib/lib/}; name=$${name%.py}; pkg=false; \
	  case "$$name" in */__init__) name=$${name%/__init__}; pkg=true ;; esac; \
	  printf '{"%s", %s, R"coil_frozen(' "$$(printf '%s' "$$name" | tr / .)" "$$pkg"; \
	  cat "$$f"; printf ')coil_frozen"},\n'; \
	done > $@

$(OBJ)/stdlib/frozen_modules.o: $(GEN)/frozen_modules.inc

# ---- Objects, library, binaries ---------------------------------------------
# Every object waits for grammar.h (order-only): any source may include it,
# and on a clean build the -MMD dependency files do not exist yet.
$(OBJ)/%.o: %.cpp $(BUILD)/compile.flags | $(GRAMMAR_H)
	$(call msg,CXX,$<)
	$(Q)mkdir -p $(@D)
	$(Q)$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS) -c $< -o $@

$(UNIT_OBJS): private ALL_CPPFLAGS += $(GTEST_CFLAGS)

# Recreated from scratch so objects of deleted sources do not linger.
$(LIB): $(LIB_OBJS) $(BUILD)/link.flags
	$(call msg,AR,$@)
	$(Q)mkdir -p $(@D)
	$(Q)rm -f $@ && $(AR) rcs $@ $(LIB_OBJS)

$(COIL): $(CLI_OBJS) $(LIB) $(BUILD)/link.flags
	$(call msg,LINK,$@)
	$(Q)$(CXX) $(ALL_LDFLAGS) -o $@ $(CLI_OBJS) $(LIB) $(LIBS) $(CLI_LIBS) $(LDLIBS)

$(UNIT_TESTS): $(UNIT_OBJS) $(LIB) $(BUILD)/link.flags
	$(call msg,LINK,$@)
	$(Q)$(CXX) $(ALL_LDFLAGS) -o $@ $(UNIT_OBJS) $(LIB) $(GTEST_LIBS) $(LIBS) $(LDLIBS)

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d) $(UNIT_OBJS:.o=.d) $(GEN)/scanner.d

# ---- Embedding samples ------------------------------------------------------
# Small C++ hosts (samples/embed/NAME.cpp, expected output NAME.out), built
# as a project outside the tree would: C++17, only the public headers,
# warnings as errors.
SAMPLE_SRCS := $(sort $(wildcard samples/embed/*.cpp))
SAMPLE_BINS := $(SAMPLE_SRCS:samples/embed/%.cpp=$(BUILD)/samples/%)
HOST_CXXFLAGS := -std=c++17 -O1 -Wall -Wextra -pedantic -Werror -Iinclude $(SAN_FLAGS)

samples: $(SAMPLE_BINS)

$(BUILD)/samples/%: samples/embed/%.cpp $(LIB) $(wildcard include/coil/*.hpp)
	$(call msg,HOST,$<)
	$(Q)mkdir -p $(@D)
	$(Q)$(CXX) $(HOST_CXXFLAGS) $< -o $@ $(LIB) $(LIBS) $(LDLIBS)

# ---- Running ----------------------------------------------------------------
SAMPLE ?= samples/tour.py

run: deps
	@+$(SUBMAKE) binaries
	$(COIL) $(if $(wildcard $(SAMPLE)),$(SAMPLE),samples/hello.py)

# Sanitizer runtime settings: leaks and UB make the binaries fail.
# (Harmless for non-sanitized builds, which ignore them.)
export ASAN_OPTIONS  ?= detect_leaks=1:check_initialization_order=1
export UBSAN_OPTIONS ?= halt_on_error=1:print_stacktrace=1

UNIT_FLAGS ?= --gtest_brief=1
# Sanitized binaries are several times slower; give script tests more time.
TEST_FLAGS ?= $(if $(SANITIZE),--timeout 60)

# Runs all three suites even if one fails, then fails if any did.
test check: deps
	@+$(SUBMAKE) build-tests
	@status=0; \
	echo "== layering (tests/check_layers.py)"; \
	$(PYTHON) tests/check_layers.py || status=1; \
	echo "== embedding (tests/embed: the README example built as a host)"; \
	$(PYTHON) tests/embed/check_readme.py --cxx "$(CXX)" --lib $(LIB) --libs "$(LIBS) $(SAN_FLAGS)" || status=1; \
	echo "== embedding samples (samples/embed: built by make samples, output compared)"; \
	$(PYTHON) tests/embed/check_samples.py --build $(BUILD) || status=1; \
	echo "== install (tests/embed/check_install.py: make install, a pkg-config host, a dlopen'ed plugin)"; \
	$(PYTHON) tests/embed/check_install.py --make "$(MAKE)" --cxx "$(CXX)" --extra-libs "$(SAN_FLAGS)" || status=1; \
	echo "== unit tests ($(UNIT_TESTS))"; \
	$(UNIT_TESTS) $(UNIT_FLAGS) || status=1; \
	echo "== script tests (coil: $(COIL))"; \
	$(PYTHON) tests/run.py $(TEST_FLAGS) --coil $(COIL) tests/scripts samples || status=1; \
	echo "== script tests (CPython cross-check)"; \
	$(PYTHON) tests/run.py --cpython tests/scripts samples || status=1; \
	echo "== command line and REPL tests (coil: $(COIL))"; \
	$(PYTHON) tests/cli/test_cli.py --coil $(COIL) || status=1; \
	$(PYTHON) tests/cli/test_repl_pty.py --coil $(COIL) || status=1; \
	echo "== differential programs (tests/fuzz/difftest.py, seed $(DIFFTEST_SEED))"; \
	$(PYTHON) tests/fuzz/difftest.py --coil $(COIL) --count $(DIFFTEST_CHECK_N) --seed $(DIFFTEST_SEED) || status=1; \
	echo "== every statement in every context (tests/fuzz/contexts.py)"; \
	$(PYTHON) tests/fuzz/contexts.py --coil $(COIL) || status=1; \
	echo "== fuzz regression inputs (tests/fuzz/replay.py)"; \
	$(PYTHON) tests/fuzz/replay.py --coil $(COIL) || status=1; \
	echo "== limits: out of memory (coil: $(COIL))"; \
	$(PYTHON) tests/cli/test_limits.py --coil $(COIL) || status=1; \
	exit $$status

# GC stress: a sanitized build whose collector runs at every safe point, so a
# value C++ code forgot to root is freed at once and ASan reports its use.
STRESS_SANITIZE ?= address,undefined
STRESS_FLAGS ?= --timeout 300
STRESS_PATHS ?= tests/scripts
# CI's share (.ci/run, make stress-ci): the areas where native code holds
# values across calls back into the VM (builtins' callbacks, containers,
# protocols, classes, closures, generators, exceptions, the asyncio loop,
# weak references, which the collector clears),
# without the tests whose thousands of live frames or objects make a
# collection at every safe point take minutes each (the *deep* ones, a
# 20,000-object loop).
STRESS_CI_DIRS  := asyncio builtins calls classes closures comprehensions containers exceptions generators protocols
# Left out: the *deep* tests and one shape test, minutes each under stress.
# (filter-out takes one % per pattern, so "deep" is matched with findstring.)
STRESS_CI_FILES := $(sort $(wildcard $(STRESS_CI_DIRS:%=tests/scripts/%/*.py)) \
                     $(wildcard tests/scripts/modules/weakref_*.py))
STRESS_CI_PATHS := $(filter-out %/instance_attribute_shapes.py,\
                     $(foreach f,$(STRESS_CI_FILES),$(if $(findstring deep,$(notdir $(f))),,$(f))))
.PHONY: stress stress-ci stress-scripts
stress: deps
	@$(MAKE) --no-print-directory SANITIZE=$(STRESS_SANITIZE) stress-scripts

stress-ci: deps
	@$(MAKE) --no-print-directory SANITIZE=$(STRESS_SANITIZE) STRESS_PATHS="$(STRESS_CI_PATHS)" stress-scripts

stress-scripts: $(COIL)
	@echo "== script tests, GC stress (coil: $(COIL))"
	COIL_GC_STRESS=1 $(PYTHON) tests/run.py $(STRESS_FLAGS) --coil $(COIL) $(STRESS_PATHS)

# libFuzzer: tests/fuzz/targets/NAME.cpp (lexer, parser, compiler, vm) built
# with clang, ASan+UBSan and coverage in build/fuzz (a separate build: g++'s
# objects have no coverage hooks), then run one after the other by
# tests/fuzz/run.py, each for FUZZ_SECONDS from its corpus build/fuzz/corpus/NAME
# (kept between runs), seeded with the committed corpus tests/fuzz/corpus/NAME
# and the regression inputs, with the language's keywords and operators as a
# dictionary. A crash, hang, leak or sanitizer report stops that target,
# fails the run and leaves the input in build/fuzz/artifacts/ (also printed
# in base64). `make fuzz-ci` (.ci/run) does the same for FUZZ_CI_SECONDS from
# the seeds alone. `make fuzz-merge` rebuilds each tests/fuzz/corpus/NAME with
# libFuzzer's -merge=1: the fewest inputs (cut to the 4 KB the fuzzers read)
# that reach every feature the old seeds, the working corpus, the script tests
# and the samples reach; run it after long runs or new tests, commit the result.
FUZZ_CXX        ?= clang++
FUZZ_SECONDS    ?= 60
FUZZ_CI_SECONDS ?= 40
FUZZ_BUILD      := build/fuzz
FUZZ_TARGETS    := $(patsubst tests/fuzz/targets/%.cpp,%,$(wildcard tests/fuzz/targets/*.cpp))
FUZZ_MAKE        = $(MAKE) --no-print-directory FUZZ=1 BUILD=$(FUZZ_BUILD) SANITIZE=address,undefined CXX="$(FUZZ_CXX)"
.PHONY: fuzz fuzz-ci fuzz-merge fuzz-deps fuzz-build
fuzz: deps fuzz-deps
	@+$(FUZZ_MAKE) fuzz-build
	$(PYTHON) tests/fuzz/run.py --build $(FUZZ_BUILD) --seconds $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-ci: deps fuzz-deps
	@+$(FUZZ_MAKE) fuzz-build
	$(PYTHON) tests/fuzz/run.py --build $(FUZZ_BUILD) --seconds $(FUZZ_CI_SECONDS) --fresh $(FUZZ_TARGETS)

fuzz-merge: deps fuzz-deps
	@+$(FUZZ_MAKE) fuzz-build
	$(PYTHON) tests/fuzz/run.py --build $(FUZZ_BUILD) --merge $(FUZZ_TARGETS)

fuzz-build: $(FUZZ_TARGETS:%=$(BUILD)/fuzz-%)

$(BUILD)/fuzz-%: tests/fuzz/targets/%.cpp $(LIB)
	$(call msg,LINK,$@)
	$(Q)$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS) -fsanitize=fuzzer $< -o $@ $(LIB) $(LIBS) $(LDLIBS)

# clang, its libFuzzer and sanitizer runtimes, and llvm-symbolizer (so a
# report names functions and lines), from Debian; only for the fuzz targets.
fuzz-deps:
	@missing=""; \
	command -v clang++ >/dev/null 2>&1 || missing="$$missing clang"; \
	ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
	                                   || missing="$$missing libclang-rt-14-dev"; \
	command -v llvm-symbolizer >/dev/null 2>&1 || missing="$$missing llvm"; \
	if [ -n "$$missing" ]; then \
	  sudo=""; \
	  if [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo=sudo; fi; \
	  echo "fuzz-deps: installing$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get install -y $$missing \
	    || { $$sudo apt-get update && $$sudo apt-get install -y $$missing; }; \
	fi

# Random programs from a grammar of the language, run under coil and python3
# (tests/fuzz/difftest.py); `make test` runs a fixed set, `make difftest` as
# many as N says, from SEED.
DIFFTEST_SEED ?= 1
DIFFTEST_CHECK_N ?= 150
N ?= 500
SEED ?= $(shell date +%s)
.PHONY: difftest
difftest: binaries
	$(PYTHON) tests/fuzz/difftest.py --coil $(COIL) --count $(N) --seed $(SEED)

# The corpus of programs nobody on the team wrote for coil (tests/corpus/README.md):
# each runs under coil and python3 and is compared. Not part of `make test`.
CORPUS_FLAGS ?= -j 2
# ThreadSanitizer over the unit tests that run VMs, the event loop's
# wake-ups and interrupts on several threads (issue 10: VMs share nothing).
.PHONY: tsan
TSAN_TESTS ?= VmIsolation.*:VmInterrupt.*:EmbedAsync.Post*:AsyncioLoop.*Wakes*:Limits.Interrupt*:Resolver.*
tsan: deps
	+@$(MAKE) --no-print-directory SANITIZE=thread build-tests
	@echo "== unit tests under ThreadSanitizer ($(TSAN_TESTS))"
	TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" build/tsan/unit_tests --gtest_filter='$(TSAN_TESTS)'

.PHONY: corpus
corpus: binaries
	$(PYTHON) tests/corpus/run.py --coil $(COIL) $(CORPUS_FLAGS)

BENCH ?=
EMBED_BENCH := $(BUILD)/bench/native_calls
bench: binaries $(EMBED_BENCH)
	$(PYTHON) bench/run.py --coil $(COIL) --embed $(EMBED_BENCH) $(BENCH)

# The embedding API's call benchmark: a host built as the samples are (-O2).
$(EMBED_BENCH): bench/embed/native_calls.cpp $(LIB) $(wildcard include/coil/*.hpp)
	$(call msg,HOST,$<)
	$(Q)mkdir -p $(@D)
	$(Q)$(CXX) $(HOST_CXXFLAGS) -O2 $< -o $@ $(LIB) $(LIBS) $(LDLIBS)

clean:
	rm -rf $(BUILD)

# ---- Installing -------------------------------------------------------------
# GNU conventions: PREFIX (or prefix) and the usual directories, DESTDIR for
# staging. The installed libcoil.a has its debug info stripped (the build's
# copy keeps it; INSTALL_STRIP= keeps it too), and coil.pc lets a host build
# with `c++ host.cpp $$(pkg-config --cflags --libs coil)`.
PREFIX        ?= $(or $(prefix),/usr/local)
BINDIR        ?= $(PREFIX)/bin
LIBDIR        ?= $(PREFIX)/lib
INCLUDEDIR    ?= $(PREFIX)/include
PKGCONFIGDIR  ?= $(LIBDIR)/pkgconfig
INSTALL_STRIP ?= 1
STRIP         ?= strip
PUBLIC_HEADERS := $(sort $(wildcard include/coil/*.hpp))
COIL_VERSION   = $(shell sed -n 's/.*kVersion = "\(.*\)";/\1/p' include/coil/coil.hpp)

$(BUILD)/coil.pc: include/coil/coil.hpp $(BUILD)/link.flags Makefile
	$(call msg,GEN,$@)
	$(Q)mkdir -p $(@D)
	$(Q)printf '%s\n' \
	  'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCLUDEDIR)' '' \
	  'Name: coil' \
	  'Description: embeddable interpreter for a Python-like language (CPython 3.11 semantics)' \
	  'Version: $(COIL_VERSION)' \
	  'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir} -lcoil -lgmp -lcrypto -lz -licuuc -licudata' > $@

install: binaries $(BUILD)/coil.pc
	$(call msg,INSTALL,$(DESTDIR)$(PREFIX))
	$(Q)install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR)/coil $(DESTDIR)$(PKGCONFIGDIR)
	$(Q)install -m 755 $(COIL) $(DESTDIR)$(BINDIR)/coil
	$(Q)install -m 644 $(PUBLIC_HEADERS) $(DESTDIR)$(INCLUDEDIR)/coil/
	$(Q)install -m 644 $(LIB) $(DESTDIR)$(LIBDIR)/libcoil.a
	$(Q)$(if $(INSTALL_STRIP),$(STRIP) --strip-debug $(DESTDIR)$(LIBDIR)/libcoil.a && $(STRIP) $(DESTDIR)$(BINDIR)/coil)
	$(Q)install -m 644 $(BUILD)/coil.pc $(DESTDIR)$(PKGCONFIGDIR)/coil.pc

uninstall:
	$(call msg,REMOVE,$(DESTDIR)$(PREFIX))
	$(Q)rm -f $(DESTDIR)$(BINDIR)/coil $(DESTDIR)$(LIBDIR)/libcoil.a $(DESTDIR)$(PKGCONFIGDIR)/coil.pc
	$(Q)rm -f $(addprefix $(DESTDIR)$(INCLUDEDIR)/coil/,$(notdir $(PUBLIC_HEADERS)))
	$(Q)rmdir $(DESTDIR)$(INCLUDEDIR)/coil 2>/dev/null || true

# ---- Dependencies (Debian 12 / apt-get) -------------------------------------
# Fast path: only checks; apt-get runs only if something is missing, and
# `apt-get update` only if that first install attempt fails.  (gmp.h lives in
# the multiarch dir on Debian: /usr/include/x86_64-linux-gnu/gmp.h.)
deps:
	@missing=""; \
	command -v re2c >/dev/null 2>&1       || missing="$$missing re2c"; \
	command -v lemon >/dev/null 2>&1      || missing="$$missing lemon"; \
	command -v python3 >/dev/null 2>&1    || missing="$$missing python3"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v g++ >/dev/null 2>&1        || missing="$$missing g++"; \
	test -f /usr/include/gtest/gtest.h    || missing="$$missing libgtest-dev googletest"; \
	test -f /usr/include/editline/readline.h || missing="$$missing libedit-dev"; \
	test -f /usr/include/gmp.h || ls /usr/include/*/gmp.h >/dev/null 2>&1 \
	                                      || missing="$$missing libgmp-dev"; \
	test -f /usr/include/openssl/evp.h    || missing="$$missing libssl-dev"; \
	test -f /usr/include/zlib.h           || missing="$$missing zlib1g-dev"; \
	test -f /usr/include/unicode/uchar.h  || missing="$$missing libicu-dev"; \
	if [ -n "$$missing" ]; then \
	  sudo=""; \
	  if [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo=sudo; fi; \
	  echo "deps: installing$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get install -y $$missing \
	    || { $$sudo apt-get update && $$sudo apt-get install -y $$missing; }; \
	fi
