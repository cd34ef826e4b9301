"""Qt widgets and the controller that drives the session engine from a timer."""
