// A host built outside coil's tree against the installed library:
//   c++ host.cpp $(pkg-config --cflags --libs coil)
// (tests/embed/check_install.py builds and runs it).
#include <coil/coil.hpp>

#include <cstdio>
#include <string>

int main() {
  coil::Config config;
  std::string out;
  config.write_out = [&out](std::string_view s) { out += s; };
  coil::VM vm(config);
  coil::RunResult r = vm.run_string(
      "import math\n"
      "def area(r):\n"
      "    return round(math.pi * r * r, 2)\n"
      "print('installed coil', area(2))\n");
  if (!r) {
    std::fputs(r.error().formatted.c_str(), stderr);
    return 1;
  }
  std::fputs(out.c_str(), stdout);
  coil::Result<double> a = vm.get_global("area").value()(10).value().to<double>();
  std::printf("area(10) = %.2f\n", a.value());
  return 0;
}
