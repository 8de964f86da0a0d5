"""`python -m frontline …`: see frontline/cli.py."""

import sys

from frontline.cli import main

sys.exit(main())
