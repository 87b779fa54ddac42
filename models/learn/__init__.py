"""The learned side of suggesting: the sequence model, the candidate
scorer, the model the app ships, and the models projects train on their
own gold."""
