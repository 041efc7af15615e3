"""urllib: only urllib.parse in coil (no network access: urllib.request, urllib.error and urllib.robotparser are not there)."""
