// The event loop's I/O: add_reader/add_writer and their removal, and the
// epoll wait that run_once makes while any descriptor is watched (CPython's
// selector.select(timeout) followed by _process_events). One wait covers
// the descriptors, the next timer's deadline and the VM's wake eventfd,
// which VM::post() and VM::interrupt() (Ctrl-C) write to, so a loop blocked
// here still runs posted work and stops on Ctrl-C at once (and at the run's
// deadline: the wait is cut short there). While no
// descriptor is watched run_once never comes here: sleep-driven programs
// and --virtual-time behave exactly as before.
#include <errno.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cmath>

#include "stdlib/asyncio/asyncio.hpp"
#include "vm/limits.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm::aio {

LoopObj::~LoopObj() {
  if (epfd >= 0) ::close(epfd);
}

AsyncioState::~AsyncioState() {
  if (wake_fd >= 0) ::close(wake_fd);
}

void trace_loop_io(LoopObj* loop, std::vector<Obj*>& gray) {
  for (auto& [fd, w] : loop->io) {
    for (HandleObj* h : {w.reader, w.writer}) {
      if (h && !h->marked) {
        h->marked = true;
        gray.push_back(h);
      }
    }
  }
}

namespace {

// The loop's epoll instance, made on first use with the VM's wake eventfd
// in it; -1 with OSError pending on failure.
int loop_epoll(VM& vm, LoopObj* loop) {
  if (loop->epfd >= 0) return loop->epfd;
  AsyncioState& st = *loop->st;
  if (st.wake_fd < 0) {
    st.wake_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (st.wake_fd < 0) {
      raise_os_error(vm, errno, Value::null());
      return -1;
    }
    vm.mailbox.wake_fd = st.wake_fd;
  }
  int ep = ::epoll_create1(EPOLL_CLOEXEC);
  if (ep < 0) {
    raise_os_error(vm, errno, Value::null());
    return -1;
  }
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.fd = st.wake_fd;
  if (::epoll_ctl(ep, EPOLL_CTL_ADD, st.wake_fd, &ev) < 0) {
    int err = errno;
    ::close(ep);
    raise_os_error(vm, err, Value::null());
    return -1;
  }
  loop->epfd = ep;
  return ep;
}

// Tells epoll what `fd` now waits for (after its watch changed); false with
// OSError pending.
bool update_watch(VM& vm, LoopObj* loop, int fd, bool existed) {
  auto it = loop->io.find(fd);
  IoWatch& w = it->second;
  int ep = loop_epoll(vm, loop);
  if (ep < 0) return false;
  if (!w.reader && !w.writer) {
    loop->io.erase(it);
    ::epoll_ctl(ep, EPOLL_CTL_DEL, fd, nullptr);  // may be closed already
    return true;
  }
  epoll_event ev{};
  ev.events = (w.reader ? uint32_t{EPOLLIN} : 0u) | (w.writer ? uint32_t{EPOLLOUT} : 0u);
  ev.data.fd = fd;
  if (::epoll_ctl(ep, existed ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) == 0) return true;
  int err = errno;
  if (existed && err == ENOENT && ::epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) == 0) return true;
  loop->io.erase(fd);
  raise_os_error(vm, err, Value::null());
  return false;
}

void cancel_handle(HandleObj* h) {
  if (!h) return;
  h->cancelled = true;
  h->fn = Value::none();
  h->args = nullptr;
}

void drain_wake(int fd) {
  uint64_t n;
  while (::read(fd, &n, sizeof n) > 0) {
  }
}

}  // namespace

void loop_close_io(LoopObj* loop) {
  for (auto& [fd, w] : loop->io) {
    cancel_handle(w.reader);
    cancel_handle(w.writer);
  }
  loop->io.clear();
  if (loop->epfd >= 0) ::close(loop->epfd);
  loop->epfd = -1;
}

bool loop_poll_io(VM& vm, LoopObj* loop, bool block) {
  int ep = loop_epoll(vm, loop);
  if (ep < 0) return false;
  // The wait: none when callbacks are ready, else up to the next timer,
  // else until a descriptor, mail or Ctrl-C.
  int timeout_ms = 0;
  double deadline = 0;
  bool has_timer = block && loop_next_timer(loop, deadline);
  if (block && !vm.mailbox.empty()) block = false;
  if (block && has_timer) {
    double remaining = deadline - loop_time(vm);
    if (remaining <= 0) {
      timeout_ms = 0;
    } else if (vm.options.virtual_time) {
      timeout_ms = 0;  // look once; with nothing ready, time jumps (below)
    } else {
      timeout_ms = static_cast<int>(std::min(std::ceil(remaining * 1000), 3.6e6));
    }
  } else if (block) {
    timeout_ms = -1;
  }
  epoll_event events[64];
  int n = 0;
  for (;;) {
    if (vm.interrupt_requested) break;
    // Not past the run's deadline (Config::max_seconds, VM::set_deadline).
    n = ::epoll_wait(ep, events, 64, limit_wait_ms(vm, timeout_ms));
    if (n >= 0 || errno != EINTR) break;
    n = 0;  // interrupted by a signal: nothing ready
  }
  if (vm.interrupt_requested) drain_wake(loop->st->wake_fd);
  // Ctrl-C through the SIGINT action, and the limits.
  if (!poll_limits_waiting(vm)) return false;
  if (n < 0) {
    raise_os_error(vm, errno, Value::null());
    return false;
  }
  int io_events = 0;
  for (int i = 0; i < n; ++i) {
    int fd = events[i].data.fd;
    if (fd == loop->st->wake_fd) {
      drain_wake(fd);
      continue;
    }
    auto it = loop->io.find(fd);
    if (it == loop->io.end()) continue;
    uint32_t e = events[i].events;
    bool err = e & (EPOLLERR | EPOLLHUP);
    // Copies: a callback run later may change the watch.
    HandleObj* r = it->second.reader;
    HandleObj* w = it->second.writer;
    if (r && (e & EPOLLIN || err)) {
      loop_push(loop, {ReadyItem::Handle, Value::object(r), Value::null()});
      ++io_events;
    }
    if (w && (e & EPOLLOUT || err)) {
      loop_push(loop, {ReadyItem::Handle, Value::object(w), Value::null()});
      ++io_events;
    }
  }
  if (block && has_timer && vm.options.virtual_time && io_events == 0 && n == 0) {
    return wait_until(vm, deadline);
  }
  return true;
}

namespace {

LoopObj* io_self(VM& vm, Value* args, int nargs, const char* name) {
  AsyncioState& st = state(vm);
  if (nargs < 1 || !args[0].is_obj() || args[0].as_obj()->type != st.loop_type) {
    vm.raise_fmt(vm.types.TypeError, "%s() requires an event loop", name);
    return nullptr;
  }
  return static_cast<LoopObj*>(args[0].as_obj());
}

// selectors._fileobj_to_fd: an int, or an object's fileno().
bool fileobj_to_fd(VM& vm, Value obj, int& fd) {
  Value v = obj;
  if (!v.is_int()) {
    v = vm.call_method(obj, vm.intern("fileno"), nullptr, 0);
    if (v.is_exception()) {
      if (!vm.pending_is(vm.types.AttributeError)) return false;
      vm.pending = Value::null();
      Value r = vm.repr(obj);
      if (r.is_exception()) return false;
      vm.raise_fmt(vm.types.ValueError, "Invalid file object: %s", as_str(r)->data);
      return false;
    }
    if (!v.is_int()) {
      vm.raise(vm.types.ValueError, "Invalid file object");
      return false;
    }
  }
  int64_t n = v.as_int();
  if (n < 0 || n > INT32_MAX) {
    vm.raise_fmt(vm.types.ValueError, "Invalid file descriptor: %lld", static_cast<long long>(n));
    return false;
  }
  fd = static_cast<int>(n);
  return true;
}

Value add_watch(VM& vm, Value* args, int nargs, Tuple* kw, bool writer) {
  const char* name = writer ? "add_writer" : "add_reader";
  LoopObj* l = io_self(vm, args, nargs, name);
  if (!l) return Value::exception();
  if (kw && kw->size) return vm.raise_fmt(vm.types.TypeError, "%s() takes no keyword arguments", name);
  if (nargs < 3) return vm.raise_fmt(vm.types.TypeError, "%s() missing required positional arguments: 'fd' and 'callback'", name);
  if (l->closed) return vm.raise(vm.types.RuntimeError, "Event loop is closed");
  int fd;
  if (!fileobj_to_fd(vm, args[1], fd)) return Value::exception();
  RootScope roots(vm);
  Tuple* rest = vm.empty_tuple;
  if (nargs > 3) {
    rest = roots.add(vm.new_tuple(static_cast<uint32_t>(nargs - 3)));
    for (int i = 3; i < nargs; ++i) rest->items[i - 3] = args[i];
  }
  HandleObj* h = roots.add(new_handle(vm, l, args[2], rest, false, 0));
  if (loop_epoll(vm, l) < 0) return Value::exception();
  auto it = l->io.find(fd);
  bool existed = it != l->io.end();
  IoWatch& w = l->io[fd];
  HandleObj*& slot = writer ? w.writer : w.reader;
  cancel_handle(slot);
  slot = h;
  if (!update_watch(vm, l, fd, existed)) return Value::exception();
  return Value::none();
}

Value remove_watch(VM& vm, Value* args, int nargs, Tuple* kw, bool writer) {
  const char* name = writer ? "remove_writer" : "remove_reader";
  LoopObj* l = io_self(vm, args, nargs, name);
  if (!l || !no_kwargs(vm, name, kw) || !check_nargs(vm, name, nargs - 1, 1, 1)) return Value::exception();
  int fd;
  if (!fileobj_to_fd(vm, args[1], fd)) return Value::exception();
  if (l->closed) return Value::boolean(false);
  auto it = l->io.find(fd);
  if (it == l->io.end()) return Value::boolean(false);
  HandleObj*& slot = writer ? it->second.writer : it->second.reader;
  if (!slot) return Value::boolean(false);
  cancel_handle(slot);
  slot = nullptr;
  if (!update_watch(vm, l, fd, true)) return Value::exception();
  return Value::boolean(true);
}

Value loop_add_reader(VM& vm, Value* a, int n, Tuple* k) { return add_watch(vm, a, n, k, false); }
Value loop_add_writer(VM& vm, Value* a, int n, Tuple* k) { return add_watch(vm, a, n, k, true); }
Value loop_remove_reader(VM& vm, Value* a, int n, Tuple* k) { return remove_watch(vm, a, n, k, false); }
Value loop_remove_writer(VM& vm, Value* a, int n, Tuple* k) { return remove_watch(vm, a, n, k, true); }

}  // namespace

void init_loop_io_methods(VM& vm, Type* loop_type) {
  add_method(vm, loop_type, "add_reader", loop_add_reader);
  add_method(vm, loop_type, "add_writer", loop_add_writer);
  add_method(vm, loop_type, "remove_reader", loop_remove_reader);
  add_method(vm, loop_type, "remove_writer", loop_remove_writer);
}

}  // namespace coil::vm::aio
