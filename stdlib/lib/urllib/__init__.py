"""urllib: urllib.parse, urllib.request (plain HTTP), urllib.error (no urllib.robotparser)."""
