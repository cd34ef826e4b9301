"""Desktop notifications for reminders: the freedesktop Notifications service on D-Bus."""
