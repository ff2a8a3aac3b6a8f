"""`python -m plugin` runs the `gdpr-desk` command line."""

from plugin.cli import main

raise SystemExit(main())
