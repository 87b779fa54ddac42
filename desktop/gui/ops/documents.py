"""Operations on the document list: the search a curator types (a page at
a time on the query thread) and the search index built in the background."""

from __future__ import annotations

import time
from dataclasses import dataclass

from models import search

# Documents per page of a search: the first page answers at once, the
# rest follow; hits listed per page at most (the list is for working
# from, the document filter holds every match).
SEARCH_PAGE = 200
HITS_PER_DOCUMENT = 20
HITS_LISTED = 2_000


@dataclass(frozen=True)
class SearchPage:
    """One page of a search: the documents found, their hits and titles, and
    where the next page starts (None: this was the last)."""

    query: str
    doc_ids: list[str]
    hits: list[search.Hit]
    titles: dict[str, str]
    after: int | None


def search_page(query: str, after: int, hits_wanted: int):
    """A query for ``ProjectHost.query``: the page of ``query`` past rowid ``after``."""

    def run(project) -> SearchPage:
        found = search.matching_documents(project, query, after=after, limit=SEARCH_PAGE)
        hits: list[search.Hit] = []
        titles: dict[str, str] = {}
        for _rowid, doc_id in found:
            if len(hits) >= hits_wanted:
                break
            hits += search.hits(project, doc_id, query, limit=HITS_PER_DOCUMENT)
            titles[doc_id] = project.document(doc_id).title
        nxt = found[-1][0] if len(found) == SEARCH_PAGE else None
        return SearchPage(query, [d for _r, d in found], hits[:hits_wanted], titles, nxt)

    return run


# Between two of its transactions the indexing job lets go of the write
# lock for this long: SQLite's busy handler polls, and a writer waiting for
# the lock (the window's store thread, a command) must find it free.
INDEX_PAUSE_S = 0.1


def index_all(project, progress) -> int:
    """A job: index the texts not yet in the search index, a short
    transaction at a time, until done or cancelled. Returns how many. An
    index FTS5 finds damaged is emptied first and built again."""
    search.repair_index(project)
    total = search.last_rowid(project) - search.indexed_up_to(project)
    progress.start(max(total, 0), "index")
    done = 0
    while not progress.cancelled():
        n = search.index_some(project)
        if not n:
            break
        done += n
        progress.advance(n)
        time.sleep(INDEX_PAUSE_S)
    return done
