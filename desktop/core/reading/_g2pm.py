"""g2pM's polyphone model (Park & Lee, Interspeech 2020), run with plain numpy.

The weights come from the installed ``g2pM`` package (Apache License 2.0).  Its own
``G2pM.__call__`` returns only the arg-max over all 876 syllables; we need the
probabilities restricted to the readings a character can actually have, and one
input projection per vocabulary entry computed once, so we run the same
bi-LSTM + two-layer head here (on the CPP dev split the restriction changes one answer:
g2pM's own arg-max reads 於 as guan1).  Importing this module imports numpy: import it
lazily.
"""

from __future__ import annotations

import pickle
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float32]

_UNK = "<UNK>"
_BOS = "시"  # g2pM's start/end tokens are Hangul syllables
_EOS = "끝"


def _load_pickle(name: str) -> Any:
    # The files ship inside the g2pM wheel; they are the package's own data.
    with resources.files("g2pM").joinpath(name).open("rb") as fh:
        return pickle.load(fh)


class _BiLSTM:
    """Both LSTM directions stepped together: one matmul and one tanh per time step.

    Gates follow PyTorch's order (i, f, g, o).  The i, f and o pre-activations are halved
    up front so that sigmoid(x) = 0.5 * tanh(x / 2) + 0.5 comes out of the same tanh.
    """

    def __init__(self, sd: dict[str, Array], emb: Array) -> None:
        hidden = sd["lstm.weight_hh_l0"].shape[1]
        scale = np.full(4 * hidden, 0.5, dtype=np.float32)
        scale[2 * hidden : 3 * hidden] = 1.0  # the g gate is a plain tanh
        projections = []
        w_hh = np.zeros((2 * hidden, 8 * hidden), dtype=np.float32)
        for k, suffix in enumerate(("", "_reverse")):
            bias = sd[f"lstm.bias_ih_l0{suffix}"] + sd[f"lstm.bias_hh_l0{suffix}"]
            projections.append((emb @ sd[f"lstm.weight_ih_l0{suffix}"].T + bias) * scale)
            block = sd[f"lstm.weight_hh_l0{suffix}"].T * scale
            w_hh[k * hidden : (k + 1) * hidden, k * 4 * hidden : (k + 1) * 4 * hidden] = block
        self._fw_proj, self._bw_proj = projections
        self._w_hh = w_hh
        self._hidden = hidden

    def run(self, ids: npt.NDArray[np.int64]) -> Array:
        """Hidden states (T, 2H): forward state, then backward state, per position."""
        n, hidden = len(ids), self._hidden
        xs = np.concatenate([self._fw_proj[ids], self._bw_proj[ids[::-1]]], axis=1)
        xs = xs.reshape(n, 2, 4, hidden)
        h = np.zeros((2, hidden), dtype=np.float32)
        c = np.zeros((2, hidden), dtype=np.float32)
        out = np.empty((n, 2, hidden), dtype=np.float32)
        w_hh = self._w_hh
        for t in range(n):
            z = np.tanh(xs[t] + (h.reshape(-1) @ w_hh).reshape(2, 4, hidden))
            s = z * 0.5 + 0.5
            c = s[:, 1] * c + s[:, 0] * z[:, 2]
            h = s[:, 3] * np.tanh(c)
            out[t] = h
        # out[t, 1] is the backward state after reading ids[n-1-t]: flip it into place.
        return np.concatenate([out[:, 0], out[::-1, 1]], axis=1)


class G2pModel:
    """Polyphone disambiguation: per-character reading distributions for a sentence."""

    def __init__(self) -> None:
        self.char2idx: dict[str, int] = _load_pickle("char2idx.pkl")
        class2idx: dict[str, int] = _load_pickle("class2idx.pkl")
        self.classes: list[str] = [""] * len(class2idx)
        for pron, idx in class2idx.items():
            self.classes[idx] = pron.replace("u:", "v")
        self._class_index = {c: i for i, c in enumerate(self.classes)}
        digest: dict[str, list[str]] = _load_pickle("digest_cedict.pkl")
        # Characters the model was trained to disambiguate, with their candidate readings.
        self.candidates: dict[str, list[str]] = {
            ch: [p.replace("u:", "v") for p in prons]
            for ch, prons in digest.items()
            if len(prons) > 1
        }
        self.single: dict[str, str] = {
            ch: prons[0].replace("u:", "v") for ch, prons in digest.items() if len(prons) == 1
        }
        sd: dict[str, Array] = _load_pickle("np_ckpt.pkl")
        self._lstm = _BiLSTM(sd, sd["embedding.weight"])
        self._w0 = sd["logit_layer.0.weight"].T
        self._b0 = sd["logit_layer.0.bias"]
        self._w1 = sd["logit_layer.2.weight"].T
        self._b1 = sd["logit_layer.2.bias"]

    def predict(self, text: str) -> dict[int, dict[str, float]]:
        """For each polyphone position in ``text``: {reading: probability} over its candidates."""
        poly = [i for i, ch in enumerate(text) if ch in self.candidates]
        if not poly:
            return {}
        unk = self.char2idx[_UNK]
        ids = np.array(
            [
                self.char2idx[_BOS],
                *(self.char2idx.get(ch, unk) for ch in text),
                self.char2idx[_EOS],
            ],
            dtype=np.int64,
        )
        rows = [i + 1 for i in poly]  # +1 for the start token
        hidden = self._lstm.run(ids)[rows]
        logits = np.maximum(hidden @ self._w0 + self._b0, 0.0) @ self._w1 + self._b1
        return {i: self._distribution(text[i], row) for i, row in zip(poly, logits, strict=True)}

    def _distribution(self, ch: str, logits: Array) -> dict[str, float]:
        cands = [c for c in self.candidates[ch] if c in self._class_index]
        if not cands:
            return {}
        z = np.array([logits[self._class_index[c]] for c in cands], dtype=np.float64)
        p = np.exp(z - z.max())
        p /= p.sum()
        return {c: float(v) for c, v in zip(cands, p, strict=True)}
