"""Selaras: builds a bilingual course on sales and marketing alignment from YAML sources."""

__version__ = "0.1.0"
