"""The app's dialogs: settings, the first-run safety notice, the technique guide, About, and the session summary."""
