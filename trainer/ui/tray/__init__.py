"""The system tray: the icon, its tooltip and its menu, where the desktop has a tray."""
