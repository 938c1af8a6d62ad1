"""``python -m presswatch``: the ``presswatch`` command."""

from presswatch.cli import main

if __name__ == "__main__":
    main()
