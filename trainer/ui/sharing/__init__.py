"""Sharing the history: export, import, the physiotherapist's report, and syncing through a folder."""
