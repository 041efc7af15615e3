// The `zlib` module on the zlib library (as CPython's Modules/zlibmodule.c):
// compress/decompress with level, wbits (zlib, raw deflate and gzip framing)
// and bufsize, crc32/adler32, streaming Compress/Decompress objects (flush
// modes, zdict, unused_data, unconsumed_tail, eof, max_length, copy) and
// zlib.error with CPython's "Error -3 while decompressing data: ..." texts.
#include <zlib.h>

#include <climits>
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct StreamObj : Foreign {
  z_stream zs;
  bool initialised;
  bool compress;
  bool eof;
  Value unused_data;      // Decompress: bytes after the end of the stream
  Value unconsumed_tail;  // Decompress: input held back by max_length
  Value zdict;
};

void stream_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* s = static_cast<StreamObj*>(self);
  for (Value v : {s->unused_data, s->unconsumed_tail, s->zdict}) mark_gray(gray, v);
}

void stream_end(StreamObj* s) {
  if (!s->initialised) return;
  if (s->compress) {
    deflateEnd(&s->zs);
  } else {
    inflateEnd(&s->zs);
  }
  s->initialised = false;
}

void stream_destroy(Obj* self) { stream_end(static_cast<StreamObj*>(self)); }

constexpr ForeignClass kStreamClass = {"zlib stream", stream_trace, stream_destroy};

struct ZlibState : Extension {
  Type* compress_type = nullptr;
  Type* decompress_type = nullptr;
  Type* error = nullptr;
  void trace(Heap& heap) override {
    heap.mark(compress_type);
    heap.mark(decompress_type);
    heap.mark(error);
  }
};

ZlibState* state(VM& vm) { return static_cast<ZlibState*>(vm.extensions.at("zlib").get()); }

// zlib.error("Error -3 while decompressing data: incorrect header check").
Value zlib_error(VM& vm, int err, const char* what, const z_stream* zs) {
  const char* msg = zs && zs->msg ? zs->msg : nullptr;
  if (!msg) {
    msg = err == Z_BUF_ERROR    ? "incomplete or truncated stream"
          : err == Z_STREAM_ERROR ? "inconsistent stream state"
          : err == Z_DATA_ERROR   ? "invalid input data"
                                  : "library error";
  }
  std::string text = "Error " + std::to_string(err) + " " + what + ": " + msg;
  return vm.raise(state(vm)->error, text);
}

bool data_arg(VM& vm, Value v, std::string_view& out) {
  if (bytes_like(v, out)) return true;
  vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
  return false;
}

bool int_opt(VM& vm, Value v, int dflt, int& out) {
  if (v.is_null()) {
    out = dflt;
    return true;
  }
  if (v.is_double()) {
    vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  Value i = index_to_int(vm, v);
  int64_t n;
  if (i.is_exception() || !vm.index_value(i, n)) return false;
  if (n > INT_MAX || n < INT_MIN) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    return false;
  }
  out = static_cast<int>(n);
  return true;
}

// Runs deflate/inflate over `in` until it is consumed (and, with Z_FINISH,
// until the stream ends), appending output to `out`; the zlib result, or
// Z_MEM_ERROR-like failures as returned.
int pump(z_stream& zs, bool compress, std::string_view in, int flush, std::string& out, size_t max_out = 0) {
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  int err = Z_OK;
  char buf[16384];
  for (;;) {
    size_t room = sizeof buf;
    if (max_out && out.size() + room > max_out) room = max_out - out.size();
    if (room == 0) break;
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = static_cast<uInt>(room);
    err = compress ? deflate(&zs, flush) : inflate(&zs, flush);
    out.append(buf, room - zs.avail_out);
    if (err == Z_STREAM_END || (err != Z_OK && err != Z_BUF_ERROR)) break;
    if (zs.avail_out != 0 && zs.avail_in == 0) break;  // all input taken, output drained
    if (err == Z_BUF_ERROR && zs.avail_out != 0) break;
  }
  return err;
}

// ---------------------------------------------------------------- functions

Value zlib_compress(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(vm, "compress", args, nargs, kwnames, {"data", "level", "wbits"}, 1, a)) return Value::exception();
  std::string_view data;
  int level, wbits;
  if (!data_arg(vm, a[0], data) || !int_opt(vm, a[1], Z_DEFAULT_COMPRESSION, level) ||
      !int_opt(vm, a[2], MAX_WBITS, wbits)) {
    return Value::exception();
  }
  z_stream zs{};
  int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (err != Z_OK) {
    if (err == Z_STREAM_ERROR) return vm.raise(state(vm)->error, "Bad compression level");
    return zlib_error(vm, err, "while compressing data", &zs);
  }
  std::string out;
  err = pump(zs, true, data, Z_FINISH, out);
  deflateEnd(&zs);
  if (err != Z_STREAM_END) return zlib_error(vm, err, "while compressing data", nullptr);
  return Value::object(bytes_new(vm, out));
}

Value zlib_decompress(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(vm, "decompress", args, nargs, kwnames, {"data", "wbits", "bufsize"}, 1, a)) {
    return Value::exception();
  }
  std::string_view data;
  int wbits, bufsize;
  if (!data_arg(vm, a[0], data) || !int_opt(vm, a[1], MAX_WBITS, wbits) || !int_opt(vm, a[2], 16384, bufsize)) {
    return Value::exception();
  }
  if (bufsize < 0) return vm.raise(vm.types.ValueError, "bufsize must be non-negative");
  z_stream zs{};
  int err = inflateInit2(&zs, wbits);
  if (err != Z_OK) return zlib_error(vm, err, "while preparing to decompress data", &zs);
  std::string out;
  err = pump(zs, false, data, Z_NO_FLUSH, out);
  std::string msg = zs.msg ? zs.msg : "";
  inflateEnd(&zs);
  if (err == Z_STREAM_END) return Value::object(bytes_new(vm, out));
  if (err == Z_OK || err == Z_BUF_ERROR) {
    return vm.raise(state(vm)->error, "Error -5 while decompressing data: incomplete or truncated stream");
  }
  if (!msg.empty()) {
    return vm.raise(state(vm)->error, "Error " + std::to_string(err) + " while decompressing data: " + msg);
  }
  return zlib_error(vm, err, "while decompressing data", nullptr);
}

// crc32(data, value=0) / adler32(data, value=1).
Value checksum(VM& vm, Value* args, int nargs, Tuple* kwnames, bool crc) {
  const char* name = crc ? "crc32" : "adler32";
  if (!no_kwargs(vm, name, kwnames) || !check_nargs(vm, name, nargs, 1, 2)) return Value::exception();
  std::string_view data;
  if (!data_arg(vm, args[0], data)) return Value::exception();
  uint64_t value = crc ? 0 : 1;
  if (nargs == 2) {
    Value i = index_to_int(vm, args[1]);
    if (i.is_exception()) return i;
    Value masked = vm.binary_op(i, vm.make_int(0xFFFFFFFFLL), BinaryOp::And);
    int64_t v;
    if (masked.is_exception() || !vm.index_value(masked, v)) return Value::exception();
    value = static_cast<uint64_t>(v);
  }
  uLong r = static_cast<uLong>(value);
  size_t off = 0;
  do {  // zlib takes at most UINT_MAX bytes at a time
    uInt chunk = static_cast<uInt>(std::min<size_t>(data.size() - off, UINT_MAX));
    const auto* p = reinterpret_cast<const Bytef*>(data.data() + off);
    r = crc ? crc32(r, p, chunk) : adler32(r, p, chunk);
    off += chunk;
  } while (off < data.size());
  return vm.make_int(static_cast<int64_t>(r & 0xFFFFFFFFu));
}

Value zlib_crc32(VM& vm, Value* args, int nargs, Tuple* kw) { return checksum(vm, args, nargs, kw, true); }
Value zlib_adler32(VM& vm, Value* args, int nargs, Tuple* kw) { return checksum(vm, args, nargs, kw, false); }

// ---------------------------------------------------------------- stream objects

StreamObj* new_stream(VM& vm, bool compress) {
  ZlibState* st = state(vm);
  auto* s = vm.alloc<StreamObj>(ObjKind::Foreign, compress ? st->compress_type : st->decompress_type);
  s->cls = &kStreamClass;
  s->zs = z_stream{};
  s->initialised = false;
  s->compress = compress;
  s->eof = false;
  s->unused_data = Value::object(bytes_new(vm, ""));
  s->unconsumed_tail = s->unused_data;
  s->zdict = Value::null();
  return s;
}

StreamObj* self_stream(VM& vm, Value* args, int nargs, bool compress, const char* method) {
  if (nargs < 1 || !args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Foreign ||
      static_cast<Foreign*>(args[0].as_obj())->cls != &kStreamClass ||
      static_cast<StreamObj*>(args[0].as_obj())->compress != compress) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a 'zlib.%s' object", method,
                 compress ? "Compress" : "Decompress");
    return nullptr;
  }
  auto* s = static_cast<StreamObj*>(args[0].as_obj());
  if (!s->initialised) {
    vm.raise(state(vm)->error, "Error -2 while compressing data: inconsistent stream state");
    return nullptr;
  }
  return s;
}

Value zlib_compressobj(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[6];
  if (!parse_args(vm, "compressobj", args, nargs, kwnames, {"level", "method", "wbits", "memLevel", "strategy", "zdict"},
                  0, a)) {
    return Value::exception();
  }
  int level, method, wbits, mem_level, strategy;
  if (!int_opt(vm, a[0], Z_DEFAULT_COMPRESSION, level) || !int_opt(vm, a[1], Z_DEFLATED, method) ||
      !int_opt(vm, a[2], MAX_WBITS, wbits) || !int_opt(vm, a[3], 8, mem_level) ||
      !int_opt(vm, a[4], Z_DEFAULT_STRATEGY, strategy)) {
    return Value::exception();
  }
  std::string_view zdict;
  if (!a[5].is_null() && !a[5].is_none() && !data_arg(vm, a[5], zdict)) return Value::exception();
  RootScope roots(vm);
  StreamObj* s = roots.add(new_stream(vm, true));
  int err = deflateInit2(&s->zs, level, method, wbits, mem_level, strategy);
  if (err == Z_STREAM_ERROR) return vm.raise(vm.types.ValueError, "Invalid initialization option");
  if (err != Z_OK) return zlib_error(vm, err, "while creating compression object", &s->zs);
  s->initialised = true;
  if (!zdict.empty()) {
    err = deflateSetDictionary(&s->zs, reinterpret_cast<const Bytef*>(zdict.data()), static_cast<uInt>(zdict.size()));
    if (err != Z_OK) return vm.raise(vm.types.ValueError, "Invalid dictionary");
  }
  return Value::object(s);
}

Value compress_compress(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  StreamObj* s = self_stream(vm, args, nargs, true, "compress");
  if (!s || !no_kwargs(vm, "compress", kwnames) || !check_nargs(vm, "compress", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  std::string_view data;
  if (!data_arg(vm, args[1], data)) return Value::exception();
  std::string out;
  int err = pump(s->zs, true, data, Z_NO_FLUSH, out);
  if (err != Z_OK && err != Z_BUF_ERROR) return zlib_error(vm, err, "while compressing data", &s->zs);
  return Value::object(bytes_new(vm, out));
}

Value compress_flush(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  StreamObj* s = self_stream(vm, args, nargs, true, "flush");
  if (!s || !no_kwargs(vm, "flush", kwnames) || !check_nargs(vm, "flush", nargs - 1, 0, 1)) {
    return Value::exception();
  }
  int mode = Z_FINISH;
  if (nargs == 2 && !int_opt(vm, args[1], Z_FINISH, mode)) return Value::exception();
  if (mode == Z_NO_FLUSH) return Value::object(bytes_new(vm, ""));
  std::string out;
  int err = pump(s->zs, true, {}, mode, out);
  if (mode == Z_FINISH) {
    if (err != Z_STREAM_END) return zlib_error(vm, err, "while flushing", &s->zs);
    stream_end(s);
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(vm, err, "while flushing", &s->zs);
  }
  return Value::object(bytes_new(vm, out));
}

Value stream_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  bool compress = nargs >= 1 && args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Foreign &&
                  static_cast<Foreign*>(args[0].as_obj())->cls == &kStreamClass &&
                  static_cast<StreamObj*>(args[0].as_obj())->compress;
  StreamObj* s = self_stream(vm, args, nargs, compress, "copy");
  if (!s || !no_kwargs(vm, "copy", kwnames) || !check_nargs(vm, "copy", nargs - 1, 0, 0)) return Value::exception();
  RootScope roots(vm);
  StreamObj* c = roots.add(new_stream(vm, compress));
  int err = compress ? deflateCopy(&c->zs, &s->zs) : inflateCopy(&c->zs, &s->zs);
  if (err != Z_OK) return zlib_error(vm, err, "while copying compression object", nullptr);
  c->initialised = true;
  c->eof = s->eof;
  c->unused_data = s->unused_data;
  c->unconsumed_tail = s->unconsumed_tail;
  c->zdict = s->zdict;
  return Value::object(c);
}

Value zlib_decompressobj(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_args(vm, "decompressobj", args, nargs, kwnames, {"wbits", "zdict"}, 0, a)) return Value::exception();
  int wbits;
  if (!int_opt(vm, a[0], MAX_WBITS, wbits)) return Value::exception();
  std::string_view zdict;
  if (!a[1].is_null() && !data_arg(vm, a[1], zdict)) return Value::exception();
  RootScope roots(vm);
  StreamObj* s = roots.add(new_stream(vm, false));
  int err = inflateInit2(&s->zs, wbits);
  if (err == Z_STREAM_ERROR) return vm.raise(vm.types.ValueError, "Invalid initialization option");
  if (err != Z_OK) return zlib_error(vm, err, "while creating decompression object", &s->zs);
  s->initialised = true;
  if (!zdict.empty()) {
    s->zdict = a[1];
    if (wbits < 0) {  // raw deflate takes its dictionary up front
      inflateSetDictionary(&s->zs, reinterpret_cast<const Bytef*>(zdict.data()), static_cast<uInt>(zdict.size()));
    }
  }
  return Value::object(s);
}

// The inflate loop of decompress()/flush(): output up to `max_out` bytes
// (0: no limit); keeps what follows the stream's end in unused_data and
// input held back by the limit in unconsumed_tail.
Value inflate_into(VM& vm, StreamObj* s, std::string_view data, size_t max_out, int flush) {
  std::string out;
  int err = pump(s->zs, false, data, flush, out, max_out);
  if (err == Z_NEED_DICT && !s->zdict.is_null()) {
    std::string_view zd;
    bytes_like(s->zdict, zd);
    if (inflateSetDictionary(&s->zs, reinterpret_cast<const Bytef*>(zd.data()), static_cast<uInt>(zd.size())) != Z_OK) {
      return zlib_error(vm, Z_DATA_ERROR, "while setting zdict", &s->zs);
    }
    std::string_view rest(reinterpret_cast<const char*>(s->zs.next_in), s->zs.avail_in);
    std::string more;
    err = pump(s->zs, false, rest, flush, more, max_out ? max_out - out.size() : 0);
    out += more;
  }
  std::string_view left(reinterpret_cast<const char*>(s->zs.next_in), s->zs.avail_in);
  if (err == Z_STREAM_END) {
    s->eof = true;
    std::string_view prev;
    bytes_like(s->unused_data, prev);
    s->unused_data = Value::object(bytes_new(vm, std::string(prev) + std::string(left)));
    s->unconsumed_tail = Value::object(bytes_new(vm, ""));
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(vm, err, "while decompressing data", &s->zs);
  } else {
    s->unconsumed_tail = Value::object(bytes_new(vm, left));
  }
  return Value::object(bytes_new(vm, out));
}

Value decompress_decompress(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  StreamObj* s = self_stream(vm, args, nargs, false, "decompress");
  Value a[2];
  if (!s || !parse_args(vm, "decompress", args + 1, nargs - 1, kwnames, {"data", "max_length"}, 1, a)) {
    return Value::exception();
  }
  std::string_view data;
  int max_length;
  if (!data_arg(vm, a[0], data) || !int_opt(vm, a[1], 0, max_length)) return Value::exception();
  if (max_length < 0) return vm.raise(vm.types.ValueError, "max_length must be non-negative");
  if (s->eof) {
    std::string_view prev;
    bytes_like(s->unused_data, prev);
    s->unused_data = Value::object(bytes_new(vm, std::string(prev) + std::string(data)));
    return Value::object(bytes_new(vm, ""));
  }
  std::string copy(data);  // the input may be a bytearray the callee could change
  return inflate_into(vm, s, copy, static_cast<size_t>(max_length), Z_SYNC_FLUSH);
}

Value decompress_flush(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  StreamObj* s = self_stream(vm, args, nargs, false, "flush");
  if (!s || !no_kwargs(vm, "flush", kwnames) || !check_nargs(vm, "flush", nargs - 1, 0, 1)) {
    return Value::exception();
  }
  if (s->eof) return Value::object(bytes_new(vm, ""));
  std::string_view tail;
  bytes_like(s->unconsumed_tail, tail);
  std::string copy(tail);
  return inflate_into(vm, s, copy, 0, Z_FINISH);
}

Value stream_getattr(VM& vm, Value self, Str* name) {
  auto* s = static_cast<StreamObj*>(self.as_obj());
  std::string_view n = name->view();
  if (!s->compress) {
    if (n == "unused_data") return s->unused_data;
    if (n == "unconsumed_tail") return s->unconsumed_tail;
    if (n == "eof") return Value::boolean(s->eof);
  }
  return generic_getattr(vm, self, name, true);
}

Type* stream_type(VM& vm, const char* name, bool compress) {
  Type* t = vm.new_type(name, vm.types.object, ObjKind::Foreign, nullptr);
  t->flags &= ~Type::kBaseType;
  t->module = Value::object(vm.intern("zlib"));
  t->slots.getattr = stream_getattr;
  inherit_slots(t);
  if (compress) {
    add_method(vm, t, "compress", compress_compress);
    add_method(vm, t, "flush", compress_flush);
  } else {
    add_method(vm, t, "decompress", decompress_decompress);
    add_method(vm, t, "flush", decompress_flush);
  }
  add_method(vm, t, "copy", stream_copy);
  return t;
}

}  // namespace

Module* init_zlib_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("zlib")));
  auto st = std::make_unique<ZlibState>();
  ZlibState* s = st.get();
  vm.extensions["zlib"] = std::move(st);
  s->compress_type = stream_type(vm, "Compress", true);
  s->decompress_type = stream_type(vm, "Decompress", false);
  s->error = vm.new_type("error", vm.types.Exception, ObjKind::Exception, nullptr);
  s->error->module = Value::object(vm.intern("zlib"));
  inherit_slots(s->error);
  Dict* d = m->dict;
  vm.set_global(d, "error", Value::object(s->error));
  add_function(vm, d, "compress", zlib_compress);
  add_function(vm, d, "decompress", zlib_decompress);
  add_function(vm, d, "compressobj", zlib_compressobj);
  add_function(vm, d, "decompressobj", zlib_decompressobj);
  add_function(vm, d, "crc32", zlib_crc32);
  add_function(vm, d, "adler32", zlib_adler32);
  static constexpr struct {
    const char* name;
    int value;
  } kConstants[] = {
      {"MAX_WBITS", MAX_WBITS},
      {"DEFLATED", Z_DEFLATED},
      {"DEF_MEM_LEVEL", 8},
      {"DEF_BUF_SIZE", 16384},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
      {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
      {"Z_RLE", Z_RLE},
      {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
      {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
      {"Z_FULL_FLUSH", Z_FULL_FLUSH},
      {"Z_FINISH", Z_FINISH},
      {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  };
  for (const auto& c : kConstants) vm.set_global(d, c.name, Value::small_int(c.value));
  vm.set_global(d, "ZLIB_VERSION", vm.str_value(ZLIB_VERSION));
  vm.set_global(d, "ZLIB_RUNTIME_VERSION", vm.str_value(zlibVersion()));
  return m;
}

}  // namespace coil::vm
