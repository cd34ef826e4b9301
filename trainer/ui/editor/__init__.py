"""The routine editor: new, duplicate, edit, delete, import and export of the person's own routines."""
