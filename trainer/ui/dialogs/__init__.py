"""The app's dialogs: settings, the safety notice, the technique guide and About."""
