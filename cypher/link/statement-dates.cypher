// Every statement gets a date and where it comes from (dateSource): its dataset's date, as stated by the article
// ('text', unless the dataset says otherwise), or else its article's published date ('published'). Only a statement
// of an article without a published date stays undated. Runs after the loader has written the statements.
// $statements: [{id, dateSource}]
UNWIND $statements AS st
MATCH (s:Statement {id: st.id})-[:SOURCED_FROM]->(a:Article)
SET s.dateSource = CASE
      WHEN s.date IS NOT NULL THEN coalesce(st.dateSource, 'text')
      WHEN a.published IS NOT NULL THEN 'published'
      ELSE null END,
    s.date = coalesce(s.date, a.published)
