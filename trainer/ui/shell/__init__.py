"""The application shell: Qt set-up, the main window and its header and banner, offscreen screenshots."""
