"""The real-desktop tier: the app run from outside on a private X display, bus, sound server and speech daemon."""
