"""The ``presswatch`` command's parts beyond the group itself (:mod:`presswatch.cli`).

- :mod:`.options`: the options and helpers every command shares (``--db``, ``--format``,
  ``--limit``, opening the store, the identities file).
- :mod:`.queries`: the store's read commands (quotes, people, person, stories, timeline,
  search, events, variants, sources, export, settings).
- :mod:`.edits`: the commands that correct the store (correct, story-fix).
"""
