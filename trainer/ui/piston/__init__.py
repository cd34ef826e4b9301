"""The piston view: the side-view torso, its ring and gauge, painted from the latest snapshot."""
