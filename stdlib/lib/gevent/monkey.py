"""gevent.monkey: makes the standard library cooperative. patch_all()
patches time.sleep and the socket module (so http.client and
urllib.request too); the other modules gevent can patch (threading,
select, subprocess, ssl, os, signal, queue...) are left as they are."""

import sys

__all__ = ['patch_all', 'patch_time', 'patch_socket', 'patch_dns', 'is_module_patched',
           'is_object_patched', 'get_original']

_saved = {}  # module name -> {attribute: original value}


def _patch(module, name, value):
    saved = _saved.setdefault(module.__name__, {})
    if name not in saved:
        saved[name] = getattr(module, name)
    setattr(module, name, value)


def get_original(mod_name, item_name):
    """The unpatched value of mod_name.item_name (or a list of them)."""
    if isinstance(item_name, str):
        saved = _saved.get(mod_name, {})
        if item_name in saved:
            return saved[item_name]
        return getattr(__import__(mod_name), item_name)
    return [get_original(mod_name, n) for n in item_name]


def is_module_patched(mod_name):
    return mod_name in _saved


def is_object_patched(mod_name, item_name):
    return item_name in _saved.get(mod_name, {})


def patch_time():
    """time.sleep becomes gevent.sleep."""
    import time
    from gevent.hub import sleep
    _patch(time, 'sleep', sleep)


def patch_socket(dns=True, aggressive=True):
    """socket.socket and the functions making sockets become gevent.socket's."""
    import socket
    from gevent import socket as gsocket
    socket._gevent_original_socket = socket.__dict__.get('_gevent_original_socket', socket.socket)
    for name in ('socket', 'SocketType', 'socketpair', 'create_connection'):
        _patch(socket, name, getattr(gsocket, name))


def patch_dns():
    """Name lookups stay blocking (coil's getaddrinfo is the C library's)."""


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True, builtins=True,
              signal=True, queue=True, contextvars=True, **kwargs):
    """Patches time and socket (see the module's doc); True."""
    if time:
        patch_time()
    if socket:
        patch_socket(dns=dns, aggressive=aggressive)
    return True
