// Who denied whose claim?
MATCH (denier:Entity)-[:SAID]->(denial:Statement)-[:DENIES]->(claim:Statement)<-[:SAID]-(claimant:Entity)
RETURN denier.name AS denier, denial.text AS denial, claimant.name AS claimant, claim.text AS claim
ORDER BY denier, denial
