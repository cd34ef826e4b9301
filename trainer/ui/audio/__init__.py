"""What the app says and plays: the chime and the spoken cues."""
