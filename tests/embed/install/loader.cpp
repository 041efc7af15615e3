// Loads plugin.so with dlopen and calls into the coil VM inside it.
#include <dlfcn.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  void* lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    std::fprintf(stderr, "dlopen: %s\n", dlerror());
    return 1;
  }
  using Eval = int (*)(const char*, char*, int);
  auto eval = reinterpret_cast<Eval>(dlsym(lib, "plugin_eval"));
  if (!eval) return 1;
  char out[256];
  int status = eval("sorted({'b': 2, 'a': 1}.items())", out, sizeof out);
  std::printf("plugin: %s\n", out);
  status |= eval("1/0", out, sizeof out) == 1 ? 0 : 1;
  std::printf("plugin: %s\n", out);
  dlclose(lib);
  return status;
}
