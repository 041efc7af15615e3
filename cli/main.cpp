// The coil command: `coil [option] ... [-c cmd | -m mod | file | -] [arg] ...`
// following python3's conventions (options, exit codes, messages): runs a
// program, and/or the REPL (repl.cpp). Uses only the public header.
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/interrupt.hpp"
#include "cli/line_reader.hpp"
#include "cli/options.hpp"
#include "cli/report.hpp"
#include "cli/repl.hpp"
#include "coil/coil.hpp"

namespace {

using coil::cli::Options;

std::vector<std::string> coilpath(bool ignore_env) {
  std::vector<std::string> dirs;
  const char* env = ignore_env ? nullptr : std::getenv("COILPATH");
  if (!env) return dirs;
  std::stringstream ss(env);
  std::string d;
  while (std::getline(ss, d, ':')) {
    if (!d.empty()) dirs.push_back(d);
  }
  return dirs;
}

std::string cwd() {
  char buf[PATH_MAX];
  return getcwd(buf, sizeof buf) ? std::string(buf) : std::string(".");
}

std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  return cwd() + "/" + path;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// -m: `mod` (dots as folders) as a .py file in the working directory or on
// COILPATH, as python3 searches sys.path; "" if there is none.
std::string find_module(const std::string& mod, const std::vector<std::string>& path) {
  std::string rel = mod;
  for (char& c : rel) c = c == '.' ? '/' : c;
  std::vector<std::string> dirs = {cwd()};
  dirs.insert(dirs.end(), path.begin(), path.end());
  for (const std::string& d : dirs) {
    std::string candidate = d + "/" + rel + ".py";
    if (access(candidate.c_str(), R_OK) == 0) return candidate;
  }
  return "";
}

// A SystemExit caught by -i is printed as a traceback, as python3 -i does.
std::string system_exit_traceback(const coil::Error& err) {
  std::string out = "Traceback (most recent call last):\n";
  for (const coil::TracebackEntry& e : err.traceback) {
    out += "  File \"" + e.filename + "\", line " + std::to_string(e.line) + ", in " + e.function + "\n";
    if (!e.source_line.empty()) out += "    " + e.source_line + "\n";
  }
  return out + "SystemExit" + (err.message.empty() ? "" : ": " + err.message) + "\n";
}

// Prints an uncaught error the way python3 does and returns the exit status.
int report(coil::VM& vm, const coil::Error& err) {
  std::fflush(stdout);
  if (err.is_system_exit) {
    if (!err.formatted.empty()) std::fputs(err.formatted.c_str(), stderr);
    return err.exit_code;
  }
  coil::cli::print_uncaught(vm, err);
  if (err.type == "KeyboardInterrupt") return 130;
  return 1;
}

// -X dis / tokens / ast: print a stage of the pipeline instead of running.
int dump(coil::VM& vm, const Options& o, const std::string& source, const std::string& filename) {
  coil::Result<std::string> text = o.tokens ? vm.dump_tokens(source, filename)
                                   : o.ast  ? vm.dump_ast(source, filename)
                                            : vm.disassemble(source, filename);
  if (!text) return report(vm, text.error());
  std::fputs(text.value().c_str(), stdout);
  return 0;
}

coil::Config make_config(const Options& o, const std::string& argv0) {
  coil::Config config;
  config.argv.push_back(argv0);
  config.argv.insert(config.argv.end(), o.args.begin(), o.args.end());
  config.module_path = coilpath(o.ignore_env);
  config.virtual_time = o.virtual_time;
  config.random_seed = o.random_seed;
  config.max_heap_bytes = o.max_heap;
  config.max_instructions = o.max_steps;
  config.max_seconds = o.max_seconds;
  // COIL_GC_STRESS=1: collect at every safe point (`make stress`).
  const char* stress = o.ignore_env ? nullptr : std::getenv("COIL_GC_STRESS");
  config.gc_stress = stress && *stress && std::strcmp(stress, "0") != 0;
  if (o.unbuffered) {
    config.write_out = [](std::string_view s) {
      std::fwrite(s.data(), 1, s.size(), stdout);
      std::fflush(stdout);
    };
  }
  return config;
}

class Runner {
 public:
  explicit Runner(const Options& o) : o_(o) {}

  int run() {
    bool from_stdin = !o_.has_command && !o_.has_module && o_.script == "-";
    bool tty = isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
    bool repl = o_.interactive || (from_stdin && isatty(STDIN_FILENO));
    std::string argv0 = o_.has_command ? "-c" : o_.script;
    std::string module_file;
    if (o_.has_module) {
      // A file on the path comes first, as python3's sys.path[0] is the
      // working directory; else the library's module (VM::run_module).
      module_file = find_module(o_.module, coilpath(o_.ignore_env));
      argv0 = module_file.empty() ? "-m" : module_file;
    }
    coil::Config config = make_config(o_, from_stdin && repl ? "" : argv0);
    if (repl && !tty) {
      // The REPL and input() share one buffered reader of stdin.
      plain_ = std::make_unique<coil::cli::PlainReader>(STDIN_FILENO);
      config.read_line = [this](std::string& line) {
        std::fflush(stdout);
        return plain_->raw_line(line);
      };
    }
    coil::VM vm(config);
    coil::cli::set_interrupt_target(&vm);
    coil::cli::install_sigint_handler();
    int status = run_program(vm, from_stdin, repl, module_file);
    if (status < 0) status = interact(vm, from_stdin);
    std::fflush(stdout);
    coil::cli::set_interrupt_target(nullptr);
    return status;
  }

 private:
  // -m naming a module of coil's library (not a file on the path).
  int run_library_module(coil::VM& vm) {
    if (o_.dis || o_.tokens || o_.ast) {
      std::fprintf(stderr, "coil: -X needs a source file; %s is a library module\n", o_.module.c_str());
      return 2;
    }
    coil::RunResult r = vm.run_module(o_.module);
    std::fflush(stdout);
    if (r) return o_.interactive ? -1 : 0;
    const coil::Error& err = r.error();
    if (err.type == "ModuleNotFoundError" && err.traceback.empty()) {
      std::fprintf(stderr, "coil: %s\n", err.message.c_str());
      return 1;
    }
    if (!o_.interactive) return report(vm, err);
    if (err.is_system_exit) {
      std::fputs(system_exit_traceback(err).c_str(), stderr);
    } else {
      coil::cli::print_uncaught(vm, err);
    }
    return -1;
  }

  // Runs what the command line names; -1 when the REPL comes next.
  int run_program(coil::VM& vm, bool from_stdin, bool repl, const std::string& module_file) {
    std::string source, filename;
    if (o_.has_command) {
      source = o_.command;
      filename = "<string>";
    } else if (o_.has_module) {
      if (module_file.empty()) return run_library_module(vm);
      filename = module_file;
    } else if (from_stdin) {
      if (repl && !(o_.dis || o_.tokens || o_.ast)) return -1;
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      source = ss.str();
      filename = "<stdin>";
    } else {
      filename = o_.script;
      if (!read_file(filename, source)) {
        int err = errno;
        std::fprintf(stderr, "coil: can't open file '%s': [Errno %d] %s\n", absolute(o_.script).c_str(), err,
                     std::strerror(err));
        return 2;
      }
    }
    if (o_.dis || o_.tokens || o_.ast) {
      if (o_.has_module && !read_file(filename, source)) return 2;
      return dump(vm, o_, source, filename);
    }
    coil::RunResult r = filename.empty() || filename[0] == '<' ? vm.run_string(source, filename)
                                                               : vm.run_file(filename);
    std::fflush(stdout);
    if (r) return o_.interactive ? -1 : 0;
    if (!o_.interactive) return report(vm, r.error());
    // -i: the REPL follows even an uncaught exception (SystemExit too).
    const coil::Error& err = r.error();
    if (err.is_system_exit) {
      std::fputs(system_exit_traceback(err).c_str(), stderr);
    } else {
      coil::cli::print_uncaught(vm, err);
    }
    return -1;
  }

  int interact(coil::VM& vm, bool from_stdin) {
    // The banner only when the REPL is the program (not after -i script).
    bool banner = from_stdin && !o_.quiet;
    if (plain_) return coil::cli::run_repl(vm, *plain_, banner);
    coil::cli::EditOptions edit;
    edit.history_file = coil::cli::history_path(o_.ignore_env);
    edit.complete = [&vm](std::string_view text) { return vm.completions(text); };
    std::unique_ptr<coil::cli::LineReader> reader = coil::cli::make_edit_reader(std::move(edit));
    return coil::cli::run_repl(vm, *reader, banner);
  }

  const Options& o_;
  std::unique_ptr<coil::cli::PlainReader> plain_;
};

}  // namespace

int main(int argc, char** argv) {
  Options o;
  int status = coil::cli::parse_options(argc, argv, o);
  if (status >= 0) return status;
  if (o.unbuffered) std::setvbuf(stdout, nullptr, _IONBF, 0);
  Runner runner(o);
  return runner.run();
}
