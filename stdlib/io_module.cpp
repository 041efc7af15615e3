// open() and text files (the `io` module's TextIOWrapper and
// UnsupportedOperation), on C stdio.
//
// Text is UTF-8. Reading translates "\r\n" and "\r" to "\n" (universal
// newlines, CPython's default); writing does not translate (os.linesep is
// "\n" here). A file that is never closed is flushed and closed when the
// collector frees it, or when the VM is destroyed, so no output is lost.
// Binary modes ('b') read and write bytes with no translation, as CPython's
// BufferedReader/BufferedWriter/BufferedRandom (one object kind here; the
// type tells them apart). StringIO, BytesIO and the abstract bases are
// written in coil (stdlib/lib/_iomem.py) and copied into io at import.
#include <sys/stat.h>

#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct FileObj : Foreign {
  FILE* fp;       // null once closed
  Value name;     // what open() was given
  Value mode;     // the mode string as given
  Value encoding;
  bool readable;
  bool writable;
  bool translate;  // universal newlines on read (newline=None)
  bool binary;     // 'b' mode: bytes in and out
  // The last operation was a write: stdio needs a flush or seek before a
  // read on an update ('+') stream.
  bool last_write;
};

void file_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* f = static_cast<FileObj*>(self);
  for (Value v : {f->name, f->mode, f->encoding}) mark_gray(gray, v);
}

// Freed by the collector or at VM teardown: flush and close.
void file_destroy(Obj* self) {
  auto* f = static_cast<FileObj*>(self);
  if (f->fp) std::fclose(f->fp);
  f->fp = nullptr;
}

constexpr ForeignClass kFileClass = {"TextIOWrapper", file_trace, file_destroy};

bool is_file(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kFileClass;
}

// The io module's dict (imported on first use, then cached in sys.modules).
Dict* io_dict(VM& vm) {
  Value m = vm.import_module(vm.intern("io"));
  if (m.is_exception()) return nullptr;
  return static_cast<Module*>(m.as_obj())->dict;
}

Type* io_type(VM& vm, const char* name) {
  Dict* d = io_dict(vm);
  if (!d) return nullptr;
  Value t = dict_get_str(d, vm.intern(name));
  if (!t.is_obj() || t.as_obj()->kind != ObjKind::Type) {
    vm.raise_fmt(vm.types.RuntimeError, "io.%s is missing", name);
    return nullptr;
  }
  return static_cast<Type*>(t.as_obj());
}

Value unsupported(VM& vm, const char* what) {
  Type* t = io_type(vm, "UnsupportedOperation");
  if (!t) return Value::exception();
  return vm.raise(t, what);
}

Value closed_error(VM& vm) { return vm.raise(vm.types.ValueError, "I/O operation on closed file."); }

}  // namespace

Value raise_os_error(VM& vm, int err, Value filename) {
  RootScope roots(vm);
  char buf[256];
  const char* text = strerror_r(err, buf, sizeof buf);
  Tuple* args = roots.add(vm.tuple_of({Value::small_int(err), vm.str_value(text)}));
  Value exc = roots.add(vm.new_exception_args(os_error_type_for_errno(vm, err), args));
  auto* e = static_cast<Exception*>(exc.as_obj());
  if (!e->dict) e->dict = vm.new_dict();
  dict_set_str(vm, e->dict, vm.intern("filename"), filename.is_null() ? Value::none() : filename);
  dict_set_str(vm, e->dict, vm.intern("filename2"), Value::none());
  return vm.raise_value(exc);
}

namespace {

// ---------------------------------------------------------------- reading

// Checks a read: open, readable; false with the error pending.
FileObj* reader(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs < 1 || !is_file(args[0])) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a '_io.TextIOWrapper' object", method);
    return nullptr;
  }
  auto* f = static_cast<FileObj*>(args[0].as_obj());
  if (!f->fp) {
    closed_error(vm);
    return nullptr;
  }
  if (!f->readable) {
    unsupported(vm, "not readable");
    return nullptr;
  }
  if (f->last_write) {
    std::fflush(f->fp);
    f->last_write = false;
  }
  return f;
}

// One character's worth of newline translation: '\r' or "\r\n" become '\n'.
int next_byte(FileObj* f) {
  int c = getc_unlocked(f->fp);
  if (c == '\r' && f->translate && !f->binary) {
    int d = getc_unlocked(f->fp);
    if (d != '\n' && d != EOF) ungetc(d, f->fp);
    return '\n';
  }
  return c;
}

// What a read returns: bytes from a binary file, otherwise text decoded as
// strict UTF-8 (UnicodeDecodeError as CPython's).
Value data_value(VM& vm, FileObj* f, const std::string& s) {
  if (f->binary) return Value::object(bytes_new(vm, s));
  return codec_decode(vm, s, "utf-8", "strict");
}

// Appends up to `limit` characters (all when negative) of one line.
void read_line(FileObj* f, std::string& out, int64_t limit) {
  int64_t chars = 0;
  for (;;) {
    if (limit >= 0 && chars >= limit && f->binary) return;
    if (limit >= 0 && chars >= limit) {
      // Finish a multi-byte character already started.
      int c;
      while ((c = getc_unlocked(f->fp)) != EOF && (c & 0xC0) == 0x80) out += static_cast<char>(c);
      if (c != EOF) ungetc(c, f->fp);
      return;
    }
    int c = next_byte(f);
    if (c == EOF) return;
    out += static_cast<char>(c);
    if (f->binary || (c & 0xC0) != 0x80) ++chars;
    if (c == '\n') return;
  }
}

// Reads `limit` characters, or everything when negative.
void read_chars(FileObj* f, std::string& out, int64_t limit) {
  if (limit < 0 && (!f->translate || f->binary)) {
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f->fp)) > 0) out.append(buf, n);
    return;
  }
  if (f->binary) {
    out.resize(static_cast<size_t>(limit));
    out.resize(std::fread(out.data(), 1, out.size(), f->fp));
    return;
  }
  int64_t chars = 0;
  for (;;) {
    int c;
    if (limit >= 0 && chars >= limit) {
      while ((c = getc_unlocked(f->fp)) != EOF && (c & 0xC0) == 0x80) out += static_cast<char>(c);
      if (c != EOF) ungetc(c, f->fp);
      return;
    }
    c = next_byte(f);
    if (c == EOF) return;
    out += static_cast<char>(c);
    if ((c & 0xC0) != 0x80) ++chars;
  }
}

// An optional size argument: None or an int; -1 when absent.
bool size_arg(VM& vm, Value* args, int nargs, int index, int64_t& out) {
  out = -1;
  if (nargs <= index || args[index].is_none()) return true;
  if (args[index].is_double()) {
    vm.raise(vm.types.TypeError, "argument should be integer or None, not 'float'");
    return false;
  }
  Value i = index_to_int(vm, args[index]);
  return !i.is_exception() && vm.index_value(i, out, /*clamp=*/true);
}

Value file_read(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "read", kwnames) || !check_nargs(vm, "read", nargs - 1, 0, 1)) return Value::exception();
  FileObj* f = reader(vm, args, nargs, "read");
  int64_t size;
  if (!f || !size_arg(vm, args, nargs, 1, size)) return Value::exception();
  std::string s;
  read_chars(f, s, size);
  return data_value(vm, f, s);
}

Value file_readline(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "readline", kwnames) || !check_nargs(vm, "readline", nargs - 1, 0, 1)) {
    return Value::exception();
  }
  FileObj* f = reader(vm, args, nargs, "readline");
  int64_t size;
  if (!f || !size_arg(vm, args, nargs, 1, size)) return Value::exception();
  std::string s;
  read_line(f, s, size);
  return data_value(vm, f, s);
}

Value file_readlines(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "readlines", kwnames) || !check_nargs(vm, "readlines", nargs - 1, 0, 1)) {
    return Value::exception();
  }
  FileObj* f = reader(vm, args, nargs, "readlines");
  int64_t hint;
  if (!f || !size_arg(vm, args, nargs, 1, hint)) return Value::exception();
  RootScope roots(vm);
  List* lines = roots.add(vm.new_list());
  int64_t total = 0;
  for (;;) {
    std::string s;
    read_line(f, s, -1);
    if (s.empty()) break;
    Value v = data_value(vm, f, s);
    if (v.is_exception()) return v;
    lines->push(v);
    total += f->binary ? static_cast<int64_t>(s.size()) : as_str(v)->length;
    if (hint > 0 && total >= hint) break;
  }
  return Value::object(lines);
}

Value file_iter(VM& vm, Value self) {
  if (!static_cast<FileObj*>(self.as_obj())->fp) return closed_error(vm);
  return self;
}

int file_next(VM& vm, Value self, Value& out) {
  FileObj* f = reader(vm, &self, 1, "__next__");
  if (!f) return -1;
  std::string s;
  read_line(f, s, -1);
  if (s.empty()) return 0;
  out = data_value(vm, f, s);
  return out.is_exception() ? -1 : 1;
}

// ---------------------------------------------------------------- writing

FileObj* writer(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs < 1 || !is_file(args[0])) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a '_io.TextIOWrapper' object", method);
    return nullptr;
  }
  auto* f = static_cast<FileObj*>(args[0].as_obj());
  if (!f->fp) {
    closed_error(vm);
    return nullptr;
  }
  if (!f->writable) {
    unsupported(vm, "not writable");
    return nullptr;
  }
  if (!f->last_write && f->readable) std::fseek(f->fp, 0, SEEK_CUR);  // switch from reading
  f->last_write = true;
  return f;
}

// Writes bytes-like data to a binary file: the number of bytes, or -1.
int64_t write_bytes(VM& vm, FileObj* f, Value b) {
  std::string_view data;
  if (!bytes_like(b, data)) {
    vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, b));
    return -1;
  }
  if (std::fwrite(data.data(), 1, data.size(), f->fp) != data.size()) {
    raise_os_error(vm, errno, Value::null());
    return -1;
  }
  return static_cast<int64_t>(data.size());
}

// Writes a str; the number of characters written, or -1 with the error pending.
int64_t write_text(VM& vm, FileObj* f, Value s) {
  if (f->binary) return write_bytes(vm, f, s);
  if (!is_str(s)) {
    vm.raise_fmt(vm.types.TypeError, "write() argument must be str, not %s", type_name(vm, s));
    return -1;
  }
  Str* str = as_str(s);
  if (std::fwrite(str->data, 1, str->size, f->fp) != str->size) {
    raise_os_error(vm, errno, Value::null());
    return -1;
  }
  return str->length;
}

Value file_write(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "write", kwnames) || !check_nargs(vm, "write", nargs - 1, 1, 1)) return Value::exception();
  FileObj* f = writer(vm, args, nargs, "write");
  if (!f) return Value::exception();
  int64_t n = write_text(vm, f, args[1]);
  return n < 0 ? Value::exception() : vm.make_int(n);
}

Value file_writelines(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "writelines", kwnames) || !check_nargs(vm, "writelines", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  FileObj* f = writer(vm, args, nargs, "writelines");
  if (!f) return Value::exception();
  RootScope roots(vm);
  Value it = roots.add(vm.iter(args[1]));
  if (it.is_exception()) return it;
  Value line;
  int r;
  while ((r = vm.next(it, line)) == 1) {
    // The file may have been closed by the iterator.
    if (!f->fp) return closed_error(vm);
    if (write_text(vm, f, line) < 0) return Value::exception();
  }
  return r < 0 ? Value::exception() : Value::none();
}

// ---------------------------------------------------------------- the rest

FileObj* self_file(VM& vm, Value* args, int nargs, const char* method, bool must_be_open) {
  if (nargs < 1 || !is_file(args[0])) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a '_io.TextIOWrapper' object", method);
    return nullptr;
  }
  auto* f = static_cast<FileObj*>(args[0].as_obj());
  if (must_be_open && !f->fp) {
    closed_error(vm);
    return nullptr;
  }
  return f;
}

Value close_file(VM& vm, FileObj* f) {
  if (!f->fp) return Value::none();
  FILE* fp = f->fp;
  f->fp = nullptr;
  if (std::fclose(fp) != 0) return raise_os_error(vm, errno, Value::null());
  return Value::none();
}

Value file_close(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "close", kwnames) || !check_nargs(vm, "close", nargs - 1, 0, 0)) return Value::exception();
  FileObj* f = self_file(vm, args, nargs, "close", false);
  return f ? close_file(vm, f) : Value::exception();
}

Value file_flush(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "flush", kwnames) || !check_nargs(vm, "flush", nargs - 1, 0, 0)) return Value::exception();
  FileObj* f = self_file(vm, args, nargs, "flush", true);
  if (!f) return Value::exception();
  if (std::fflush(f->fp) != 0) return raise_os_error(vm, errno, Value::null());
  return Value::none();
}

Value file_enter(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "__enter__", kwnames) || !check_nargs(vm, "__enter__", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  FileObj* f = self_file(vm, args, nargs, "__enter__", true);
  return f ? args[0] : Value::exception();
}

Value file_exit(VM& vm, Value* args, int nargs, Tuple*) {
  FileObj* f = self_file(vm, args, nargs, "__exit__", false);
  if (!f) return Value::exception();
  Value r = close_file(vm, f);
  return r.is_exception() ? r : Value::none();
}

Value file_flag(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* method, int which) {
  if (!no_kwargs(vm, method, kwnames) || !check_nargs(vm, method, nargs - 1, 0, 0)) return Value::exception();
  FileObj* f = self_file(vm, args, nargs, method, true);
  if (!f) return Value::exception();
  switch (which) {
    case 0: return Value::boolean(f->readable);
    case 1: return Value::boolean(f->writable);
    case 2: return Value::boolean(true);
    case 3: return Value::small_int(fileno(f->fp));
    default: return Value::boolean(isatty(fileno(f->fp)));
  }
}

Value file_readable(VM& vm, Value* a, int n, Tuple* k) { return file_flag(vm, a, n, k, "readable", 0); }
Value file_writable(VM& vm, Value* a, int n, Tuple* k) { return file_flag(vm, a, n, k, "writable", 1); }
Value file_seekable(VM& vm, Value* a, int n, Tuple* k) { return file_flag(vm, a, n, k, "seekable", 2); }
Value file_fileno(VM& vm, Value* a, int n, Tuple* k) { return file_flag(vm, a, n, k, "fileno", 3); }
Value file_isatty(VM& vm, Value* a, int n, Tuple* k) { return file_flag(vm, a, n, k, "isatty", 4); }

Value file_tell(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "tell", kwnames) || !check_nargs(vm, "tell", nargs - 1, 0, 0)) return Value::exception();
  FileObj* f = self_file(vm, args, nargs, "tell", true);
  if (!f) return Value::exception();
  long pos = std::ftell(f->fp);
  if (pos < 0) return raise_os_error(vm, errno, Value::null());
  return vm.make_int(pos);
}

// truncate(size=None): cut (or extend with NULs) the file to `size` bytes,
// the current position by default; the position stays.
Value file_truncate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "truncate", kwnames) || !check_nargs(vm, "truncate", nargs - 1, 0, 1)) {
    return Value::exception();
  }
  if (nargs >= 1 && is_file(args[0]) && !static_cast<FileObj*>(args[0].as_obj())->fp) {
    return vm.raise(vm.types.ValueError, "truncate of closed file");
  }
  FileObj* f = self_file(vm, args, nargs, "truncate", true);
  if (!f) return Value::exception();
  if (!f->writable) return unsupported(vm, "truncate");
  // fseek to where we are hands stdio's buffered data to the file (a write)
  // or drops it (a read-ahead), so the descriptor can be cut under it.
  long here = std::ftell(f->fp);
  if (here < 0 || std::fseek(f->fp, here, SEEK_SET) != 0) return raise_os_error(vm, errno, Value::null());
  f->last_write = false;
  int64_t size = here;
  if (nargs > 1 && !args[1].is_none()) {
    Value s = index_to_int(vm, args[1]);
    if (s.is_exception() || !vm.index_value(s, size)) return Value::exception();
  }
  if (size < 0 || ::ftruncate(::fileno(f->fp), static_cast<off_t>(size)) != 0) {
    return raise_os_error(vm, size < 0 ? EINVAL : errno, Value::null());
  }
  return vm.make_int(size);
}

// seek(offset, whence=0). As in CPython's text files, only seek(0, 1) and
// seek(0, 2) are allowed relative to the current position or the end.
Value file_seek(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "seek", kwnames) || !check_nargs(vm, "seek", nargs - 1, 1, 2)) return Value::exception();
  FileObj* f = self_file(vm, args, nargs, "seek", true);
  if (!f) return Value::exception();
  int64_t offset, whence = 0;
  Value o = index_to_int(vm, args[1]);
  if (o.is_exception() || !vm.index_value(o, offset)) return Value::exception();
  if (nargs > 2) {
    Value w = index_to_int(vm, args[2]);
    if (w.is_exception() || !vm.index_value(w, whence)) return Value::exception();
  }
  if (!f->binary && whence == 1 && offset != 0) return unsupported(vm, "can't do nonzero cur-relative seeks");
  if (!f->binary && whence == 2 && offset != 0) return unsupported(vm, "can't do nonzero end-relative seeks");
  if (whence < 0 || whence > 2) {
    return vm.raise_fmt(vm.types.ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                        static_cast<long long>(whence));
  }
  if (whence == 0 && offset < 0) {
    return vm.raise_fmt(vm.types.ValueError, "negative seek position %lld", static_cast<long long>(offset));
  }
  if (f->binary && whence != 0) {  // a position before the start is clamped to 0, as in CPython
    long here = whence == 1 ? std::ftell(f->fp) : (std::fseek(f->fp, 0, SEEK_END), std::ftell(f->fp));
    if (here + offset < 0) offset = -here;
  }
  if (std::fseek(f->fp, static_cast<long>(offset), static_cast<int>(whence)) != 0) {
    return raise_os_error(vm, errno, Value::null());
  }
  f->last_write = false;
  return vm.make_int(std::ftell(f->fp));
}

Value file_repr(VM& vm, Value self) {
  auto* f = static_cast<FileObj*>(self.as_obj());
  RootScope roots(vm);
  Value name = roots.add(vm.repr(f->name));
  if (name.is_exception()) return name;
  if (f->binary) {
    return vm.str_value("<_io." + std::string(vm.type_of(self)->name->view()) +
                        " name=" + std::string(as_str(name)->view()) + ">");
  }
  Value mode = roots.add(vm.repr(f->mode));
  if (mode.is_exception()) return mode;
  Value enc = roots.add(vm.repr(f->encoding));
  if (enc.is_exception()) return enc;
  return vm.str_value("<_io.TextIOWrapper name=" + std::string(as_str(name)->view()) +
                      " mode=" + std::string(as_str(mode)->view()) +
                      " encoding=" + std::string(as_str(enc)->view()) + ">");
}

Value file_getattr(VM& vm, Value self, Str* name) {
  auto* f = static_cast<FileObj*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "name") return f->name;
  if (n == "mode") return f->mode;
  if (!f->binary && n == "encoding") return f->encoding;
  if (!f->binary && n == "errors") return vm.str_value("strict");
  if (n == "closed") return Value::boolean(f->fp == nullptr);
  if (!f->binary && n == "newlines") return Value::none();
  return generic_getattr(vm, self, name, true);
}

// ---------------------------------------------------------------- open()

struct OpenMode {
  bool read = false, write = false, append = false, create = false, plus = false;
  bool text = false, binary = false;
};

// Parses a mode string as CPython's io.open does.
bool parse_mode(VM& vm, Value modev, OpenMode& m) {
  std::string_view s = as_str(modev)->view();
  std::string seen;
  for (char c : s) {
    if (std::strchr("rwaxb+t", c) == nullptr || seen.find(c) != std::string::npos) {
      vm.raise_fmt(vm.types.ValueError, "invalid mode: '%s'", as_str(modev)->data);
      return false;
    }
    seen += c;
    m.read |= c == 'r';
    m.write |= c == 'w';
    m.append |= c == 'a';
    m.create |= c == 'x';
    m.plus |= c == '+';
    m.text |= c == 't';
    m.binary |= c == 'b';
  }
  if (m.text && m.binary) {
    vm.raise(vm.types.ValueError, "can't have text and binary mode at once");
    return false;
  }
  if (m.read + m.write + m.append + m.create != 1) {
    vm.raise(vm.types.ValueError, "must have exactly one of create/read/write/append mode");
    return false;
  }
  return true;
}

// Whether the text file's codec is strict UTF-8, which the native file
// reads and writes itself; false for another known codec or error handler
// (stdlib/lib/_iotext.py takes those); LookupError when unknown.
bool plain_utf8(VM& vm, Value encoding, Value errors, bool& plain) {
  plain = true;
  if (!errors.is_null() && !errors.is_none()) {
    if (!is_str(errors)) {
      vm.raise_fmt(vm.types.TypeError, "open() argument 'errors' must be str or None, not %s",
                   type_name(vm, errors));
      return false;
    }
    plain = as_str(errors)->view() == "strict";
  }
  if (encoding.is_null() || encoding.is_none()) return true;
  if (!is_str(encoding)) {
    vm.raise_fmt(vm.types.TypeError, "open() argument 'encoding' must be str or None, not %s",
                 type_name(vm, encoding));
    return false;
  }
  std::string codec = codec_lookup(as_str(encoding)->view());
  if (codec.empty()) {
    raise_unknown_codec(vm, as_str(encoding)->view(), true);
    return false;
  }
  plain = plain && codec == "utf-8";
  return true;
}

// The class of a file opened with mode `m`, as CPython names them.
const char* file_type_name(const OpenMode& m) {
  if (!m.binary) return "TextIOWrapper";
  if (m.plus) return "BufferedRandom";
  return m.read ? "BufferedReader" : "BufferedWriter";
}

Value open_file(VM& vm, Value file, Value modev, const OpenMode& m, Value encoding, bool translate) {
  const char* fmode = m.read ? (m.plus ? "r+" : "r")
                      : m.write ? (m.plus ? "w+" : "w")
                      : m.append ? (m.plus ? "a+" : "a")
                                 : (m.plus ? "w+x" : "wx");
  std::string path(as_str(file)->view());
  if (path.find('\0') != std::string::npos) return vm.raise(vm.types.ValueError, "embedded null byte");
  FILE* fp = std::fopen(path.c_str(), fmode);
  if (!fp) return raise_os_error(vm, errno, file);
  struct stat st {};
  if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
    std::fclose(fp);
    return raise_os_error(vm, EISDIR, file);
  }
  Type* type = io_type(vm, file_type_name(m));
  if (!type) {
    std::fclose(fp);
    return Value::exception();
  }
  auto* f = vm.alloc<FileObj>(ObjKind::Foreign, type);
  f->cls = &kFileClass;
  f->fp = fp;
  f->name = file;
  f->mode = modev;
  f->encoding = encoding;
  f->readable = m.read || m.plus;
  f->writable = !m.read || m.plus;
  f->translate = translate;
  f->binary = m.binary;
  f->last_write = false;
  return Value::object(f);
}

// A text file in another codec: stdlib/lib/_iotext.py's layer over the
// binary file.
Value open_encoded(VM& vm, Value file, Value mode, Value encoding, Value errors, Value newline) {
  Value mod = vm.import_module(vm.intern("_iotext"));
  if (mod.is_exception()) return mod;
  Value fn = dict_get_str(static_cast<Module*>(mod.as_obj())->dict, vm.intern("open_encoded"));
  if (fn.is_null()) return vm.raise(vm.types.RuntimeError, "_iotext.open_encoded is missing");
  Value args[5] = {file, mode, encoding, errors.is_null() ? Value::none() : errors,
                   newline.is_null() ? Value::none() : newline};
  return vm.call(fn, args, 5);
}

// io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None, ...):
// stdlib/lib/_iotext.py's text layer over any binary stream (BytesIO,
// sys.stdout.buffer, a file opened with 'b'). The layer is not itself a
// TextIOWrapper instance (isinstance() says no), as the files open() makes
// in a non-UTF-8 codec are not.
// encoding="locale" (PEP 597) names the locale's encoding, which for coil
// is always UTF-8 (CPython reports the codec's own name, 'UTF-8', then).
void resolve_locale_encoding(VM& vm, Value& encoding) {
  if (!encoding.is_null() && is_str(encoding) && as_str(encoding)->view() == "locale") {
    encoding = vm.str_value("UTF-8");
  }
}

Value text_io_wrapper_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[6];
  if (!parse_args(vm, "TextIOWrapper", args, nargs, kwnames,
                  {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, a)) {
    return Value::exception();
  }
  resolve_locale_encoding(vm, a[1]);
  Value mod = vm.import_module(vm.intern("_iotext"));
  if (mod.is_exception()) return mod;
  Value fn = dict_get_str(static_cast<Module*>(mod.as_obj())->dict, vm.intern("wrap_buffer"));
  if (fn.is_null()) return vm.raise(vm.types.RuntimeError, "_iotext.wrap_buffer is missing");
  for (Value& v : a) {
    if (v.is_null()) v = Value::none();
  }
  return vm.call(fn, a, 4);
}

Value builtin_open(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[8];
  if (!parse_args(vm, "open", args, nargs, kwnames,
                  {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, a)) {
    return Value::exception();
  }
  if (!vm.options.allow_file_access) {
    return vm.raise(vm.types.PermissionError, "open() is disabled: the host does not allow file access");
  }
  Value file = a[0];
  RootScope roots(vm);
  if (!is_str(file) && !is_int_value(file)) {
    // A path-like object (pathlib.Path, os.DirEntry): its __fspath__().
    Value fspath = vm.lookup_type(vm.type_of(file), vm.intern("__fspath__"));
    if (!fspath.is_null()) {
      Value path = roots.add(vm.call(fspath, &file, 1));
      if (path.is_exception()) return path;
      if (!is_str(path)) {
        return vm.raise_fmt(vm.types.TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                            type_name(vm, file), type_name(vm, path));
      }
      file = path;
    }
  }
  if (!is_str(file)) {
    if (is_int_value(file)) {
      return vm.raise(vm.types.NotImplementedError, "coil's open() does not accept file descriptors");
    }
    return vm.raise_fmt(vm.types.TypeError, "expected str, bytes or os.PathLike object, not %s",
                        type_name(vm, file));
  }
  Value modev = a[1].is_null() ? vm.str_value("r") : a[1];
  if (!is_str(modev)) return raise_bad_argument(vm, "open", "mode", "str", modev);
  OpenMode m;
  if (!parse_mode(vm, modev, m)) return Value::exception();
  if (m.binary) {
    if (!a[3].is_null() && !a[3].is_none()) return vm.raise(vm.types.ValueError, "binary mode doesn't take an encoding argument");
    if (!a[4].is_null() && !a[4].is_none()) return vm.raise(vm.types.ValueError, "binary mode doesn't take an errors argument");
    if (!a[5].is_null() && !a[5].is_none()) return vm.raise(vm.types.ValueError, "binary mode doesn't take a newline argument");
    return open_file(vm, file, modev, m, Value::none(), false);
  }
  Value encoding = a[3];
  resolve_locale_encoding(vm, encoding);
  bool plain;
  if (!plain_utf8(vm, encoding, a[4], plain)) return Value::exception();
  if (encoding.is_null() || encoding.is_none()) encoding = vm.str_value("UTF-8");
  bool translate = true;
  Value nl = a[5];
  if (!nl.is_null() && !nl.is_none()) {
    if (!is_str(nl)) {
      return vm.raise_fmt(vm.types.TypeError, "open() argument 'newline' must be str or None, not %s",
                          type_name(vm, nl));
    }
    std::string_view s = as_str(nl)->view();
    if (s != "" && s != "\n" && s != "\r" && s != "\r\n") {
      Value r = vm.repr(nl);
      if (r.is_exception()) return r;
      return vm.raise_fmt(vm.types.ValueError, "illegal newline value: %s", as_str(r)->data);
    }
    translate = false;
  }
  roots.add(modev);
  roots.add(encoding);
  if (!plain) return open_encoded(vm, file, modev, encoding, a[4], nl);
  return open_file(vm, file, modev, m, encoding, translate);
}

}  // namespace

// ---------------------------------------------------------------- module

namespace {

// One of the file classes open() returns; they share the methods, which
// check the mode themselves.
Type* new_file_type(VM& vm, const char* name, NativeFn ctor = nullptr) {
  Type* t = vm.new_type(name, vm.types.object, ObjKind::Foreign, ctor);
  t->flags &= ~Type::kBaseType;
  t->module = Value::object(vm.intern("_io"));
  t->slots.repr = file_repr;
  t->slots.getattr = file_getattr;
  t->slots.iter = file_iter;
  t->slots.next = file_next;
  inherit_slots(t);
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kMethods[] = {
      {"read", file_read},         {"readline", file_readline}, {"readlines", file_readlines},
      {"write", file_write},       {"writelines", file_writelines}, {"close", file_close},
      {"flush", file_flush},       {"__enter__", file_enter},   {"__exit__", file_exit},
      {"readable", file_readable}, {"writable", file_writable}, {"seekable", file_seekable},
      {"fileno", file_fileno},     {"isatty", file_isatty},     {"tell", file_tell},
      {"seek", file_seek},         {"truncate", file_truncate},
  };
  for (const auto& e : kMethods) add_method(vm, t, e.name, e.fn);
  return t;
}

// StringIO, BytesIO, the abstract bases, text_encoding and SEEK_* from
// stdlib/lib/_iomem.py.
bool add_memory_streams(VM& vm, Dict* io) {
  Value mem = vm.import_module(vm.intern("_iomem"));
  if (mem.is_exception()) return false;
  Dict* d = static_cast<Module*>(mem.as_obj())->dict;
  for (const char* name : {"StringIO", "BytesIO", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "text_encoding",
                           "SEEK_SET", "SEEK_CUR", "SEEK_END"}) {
    Value v = dict_get_str(d, vm.intern(name));
    if (!v.is_null()) vm.set_global(io, name, v);
  }
  return true;
}

}  // namespace

void init_open_builtin(VM& vm, Dict* builtins) { add_function(vm, builtins, "open", builtin_open); }

Module* init_io_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("io")));
  // UnsupportedOperation(OSError, ValueError), with CPython's MRO.
  Type* u = vm.new_type("UnsupportedOperation", vm.types.OSError, ObjKind::Exception, nullptr);
  u->module = Value::object(vm.intern("io"));
  u->bases.push_back(vm.types.ValueError);
  u->mro = {u, vm.types.OSError, vm.types.ValueError, vm.types.Exception, vm.types.BaseException,
            vm.types.object};
  inherit_slots(u);
  vm.set_global(m->dict, "UnsupportedOperation", Value::object(u));

  vm.set_global(m->dict, "TextIOWrapper", Value::object(new_file_type(vm, "TextIOWrapper", text_io_wrapper_new)));
  for (const char* name : {"BufferedReader", "BufferedWriter", "BufferedRandom"}) {
    vm.set_global(m->dict, name, Value::object(new_file_type(vm, name)));
  }
  vm.set_global(m->dict, "open", dict_get_str(vm.builtins, vm.intern("open")));
  vm.set_global(m->dict, "DEFAULT_BUFFER_SIZE", Value::small_int(8192));
  if (!add_memory_streams(vm, m->dict)) return nullptr;
  return m;
}

Value raise_unsupported_operation(VM& vm, const char* what) { return unsupported(vm, what); }

}  // namespace coil::vm
