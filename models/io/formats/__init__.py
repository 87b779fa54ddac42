"""One module per format, its reader and its writer side by side (a format
that only imports or only exports has just the one): jsonl (the exchange
format), plain (txt, csv), prodigy, doccano, labelstudio, brat, conll,
spacy, tables (metrics and spans as CSV/Parquet), cluener, office (docx,
pdf). ``models.io.registry`` lists them."""
