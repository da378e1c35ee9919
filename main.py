"""Start Secretariat from a source checkout: `python main.py [--help]`."""

import sys

from secretariat.cli import main

if __name__ == "__main__":
    sys.exit(main())
