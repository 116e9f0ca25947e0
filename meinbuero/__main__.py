"""`python -m meinbuero`."""

import sys

from meinbuero.cli import main

sys.exit(main())
