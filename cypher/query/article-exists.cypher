// Whether an article with this id exists. $id
OPTIONAL MATCH (a:Article {id: $id})
RETURN a IS NOT NULL AS exists
