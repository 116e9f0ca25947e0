"""Generated from ui/*.ui by `installer/dev.py forms`; do not edit."""
