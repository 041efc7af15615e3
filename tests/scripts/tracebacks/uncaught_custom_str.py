class HttpError(Exception):
    def __init__(self, status):
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}"
raise HttpError(404)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_custom_str.py", line 6, in <module>
# expect stderr: raise HttpError(404)
# expect runtime error: HttpError: HTTP 404
