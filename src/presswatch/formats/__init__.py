"""Writers: what presswatch prints and dumps, one module per kind of output.

- :mod:`.records`: ``annotate``'s article records as jsonl, json, csv, a table or HTML.
- :mod:`.listing`: the rows of a store read (the query commands) as a table, json or csv.
- :mod:`.export`: a whole store dumped to jsonl, csv or Parquet files.
- :mod:`.csvfile`: the one CSV serialiser the three use.
- :mod:`.citation`: how a quote is cited and whether it is shown in « » (only a direct
  quote is); pages, the HTTP API, the query commands and exports all use it.
"""
