"""crfsuite's tagger through its C interface, fed attribute ids.

python-crfsuite's ``Tagger.set`` takes each character's attributes as
strings: it copies every one into a C++ string and a vector (``to_seq``),
then crfsuite looks each up in the model's attribute table by its hash,
to an id, and adds that attribute's weights to the character's state
scores. Over the 200 gold articles that was 150 M instructions a pass,
some 1,200 an attribute, of which the weights themselves are a fifth.

``NativeTagger`` opens the same model file with crfsuite's own C
functions, which python-crfsuite's extension carries and exports
(``crfsuite_create_instance_from_memory`` and the model's and tagger's
function tables of ``crfsuite.h``), and gives its ``set`` the attributes
as ids already, read off the model file once (``model_attribute_ids``):
the instance crfsuite builds from strings, built here from a matrix of
ids in a few array operations, the attributes a model lacks (-1) left out
as crfsuite leaves them out. The tagging itself is crfsuite's, the same
code on the same numbers in the same order: the same best tags, the same
marginals to the last bit. The marginals of a label are read in one go
from the forward and backward scores crfsuite keeps for the sentence
(what its ``marginal_point`` computes for one character: alpha × beta /
scale), where python-crfsuite is called once per character and tag.

``NativeTagger.open`` gives None when the extension does not export the
functions, or when a probe sentence is not tagged and weighed exactly as
python-crfsuite tags and weighs it (another build's layouts): the caller
then tags through python-crfsuite as before."""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Mapping
from contextlib import suppress
from functools import lru_cache
from itertools import islice

import numpy as np

# crfsuite.h's structures (floatval_t is a double)
_INT, _DOUBLE, _PTR = ctypes.c_int, ctypes.c_double, ctypes.c_void_p


class _Instance(ctypes.Structure):
    _fields_ = [
        ("num_items", _INT),
        ("cap_items", _INT),
        ("items", _PTR),
        ("labels", _PTR),
        ("weight", _DOUBLE),
        ("group", _INT),
    ]


_SET = ctypes.CFUNCTYPE(_INT, _PTR, ctypes.POINTER(_Instance))
_VITERBI = ctypes.CFUNCTYPE(_INT, _PTR, _PTR, ctypes.POINTER(_DOUBLE))
_MARGINAL = ctypes.CFUNCTYPE(_INT, _PTR, _INT, _INT, ctypes.POINTER(_DOUBLE))
_REF = ctypes.CFUNCTYPE(_INT, _PTR)
_TO_STRING = ctypes.CFUNCTYPE(_INT, _PTR, _INT, ctypes.POINTER(ctypes.c_char_p))


class _Tagger(ctypes.Structure):
    _fields_ = [
        ("internal", _PTR),
        ("nref", _INT),
        ("addref", _REF),
        ("release", _REF),
        ("set", _SET),
        ("length", _REF),
        ("viterbi", _VITERBI),
        ("score", _PTR),
        ("lognorm", _PTR),
        ("marginal_point", _MARGINAL),
        ("marginal_path", _PTR),
    ]


class _Dictionary(ctypes.Structure):
    _fields_ = [
        ("internal", _PTR),
        ("nref", _INT),
        ("addref", _REF),
        ("release", _REF),
        ("get", _PTR),
        ("to_id", _PTR),
        ("to_string", _TO_STRING),
        ("num", _REF),
        ("free", _PTR),
    ]


class _Model(ctypes.Structure):
    _fields_ = [
        ("internal", _PTR),
        ("nref", _INT),
        ("addref", _REF),
        ("release", _REF),
        ("get_tagger", ctypes.CFUNCTYPE(_INT, _PTR, ctypes.POINTER(ctypes.POINTER(_Tagger)))),
        ("get_labels", ctypes.CFUNCTYPE(_INT, _PTR, ctypes.POINTER(ctypes.POINTER(_Dictionary)))),
        ("get_attrs", _PTR),
        ("dump", _PTR),
    ]


class _Crf1dt(ctypes.Structure):  # crf1d_tag.c's tagger (the tagger's ``internal``)
    _fields_ = [("model", _PTR), ("ctx", _PTR), ("num_labels", _INT)]


class _Context(ctypes.Structure):  # crf1d.h's context: the sentence's lattice
    _fields_ = [
        ("flag", _INT),
        ("num_labels", _INT),
        ("num_items", _INT),
        ("cap_items", _INT),
        ("log_norm", _DOUBLE),
        ("state", _PTR),
        ("trans", _PTR),
        ("alpha_score", _PTR),
        ("beta_score", _PTR),
        ("scale_factor", _PTR),
    ]


# crfsuite_attribute_t (an int id, a double value: 16 bytes) and
# crfsuite_item_t (two ints, a pointer to its attributes: 16 bytes)
ATTRIBUTE = np.dtype({"names": ["aid", "value"], "formats": ["<i4", "<f8"], "offsets": [0, 8]})
ITEM = np.dtype({"names": ["num", "cap", "contents"], "formats": ["<i4", "<i4", "<u8"]})
assert ATTRIBUTE.itemsize == 16 and ITEM.itemsize == 16


@lru_cache(maxsize=4096)
def _doubles(count: int) -> type:
    """ctypes' type of an array of ``count`` doubles (made once: a new
    array type costs some 40,000 instructions)."""
    return _DOUBLE * count


@lru_cache(maxsize=1)
def _library() -> ctypes.CDLL | None:
    """python-crfsuite's extension as a C library, its functions declared
    (None when it does not export crfsuite's)."""
    try:
        import pycrfsuite._pycrfsuite as extension

        lib = ctypes.CDLL(extension.__file__)
        create = lib.crfsuite_create_instance_from_memory
    except (ImportError, OSError, AttributeError):
        return None
    create.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_PTR)]
    create.restype = _INT
    return lib


class NativeTagger:
    """One crfsuite model opened through its C interface (see the module's
    docstring): ``set`` a sentence as a matrix of attribute ids, then its
    best tags (``viterbi``) and its marginals by tag (``marginals``).
    Not thread-safe: callers hold the tagging lock as for python-crfsuite."""

    def __init__(self, lib: ctypes.CDLL, model_bytes: bytes):
        self._bytes = model_bytes  # crfsuite reads the model in place: kept alive
        handle = _PTR()
        if lib.crfsuite_create_instance_from_memory(
            model_bytes, len(model_bytes), ctypes.byref(handle)
        ):
            raise OSError("crfsuite did not open the model")
        self._model = ctypes.cast(handle, ctypes.POINTER(_Model)).contents
        self._handle = handle.value
        tagger = ctypes.POINTER(_Tagger)()
        labels = ctypes.POINTER(_Dictionary)()
        if self._model.get_tagger(self._handle, ctypes.byref(tagger)) or self._model.get_labels(
            self._handle, ctypes.byref(labels)
        ):
            self.close()
            raise OSError("crfsuite gave no tagger")
        self._tagger = tagger.contents
        self._tagger_address = ctypes.addressof(self._tagger)
        self._set = self._tagger.set
        self._viterbi = self._tagger.viterbi
        self._marginal_point = self._tagger.marginal_point
        names = []
        name = ctypes.c_char_p()
        table = labels.contents
        for k in range(table.num(ctypes.addressof(table))):
            table.to_string(ctypes.addressof(table), k, ctypes.byref(name))
            names.append(name.value.decode())
        self.labels = names
        self.ids = {label: k for k, label in enumerate(names)}
        self._context = _Context.from_address(_Crf1dt.from_address(self._tagger.internal).ctx)
        # every attribute's state weights by tag, a row an attribute (and a
        # last row of zeros for -1): a sentence's state scores are summed
        # here (``state_scores``), where crfsuite follows each attribute to
        # its feature list and each feature to its record, scattered over
        # the model (None: the model's lists cannot be summed so exactly)
        self._weights = state_weights(model_bytes, len(names))
        self._state_view: np.ndarray | None = None
        self._state_at = 0
        self._length = 0
        self._lattice: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        # the instance given to ``set``: its items and their attributes in
        # arrays kept from one sentence to the next (grown when too small),
        # whose places in memory are known once
        self._instance = _Instance(0, 0, None, None, 1.0, 0)
        # and the instance of ``set_scores``: characters with no attribute
        self._blank = _Instance(0, 0, None, None, 1.0, 0)
        self._items = self._contents = self._path = self._blank_items = np.zeros(0, dtype=ITEM)
        self._contents_at = self._path_at = 0
        self._room(512, 8192)
        self._score = _DOUBLE()

    @classmethod
    def open(cls, model_bytes: bytes, ids: Mapping[str, int], reference) -> NativeTagger | None:
        """The model opened natively, or None when it cannot be, or when a
        probe does not tag exactly as ``reference`` (python-crfsuite's
        tagger of the same model, opened) does."""
        lib = _library()
        if lib is None:
            return None
        try:
            native = cls(lib, model_bytes)
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        if native._agrees(ids, reference):
            return native
        if native._weights is not None:
            # the state scores summed here do not give what crfsuite gives:
            # crfsuite sums them, fed the ids
            native._weights = None
            if native._agrees(ids, reference):
                return native
        native.close()
        return None

    def _agrees(self, ids: Mapping[str, int], reference) -> bool:
        """Whether a probe sentence (the model's attributes, a dozen a
        character, some the model lacks) is tagged and weighed exactly as
        python-crfsuite does: every tag's marginal at every character."""
        names = list(islice(ids, 480))
        if not names or sorted(reference.labels()) != sorted(self.labels):
            return False
        rows = [names[k : k + 12] + ["-absent-"] for k in range(0, len(names), 12)]
        reference.set([[n.encode() for n in row] for row in rows])
        width = max(map(len, rows))
        matrix = np.full((len(rows), width), -1, dtype=np.int32)
        for k, row in enumerate(rows):
            matrix[k, : len(row)] = [ids.get(n, -1) for n in row]
        self.set(matrix)
        if [self.labels[i] for i in self.viterbi()] != reference.tag():
            return False
        for label in self.labels:
            expected = [reference.marginal(label, t) for t in range(len(rows))]
            if self.marginals(self.ids[label]) != expected:
                return False
        return True

    def _room(self, items: int, contents: int) -> None:
        """Arrays for a sentence of ``items`` characters and ``contents``
        attributes at least."""
        if items > len(self._items):
            self._items = np.zeros(2 * items, dtype=ITEM)
            self._instance.items = self._items.ctypes.data
            self._path = np.zeros(2 * items, dtype=np.intc)
            self._path_at = self._path.ctypes.data
            self._blank_items = np.zeros(2 * items, dtype=ITEM)  # never written
            self._blank.items = self._blank_items.ctypes.data
        if contents > len(self._contents):
            self._contents = np.zeros(2 * contents, dtype=ATTRIBUTE)
            self._contents["value"] = 1.0  # every attribute's, never written again
            self._contents_at = self._contents.ctypes.data

    @property
    def sums(self) -> bool:
        """Whether the state scores are summed here (``state_scores``)."""
        return self._weights is not None

    def set(self, matrix: np.ndarray) -> None:
        """Give the tagger a sentence: ``matrix[t]`` the ids of character
        ``t``'s attributes in order, -1 where the model lacks one (left out,
        as crfsuite leaves out a string it does not know), each of value 1."""
        if self._weights is None:
            self.set_attributes(matrix)
        else:
            self.set_scores(self.state_scores([matrix])[0])

    def state_scores(self, matrices: list[np.ndarray]) -> list[np.ndarray]:
        """The state scores crfsuite's ``set`` would compute for each of
        ``matrices`` (as ``set`` takes them), a row a character and a column
        a tag, computed for all of them at once: each character's
        attributes' weight rows added one after another in the matrix's
        order, as crfsuite adds them (the -1s add the row of zeros, which
        changes no sum), so the same numbers to the last bit. Some 20 µs a
        block of stretches, where crfsuite followed every attribute to its
        features, scattered over the model (half the time of its ``set``)."""
        weights = self._weights
        assert weights is not None
        block = matrices[0] if len(matrices) == 1 else np.concatenate(matrices)
        if not len(block):
            return [np.zeros((0, weights.shape[1])) for _m in matrices]
        # a row of weights a place of the matrix: (attributes, characters, tags)
        rows = weights.take(block.T, axis=0)
        scores = rows[0]
        for column in rows[1:]:  # one after another: no sum reordered
            scores += column
        if len(matrices) == 1:
            return [scores]
        out = []
        at = 0
        for matrix in matrices:
            out.append(scores[at : at + len(matrix)])
            at += len(matrix)
        return out

    def set_scores(self, scores: np.ndarray) -> None:
        """Give the tagger a sentence by its state scores (``state_scores``):
        crfsuite is given as many characters with no attribute (its ``set``
        sizes and zeroes its lattice, and adds nothing), then the scores are
        written where it keeps them."""
        n = len(scores)
        self._room(n, 0)
        blank = self._blank
        blank.num_items = blank.cap_items = n
        if self._set(self._tagger_address, blank):
            raise RuntimeError("crfsuite did not take the sentence")
        if n:
            self._states()[:n] = scores
        self._length = n
        self._lattice = None

    def _states(self) -> np.ndarray:
        """crfsuite's state scores of the sentence set, as an array over its
        memory (made again when crfsuite has moved them to a larger one)."""
        context = self._context
        at, rows = context.state, context.cap_items
        view = self._state_view
        if view is None or self._state_at != at or len(view) != rows:
            tags = len(self.labels)
            view = np.frombuffer(_doubles(rows * tags).from_address(at)).reshape(rows, tags)
            self._state_view, self._state_at = view, at
        return view

    def set_attributes(self, matrix: np.ndarray) -> None:
        """``set`` as crfsuite computes the state scores: the instance made of
        the attributes' ids. Give the tagger a sentence: ``matrix[t]`` the ids of character
        ``t``'s attributes in order, -1 where the model lacks one (left out,
        as crfsuite leaves out a string it does not know), each of value 1."""
        n = len(matrix)
        if n == 0:  # an empty stretch (``sentence_items`` gives a list)
            self._instance.num_items = self._instance.cap_items = 0
            self._set(self._tagger_address, self._instance)
            self._length = 0
            self._lattice = None
            return
        present = matrix >= 0
        counts = present.sum(axis=1, dtype=np.int64)
        ids = matrix[present]  # row by row: each character's in its order
        self._room(n, len(ids))
        self._contents["aid"][: len(ids)] = ids
        items = self._items[:n]
        items["num"] = counts
        items["cap"] = counts
        starts = np.cumsum(counts)
        starts -= counts
        starts *= ATTRIBUTE.itemsize
        starts += self._contents_at
        items["contents"] = starts
        instance = self._instance
        instance.num_items = instance.cap_items = n
        if self._set(self._tagger_address, instance):
            raise RuntimeError("crfsuite did not take the sentence")
        self._length = n
        self._lattice = None

    def viterbi(self) -> np.ndarray:
        """The best tags' ids, one a character of the sentence set."""
        if self._length == 0:  # crfsuite's viterbi would write before the path
            return self._path[:0]
        self._viterbi(self._tagger_address, self._path_at, self._score)
        return self._path[: self._length]

    def marginals(self, tag: int) -> list[float]:
        """The marginal probability of tag ``tag`` at every character of the
        sentence set, as crfsuite's ``marginal_point`` gives each."""
        if self._lattice is None:
            n = self._length
            if n == 0:
                return []
            probability = _DOUBLE()
            # computes the sentence's forward and backward scores once
            self._marginal_point(self._tagger_address, 0, 0, probability)
            context = self._context
            size = n * context.num_labels
            self._lattice = (
                np.frombuffer(_doubles(size).from_address(context.alpha_score)),
                np.frombuffer(_doubles(size).from_address(context.beta_score)),
                np.frombuffer(_doubles(n).from_address(context.scale_factor)),
            )
        alpha, beta, scale = self._lattice
        step = len(self.labels)
        column = alpha[tag::step] * beta[tag::step]
        column /= scale
        return column.tolist()

    def close(self) -> None:
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            self._model.release(handle)

    def __del__(self):
        with suppress(AttributeError, TypeError, ValueError):  # at the interpreter's exit
            self.close()


def state_weights(model_bytes: bytes, tags: int) -> np.ndarray | None:
    """A crfsuite model's state weights as a matrix: row ``a`` holds, at
    each tag's column, the weight of attribute ``a``'s feature for that tag
    (0 where it has none); one more row of zeros, which -1 reads. Read as
    crfsuite reads them (``crf1dt_state_score``): an attribute's features
    are those its reference list names (``AFRF``: an offset an attribute,
    to a count and that many feature ids), each adding its weight to its
    destination tag. None where summing a row at once would not give
    crfsuite's sums bit for bit (an attribute with two features for one
    tag, which crfsuite adds one after the other) or the file is not laid
    out so (``model_problem`` has checked every offset before)."""
    from models.learn.crf_file import FEATURE, HEADER

    try:
        data = np.frombuffer(model_bytes, dtype=np.uint8)
        header = HEADER.unpack_from(model_bytes, 0)
        attributes, off_features, off_attrrefs = header[6], header[7], header[11]
        (count,) = struct.unpack_from("<I", model_bytes, off_features + 8)
        features = np.frombuffer(model_bytes, dtype=FEATURE, count=count, offset=off_features + 12)
        offsets = np.frombuffer(
            model_bytes, dtype="<u4", count=attributes, offset=off_attrrefs + 12
        ).astype(np.int64)
        counts = _u32(data, offsets)
        total = int(counts.sum())
        firsts = np.cumsum(counts) - counts
        places = np.repeat(offsets + 4 - 4 * firsts, counts) + 4 * np.arange(total)
        fids = _u32(data, places)
        owners = np.repeat(np.arange(attributes, dtype=np.int64), counts)
    except (struct.error, ValueError, IndexError):
        return None
    if total and (fids.max() >= count or len(features) != count):
        return None
    destinations = features["dst"][fids].astype(np.int64)
    if total and destinations.max() >= tags:
        return None
    keys = owners * tags + destinations
    if len(np.unique(keys)) != total:
        return None  # two features of one attribute for one tag
    weights = np.zeros((attributes + 1, tags))
    weights[owners, destinations] = features["weight"][fids]
    weights[weights == 0.0] = 0.0  # no -0.0: crfsuite's sums start from +0.0
    return weights


def _u32(data: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The little-endian 32-bit values at each of the positions ``at``."""
    return (
        data[at].astype(np.int64)
        | (data[at + 1].astype(np.int64) << 8)
        | (data[at + 2].astype(np.int64) << 16)
        | (data[at + 3].astype(np.int64) << 24)
    )
