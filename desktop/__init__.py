"""Dubao 读报: read and annotate Chinese newspaper pages."""

__version__ = "0.1.0"
