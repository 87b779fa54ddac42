"""Reading and writing files: decoding, the exchange format, importers, exporters."""
