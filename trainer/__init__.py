"""Pelvic Floor Trainer: a desktop trainer for reverse Kegels and pelvic-floor relaxation."""

__version__ = "0.1.0"

APP_NAME = "pelvic-floor-trainer"
DISPLAY_NAME = "Pelvic Floor Trainer"
APP_ID = "io.github.pelvicfloortrainer.PelvicFloorTrainer"
