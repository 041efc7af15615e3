"""tornado.simple_httpclient: where tornado defines its HTTP/1.1 client and
its timeout/closed-stream errors; here they are tornado.httpclient's."""

from tornado.httpclient import AsyncHTTPClient as SimpleAsyncHTTPClient, \
    HTTPTimeoutError, HTTPStreamClosedError

__all__ = ["SimpleAsyncHTTPClient", "HTTPTimeoutError", "HTTPStreamClosedError"]
