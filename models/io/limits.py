"""How much input a reader takes: every bound on a file from outside, in one
table. Each is named in the one-line message of the file it refuses and in
the README's "Bad input" section; none depends on the machine.

The figures leave room for any real article collection while keeping a
hostile file within about a second and a few hundred MB: a zip bomb is
refused from its central directory before anything is inflated, deep JSON
before any recursion, a wide CSV before pandas builds a column."""

from __future__ import annotations

MB = 1_000_000
# The store's limit on one text (models.store.documents.MAX_DOCUMENT_CHARS),
# restated so that reading a file never loads the store.
DOCUMENT_CHARS = 2_000_000

# One file read whole (JSON lines, JSON, CSV, CoNLL, brat, .docx, .spacy…):
# an import holds a file's parsed documents until all of them are checked,
# about six times the file's size at its peak with dense spans (68 MB of
# JSONL with 319,000 spans: 395 MB), so 128 MB stays well under a gigabyte.
MAX_FILE_BYTES = 128 * MB
# A file that is one article (.txt, a brat .txt): eight bytes a character
# is more than any encoding of a text the store would take.
MAX_SINGLE_DOCUMENT_BYTES = 8 * DOCUMENT_CHARS

# Compressed input (.docx packages, .spacy files): what it may inflate to,
# in all, and how many times its compressed size one member may grow once
# it is over COMPRESSION_GRACE_BYTES (small XML parts compress very well).
MAX_INFLATED_BYTES = 128 * MB
MAX_COMPRESSION_RATIO = 100
# What that bound is for a .spacy, in characters: Biaozhu's export stores
# about 51 bytes a character (a token a character, six attributes of eight
# bytes, its space, its strings: 137,344,314 bytes for 2,700,346 characters
# of news). spaCy loads a DocBin whole, at about three times its inflated
# size (382 MB at 2.7 million characters), so the bound stays.
SPACY_BYTES_PER_CHAR = 51
SPACY_IMPORT_CHARS = MAX_INFLATED_BYTES // SPACY_BYTES_PER_CHAR // 100_000 * 100_000
COMPRESSION_GRACE_BYTES = 1 * MB
# A zip's table of contents, read before anything in it: a .docx has tens
# of parts, a few thousand with many images.
MAX_ZIP_ENTRIES = 10_000
MAX_ZIP_DIRECTORY_BYTES = 4 * MB

# A Hugging Face dataset's Arrow streams: the values of the columns read
# (text, spans and their fields, id, title, status), nested values counted,
# each a Python object once read. A null column costs a stream nothing (it
# has no buffers), so a few bytes can declare a billion. A project of
# 10,000 articles and 318,828 spans exports some 3.5 million.
MAX_ARROW_VALUES = 4 * DOCUMENT_CHARS

# A Parquet file of a corpus run (an input of `suggest --corpus`, a partition
# `import --as suggestions` reads): what the columns read take once decoded,
# declared in the footer before anything is read, and counted as read. A
# dictionary page decodes once per row that names it, so a few kB can
# declare gigabytes of text. An input within MAX_FILE_BYTES inflates two or
# three times under Snappy or Zstandard, its partition adds the suggestions.
MAX_PARQUET_BYTES = 4 * MAX_FILE_BYTES
# Its footer (schema, key-value metadata, a description per column chunk),
# read whole and parsed before anything else: a writer's is kilobytes, a
# few MB with thousands of row groups; a huge string in it is refused unread.
MAX_PARQUET_FOOTER_BYTES = 16 * MB

# JSON from any file (and --labels): objects and lists nested at most this
# deep. Real files nest under ten; the store's JSON encoder stops at 254.
MAX_JSON_DEPTH = 64

# CSV: columns in any row, and characters in one field (a field may be an article).
MAX_CSV_COLUMNS = 1_000
MAX_CSV_FIELD_CHARS = DOCUMENT_CHARS


def megabytes(size: int) -> str:
    """A size for a message: "300 MB"."""
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size:,} bytes"
