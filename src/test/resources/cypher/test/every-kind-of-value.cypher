// Every kind of value the API's queries return, and more, for comparing the two read paths (ReadPathsTest).
MATCH (p:ReadProbe {id: $id})
RETURN 1 AS integer, 1.5 AS float, 'text with ė and "quotes"' AS string, true AS boolean, null AS nothing,
       [1, 'a', null, [2]] AS list, {a: 1, b: ['x', 'y'], c: {d: null}} AS map,
       date('2024-02-29') AS date, localdatetime('2024-02-29T10:11:12') AS localDateTime,
       p.aliases AS stringArray, p.numbers AS longArray, p.published AS dateProperty,
       properties(p) AS properties, p {.id, .aliases, missing: p.missing} AS projection,
       [l IN labels(p) | toLower(l)] AS labels, elementId(p) AS elementId, $list AS listParameter,
       $date AS dateParameter
