"""Reading and writing files.

``formats/`` holds one module per format, its reader and writer side by
side; ``registry`` lists them for import and export. ``model`` is what
travels (``ExchangeDoc`` in, ``ExportDoc``/``ExportSpan`` out), ``format``
what a format is (``Format``, ``Writer``). Shared by several formats:
``decode`` (bytes to text), ``jsonlines``, ``offsets`` (code points and
UTF-16), ``segments`` (sentences, units, tokens), ``attributes`` (typed
attribute columns), ``manifest``. ``importers`` brings files into a project
(``reading`` applies ``--label-map``/``--clean`` after any reader);
``export/`` selects, splits, checks the target, stages and commits."""
