"""Biaozhu's application layer: the command line (no Qt) and the PySide6 GUI,
both thin layers over ``models``."""
