// How many transactions wait for a lock: the deadlock proof waits until the server's does.
SHOW TRANSACTIONS YIELD status
WHERE status STARTS WITH 'Blocked'
RETURN count(*) AS n
