"""How the app looks: palettes, the accent, the stylesheet and the colour helpers everything shares."""
