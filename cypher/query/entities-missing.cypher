// Which of the ids $ids name no person, organization, territory or group (each a seek on entity_id).
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e
WHERE e IS NULL
RETURN collect(id) AS missing
