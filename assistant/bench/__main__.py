"""`python -m assistant.bench`: the `make bench` figures."""

import sys

from assistant.bench.run import main

sys.exit(main())
