"""The bundle's entry point: the same as the installed ``pelvic-floor-trainer`` command."""

import sys

from trainer.app import main

sys.exit(main())
