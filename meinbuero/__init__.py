"""meinbuero: customer management for the self-employed and small businesses in Germany."""

__version__ = "0.1.0"
