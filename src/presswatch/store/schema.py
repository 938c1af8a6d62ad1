"""The store's tables: a public interface, documented in the README.

Plain tables with plain column types, so that anyone can open the database with any SQL
tool. Three kinds of tables live here:

* what ingest wrote, one transaction per article: ``articles``, ``quotes``,
  ``interactions`` (+ ``interaction_participants``), ``article_people`` (the article's own
  people entries, the compact input of linking), ``boilerplate``, ``article_credits``;
* what is derived from those after each batch and may be rebuilt at any time: ``people``,
  ``person_aliases``, ``person_roles``, ``quote_people``, ``stories``, ``article_stories``,
  ``events`` (+ ``event_mentions``, ``event_people``), ``quote_variants``, ``speakers``;
* what only a user writes: ``corrections``, never touched by ingest or re-annotation.

Changing a table means adding a named migration in :mod:`presswatch.store.migrations`
(``ALTER TABLE ...``), never editing what ``0001_tables`` created on existing databases.
``0001_tables`` creates the tables as defined here on a new database, so a later migration
adds only what an older database lacks (columns and tables marked with their migration).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def _article_fk() -> ForeignKey:
    """A new foreign key to ``articles.id`` (one object per column): deleting an article
    deletes its annotations."""
    return ForeignKey("articles.id", ondelete="CASCADE")



schema_migrations = Table(
    "schema_migrations", metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(40), primary_key=True),  # sha1 of normalised text + url
    Column("input_id", Text),  # the id the input gave (file stem, JSON id)
    Column("url", Text, unique=True),
    Column("text_hash", String(40), nullable=False, unique=True),  # sha1 of normalised text
    Column("outlet", Text),
    Column("date", String(10)),  # ISO day, or YYYY-MM when only the month is known
    Column("date_inferred", Boolean, nullable=False, default=False),
    # 0003: what an inferred date comes from: interactions (the article's own), event
    # (the events it reports), story (its story's first date); None for the article's own
    Column("date_basis", String(20)),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("source", Text),
    Column("pipeline_version", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("byline", Text),  # 0003: who signed it ("Jean Dupont"), as the text gives it
    # 0005: its keywords and their counts (JSON), what story grouping compares
    Column("keywords", Text),
)
Index("articles_date", articles.c.date)
Index("articles_outlet", articles.c.outlet)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(40), _article_fk(), nullable=False),
    Column("quote_id", String(20), nullable=False),  # the pipeline's id in its article: q3
    Column("key", String(80), nullable=False, unique=True),  # article_id:start-end
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(20)),
    Column("speaker", Text),
    Column("speaker_folded", Text),
    Column("act", String(20)),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("mention", Text),
    Column("addressee", Text),
    Column("said_on", String(10)),
    Column("said_at", Text),
    Column("parent", String(20)),
    Column("in_boilerplate", Boolean, nullable=False, default=False),
    Column("confidence", Float),
    Column("sentence", Text),
    Column("sentence_start", Integer),
    Column("pipeline_version", Text, nullable=False),
    # 0004: said_on, else the article's date (kept in step when an inferred date changes):
    # the date a quote is listed under, denormalised so a speaker's page reads one index
    Column("said_when", String(10)),
    UniqueConstraint("article_id", "quote_id", name="quotes_article_quote"),
)
Index("quotes_act", quotes.c.act)
quotes_by_speaker = Index(  # 0004 (replaces quotes_speaker_folded): in listing order
    "quotes_speaker_when", quotes.c.speaker_folded, quotes.c.said_when, quotes.c.article_id,
    quotes.c.start, quotes.c.key)
quotes_said_on = Index("quotes_said_on", quotes.c.said_on)  # 0003: date-range queries
quotes_by_date = Index(  # 0009: a date range's page in listing order, from one index
    "quotes_when", quotes.c.said_when, quotes.c.article_id, quotes.c.start, quotes.c.key)

article_people = Table(
    "article_people", metadata,
    Column("article_id", String(40), _article_fk(), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("gender", String(1)),
    Column("names", Text, nullable=False),  # JSON list of the names the article used
    Column("roles", Text, nullable=False),  # JSON list of role phrases as written
    Column("mentions", Integer, nullable=False, default=0),
    PrimaryKeyConstraint("article_id", "idx"),
)

interactions = Table(
    "interactions", metadata,
    Column("article_id", String(40), _article_fk(), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("type", String(40), nullable=False),
    Column("place", Text),
    Column("date", String(10)),
    Column("trigger", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    PrimaryKeyConstraint("article_id", "idx"),
)

interaction_participants = Table(
    "interaction_participants", metadata,
    Column("article_id", String(40), _article_fk(), nullable=False),
    Column("interaction_idx", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("participant", Text, nullable=False),
    PrimaryKeyConstraint("article_id", "interaction_idx", "position"),
)

boilerplate = Table(
    "boilerplate", metadata,
    Column("article_id", String(40), _article_fk(), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(20)),
    PrimaryKeyConstraint("article_id", "start"),
)

article_credits = Table(  # 0003
    "article_credits", metadata,
    Column("article_id", String(40), _article_fk(), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("name", Text, nullable=False),  # "AFP" (an agency's listed name), "Le Monde"
    Column("name_folded", Text, nullable=False),
    Column("kind", String(10), nullable=False),  # agency | outlet
    Column("phrase", Text),  # the words that credit it: "Avec des informations de ..."
    Column("start", Integer),  # offsets of the name in articles.text
    Column("end", Integer),
    PrimaryKeyConstraint("article_id", "idx"),
)
Index("article_credits_name", article_credits.c.name_folded)

# ---- derived after each batch (rebuilt whole) ----

people = Table(
    "people", metadata,
    Column("id", String(20), primary_key=True),
    Column("name", Text, nullable=False),
    Column("articles", Integer, nullable=False, default=0),
    Column("quotes", Integer, nullable=False, default=0),
    Column("pinned", Boolean, nullable=False, default=False),
    Column("statements", Integer, default=0),  # 0003: distinct statements, not reprints
)

person_aliases = Table(
    "person_aliases", metadata,
    Column("person_id", String(20), ForeignKey("people.id", ondelete="CASCADE"),
           nullable=False),
    Column("alias", Text, nullable=False),
    Column("alias_folded", Text, nullable=False),
    Column("count", Integer, nullable=False, default=0),
    PrimaryKeyConstraint("person_id", "alias"),
)
Index("person_aliases_folded", person_aliases.c.alias_folded)

person_roles = Table(
    "person_roles", metadata,
    Column("person_id", String(20), ForeignKey("people.id", ondelete="CASCADE"),
           nullable=False),
    Column("role", Text, nullable=False),
    Column("role_key", Text, nullable=False),  # the role's canonical words, sorted
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("count", Integer, nullable=False, default=0),
    PrimaryKeyConstraint("person_id", "role_key"),
)

quote_people = Table(
    "quote_people", metadata,
    Column("quote_key", String(80), nullable=False),
    Column("person_id", String(20), ForeignKey("people.id", ondelete="CASCADE"),
           nullable=False),
    Column("how", String(20), nullable=False),  # name | role | correction
    Column("statement", String(20)),  # 0003: quotes of one statement of this person share it
    # 0004: the quote's said_when, article_id and start, copied so that a person's quotes
    # come out of one index in listing order without reading every quote
    Column("said_when", String(10)),
    Column("article_id", String(40)),
    Column("start", Integer),
    PrimaryKeyConstraint("quote_key", "person_id"),
)
quote_people_by_person = Index(  # 0004 (replaces quote_people_person): in listing order
    "quote_people_person_when", quote_people.c.person_id, quote_people.c.said_when,
    quote_people.c.article_id, quote_people.c.start, quote_people.c.quote_key)

speakers = Table(  # 0004: every distinct quotes.speaker_folded, so that a speaker filter
    "speakers", metadata,  # matches part of a name against hundreds of rows, not every quote
    Column("speaker_folded", Text, primary_key=True),
    # a person every quote of this string is linked to (None: there is none, or quotes were
    # written since the last recompute): a speaker's page finds those quotes by the person
    Column("person_id", String(20)),
)

participant_people = Table(
    "participant_people", metadata,
    Column("article_id", String(40), nullable=False),
    Column("interaction_idx", Integer, nullable=False),
    Column("person_id", String(20), ForeignKey("people.id", ondelete="CASCADE"),
           nullable=False),
    PrimaryKeyConstraint("article_id", "interaction_idx", "person_id"),
)
Index("participant_people_person", participant_people.c.person_id)

stories = Table(
    "stories", metadata,
    Column("id", String(20), primary_key=True),
    Column("label", Text, nullable=False),
    Column("first_date", String(10)),
    Column("last_date", String(10)),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
)

article_stories = Table(
    "article_stories", metadata,
    Column("article_id", String(40), _article_fk(), primary_key=True),
    Column("story_id", String(20), ForeignKey("stories.id", ondelete="CASCADE"),
           nullable=False),
)
Index("article_stories_story", article_stories.c.story_id)

events = Table(  # 0003
    "events", metadata,
    Column("id", String(20), primary_key=True),
    Column("type", String(40), nullable=False),  # the type most of its mentions give
    Column("types", Text, nullable=False),  # every type outlets gave it: "meeting, talks"
    Column("place", Text),
    Column("date", String(10)),
    Column("date_inferred", Boolean, nullable=False, default=False),  # from article dates
    Column("label", Text, nullable=False),
    Column("story_id", String(20)),
    Column("mentions", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
)
Index("events_date", events.c.date)

event_mentions = Table(  # 0003: interaction mention -> the event it reports
    "event_mentions", metadata,
    Column("article_id", String(40), nullable=False),
    Column("interaction_idx", Integer, nullable=False),
    Column("event_id", String(20), ForeignKey("events.id", ondelete="CASCADE"),
           nullable=False),
    PrimaryKeyConstraint("article_id", "interaction_idx"),
)
Index("event_mentions_event", event_mentions.c.event_id)

event_people = Table(  # 0003: an event's canonical participants
    "event_people", metadata,
    Column("event_id", String(20), ForeignKey("events.id", ondelete="CASCADE"),
           nullable=False),
    Column("person_id", String(20), ForeignKey("people.id", ondelete="CASCADE"),
           nullable=False),
    Column("mentions", Integer, nullable=False),  # how many of its mentions name them
    PrimaryKeyConstraint("event_id", "person_id"),
)
Index("event_people_person", event_people.c.person_id)

quote_variants = Table(  # 0003: two renderings of one statement, one row each way
    "quote_variants", metadata,
    Column("quote_key", String(80), nullable=False),
    Column("variant_key", String(80), nullable=False),
    Column("score", Float, nullable=False),  # 0-100, content-word similarity
    Column("shared_words", Integer, nullable=False),
    Column("how", String(10), nullable=False),  # reprint | variant
    PrimaryKeyConstraint("quote_key", "variant_key"),
)

derive_state = Table(  # 0007: what the derived tables were last brought up to date from
    "derive_state", metadata,
    Column("name", String(40), primary_key=True),  # "derived": present while up to date
    Column("value", Text, nullable=False),  # a digest of the identities they used
)

story_articles = Table(  # 0011: what story grouping left for the next recompute (kept with
    "story_articles", metadata,  # derive_state's "stories" row, which says they are valid)
    Column("article_id", String(40), primary_key=True),
    Column("digest", String(20), nullable=False),  # of everything grouping read of it
    Column("names", Text, nullable=False),  # JSON list: its keywords written with a capital
    Column("part", String(40)),  # smallest article id of its part of the story graph
    Column("grp", String(40)),  # smallest article id of its group in that part
)

story_terms = Table(  # 0011: in how many articles each keyword is (document frequencies)
    "story_terms", metadata,
    Column("term", Text, primary_key=True),
    Column("df", Integer, nullable=False),
)

# 0012: the other states a recompute leaves for the next, one row per key (each valid only
# with its derive_state row of the same name, which holds the version they were made under)
quote_inputs = Table(  # what the quotes of an article were last resolved from
    "quote_inputs", metadata,
    Column("article_id", String(40), primary_key=True),
    Column("story", Text, nullable=False),  # its story id ("" for none)
    Column("day", Text, nullable=False),  # its date, own or inferred ("" for none)
    Column("digest", Text, nullable=False),  # of its names and its story's people
)

event_digests = Table(  # what each stored event was made from, and its component
    "event_digests", metadata,
    Column("event_id", String(20), primary_key=True),
    Column("digest", Text, nullable=False),
    Column("component", Text, nullable=False),  # least event id of its component
)

story_labels = Table(  # each story's label and a digest of what it was made from
    "story_labels", metadata,
    Column("story_id", String(20), primary_key=True),
    Column("digest", Text, nullable=False),
    Column("label", Text, nullable=False),
)

# ---- written by users only ----

corrections = Table(
    "corrections", metadata,
    Column("quote_key", String(80), nullable=False),  # article_id:start-end, no foreign key:
    Column("field", String(20), nullable=False),  # it outlives re-annotation of the quote
    Column("value", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    PrimaryKeyConstraint("quote_key", "field"),
)

story_corrections = Table(  # 0006: an analyst's story merges and splits, by article
    "story_corrections", metadata,
    Column("article_id", String(40), primary_key=True),  # no foreign key: outlives rebuilds
    Column("with_article", String(40)),  # in that article's story; None: in no story
    Column("created_at", DateTime(timezone=True), nullable=False),
)

interaction_corrections = Table(  # 0007: an analyst's fixes of interaction mentions
    "interaction_corrections", metadata,
    Column("article_id", String(40), nullable=False),  # no foreign key: outlives rebuilds
    Column("trigger_start", Integer, nullable=False),  # where its trigger starts in the text
    Column("field", String(20), nullable=False),  # type | participants | deleted
    Column("value", Text),  # participants: a JSON list
    Column("created_at", DateTime(timezone=True), nullable=False),
    PrimaryKeyConstraint("article_id", "trigger_start", "field"),
)

DERIVED_TABLES = (quote_variants, event_people, event_mentions, events, quote_people,
                  participant_people, person_aliases, person_roles, article_stories, stories,
                  people, speakers)
"""Rebuilt whole after each ingest batch, in this order of deletion (``speakers`` is also
added to as quotes are written, and pruned here)."""

ANNOTATION_TABLES = (quotes, interaction_participants, interactions, article_people,
                     boilerplate, article_credits)
"""One article's annotations, replaced together when it is re-annotated."""

CORRECTABLE_FIELDS = ("speaker", "act", "type", "addressee", "deleted")
"""Quote fields a user may correct; ``deleted`` hides the quote from every read."""
