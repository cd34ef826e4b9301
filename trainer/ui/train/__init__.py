"""The Train page: routine picker and details, the session controller, controls and cues."""
