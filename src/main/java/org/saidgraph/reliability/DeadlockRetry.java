package org.saidgraph.reliability;

import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.generate.CorpusGenerator;
import org.saidgraph.generate.GeneratorSettings;
import org.saidgraph.graph.Cypher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Issue 7, item 1: a post that deadlocks with another client's transaction is retried inside the server and succeeds.
 * Writes of one server never deadlock each other (they are serialised); another client of the same database can
 * still deadlock with one (a second server on an external database, a Neo4j Browser user), and then the server must
 * retry, not answer an error. Neo4j breaks a deadlock by failing the transaction that holds fewer locks, so the
 * deadlock is arranged with another client that holds many:
 * <ol>
 * <li>the other client creates, uncommitted, the node of the article's first statement and 20,000 filler nodes with
 * unique ids (a lock on each);</li>
 * <li>the article is posted: the server's transaction creates the article node and goes on until it needs that
 * statement, and waits for the other client;</li>
 * <li>the other client asks for the article node, which the server's transaction holds: a deadlock, in which Neo4j
 * fails the server's transaction (fewer locks); the other client gets the article node and lets go of everything.</li>
 * </ol>
 * The other client succeeding proves that the server's transaction was the one failed; the post must still answer
 * 201, with the article complete.
 */
public final class DeadlockRetry {

    private static final Duration STEP = Duration.ofSeconds(60);
    /** How many locks the other client takes besides the one the server waits for: far more than a post takes. */
    private static final int FILLERS = 20_000;

    private final Launcher launcher;
    private final int rounds;

    public DeadlockRetry(Launcher launcher, int rounds) {
        this.launcher = launcher;
        this.rounds = rounds;
    }

    public Proof run(Path work) {
        Proof.Builder proof = new Proof.Builder("1", "A deadlock with another client is retried inside the server");
        List<Dataset> corpus = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(rounds)
                .withSeed(17)).datasets().toList();
        Path data = work.resolve("deadlock-data");
        int provoked = 0;
        int succeeded = 0;
        List<Dataset> posted = new ArrayList<>();
        try (SaidgraphProcess server = SaidgraphProcess.server(launcher, data, "1g", work.resolve("deadlock.log"));
             GraphCensus census = connect(server, data)) {
            Http http = new Http(STEP.multipliedBy(2));
            for (int round = 0; round < rounds; round++) {
                Dataset article = corpus.get(round);
                Outcome outcome = provoke(census, server, http, article);
                provoked += outcome.deadlocked() ? 1 : 0;
                if (outcome.problem() == null) {
                    succeeded++;
                } else {
                    proof.require(false, "round " + (round + 1) + ": " + outcome.problem());
                }
                if (census.articles(List.of(article.article().id())).containsKey(article.article().id())) {
                    posted.add(article);
                }
            }
            GraphCensus.Verdict verdict = census.check(posted);
            long retried = ConcurrentLoad.RETRIED.matcher(server.log()).results().count();
            proof.figure("deadlocks provoked, the server's transaction the one Neo4j failed", provoked)
                    .figure("posts answered 201 after the server retried", succeeded)
                    .figure("retries the server logged", retried)
                    .figure("articles complete afterwards", verdict.complete().size() + " of " + posted.size());
            proof.violations(verdict.violations());
            proof.require(verdict.complete().size() == posted.size(), "absent: " + verdict.absent());
            server.stop();
        }
        return proof.build();
    }

    private static GraphCensus connect(SaidgraphProcess server, Path data) {
        server.awaitHealthy(Duration.ofMinutes(10));
        return GraphCensus.ofServer(server, data);
    }

    /**
     * What a round did: whether it ended in the deadlock designed (the server's transaction failed), and what went
     * otherwise (null when the post then answered 201).
     */
    private record Outcome(boolean deadlocked, String problem) {
    }

    private static Outcome provoke(GraphCensus census, SaidgraphProcess server, Http http, Dataset article) {
        SessionConfig config = SessionConfig.forDatabase("neo4j");
        String statementId = article.statements().get(0).id();
        try (Session session = census.driver().session(config); Transaction other = session.beginTransaction()) {
            other.run(Cypher.query("reliability/deadlock-hold-statements"),
                    Map.of("id", statementId, "n", FILLERS, "prefix", "deadlock-proof-filler-")).consume();
            CompletableFuture<Http.Answer> post = CompletableFuture.supplyAsync(() -> http.post(
                    server.uri("/api/articles"), "application/json", CorpusGenerator.json(article)));
            if (!awaitBlocked(census)) {
                return new Outcome(false, "the post never waited for the other client; it answered "
                        + answerOf(post));
            }
            String otherFailed;
            try {
                other.run(Cypher.query("reliability/deadlock-take-article"), Map.of("id", article.article().id()))
                        .consume();
                otherFailed = null;
            } catch (RuntimeException e) {
                otherFailed = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            other.rollback();
            if (otherFailed != null) {
                return new Outcome(false, "Neo4j failed the other client's transaction, not the server's, so "
                        + "nothing was retried: " + otherFailed);
            }
            Http.Answer answer = post.get(STEP.toSeconds() * 2, TimeUnit.SECONDS);
            return new Outcome(true, answer.status() == 201 ? null
                    : "the post answered " + answer.status() + ": " + answer.body());
        } catch (Exception e) {
            return new Outcome(false, "the arrangement failed: " + e);
        }
    }

    /** Waits until a transaction (the server's) waits for a lock. */
    private static boolean awaitBlocked(GraphCensus census) {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            try (Session session = census.driver().session(SessionConfig.forDatabase("neo4j"))) {
                long blocked = session.run(Cypher.query("reliability/blocked-transactions")).single().get("n")
                        .asLong();
                if (blocked > 0) {
                    return true;
                }
            }
            SaidgraphProcess.sleep(50);
        }
        return false;
    }

    private static String answerOf(CompletableFuture<Http.Answer> post) {
        try {
            Http.Answer answer = post.get(STEP.toSeconds(), TimeUnit.SECONDS);
            return answer.status() + ": " + answer.body();
        } catch (Exception e) {
            return "nothing (" + e + ")";
        }
    }
}
