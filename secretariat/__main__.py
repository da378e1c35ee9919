import sys

from secretariat.cli import main

sys.exit(main())
