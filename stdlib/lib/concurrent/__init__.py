# Package concurrent: only concurrent.futures (see there).
