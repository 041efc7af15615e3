// The coil command line: `coil [option] ... [-c cmd | -m mod | file | -] [arg] ...`,
// parsed with python3's rules and usage-error wording.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace coil::cli {

struct Options {
  // What to run: -c's command, -m's module, a file, or "-" (stdin).
  std::string command;
  bool has_command = false;
  std::string module;
  bool has_module = false;
  std::string script;  // file or "-"
  std::vector<std::string> args;  // sys.argv[1:]
  bool interactive = false;  // -i: the REPL after the program (or instead of stdin)
  bool quiet = false;        // -q: no banner
  bool ignore_env = false;   // -E
  bool unbuffered = false;   // -u
  // -X dis / tokens / ast: print that pipeline stage instead of running.
  bool dis = false;
  bool tokens = false;
  bool ast = false;
  bool virtual_time = false;  // --virtual-time
  int64_t random_seed = -1;   // --random-seed N
  // --max-heap=SIZE, --max-steps=N, --max-seconds=S (0: no limit).
  uint64_t max_heap = 0;
  uint64_t max_steps = 0;
  double max_seconds = 0;
};

// Parses argv into `o`. Returns -1 to go on, or the exit status when the
// command line was fully handled (-h, -V, or a usage error, already printed).
int parse_options(int argc, char** argv, Options& o);

}  // namespace coil::cli
