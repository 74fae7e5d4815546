// Whether the committed graph holds a statement said between $from and $to (the days of one week of link.LinkKeys):
// load.RecentLinkKeys asks it once per week, the first time a load meets the week, to know whether the statements it
// commits itself are all there is of that week. One row if so, none if not: a seek in the statement_date index.
// $from: date, $to: date
MATCH (s:Statement)
WHERE s.date >= $from AND s.date <= $to
RETURN s.id AS id
LIMIT 1
