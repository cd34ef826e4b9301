"""Qt widgets and the controller that drives the session engine from a timer."""

from trainer.ui.refcount_guard import protect_singletons

# Before any widget is built: see refcount_guard for the PySide6 6.12 bug this works around.
protect_singletons()
