"""The ``dubao`` subcommands, one module per area; each offers ``register(subparsers)``."""
