"""Story grouping for a whole store: the same rule and ids as a single run.

Kept as the store's entry point; the blocked algorithm lives in :mod:`presswatch.stories`.
"""

from __future__ import annotations

from presswatch.stories import group as group_stories
from presswatch.stories import story_id

__all__ = ["group_stories", "story_id"]
