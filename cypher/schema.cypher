// Constraints and indexes of the saidgraph model. Applied at every start; each is idempotent (IF NOT EXISTS).

// Every node has a unique readable id. Entity is the label all people, organizations, territories and groups
// share, so that one id never names two things of different kinds.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT territory_id IF NOT EXISTS FOR (n:Territory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;

// Full-text search over what was said: statement_words over the statement's words, its evidence and its passage (the
// article's own words around it), folding case and diacritics, for /api/statements?q=. (statement_text, over the
// words alone, was dropped: nothing read it, and each commit paid for it; graph/retired-schema.cypher.)
CREATE FULLTEXT INDEX statement_words IF NOT EXISTS FOR (s:Statement) ON EACH [s.text, s.evidence, s.passage]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// Full-text search over articles' titles and text, for /api/search.
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Look-ups by name and alias, case- and diacritic-insensitive: the standard-folding analyzer lower-cases and folds
// "Nausėda" to "nauseda". nameText holds the name and every alias, one per line.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Territory|Group) ON EACH [n.nameText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Filters the query API uses.
CREATE INDEX statement_act IF NOT EXISTS FOR (s:Statement) ON (s.act);
// s.date is the day a statement's words were said, and s.dateSource where it comes from: 'text' (the article states
// it), 'external' (a curator established it) or 'published' (the loader gave it its article's published date). Every
// statement of an article with a published date has one; the date filters of /api/statements and the timelines read
// this one property.
CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.date);
// Articles by date, for the date ranges of /api/statements (statements loaded without a date take their article's).
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
// Whether a position (position=remain-russian) is taken anywhere, without reading every mention.
CREATE INDEX mentions_position IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.position);

// The explorer's opening view: the most-quoted speakers, read in order from this index (count-statements.cypher keeps
// the count).
CREATE INDEX entity_statement_count IF NOT EXISTS FOR (n:Entity) ON (n.statementCount);

// Across articles: the same words of the same speaker reported by several articles are one Utterance
// (cypher/link/). Statements keep their linking keys (link.LinkKeys) in linkKeys, a space-separated list of short
// hashes, so that the few statements that may be the same utterance as a new one are found by index look-ups, however
// large the corpus. That index is eventually consistent: Neo4j updates it on a thread of its own after each commit
// instead of inside it, where it was the largest part of a loading batch's commit (BENCHMARKS.md); the loader waits
// for it to catch up (link/await-link-keys.cypher) before it reads it, so it never misses a committed statement.
CREATE CONSTRAINT utterance_id IF NOT EXISTS FOR (u:Utterance) REQUIRE u.id IS UNIQUE;
CREATE INDEX utterance_speaker IF NOT EXISTS FOR (u:Utterance) ON (u.speaker);
// A speaker's dated utterances newest first, a page at a time (query/speaker-utterances.cypher, issue 9): with the
// speaker fixed, Neo4j reads this index in date order and stops after the page, where utterance_speaker made it read
// and sort all of a much-quoted speaker's utterances. Undated utterances are not in it (a composite index holds only
// nodes with every property); they come last and are read from utterance_speaker.
CREATE INDEX utterance_speaker_date IF NOT EXISTS FOR (u:Utterance) ON (u.speaker, u.date);
CREATE FULLTEXT INDEX statement_link_keys_eventual IF NOT EXISTS FOR (s:Statement) ON EACH [s.linkKeys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: true}};

// A hub's statements a page at a time, newest first, without reading all of them (issue 9): the statements of a
// speaker and those mentioning an entity, in the order the lists show them (load/sort-keys.cypher keeps sortKey,
// speaker and MENTIONS.entity). With the speaker's or entity's id fixed, Neo4j reads these indexes in sortKey order and
// stops after the page.
CREATE INDEX statement_speaker_order IF NOT EXISTS FOR (s:Statement) ON (s.speaker, s.sortKey);
CREATE INDEX mentions_entity_order IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.entity, m.sortKey);

// Stances (load/stances.cypher): the positions taken on each territory with their counts, kept at load time so that
// /api/territories/{id}/positions reads a territory's few stances, its most frequent speakers and the first
// statements of each position from these indexes, in order, whatever the number of statements.
CREATE CONSTRAINT stance_key IF NOT EXISTS FOR (n:Stance) REQUIRE n.key IS UNIQUE;
CREATE INDEX takes_rank IF NOT EXISTS FOR ()-[r:TAKES]-() ON (r.rank);
CREATE INDEX takes_first_hand_rank IF NOT EXISTS FOR ()-[r:TAKES]-() ON (r.firstHandRank);
CREATE INDEX mentions_stance_order IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.stanceOrder);
// The mentions of statements that take one position on several territories (load/stances.cypher), so that a
// territory's positions with its parts count each statement once by reading only those.
CREATE INDEX mentions_shared_order IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.sharedOrder);
