// _socket: BSD sockets on file descriptors, for stdlib/lib/socket.py (the
// socket class, its timeouts and exceptions are written in coil there) and
// selectors/asyncio. Every descriptor made here is non-blocking; a call with
// a timeout (< 0: none, 0: non-blocking, > 0: seconds) waits in poll() in
// short slices, so Ctrl-C (VM::interrupt) and the run's limits (deadline,
// instruction budget) stop a blocked call. Making a
// socket or resolving a name goes through VMOptions::allow_network.
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

#include "stdlib/stdlib.hpp"
#include "vm/limits.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

bool network_allowed(VM& vm, const char* fname) {
  if (vm.options.allow_network) return true;
  vm.raise_fmt(vm.types.PermissionError, "%s() is disabled: the host does not allow network access", fname);
  return false;
}

Value os_error(VM& vm, int err) { return raise_os_error(vm, err, Value::null()); }

// A name lookup that asks DNS may block for seconds in getaddrinfo, where
// neither Ctrl-C nor the run's limits can reach it. So such a lookup runs on
// a thread of its own while the VM's thread waits for it in short slices,
// polling them; an abandoned lookup finishes on its thread and frees its
// state there (the two threads share it).
struct PendingLookup {
  std::string host, port;  // (a lookup on a thread always has a host)
  bool has_port;
  addrinfo hints;
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  int rc = 0;
  addrinfo* result = nullptr;
  ~PendingLookup() {
    if (result) freeaddrinfo(result);
  }
  void run() {
    addrinfo* res = nullptr;
    int r = getaddrinfo(host.c_str(), has_port ? port.c_str() : nullptr, &hints, &res);
    std::lock_guard<std::mutex> lock(mutex);
    rc = r;
    result = res;
    done = true;
    finished.notify_one();
  }
};

// getaddrinfo(host, port, hints) that Ctrl-C and the run's limits can stop:
// false with the exception pending, else its return code in `rc` and, when
// that is 0, the list in `res` for the caller to free.
bool resolve(VM& vm, const char* host, const char* port, const addrinfo& hints, int& rc, addrinfo*& res) {
  res = nullptr;
  // No host, or a numeric one, never asks the network: resolve it here.
  addrinfo numeric = hints;
  numeric.ai_flags |= AI_NUMERICHOST;
  rc = getaddrinfo(host, port, host ? &numeric : &hints, &res);
  if (!host || rc != EAI_NONAME || (hints.ai_flags & AI_NUMERICHOST)) return true;
  auto lookup = std::make_shared<PendingLookup>();
  lookup->host = host;
  lookup->has_port = port != nullptr;
  if (port) lookup->port = port;
  lookup->hints = hints;
  try {
    std::thread([lookup] { lookup->run(); }).detach();
  } catch (const std::system_error&) {
    // No thread to be had: block here instead, as CPython does.
    rc = getaddrinfo(host, port, &hints, &res);
    return true;
  }
  std::unique_lock<std::mutex> lock(lookup->mutex);
  while (!lookup->done) {
    lock.unlock();
    if (!poll_limits_waiting(vm)) return false;
    lock.lock();
    lookup->finished.wait_for(lock, std::chrono::milliseconds(limit_wait_ms(vm, 50)));
  }
  rc = lookup->rc;
  res = std::exchange(lookup->result, nullptr);
  return true;
}

bool int_arg(VM& vm, Value v, int64_t& out) {
  Value i = index_to_int(vm, v);
  if (i.is_exception()) return false;
  if (!i.is_int()) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    return false;
  }
  out = i.as_int();
  return true;
}

bool fd_arg(VM& vm, Value v, int& fd) {
  int64_t n;
  if (!int_arg(vm, v, n)) return false;
  if (n < 0 || n > INT32_MAX) {
    vm.raise(vm.types.OSError, "[Errno 9] Bad file descriptor");
    return false;
  }
  fd = static_cast<int>(n);
  return true;
}

// A timeout argument: None or negative: block; else seconds.
bool timeout_arg(VM& vm, Value v, double& out) {
  if (v.is_none()) {
    out = -1;
    return true;
  }
  return real_to_double(vm, v, out);
}

double now_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// Waits until `fd` is ready for `events` (POLLIN/POLLOUT). 1: ready;
// 0: timed out (TimeoutError pending); -1: another error pending.
int wait_ready(VM& vm, int fd, short events, double timeout, double start) {
  for (;;) {
    // Ctrl-C (through the SIGINT action), the instruction budget, the deadline.
    if (!poll_limits_waiting(vm)) return -1;
    int slice = 50;
    if (timeout >= 0) {
      double left = timeout - (now_seconds() - start);
      if (left <= 0) {
        vm.raise(vm.types.TimeoutError, "timed out");
        return 0;
      }
      slice = std::min(slice, static_cast<int>(std::ceil(left * 1000)));
    }
    pollfd p{fd, events, 0};
    int r = ::poll(&p, 1, limit_wait_ms(vm, slice));
    if (r > 0) return 1;
    if (r < 0 && errno != EINTR) {
      os_error(vm, errno);
      return -1;
    }
  }
}

// Runs `op` (a system call returning < 0 with errno on failure) until it
// does not report EAGAIN, waiting for `events` in between as the timeout
// allows. Returns op's result, or -1 with the exception pending.
template <typename Op>
ssize_t io_call(VM& vm, int fd, short events, double timeout, Op op) {
  double start = now_seconds();
  for (;;) {
    ssize_t r = op();
    if (r >= 0) return r;
    int err = errno;
    if (err == EINTR) {
      if (!poll_limits_waiting(vm)) return -1;
      continue;
    }
    if ((err != EAGAIN && err != EWOULDBLOCK) || timeout == 0) {
      os_error(vm, err);
      return -1;
    }
    if (wait_ready(vm, fd, events, timeout, start) <= 0) return -1;
  }
}

// ---------------------------------------------------------------- addresses

Value sockaddr_to_value(VM& vm, const sockaddr* sa, socklen_t len) {
  char host[INET6_ADDRSTRLEN];
  switch (sa->sa_family) {
    case AF_INET: {
      auto* in = reinterpret_cast<const sockaddr_in*>(sa);
      inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
      return Value::object(vm.tuple_of({vm.str_value(host), Value::small_int(ntohs(in->sin_port))}));
    }
    case AF_INET6: {
      auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
      inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
      return Value::object(vm.tuple_of({vm.str_value(host), Value::small_int(ntohs(in6->sin6_port)),
                                        Value::small_int(ntohl(in6->sin6_flowinfo)),
                                        Value::small_int(in6->sin6_scope_id)}));
    }
    case AF_UNIX: {
      auto* un = reinterpret_cast<const sockaddr_un*>(sa);
      size_t n = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
      if (n > 0 && un->sun_path[0] == '\0') return Value::object(bytes_new(vm, std::string_view(un->sun_path, n)));
      return vm.str_value(std::string_view(un->sun_path, strnlen(un->sun_path, n)));
    }
    default:
      return Value::object(vm.tuple_of({Value::small_int(sa->sa_family), Value::object(bytes_new(vm, ""))}));
  }
}

// Resolves an (host, port[, flowinfo, scope_id]) tuple (or a path for
// AF_UNIX) as CPython's getsockaddrarg does; false with the error pending.
bool value_to_sockaddr(VM& vm, int family, Value addr, sockaddr_storage& out, socklen_t& len,
                       const char* fname) {
  std::memset(&out, 0, sizeof out);
  if (family == AF_UNIX) {
    std::string_view path;
    if (is_str(addr)) {
      path = as_str(addr)->view();
    } else if (!bytes_like(addr, path)) {
      vm.raise_fmt(vm.types.TypeError, "%s(): AF_UNIX address must be str or bytes", fname);
      return false;
    }
    auto* un = reinterpret_cast<sockaddr_un*>(&out);
    if (path.size() >= sizeof un->sun_path) {
      vm.raise(vm.types.OSError, "AF_UNIX path too long");
      return false;
    }
    un->sun_family = AF_UNIX;
    std::memcpy(un->sun_path, path.data(), path.size());
    len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + (path.empty() || path[0] ? 1 : 0));
    return true;
  }
  const char* fam = family == AF_INET6 ? "AF_INET6" : "AF_INET";
  auto* t = addr.is_obj() && addr.as_obj()->kind == ObjKind::Tuple ? static_cast<Tuple*>(addr.as_obj()) : nullptr;
  uint32_t want_min = 2, want_max = family == AF_INET6 ? 4 : 2;
  if (!t) {
    vm.raise_fmt(vm.types.TypeError, "%s(): %s address must be tuple, not %s", fname, fam,
                 type_name(vm, addr));
    return false;
  }
  if (t->size < want_min || t->size > want_max) {
    if (family == AF_INET6) {
      vm.raise(vm.types.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
    } else {
      vm.raise(vm.types.TypeError, "AF_INET address must be a pair (host, port)");
    }
    return false;
  }
  if (!is_str(t->items[0])) {
    vm.raise_fmt(vm.types.TypeError, "str, bytes or bytearray expected, not %s", type_name(vm, t->items[0]));
    return false;
  }
  std::string host(as_str(t->items[0])->view());
  int64_t port;
  if (!int_arg(vm, t->items[1], port)) return false;
  if (port < 0 || port > 65535) {
    vm.raise_fmt(vm.types.OverflowError, "%s(): port must be 0-65535.", fname);
    return false;
  }
  int64_t flowinfo = 0, scope = 0;
  if (t->size > 2 && !int_arg(vm, t->items[2], flowinfo)) return false;
  if (t->size > 3 && !int_arg(vm, t->items[3], scope)) return false;
  // As CPython: '' is INADDR_ANY, '<broadcast>' the broadcast address;
  // anything that is not numeric is resolved.
  if (host.empty()) host = family == AF_INET6 ? "::" : "0.0.0.0";
  if (host == "<broadcast>" && family == AF_INET) host = "255.255.255.255";
  if (family == AF_INET) {
    auto* in = reinterpret_cast<sockaddr_in*>(&out);
    in->sin_family = AF_INET;
    in->sin_port = htons(static_cast<uint16_t>(port));
    len = sizeof(sockaddr_in);
    if (inet_pton(AF_INET, host.c_str(), &in->sin_addr) == 1) return true;
  } else {
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&out);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(static_cast<uint16_t>(port));
    in6->sin6_flowinfo = htonl(static_cast<uint32_t>(flowinfo));
    in6->sin6_scope_id = static_cast<uint32_t>(scope);
    len = sizeof(sockaddr_in6);
    if (inet_pton(AF_INET6, host.c_str(), &in6->sin6_addr) == 1) return true;
  }
  if (!network_allowed(vm, fname)) return false;
  addrinfo hints{};
  hints.ai_family = family;
  addrinfo* res = nullptr;
  int rc;
  if (!resolve(vm, host.c_str(), nullptr, hints, rc, res)) return false;
  if (rc != 0 || !res) {
    // socket.py turns this into socket.gaierror.
    RootScope roots(vm);
    Tuple* a = roots.add(vm.tuple_of({Value::small_int(rc), vm.str_value(gai_strerror(rc))}));
    Value e = vm.new_exception_args(vm.types.OSError, a);
    roots.add(e);
    auto* ex = static_cast<Exception*>(e.as_obj());
    if (!ex->dict) ex->dict = vm.new_dict();
    dict_set_str(vm, ex->dict, vm.intern("_gai"), Value::boolean(true));
    vm.raise_value(e);
    return false;
  }
  if (family == AF_INET) {
    reinterpret_cast<sockaddr_in*>(&out)->sin_addr = reinterpret_cast<sockaddr_in*>(res->ai_addr)->sin_addr;
  } else {
    reinterpret_cast<sockaddr_in6*>(&out)->sin6_addr = reinterpret_cast<sockaddr_in6*>(res->ai_addr)->sin6_addr;
  }
  freeaddrinfo(res);
  return true;
}

// ---------------------------------------------------------------- functions

#define ARGS(name, min, max) \
  if (!no_kwargs(vm, name, kw) || !check_nargs(vm, name, nargs, min, max)) return Value::exception()

bool set_nonblocking(int fd) {
  int fl = fcntl(fd, F_GETFL);
  return fl >= 0 && fcntl(fd, F_SETFL, fl | O_NONBLOCK) == 0;
}

// socket(family, type, proto) -> fd
Value s_socket(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("socket", 3, 3);
  if (!network_allowed(vm, "socket")) return Value::exception();
  int64_t f, t, p;
  if (!int_arg(vm, args[0], f) || !int_arg(vm, args[1], t) || !int_arg(vm, args[2], p)) return Value::exception();
  int fd = ::socket(static_cast<int>(f), static_cast<int>(t) | SOCK_NONBLOCK | SOCK_CLOEXEC, static_cast<int>(p));
  if (fd < 0) return os_error(vm, errno);
  return Value::small_int(fd);
}

Value s_socketpair(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("socketpair", 3, 3);
  if (!network_allowed(vm, "socketpair")) return Value::exception();
  int64_t f, t, p;
  if (!int_arg(vm, args[0], f) || !int_arg(vm, args[1], t) || !int_arg(vm, args[2], p)) return Value::exception();
  int sv[2];
  if (::socketpair(static_cast<int>(f), static_cast<int>(t) | SOCK_NONBLOCK | SOCK_CLOEXEC, static_cast<int>(p), sv) < 0) {
    return os_error(vm, errno);
  }
  return Value::object(vm.tuple_of({Value::small_int(sv[0]), Value::small_int(sv[1])}));
}

// adopt(fd): makes a descriptor given to socket(fileno=fd) non-blocking
// and returns (family, type, proto).
Value s_adopt(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("adopt", 1, 1);
  if (!network_allowed(vm, "socket")) return Value::exception();
  int fd;
  if (!fd_arg(vm, args[0], fd)) return Value::exception();
  int fam = 0, type = 0, proto = 0;
  socklen_t l = sizeof(int);
  if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &fam, &l) < 0) return os_error(vm, errno);
  l = sizeof(int);
  getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &l);
  l = sizeof(int);
  getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &l);
  if (!set_nonblocking(fd)) return os_error(vm, errno);
  return Value::object(vm.tuple_of({Value::small_int(fam), Value::small_int(type), Value::small_int(proto)}));
}

Value s_close(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("close", 1, 1);
  int fd;
  if (!fd_arg(vm, args[0], fd)) return Value::exception();
  // As CPython: ECONNRESET from close() is not an error.
  if (::close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return os_error(vm, errno);
  return Value::none();
}

Value s_bind(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("bind", 3, 3);
  int fd;
  int64_t fam;
  if (!fd_arg(vm, args[0], fd) || !int_arg(vm, args[1], fam)) return Value::exception();
  sockaddr_storage ss;
  socklen_t len;
  if (!value_to_sockaddr(vm, static_cast<int>(fam), args[2], ss, len, "bind")) return Value::exception();
  if (::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) < 0) return os_error(vm, errno);
  return Value::none();
}

Value s_listen(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("listen", 2, 2);
  int fd;
  int64_t backlog;
  if (!fd_arg(vm, args[0], fd) || !int_arg(vm, args[1], backlog)) return Value::exception();
  if (backlog < 0) backlog = 0;
  if (::listen(fd, static_cast<int>(std::min<int64_t>(backlog, SOMAXCONN))) < 0) return os_error(vm, errno);
  return Value::none();
}

// accept(fd, timeout) -> (newfd, address)
Value s_accept(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("accept", 2, 2);
  int fd;
  double timeout;
  if (!fd_arg(vm, args[0], fd) || !timeout_arg(vm, args[1], timeout)) return Value::exception();
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  ssize_t r = io_call(vm, fd, POLLIN, timeout, [&] {
    len = sizeof ss;
    return static_cast<ssize_t>(::accept4(fd, reinterpret_cast<sockaddr*>(&ss), &len, SOCK_NONBLOCK | SOCK_CLOEXEC));
  });
  if (r < 0) return Value::exception();
  RootScope roots(vm);
  Value addr = roots.add(sockaddr_to_value(vm, reinterpret_cast<sockaddr*>(&ss), len));
  return Value::object(vm.tuple_of({Value::small_int(r), addr}));
}

// connect(fd, family, address, timeout): waits for the connection as the
// timeout allows (0: BlockingIOError EINPROGRESS, as CPython).
Value s_connect(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("connect", 4, 4);
  int fd;
  int64_t fam;
  double timeout;
  if (!fd_arg(vm, args[0], fd) || !int_arg(vm, args[1], fam) || !timeout_arg(vm, args[3], timeout)) {
    return Value::exception();
  }
  sockaddr_storage ss;
  socklen_t len;
  if (!value_to_sockaddr(vm, static_cast<int>(fam), args[2], ss, len, "connect")) return Value::exception();
  int r;
  do {
    r = ::connect(fd, reinterpret_cast<sockaddr*>(&ss), len);
  } while (r < 0 && errno == EINTR && !vm.interrupt_requested);
  if (r == 0) return Value::none();
  int err = errno;
  if (err == EINTR && !poll_limits_waiting(vm)) return Value::exception();
  if (err != EINPROGRESS || timeout == 0) return os_error(vm, err);
  if (wait_ready(vm, fd, POLLOUT, timeout, now_seconds()) <= 0) return Value::exception();
  int soerr = 0;
  socklen_t sl = sizeof soerr;
  if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) < 0) return os_error(vm, errno);
  if (soerr) return os_error(vm, soerr);
  return Value::none();
}

// recv(fd, n, flags, timeout) -> bytes
Value s_recv(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("recv", 4, 4);
  int fd;
  int64_t n, flags;
  double timeout;
  if (!fd_arg(vm, args[0], fd) || !int_arg(vm, args[1], n) || !int_arg(vm, args[2], flags) ||
      !timeout_arg(vm, args[3], timeout)) {
    return Value::exception();
  }
  if (n < 0) return vm.raise(vm.types.ValueError, "negative buffersize in recv");
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t r = io_call(vm, fd, POLLIN, timeout, [&] {
    return ::recv(fd, buf.data(), buf.size(), static_cast<int>(flags));
  });
  if (r < 0) return Value::exception();
  return Value::object(bytes_new(vm, std::string_view(buf.data(), static_cast<size_t>(r))));
}

// recvfrom(fd, n, flags, timeout) -> (bytes, address)
Value s_recvfrom(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("recvfrom", 4, 4);
  int fd;
  int64_t n, flags;
  double timeout;
  if (!fd_arg(vm, args[0], fd) || !int_arg(vm, args[1], n) || !int_arg(vm, args[2], flags) ||
      !timeout_arg(vm, args[3], timeout)) {
    return Value::exception();
  }
  if (n < 0) return vm.raise(vm.types.ValueError, "negative buffersize in recvfrom");
  std::string buf(static_cast<size_t>(n), '\0');
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  ssize_t r = io_call(vm, fd, POLLIN, timeout, [&] {
    len = sizeof ss;
    return ::recvfrom(fd, buf.data(), buf.size(), static_cast<int>(flags), reinterpret_cast<sockaddr*>(&ss), &len);
  });
  if (r < 0) return Value::exception();
  RootScope roots(vm);
  Value data = roots.add(Value::object(bytes_new(vm, std::string_view(buf.data(), static_cast<size_t>(r)))));
  Value addr = len ? sockaddr_to_value(vm, reinterpret_cast<sockaddr*>(&ss), len) : Value::none();
  roots.add(addr);
  return Value::object(vm.tuple_of({data, addr}));
}

bool data_arg(VM& vm, Value v, std::string& out) {
  std::string_view view;
  if (!bytes_like(v, view)) {
    vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    return false;
  }
  out.assign(view);
  return true;
}

// send(fd, data, flags, timeout) -> count
Value s_send(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("send", 4, 4);
  int fd;
  int64_t flags;
  double timeout;
  std::string data;
  if (!fd_arg(vm, args[0], fd) || !data_arg(vm, args[1], data) || !int_arg(vm, args[2], flags) ||
      !timeout_arg(vm, args[3], timeout)) {
    return Value::exception();
  }
  ssize_t r = io_call(vm, fd, POLLOUT, timeout, [&] {
    return ::send(fd, data.data(), data.size(), static_cast<int>(flags) | MSG_NOSIGNAL);
  });
  if (r < 0) return Value::exception();
  return Value::small_int(r);
}

// sendall(fd, data, flags, timeout): the timeout bounds each wait, as CPython's.
Value s_sendall(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("sendall", 4, 4);
  int fd;
  int64_t flags;
  double timeout;
  std::string data;
  if (!fd_arg(vm, args[0], fd) || !data_arg(vm, args[1], data) || !int_arg(vm, args[2], flags) ||
      !timeout_arg(vm, args[3], timeout)) {
    return Value::exception();
  }
  size_t off = 0;
  while (off < data.size()) {
    ssize_t r = io_call(vm, fd, POLLOUT, timeout, [&] {
      return ::send(fd, data.data() + off, data.size() - off, static_cast<int>(flags) | MSG_NOSIGNAL);
    });
    if (r < 0) return Value::exception();
    off += static_cast<size_t>(r);
  }
  return Value::none();
}

// sendto(fd, data, flags, family, address, timeout) -> count
Value s_sendto(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("sendto", 6, 6);
  int fd;
  int64_t flags, fam;
  double timeout;
  std::string data;
  if (!fd_arg(vm, args[0], fd) || !data_arg(vm, args[1], data) || !int_arg(vm, args[2], flags) ||
      !int_arg(vm, args[3], fam) || !timeout_arg(vm, args[5], timeout)) {
    return Value::exception();
  }
  sockaddr_storage ss;
  socklen_t len;
  if (!value_to_sockaddr(vm, static_cast<int>(fam), args[4], ss, len, "sendto")) return Value::exception();
  ssize_t r = io_call(vm, fd, POLLOUT, timeout, [&] {
    return ::sendto(fd, data.data(), data.size(), static_cast<int>(flags) | MSG_NOSIGNAL,
                    reinterpret_cast<sockaddr*>(&ss), len);
  });
  if (r < 0) return Value::exception();
  return Value::small_int(r);
}

Value sock_name(VM& vm, Value* args, int nargs, Tuple* kw, bool peer) {
  const char* name = peer ? "getpeername" : "getsockname";
  ARGS(name, 1, 1);
  int fd;
  if (!fd_arg(vm, args[0], fd)) return Value::exception();
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  int r = peer ? getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len)
               : getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
  if (r < 0) return os_error(vm, errno);
  return sockaddr_to_value(vm, reinterpret_cast<sockaddr*>(&ss), len);
}

Value s_getsockname(VM& vm, Value* a, int n, Tuple* k) { return sock_name(vm, a, n, k, false); }
Value s_getpeername(VM& vm, Value* a, int n, Tuple* k) { return sock_name(vm, a, n, k, true); }

// setsockopt(fd, level, option, value: int or bytes)
Value s_setsockopt(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("setsockopt", 4, 4);
  int fd;
  int64_t level, opt;
  if (!fd_arg(vm, args[0], fd) || !int_arg(vm, args[1], level) || !int_arg(vm, args[2], opt)) return Value::exception();
  std::string_view raw;
  int r;
  if (bytes_like(args[3], raw)) {
    r = setsockopt(fd, static_cast<int>(level), static_cast<int>(opt), raw.data(), static_cast<socklen_t>(raw.size()));
  } else {
    int64_t v;
    if (!int_arg(vm, args[3], v)) return Value::exception();
    int iv = static_cast<int>(v);
    r = setsockopt(fd, static_cast<int>(level), static_cast<int>(opt), &iv, sizeof iv);
  }
  if (r < 0) return os_error(vm, errno);
  return Value::none();
}

// getsockopt(fd, level, option[, buflen])
Value s_getsockopt(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("getsockopt", 3, 4);
  int fd;
  int64_t level, opt, buflen = 0;
  if (!fd_arg(vm, args[0], fd) || !int_arg(vm, args[1], level) || !int_arg(vm, args[2], opt)) return Value::exception();
  if (nargs > 3 && !args[3].is_none() && !int_arg(vm, args[3], buflen)) return Value::exception();
  if (buflen > 0) {
    if (buflen > 1024) return vm.raise(vm.types.OSError, "getsockopt buflen out of range");
    std::string buf(static_cast<size_t>(buflen), '\0');
    socklen_t l = static_cast<socklen_t>(buflen);
    if (getsockopt(fd, static_cast<int>(level), static_cast<int>(opt), buf.data(), &l) < 0) return os_error(vm, errno);
    return Value::object(bytes_new(vm, std::string_view(buf.data(), l)));
  }
  int v = 0;
  socklen_t l = sizeof v;
  if (getsockopt(fd, static_cast<int>(level), static_cast<int>(opt), &v, &l) < 0) return os_error(vm, errno);
  return Value::small_int(v);
}

Value s_shutdown(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("shutdown", 2, 2);
  int fd;
  int64_t how;
  if (!fd_arg(vm, args[0], fd) || !int_arg(vm, args[1], how)) return Value::exception();
  if (::shutdown(fd, static_cast<int>(how)) < 0) return os_error(vm, errno);
  return Value::none();
}

// getaddrinfo(host, port, family, type, proto, flags) -> list of
// (family, type, proto, canonname, sockaddr), or an int: the EAI_* error
// (socket.py raises socket.gaierror with gai_strerror's text).
Value s_getaddrinfo(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("getaddrinfo", 6, 6);
  if (!network_allowed(vm, "getaddrinfo")) return Value::exception();
  std::string host, port;
  bool has_host = !args[0].is_none(), has_port = !args[1].is_none();
  if (has_host) {
    std::string_view v;
    if (is_str(args[0])) {
      v = as_str(args[0])->view();
    } else if (!bytes_like(args[0], v)) {
      return vm.raise(vm.types.TypeError, "getaddrinfo() argument 1 must be string or None");
    }
    host.assign(v);
  }
  if (has_port) {
    std::string_view v;
    if (args[1].is_int()) {
      port = std::to_string(args[1].as_int());
    } else if (is_str(args[1])) {
      port.assign(as_str(args[1])->view());
    } else if (bytes_like(args[1], v)) {
      port.assign(v);
    } else {
      return vm.raise(vm.types.OSError, "Int or String expected");
    }
  }
  int64_t fam, type, proto, flags;
  if (!int_arg(vm, args[2], fam) || !int_arg(vm, args[3], type) || !int_arg(vm, args[4], proto) ||
      !int_arg(vm, args[5], flags)) {
    return Value::exception();
  }
  addrinfo hints{};
  hints.ai_family = static_cast<int>(fam);
  hints.ai_socktype = static_cast<int>(type);
  hints.ai_protocol = static_cast<int>(proto);
  hints.ai_flags = static_cast<int>(flags);
  addrinfo* res = nullptr;
  int rc;
  if (!resolve(vm, has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, hints, rc, res)) {
    return Value::exception();
  }
  if (rc != 0) return Value::small_int(rc);
  // Freed however this ends (an allocation below may fail: MemoryError).
  std::unique_ptr<addrinfo, void (*)(addrinfo*)> owned(res, freeaddrinfo);
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  for (addrinfo* ai = res; ai; ai = ai->ai_next) {
    if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) continue;
    RootScope inner(vm);
    Value sa = inner.add(sockaddr_to_value(vm, ai->ai_addr, ai->ai_addrlen));
    Value canon = inner.add(vm.str_value(ai->ai_canonname ? ai->ai_canonname : ""));
    Tuple* t = inner.add(vm.tuple_of({Value::small_int(ai->ai_family), Value::small_int(ai->ai_socktype),
                                      Value::small_int(ai->ai_protocol), canon, sa}));
    out->push(Value::object(t));
  }
  return Value::object(out);
}

Value s_gai_strerror(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("gai_strerror", 1, 1);
  int64_t code;
  if (!int_arg(vm, args[0], code)) return Value::exception();
  return vm.str_value(gai_strerror(static_cast<int>(code)));
}

Value s_gethostname(VM& vm, Value*, int nargs, Tuple* kw) {
  ARGS("gethostname", 0, 0);
  char buf[256];
  if (gethostname(buf, sizeof buf) < 0) return os_error(vm, errno);
  buf[sizeof buf - 1] = '\0';
  return vm.str_value(buf);
}

// inet_pton(family, text) -> bytes / inet_ntop(family, bytes) -> str
Value s_inet_pton(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("inet_pton", 2, 2);
  int64_t fam;
  if (!int_arg(vm, args[0], fam)) return Value::exception();
  if (!is_str(args[1])) return vm.raise(vm.types.TypeError, "inet_pton() argument 2 must be str");
  unsigned char buf[16];
  std::string text(as_str(args[1])->view());
  int r = inet_pton(static_cast<int>(fam), text.c_str(), buf);
  if (r == 0) return vm.raise(vm.types.OSError, "illegal IP address string passed to inet_pton");
  if (r < 0) return os_error(vm, errno);
  return Value::object(bytes_new(vm, std::string_view(reinterpret_cast<char*>(buf), fam == AF_INET6 ? 16 : 4)));
}

Value s_inet_ntop(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("inet_ntop", 2, 2);
  int64_t fam;
  std::string_view raw;
  if (!int_arg(vm, args[0], fam)) return Value::exception();
  if (!bytes_like(args[1], raw)) return vm.raise(vm.types.TypeError, "a bytes-like object is required");
  size_t want = fam == AF_INET6 ? 16 : 4;
  if (raw.size() != want) return vm.raise(vm.types.ValueError, "invalid length of packed IP address string");
  char buf[INET6_ADDRSTRLEN];
  if (!inet_ntop(static_cast<int>(fam), raw.data(), buf, sizeof buf)) return os_error(vm, errno);
  return vm.str_value(buf);
}

// wait(fd, for_write, timeout) -> bool: whether the descriptor became ready.
Value s_wait(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("wait", 3, 3);
  int fd;
  double timeout;
  if (!fd_arg(vm, args[0], fd) || !timeout_arg(vm, args[2], timeout)) return Value::exception();
  int w = vm.truthy(args[1]);
  if (w < 0) return Value::exception();
  int r = wait_ready(vm, fd, w ? POLLOUT : POLLIN, timeout, now_seconds());
  if (r == 0) {
    vm.pending = Value::null();
    return Value::boolean(false);
  }
  return r < 0 ? Value::exception() : Value::boolean(true);
}

// ---------------------------------------------------------------- epoll

Value s_epoll_create(VM& vm, Value*, int nargs, Tuple* kw) {
  ARGS("epoll_create", 0, 0);
  int fd = epoll_create1(EPOLL_CLOEXEC);
  if (fd < 0) return os_error(vm, errno);
  return Value::small_int(fd);
}

// epoll_ctl(epfd, op, fd, events)
Value s_epoll_ctl(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("epoll_ctl", 4, 4);
  int ep, fd;
  int64_t op, events;
  if (!fd_arg(vm, args[0], ep) || !int_arg(vm, args[1], op) || !fd_arg(vm, args[2], fd) || !int_arg(vm, args[3], events)) {
    return Value::exception();
  }
  epoll_event ev{};
  ev.events = static_cast<uint32_t>(events);
  ev.data.fd = fd;
  if (epoll_ctl(ep, static_cast<int>(op), fd, &ev) < 0) return os_error(vm, errno);
  return Value::none();
}

// epoll_wait(epfd, timeout, maxevents) -> [(fd, events)], in 50 ms slices
// so that Ctrl-C and the run's limits interrupt it.
Value s_epoll_wait(VM& vm, Value* args, int nargs, Tuple* kw) {
  ARGS("epoll_wait", 3, 3);
  int ep;
  double timeout;
  int64_t maxev;
  if (!fd_arg(vm, args[0], ep) || !timeout_arg(vm, args[1], timeout) || !int_arg(vm, args[2], maxev)) {
    return Value::exception();
  }
  if (maxev <= 0 || maxev > 1024) maxev = 1024;
  std::vector<epoll_event> evs(static_cast<size_t>(maxev));
  // On the virtual clock (Config::virtual_time) a wait with a timeout looks
  // once, and with nothing ready the clock moves on by the timeout, as a
  // sleep's does (the asyncio loop waits the same way): a scheduler written
  // on selectors (gevent's hub) must not wait real time for its timers.
  bool virtual_wait = vm.options.virtual_time && timeout > 0;
  double start = now_seconds();
  int n;
  for (;;) {
    if (!poll_limits_waiting(vm)) return Value::exception();
    int slice = 50;
    if (virtual_wait) {
      slice = 0;
    } else if (timeout >= 0) {
      double left = timeout - (now_seconds() - start);
      slice = left <= 0 ? 0 : std::min(slice, static_cast<int>(std::ceil(left * 1000)));
    }
    n = epoll_wait(ep, evs.data(), static_cast<int>(maxev), limit_wait_ms(vm, slice));
    if (n < 0 && errno != EINTR) return os_error(vm, errno);
    if (n > 0 || slice == 0) break;
  }
  if (n < 0) n = 0;
  if (virtual_wait && n == 0) vm.virtual_elapsed_ns += std::llround(timeout * 1e9);
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  for (int i = 0; i < n; ++i) {
    Tuple* t = vm.tuple_of({Value::small_int(evs[i].data.fd), Value::small_int(evs[i].events)});
    out->push(Value::object(t));
  }
  return Value::object(out);
}

}  // namespace

Module* init_socket_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_socket")));
  Dict* d = m->dict;
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  const Entry kFunctions[] = {
      {"socket", s_socket},           {"socketpair", s_socketpair},   {"adopt", s_adopt},
      {"close", s_close},             {"bind", s_bind},               {"listen", s_listen},
      {"accept", s_accept},           {"connect", s_connect},         {"recv", s_recv},
      {"recvfrom", s_recvfrom},       {"send", s_send},               {"sendall", s_sendall},
      {"sendto", s_sendto},           {"getsockname", s_getsockname}, {"getpeername", s_getpeername},
      {"setsockopt", s_setsockopt},   {"getsockopt", s_getsockopt},   {"shutdown", s_shutdown},
      {"getaddrinfo", s_getaddrinfo}, {"gai_strerror", s_gai_strerror}, {"gethostname", s_gethostname},
      {"inet_pton", s_inet_pton},     {"inet_ntop", s_inet_ntop},     {"wait", s_wait},
      {"epoll_create", s_epoll_create}, {"epoll_ctl", s_epoll_ctl},   {"epoll_wait", s_epoll_wait},
  };
  for (const Entry& e : kFunctions) add_function(vm, d, e.name, e.fn);
  const std::pair<const char*, int64_t> kConstants[] = {
      {"AF_UNSPEC", AF_UNSPEC}, {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6}, {"AF_UNIX", AF_UNIX},
      {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_RAW", SOCK_RAW},
      {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
      {"SOL_SOCKET", SOL_SOCKET}, {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT},
      {"SO_KEEPALIVE", SO_KEEPALIVE}, {"SO_BROADCAST", SO_BROADCAST}, {"SO_ERROR", SO_ERROR},
      {"SO_RCVBUF", SO_RCVBUF}, {"SO_SNDBUF", SO_SNDBUF}, {"SO_LINGER", SO_LINGER}, {"SO_TYPE", SO_TYPE},
      {"SO_RCVLOWAT", SO_RCVLOWAT}, {"SO_SNDLOWAT", SO_SNDLOWAT}, {"SO_DOMAIN", SO_DOMAIN},
      {"IPPROTO_IP", IPPROTO_IP}, {"IPPROTO_TCP", IPPROTO_TCP}, {"IPPROTO_UDP", IPPROTO_UDP},
      {"IPPROTO_IPV6", IPPROTO_IPV6}, {"IPV6_V6ONLY", IPV6_V6ONLY}, {"TCP_NODELAY", TCP_NODELAY},
      {"TCP_KEEPIDLE", TCP_KEEPIDLE}, {"TCP_KEEPINTVL", TCP_KEEPINTVL}, {"TCP_KEEPCNT", TCP_KEEPCNT},
      {"IP_TTL", IP_TTL}, {"IP_MULTICAST_TTL", IP_MULTICAST_TTL}, {"IP_MULTICAST_LOOP", IP_MULTICAST_LOOP},
      {"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR}, {"SOMAXCONN", SOMAXCONN},
      {"MSG_PEEK", MSG_PEEK}, {"MSG_DONTWAIT", MSG_DONTWAIT}, {"MSG_WAITALL", MSG_WAITALL},
      {"MSG_OOB", MSG_OOB}, {"MSG_NOSIGNAL", MSG_NOSIGNAL},
      {"AI_PASSIVE", AI_PASSIVE}, {"AI_CANONNAME", AI_CANONNAME}, {"AI_NUMERICHOST", AI_NUMERICHOST},
      {"AI_NUMERICSERV", AI_NUMERICSERV}, {"AI_ADDRCONFIG", AI_ADDRCONFIG}, {"AI_V4MAPPED", AI_V4MAPPED},
      {"AI_ALL", AI_ALL},
      {"NI_NUMERICHOST", NI_NUMERICHOST}, {"NI_NUMERICSERV", NI_NUMERICSERV}, {"NI_NAMEREQD", NI_NAMEREQD},
      {"NI_DGRAM", NI_DGRAM}, {"NI_NOFQDN", NI_NOFQDN},
      {"EAI_AGAIN", EAI_AGAIN}, {"EAI_BADFLAGS", EAI_BADFLAGS}, {"EAI_FAIL", EAI_FAIL},
      {"EAI_FAMILY", EAI_FAMILY}, {"EAI_MEMORY", EAI_MEMORY}, {"EAI_NONAME", EAI_NONAME},
      {"EAI_SERVICE", EAI_SERVICE}, {"EAI_SOCKTYPE", EAI_SOCKTYPE}, {"EAI_SYSTEM", EAI_SYSTEM},
      {"INADDR_ANY", 0}, {"INADDR_LOOPBACK", 0x7f000001}, {"INADDR_BROADCAST", 0xffffffff},
      {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLERR", EPOLLERR}, {"EPOLLHUP", EPOLLHUP},
      {"EPOLLPRI", EPOLLPRI}, {"EPOLLRDHUP", EPOLLRDHUP},
      {"EPOLL_CTL_ADD", EPOLL_CTL_ADD}, {"EPOLL_CTL_MOD", EPOLL_CTL_MOD}, {"EPOLL_CTL_DEL", EPOLL_CTL_DEL},
  };
  for (const auto& [name, v] : kConstants) vm.set_global(d, name, Value::small_int(v));
  return m;
}

}  // namespace coil::vm
