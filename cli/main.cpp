// The coil command: `coil [option] ... [-c cmd | -m mod | file | -] [arg] ...`
// following python3's conventions (options, exit codes, messages).
// Uses only the public header.
#include <signal.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "coil/coil.hpp"

namespace {

// The VM a SIGINT is delivered to (the CLI runs one VM at a time).
coil::VM* g_interrupt_target = nullptr;

void on_sigint(int) {
  if (g_interrupt_target) g_interrupt_target->interrupt();
}

const char* const kUsage =
    "usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

void print_help() {
  std::printf("%s", kUsage);
  std::printf(
      "Options:\n"
      "-c cmd : program passed in as string (terminates option list)\n"
      "-E     : ignore COIL* environment variables (such as COILPATH)\n"
      "-h     : print this help message and exit (also -? or --help)\n"
      "-u     : force the stdout and stderr streams to be unbuffered\n"
      "-V     : print the coil version number and exit (also --version)\n"
      "-X opt : implementation-specific option:\n"
      "         -X dis     print the bytecode of the program instead of running it\n"
      "file   : program read from script file\n"
      "-      : program read from stdin (default; interactive mode if a tty)\n"
      "arg ...: arguments passed to program in sys.argv[1:]\n"
      "\n"
      "Environment variables:\n"
      "COILPATH: ':'-separated list of directories searched by import.\n"
      "COIL_GC_STRESS: if set to a non-empty value other than 0, collect garbage at\n"
      "                every safe point (slow; for testing the VM).\n");
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "%s\n%sTry `coil -h' for more information.\n", message.c_str(), kUsage);
  return 2;
}

struct Options {
  std::string command;     // -c
  bool has_command = false;
  std::string script;      // file or "-"
  std::vector<std::string> args;
  bool ignore_env = false;
  bool unbuffered = false;
  bool dis = false;
};

// Parses argv; returns -1 to continue, or an exit status.
int parse_options(int argc, char** argv, Options& o) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-" || a.empty() || a[0] != '-') break;
    if (a == "--help" || a == "-h" || a == "-?") {
      print_help();
      return 0;
    }
    if (a == "--version" || a == "-V") {
      std::printf("coil %s\n", coil::kVersion);
      return 0;
    }
    if (a == "--") {
      ++i;
      break;
    }
    if (a.rfind("--", 0) == 0) return usage_error("unknown option " + a);
    // A cluster of one-letter options, e.g. -uE or -c'code'.
    for (size_t k = 1; k < a.size(); ++k) {
      char c = a[k];
      if (c == 'c') {
        std::string rest = a.substr(k + 1);
        if (rest.empty()) {
          if (i + 1 >= argc) return usage_error("Argument expected for the -c option");
          rest = argv[++i];
        }
        o.command = rest;
        o.has_command = true;
        for (int j = i + 1; j < argc; ++j) o.args.push_back(argv[j]);
        return -1;
      }
      if (c == 'X') {
        std::string rest = a.substr(k + 1);
        if (rest.empty()) {
          if (i + 1 >= argc) return usage_error("Argument expected for the -X option");
          rest = argv[++i];
        }
        if (rest == "dis") o.dis = true;
        // Other -X options are accepted and ignored, as python3 does.
        break;
      }
      if (c == 'E') {
        o.ignore_env = true;
      } else if (c == 'u') {
        o.unbuffered = true;
      } else if (c == 'V') {
        std::printf("coil %s\n", coil::kVersion);
        return 0;
      } else if (c == 'h' || c == '?') {
        print_help();
        return 0;
      } else {
        return usage_error(std::string("Unknown option: -") + c);
      }
    }
  }
  if (i < argc) {
    o.script = argv[i];
    for (int j = i + 1; j < argc; ++j) o.args.push_back(argv[j]);
  } else {
    o.script = "-";
  }
  return -1;
}

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

std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return path;
  return std::string(buf) + "/" + path;
}

// Prints an uncaught error the way python3 does and returns the exit status.
int report(const coil::Error& err) {
  std::fflush(stdout);
  if (err.is_system_exit) {
    if (!err.formatted.empty()) std::fputs(err.formatted.c_str(), stderr);
    return err.exit_code;
  }
  std::fputs(err.formatted.c_str(), stderr);
  if (err.type == "KeyboardInterrupt") return 130;
  return 1;
}

int run(const Options& o) {
  coil::Config config;
  config.argv.push_back(o.has_command ? "-c" : o.script);
  config.argv.insert(config.argv.end(), o.args.begin(), o.args.end());
  config.module_path = coilpath(o.ignore_env);
  // COIL_GC_STRESS=1: collect at every safe point (`make stress`).
  const char* stress = o.ignore_env ? nullptr : std::getenv("COIL_GC_STRESS");
  config.gc_stress = stress && *stress && std::strcmp(stress, "0") != 0;
  if (o.unbuffered) {
    config.write_out = [](std::string_view s) {
      std::fwrite(s.data(), 1, s.size(), stdout);
      std::fflush(stdout);
    };
  }
  coil::VM vm(config);
  g_interrupt_target = &vm;
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);

  std::string source;
  std::string filename;
  if (o.has_command) {
    source = o.command;
    filename = "<string>";
  } else if (o.script == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    source = ss.str();
    filename = "<stdin>";
  } else {
    FILE* f = std::fopen(o.script.c_str(), "rb");
    if (!f) {
      std::fprintf(stderr, "coil: can't open file '%s': [Errno %d] %s\n",
                   absolute(o.script).c_str(), errno, std::strerror(errno));
      return 2;
    }
    std::fclose(f);
  }

  if (o.dis) {
    if (!o.has_command && o.script != "-") {
      std::ifstream in(o.script, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      source = ss.str();
      filename = o.script;
    }
    coil::Result<std::string> listing = vm.disassemble(source, filename);
    if (!listing) return report(listing.error());
    std::fputs(listing.value().c_str(), stdout);
    return 0;
  }

  coil::RunResult r = o.has_command || o.script == "-" ? vm.run_string(source, filename)
                                                       : vm.run_file(o.script);
  std::fflush(stdout);
  g_interrupt_target = nullptr;
  if (!r) return report(r.error());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  int status = parse_options(argc, argv, o);
  if (status >= 0) return status;
  return run(o);
}
