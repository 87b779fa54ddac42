"""Other tools' formats. Importing this package registers a reader for each
with ``models.io.readers.register``: prodigy, doccano, label-studio, brat,
conll, spacy, docx, pdf and cluener (and ``--clean``/``--label-map`` for
txt, jsonl and csv). The importer imports it, so ``biaozhu import --format``
knows them all."""

from models.io.formats import (  # noqa: F401  (each module registers itself)
    brat,
    cluener_format,
    conll,
    docbin,
    doccano,
    labelstudio,
    office,
    plain,
    prodigy,
)
