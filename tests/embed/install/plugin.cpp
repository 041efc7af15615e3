// A shared object (a plugin a program loads with dlopen) with coil linked
// into it: this only links when libcoil.a is position-independent.
//   c++ -shared -fPIC plugin.cpp $(pkg-config --cflags --libs coil) -o plugin.so
#include <coil/coil.hpp>

#include <cstring>
#include <string>

extern "C" int plugin_eval(const char* expression, char* out, int size) {
  coil::VM vm;
  coil::Result<coil::Value> v = vm.eval(expression);
  std::string text = v ? v.value().repr() : v.error().what();
  std::strncpy(out, text.c_str(), static_cast<size_t>(size) - 1);
  out[size - 1] = '\0';
  return v ? 0 : 1;
}
