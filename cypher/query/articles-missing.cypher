// Which of the ids $ids name no article (each a seek on article_id).
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
WITH id, a
WHERE a IS NULL
RETURN collect(id) AS missing
