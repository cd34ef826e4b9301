"""Helpers shared by the test suites: session runners and record builders (on pytest's pythonpath)."""
