// `_os`: the POSIX calls under the os module (stdlib/lib/os.py, as CPython's
// os.py sits on its `posix` module). Everything that touches the file system
// goes through VMOptions::allow_file_access: with it off, each call raises
// PermissionError naming itself, as open() does. Paths are str (os.py turns
// path-like objects into str first); errors are CPython's OSError subclasses
// with errno, message and file name.
#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <thread>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

extern char** environ;

namespace coil::vm {

namespace {

// False, with PermissionError pending, when the host forbids file access.
bool file_access(VM& vm, const char* fname) {
  if (vm.options.allow_file_access) return true;
  vm.raise_fmt(vm.types.PermissionError, "%s() is disabled: the host does not allow file access", fname);
  return false;
}

// Checks nargs and that args[0..npaths) are str; false with TypeError pending.
bool path_args(VM& vm, const char* fname, Value* args, int nargs, Tuple* kw, int min, int max,
               int npaths) {
  if (!no_kwargs(vm, fname, kw) || !check_nargs(vm, fname, nargs, min, max)) return false;
  for (int i = 0; i < npaths && i < nargs; ++i) {
    if (!is_str(args[i])) {
      vm.raise_fmt(vm.types.TypeError, "%s: path should be string, bytes or os.PathLike, not %s",
                   fname, type_name(vm, args[i]));
      return false;
    }
  }
  return file_access(vm, fname);
}

std::string path_of(Value v) { return std::string(as_str(v)->view()); }

// The OSError for errno (with the file name, and a second one for rename).
Value os_error(VM& vm, Value filename, Value filename2 = Value::null()) {
  int err = errno;
  Value r = raise_os_error(vm, err, filename);
  if (!filename2.is_null() && vm.pending.is_obj() && vm.pending.as_obj()->kind == ObjKind::Exception) {
    auto* e = static_cast<Exception*>(vm.pending.as_obj());
    if (e->dict) dict_set_str(vm, e->dict, vm.intern("filename2"), filename2);
  }
  return r;
}

Value os_getcwd(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "getcwd", args, nargs, kw, 0, 0, 0)) return Value::exception();
  std::string buf(4096, '\0');
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return os_error(vm, Value::null());
    buf.resize(buf.size() * 2);
  }
  return vm.str_value(buf.c_str());
}

Value os_chdir(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "chdir", args, nargs, kw, 1, 1, 1)) return Value::exception();
  if (::chdir(path_of(args[0]).c_str()) != 0) return os_error(vm, args[0]);
  return Value::none();
}

// listdir(path): the names in a directory, without '.' and '..', in the
// order the file system gives them (as CPython; programs sort them).
Value os_listdir(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "listdir", args, nargs, kw, 1, 1, 1)) return Value::exception();
  DIR* dir = ::opendir(path_of(args[0]).c_str());
  if (!dir) return os_error(vm, args[0]);
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  while (dirent* e = ::readdir(dir)) {
    std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    out->push(vm.str_value(name));
  }
  ::closedir(dir);
  return Value::object(out);
}

Value os_mkdir(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "mkdir", args, nargs, kw, 2, 2, 1)) return Value::exception();
  if (!args[1].is_int()) return vm.raise(vm.types.TypeError, "mkdir: mode must be an int");
  if (::mkdir(path_of(args[0]).c_str(), static_cast<mode_t>(args[1].as_int())) != 0) {
    return os_error(vm, args[0]);
  }
  return Value::none();
}

Value os_rmdir(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "rmdir", args, nargs, kw, 1, 1, 1)) return Value::exception();
  if (::rmdir(path_of(args[0]).c_str()) != 0) return os_error(vm, args[0]);
  return Value::none();
}

Value os_unlink(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "remove", args, nargs, kw, 1, 1, 1)) return Value::exception();
  if (::unlink(path_of(args[0]).c_str()) != 0) return os_error(vm, args[0]);
  return Value::none();
}

Value os_rename(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "rename", args, nargs, kw, 2, 2, 2)) return Value::exception();
  if (::rename(path_of(args[0]).c_str(), path_of(args[1]).c_str()) != 0) {
    return os_error(vm, args[0], args[1]);
  }
  return Value::none();
}

Value os_symlink(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "symlink", args, nargs, kw, 2, 2, 2)) return Value::exception();
  if (::symlink(path_of(args[0]).c_str(), path_of(args[1]).c_str()) != 0) {
    return os_error(vm, args[0], args[1]);
  }
  return Value::none();
}

Value os_readlink(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "readlink", args, nargs, kw, 1, 1, 1)) return Value::exception();
  std::string buf(4096, '\0');
  ssize_t n = ::readlink(path_of(args[0]).c_str(), buf.data(), buf.size());
  if (n < 0) return os_error(vm, args[0]);
  buf.resize(static_cast<size_t>(n));
  return vm.str_value(buf);
}

Value os_chmod(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "chmod", args, nargs, kw, 2, 2, 1)) return Value::exception();
  if (!args[1].is_int()) return vm.raise(vm.types.TypeError, "chmod: mode must be an int");
  if (::chmod(path_of(args[0]).c_str(), static_cast<mode_t>(args[1].as_int())) != 0) {
    return os_error(vm, args[0]);
  }
  return Value::none();
}

// copyfile(src, dst): the bytes of src into dst (created or truncated), for
// shutil.copyfile (coil's open() has no binary mode).
Value os_copyfile(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "copyfile", args, nargs, kw, 2, 2, 2)) return Value::exception();
  int in = ::open(path_of(args[0]).c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return os_error(vm, args[0]);
  struct stat st;
  if (::fstat(in, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(in);
    errno = EISDIR;
    return os_error(vm, args[0]);
  }
  int out = ::open(path_of(args[1]).c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (out < 0) {
    int err = errno;
    ::close(in);
    errno = err;
    return os_error(vm, args[1]);
  }
  char buf[65536];
  Value failed_on = Value::null();
  for (;;) {
    ssize_t n = ::read(in, buf, sizeof buf);
    if (n < 0) {
      failed_on = args[0];
      break;
    }
    if (n == 0) break;
    for (ssize_t done = 0; done < n;) {
      ssize_t w = ::write(out, buf + done, static_cast<size_t>(n - done));
      if (w < 0) {
        failed_on = args[1];
        break;
      }
      done += w;
    }
    if (!failed_on.is_null()) break;
  }
  int err = errno;
  ::close(in);
  if (::close(out) != 0 && failed_on.is_null()) {
    err = errno;
    failed_on = args[1];
  }
  if (!failed_on.is_null()) {
    errno = err;
    return os_error(vm, failed_on);
  }
  return Value::none();
}

// utime(path, atime_s, atime_ns, mtime_s, mtime_ns): set a file's access and
// modification times (whole seconds and the nanoseconds beyond them).
Value os_utime(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "utime", args, nargs, kw, 5, 5, 1)) return Value::exception();
  for (int i = 1; i < 5; ++i) {
    if (!args[i].is_int()) return vm.raise(vm.types.TypeError, "utime: times must be ints");
  }
  timespec times[2];
  for (int i = 0; i < 2; ++i) {
    times[i].tv_sec = static_cast<time_t>(args[1 + 2 * i].as_int());
    times[i].tv_nsec = static_cast<long>(args[2 + 2 * i].as_int());
  }
  if (::utimensat(AT_FDCWD, path_of(args[0]).c_str(), times, 0) != 0) return os_error(vm, args[0]);
  return Value::none();
}

// get_terminal_size(fd) -> (columns, lines) of the terminal on fd; OSError
// when fd is not a terminal. Not a file-system call: always allowed.
Value os_get_terminal_size(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "get_terminal_size", kw) || !check_nargs(vm, "get_terminal_size", nargs, 1, 1)) {
    return Value::exception();
  }
  if (!args[0].is_int()) return vm.raise(vm.types.TypeError, "an integer is required");
  winsize w;
  if (::ioctl(static_cast<int>(args[0].as_int()), TIOCGWINSZ, &w) != 0) {
    return os_error(vm, Value::null());
  }
  return Value::object(vm.tuple_of({Value::small_int(w.ws_col), Value::small_int(w.ws_row)}));
}

double seconds(const timespec& t) { return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9; }

// stat(path, follow_symlinks) -> (mode, ino, dev, nlink, uid, gid, size,
// atime, mtime, ctime, atime_ns, mtime_ns, ctime_ns); os.py makes the
// stat_result.
Value os_stat(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "stat", args, nargs, kw, 2, 2, 1)) return Value::exception();
  struct stat st;
  std::string p = path_of(args[0]);
  int r = vm.truthy(args[1]) > 0 ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st);
  if (r != 0) return os_error(vm, args[0]);
  RootScope roots(vm);
  auto ns = [&](const timespec& t) {
    return roots.add(vm.make_int(static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec));
  };
  auto num = [&](int64_t v) { return roots.add(vm.make_int(v)); };
  auto real = [&](const timespec& t) { return Value::from_double(seconds(t)); };
  Tuple* t = vm.new_tuple(13);
  Value items[13] = {num(st.st_mode),  num(static_cast<int64_t>(st.st_ino)), num(static_cast<int64_t>(st.st_dev)),
                     num(static_cast<int64_t>(st.st_nlink)), num(st.st_uid), num(st.st_gid),
                     num(st.st_size),  real(st.st_atim),  real(st.st_mtim),
                     real(st.st_ctim), ns(st.st_atim),   ns(st.st_mtim),   ns(st.st_ctim)};
  for (int i = 0; i < 13; ++i) t->items[i] = items[i];
  return Value::object(t);
}

Value os_access(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!path_args(vm, "access", args, nargs, kw, 2, 2, 1)) return Value::exception();
  if (!args[1].is_int()) return vm.raise(vm.types.TypeError, "access: mode must be an int");
  return Value::boolean(::access(path_of(args[0]).c_str(), static_cast<int>(args[1].as_int())) == 0);
}

// ---- not file access

Value os_getpid(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "getpid", kw) || !check_nargs(vm, "getpid", nargs, 0, 0)) return Value::exception();
  return vm.make_int(::getpid());
}

// uname(): the kernel's five identification strings (sysname, nodename,
// release, version, machine), which os.py wraps in uname_result.
Value os_uname(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "uname", kw) || !check_nargs(vm, "uname", nargs, 0, 0)) return Value::exception();
  struct utsname u {};
  if (::uname(&u) != 0) return os_error(vm, Value::null());
  RootScope roots(vm);
  Value fields[5];
  const char* texts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
  for (int i = 0; i < 5; ++i) {
    fields[i] = roots.add(vm.str_value(texts[i]));
    if (fields[i].is_exception()) return fields[i];
  }
  return Value::object(vm.tuple_of({fields[0], fields[1], fields[2], fields[3], fields[4]}));
}

// confstr(name): a string-valued system setting by its number (os.py maps
// the CS_* names), None when the system has no value for it.
Value os_confstr(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "confstr", kw) || !check_nargs(vm, "confstr", nargs, 1, 1)) return Value::exception();
  if (!args[0].is_int()) return vm.raise(vm.types.TypeError, "configuration names must be strings or integers");
  int name = static_cast<int>(args[0].as_int());
  errno = 0;
  size_t size = ::confstr(name, nullptr, 0);
  if (size == 0) return errno ? os_error(vm, Value::null()) : Value::none();
  std::string buf(size, '\0');
  ::confstr(name, buf.data(), size);
  return vm.str_value(buf.c_str());
}

// The process environment when the module is imported, as a dict of str.
// os.environ is a copy kept by the VM: setting a variable changes it for
// this VM only (coil starts no subprocesses that would inherit it).
Value os_environ(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "environ", kw) || !check_nargs(vm, "environ", nargs, 0, 0)) return Value::exception();
  RootScope roots(vm);
  Dict* d = roots.add(vm.new_dict());
  for (char** e = ::environ; e && *e; ++e) {
    std::string_view entry = *e;
    size_t eq = entry.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    Value k = roots.add(vm.str_value(entry.substr(0, eq)));
    Value v = roots.add(vm.str_value(entry.substr(eq + 1)));
    if (dict_set(vm, d, k, v) < 0) return Value::exception();
  }
  return Value::object(d);
}

Value os_strerror(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "strerror", kw) || !check_nargs(vm, "strerror", nargs, 1, 1)) return Value::exception();
  if (!args[0].is_int()) {
    return vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                        type_name(vm, args[0]));
  }
  char buf[256];
  return vm.str_value(strerror_r(static_cast<int>(args[0].as_int()), buf, sizeof buf));
}

Value os_urandom(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "urandom", kw) || !check_nargs(vm, "urandom", nargs, 1, 1)) return Value::exception();
  if (!args[0].is_int()) {
    return vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                        type_name(vm, args[0]));
  }
  int64_t n = args[0].as_int();
  if (n < 0) return vm.raise(vm.types.ValueError, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = ::getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return os_error(vm, Value::null());
    }
    got += static_cast<size_t>(r);
  }
  return Value::object(bytes_new(vm, buf));
}

Value os_cpu_count(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "cpu_count", kw) || !check_nargs(vm, "cpu_count", nargs, 0, 0)) return Value::exception();
  unsigned n = std::thread::hardware_concurrency();
  return n ? vm.make_int(n) : Value::none();
}

}  // namespace

Module* init_os_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("_os"));
  Dict* d = m->dict;
  add_function(vm, d, "getcwd", os_getcwd);
  add_function(vm, d, "chdir", os_chdir);
  add_function(vm, d, "listdir", os_listdir);
  add_function(vm, d, "mkdir", os_mkdir);
  add_function(vm, d, "rmdir", os_rmdir);
  add_function(vm, d, "unlink", os_unlink);
  add_function(vm, d, "rename", os_rename);
  add_function(vm, d, "symlink", os_symlink);
  add_function(vm, d, "readlink", os_readlink);
  add_function(vm, d, "chmod", os_chmod);
  add_function(vm, d, "stat", os_stat);
  add_function(vm, d, "access", os_access);
  add_function(vm, d, "getpid", os_getpid);
  add_function(vm, d, "uname", os_uname);
  add_function(vm, d, "confstr", os_confstr);
  add_function(vm, d, "environ", os_environ);
  add_function(vm, d, "strerror", os_strerror);
  add_function(vm, d, "urandom", os_urandom);
  add_function(vm, d, "cpu_count", os_cpu_count);
  add_function(vm, d, "copyfile", os_copyfile);
  add_function(vm, d, "utime", os_utime);
  add_function(vm, d, "get_terminal_size", os_get_terminal_size);
  vm.set_global(d, "allow_file_access", Value::boolean(vm.options.allow_file_access));
  return m;
}

}  // namespace coil::vm
