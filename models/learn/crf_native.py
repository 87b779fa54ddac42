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
        self._length = 0
        self._lattice: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        # the instance given to ``set``: its items and their attributes in
        # arrays kept from one sentence to the next (grown when too small),
        # whose places in memory are known once
        self._instance = _Instance(0, 0, None, None, 1.0, 0)
        self._items = self._contents = self._path = np.zeros(0, dtype=ITEM)
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
        if not native._agrees(ids, reference):
            native.close()
            return None
        return native

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
        if contents > len(self._contents):
            self._contents = np.zeros(2 * contents, dtype=ATTRIBUTE)
            self._contents["value"] = 1.0  # every attribute's, never written again
            self._contents_at = self._contents.ctypes.data

    def set(self, matrix: np.ndarray) -> None:
        """Give the tagger a sentence: ``matrix[t]`` the ids of character
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
