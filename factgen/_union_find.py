"""Union-find over indices: the sets of records a split keeps together, of sentences that are one group."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

__all__ = ["UnionFind"]


class UnionFind:
    """Union-find over indices ``0..n-1``; each set's root is its smallest index."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def join_by(self, keys: Iterable[Any]) -> None:
        first: dict[Any, int] = {}
        for i, key in enumerate(keys):
            if key is not None:
                self.union(first.setdefault(key, i), i)

    def groups(self) -> list[list[int]]:
        out: defaultdict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())
