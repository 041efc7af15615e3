"""A small pseudo-terminal driver for the REPL tests: spawns a program on a
pty, sends keys, and waits (with a deadline) for text to appear."""
import os
import pty
import re
import select
import signal
import time


class Timeout(Exception):
    pass


class Pty:
    def __init__(self, argv, env=None, timeout=30.0, rows=24, cols=200):
        self.timeout = timeout
        self.output = b""  # everything read so far
        self.pos = 0  # expect() searches from here
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execvpe(argv[0], argv, env if env is not None else os.environ)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.status = None
        try:
            import fcntl, struct, termios
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        except OSError:
            pass

    def _read(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        r, _, _ = select.select([self.fd], [], [], min(left, 0.5))
        if not r:
            return True
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            data = b""
        if not data:
            raise EOFError
        self.output += data
        return True

    def expect(self, pattern, timeout=None):
        """Waits for `pattern` (bytes or str; a regex) after the last match."""
        if isinstance(pattern, str):
            pattern = pattern.encode()
        rx = re.compile(pattern)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            m = rx.search(self.output, self.pos)
            if m:
                self.pos = m.end()
                return m
            try:
                if not self._read(deadline):
                    raise Timeout("no %r in %r" % (pattern, self.output[self.pos:]))
            except EOFError:
                raise Timeout("EOF before %r in %r" % (pattern, self.output[self.pos:]))

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        os.write(self.fd, data)

    def sendline(self, line=""):
        self.send(line + "\r")

    def interrupt(self):
        self.send(b"\x03")  # Ctrl-C through the terminal: SIGINT to the child

    def wait(self, timeout=None):
        """Reads until the child exits; returns its exit status."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while self.status is None:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                break
            try:
                if not self._read(deadline):
                    raise Timeout("child did not exit: %r" % self.output[self.pos:])
            except EOFError:
                time.sleep(0.05)
        return self.status

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass
