// A host that ships its scripts inside its own assets (here a table in
// memory, as a game's pack file would be) and serves them to `import`
// through the module hook; the file system is off for scripts.
//
//   make samples && build/samples/asset_loader
#include <coil/coil.hpp>

#include <cstdio>
#include <map>
#include <string>

// The asset pack: path -> contents.
const std::map<std::string, std::string> kAssets = {
    {"scripts/main.py", R"(
import ai
from ai.steering import seek
import util

print('main: loaded', ai.NAME, 'with', util.clamp(250, 0, 100), 'hp')
print('seek:', seek((0, 0), (3, 4)))
try:
    import editor_tools  # not in this pack
except ImportError as e:
    print('main:', e)
util.fail()
)"},
    {"scripts/ai/__init__.py", "NAME = 'goblin'\nprint('ai: package initialised')\n"},
    {"scripts/ai/steering.py", R"(
import math

def seek(pos, target):
    dx, dy = target[0] - pos[0], target[1] - pos[1]
    d = math.hypot(dx, dy)
    return (dx / d, dy / d)
)"},
    {"scripts/util.py", R"(
def clamp(x, lo, hi):
    return max(lo, min(x, hi))

def fail():
    return {}['missing']
)"},
};

int main() {
  coil::Config config;
  config.allow_file_access = false;
  config.write_out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  coil::VM vm(config);
  vm.set_module_source([](std::string_view name) -> std::optional<coil::ModuleSource> {
    std::string path = "scripts/" + std::string(name);
    for (char& c : path) c = c == '.' ? '/' : c;
    if (auto it = kAssets.find(path + "/__init__.py"); it != kAssets.end()) {
      return coil::ModuleSource{it->second, it->first, true};
    }
    if (auto it = kAssets.find(path + ".py"); it != kAssets.end()) {
      return coil::ModuleSource{it->second, it->first, false};
    }
    std::printf("hook: no asset for %.*s\n", static_cast<int>(name.size()), name.data());
    return std::nullopt;
  });
  coil::Result<coil::Value> main_module = vm.import_module("main");
  if (!main_module) {
    // The traceback names the asset paths and shows their lines.
    std::fputs(main_module.error().formatted.c_str(), stdout);
  }
  return 0;
}
