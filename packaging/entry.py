"""Entry point of the bundled executable: the same command line as `secretariat`."""

import multiprocessing
import sys

from secretariat.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
