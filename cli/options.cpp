// Command-line parsing (see options.hpp). Like python3, one-letter options
// may be clustered (-iq), -c/-m/-X take the rest of the cluster or the
// next argument, and -c/-m end option parsing.
#include "cli/options.hpp"

#include <cstdio>
#include <cstdlib>

#include "coil/coil.hpp"

namespace coil::cli {

namespace {

const char* const kUsage = "usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

void print_help() {
  std::printf("%s", kUsage);
  std::printf(
      "Options:\n"
      "-c cmd : program passed in as string (terminates option list)\n"
      "-E     : ignore COIL* environment variables (such as COILPATH)\n"
      "-h     : print this help message and exit (also -? or --help)\n"
      "-i     : inspect interactively after running script; forces a prompt even\n"
      "         if stdin does not appear to be a terminal\n"
      "-m mod : run library module as a script (terminates option list)\n"
      "-q     : don't print version and copyright messages on interactive startup\n"
      "-u     : force the stdout and stderr streams to be unbuffered\n"
      "-V     : print the coil version number and exit (also --version)\n"
      "-X opt : implementation-specific option:\n"
      "         -X dis     print the bytecode of the program instead of running it\n"
      "         -X tokens  print the program's tokens instead of running it\n"
      "         -X ast     print the program's syntax tree instead of running it\n"
      "--virtual-time : run on a simulated clock (sleeping advances it at once)\n"
      "--random-seed N : seed the random module with N\n"
      "--max-heap=SIZE : limit the memory of the program's objects to SIZE bytes\n"
      "         (suffix K, M or G: 512M, 2G); going over it raises MemoryError\n"
      "--max-steps=N : stop the program after about N instructions (loops, calls\n"
      "         and long builtins count) with LimitExceeded, which `except\n"
      "         Exception` does not catch\n"
      "--max-seconds=S : stop the program after S seconds of wall time (LimitExceeded)\n"
      "file   : program read from script file\n"
      "-      : program read from stdin (default; interactive mode if a tty)\n"
      "arg ...: arguments passed to program in sys.argv[1:]\n"
      "\n"
      "Environment variables:\n"
      "COILPATH: ':'-separated list of directories searched by import.\n"
      "COIL_HISTORY: the REPL's history file (default $XDG_STATE_HOME/coil/history\n"
      "              or ~/.coil_history); empty: no history file.\n"
      "COIL_GC_STRESS: if set to a non-empty value other than 0, collect garbage at\n"
      "                every safe point (slow; for testing the VM).\n");
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "%s\n%sTry `coil -h' for more information.\n", message.c_str(), kUsage);
  return 2;
}

int version() {
  std::printf("coil %s\n", coil::kVersion);
  return 0;
}

void rest_to_args(int argc, char** argv, int from, Options& o) {
  for (int j = from; j < argc; ++j) o.args.push_back(argv[j]);
}

// "512M", "2G", "65536": bytes; false when malformed or zero.
bool parse_size(const std::string& s, uint64_t& out) {
  char* end = nullptr;
  if (s.empty() || s[0] < '0' || s[0] > '9') return false;
  unsigned long long n = std::strtoull(s.c_str(), &end, 10);
  std::string unit = end;
  uint64_t scale = 1;
  if (unit == "K" || unit == "k" || unit == "KB") scale = uint64_t{1} << 10;
  else if (unit == "M" || unit == "m" || unit == "MB") scale = uint64_t{1} << 20;
  else if (unit == "G" || unit == "g" || unit == "GB") scale = uint64_t{1} << 30;
  else if (!unit.empty()) return false;
  if (n == 0 || n > UINT64_MAX / scale) return false;
  out = n * scale;
  return true;
}

// The value of `--name=value` or `--name value`; false when missing.
bool option_value(const std::string& a, const std::string& name, int argc, char** argv, int& i,
                  std::string& value) {
  if (a.size() > name.size() && a[name.size()] == '=') {
    value = a.substr(name.size() + 1);
    return true;
  }
  if (i + 1 >= argc) return false;
  value = argv[++i];
  return true;
}

// --max-heap, --max-steps, --max-seconds; -1 to go on, or an exit status.
int limit_option(const std::string& a, int argc, char** argv, int& i, Options& o) {
  std::string name = a.substr(0, a.find('='));
  std::string value;
  if (!option_value(a, name, argc, argv, i, value)) {
    return usage_error("Argument expected for the " + name + " option");
  }
  if (name == "--max-heap") {
    if (!parse_size(value, o.max_heap)) return usage_error("--max-heap needs a size such as 512M or 2G");
  } else if (name == "--max-steps") {
    char* end = nullptr;
    o.max_steps = std::strtoull(value.c_str(), &end, 10);
    if (value.empty() || value[0] < '0' || value[0] > '9' || *end || o.max_steps == 0) {
      return usage_error("--max-steps needs a positive integer");
    }
  } else {
    char* end = nullptr;
    o.max_seconds = std::strtod(value.c_str(), &end);
    if (value.empty() || *end || !(o.max_seconds > 0)) return usage_error("--max-seconds needs a positive number");
  }
  return -1;
}

// Long options; -1 to go on, or an exit status.
int long_option(const std::string& a, int argc, char** argv, int& i, Options& o) {
  std::string name = a.substr(0, a.find('='));
  if (name == "--max-heap" || name == "--max-steps" || name == "--max-seconds") {
    return limit_option(a, argc, argv, i, o);
  }
  if (a == "--help") {
    print_help();
    return 0;
  }
  if (a == "--version") return version();
  if (a == "--virtual-time") {
    o.virtual_time = true;
    return -1;
  }
  if (a == "--random-seed") {
    if (i + 1 >= argc) return usage_error("Argument expected for the --random-seed option");
    char* end = nullptr;
    long long seed = std::strtoll(argv[++i], &end, 10);
    if (!*argv[i] || *end || seed < 0) return usage_error("--random-seed needs a non-negative integer");
    o.random_seed = seed;
    return -1;
  }
  return usage_error("unknown option " + a);
}

}  // namespace

int parse_options(int argc, char** argv, Options& o) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-" || a.empty() || a[0] != '-') break;
    if (a == "--") {
      ++i;
      break;
    }
    if (a.rfind("--", 0) == 0) {
      int status = long_option(a, argc, argv, i, o);
      if (status >= 0) return status;
      continue;
    }
    for (size_t k = 1; k < a.size(); ++k) {
      char c = a[k];
      if (c == 'c' || c == 'm' || c == 'X') {
        std::string value = a.substr(k + 1);
        if (value.empty()) {
          if (i + 1 >= argc) return usage_error(std::string("Argument expected for the -") + c + " option");
          value = argv[++i];
        }
        if (c == 'X') {
          // Unknown -X options are accepted and ignored, as python3 does.
          o.dis |= value == "dis";
          o.tokens |= value == "tokens";
          o.ast |= value == "ast";
          break;
        }
        (c == 'c' ? o.command : o.module) = value;
        (c == 'c' ? o.has_command : o.has_module) = true;
        rest_to_args(argc, argv, i + 1, o);
        return -1;
      }
      switch (c) {
        case 'E': o.ignore_env = true; break;
        case 'u': o.unbuffered = true; break;
        case 'i': o.interactive = true; break;
        case 'q': o.quiet = true; break;
        case 'V': return version();
        case 'h':
        case '?': print_help(); return 0;
        default: return usage_error(std::string("Unknown option: -") + c);
      }
    }
  }
  if (i < argc) {
    o.script = argv[i];
    rest_to_args(argc, argv, i + 1, o);
  } else {
    o.script = "-";
  }
  return -1;
}

}  // namespace coil::cli
