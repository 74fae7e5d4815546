package org.saidgraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Bolt password is the one configured (or kept in {@code bolt-password}) after every start, although a start
 * whose password is already in place no longer runs {@code ALTER USER}: a changed setting and a password changed over
 * Bolt are both put right at the next start. The first start takes the password from an initial user file, which it
 * does not keep.
 */
class EmbeddedPasswordTest {

    private static final GraphProperties.Embedded SMALL = new GraphProperties.Embedded("32m", "64m");

    @TempDir
    Path home;

    private static EmbeddedNeo4j start(Path home, String password) {
        return EmbeddedNeo4j.start(home, new GraphProperties.Bolt(0, password, List.of()), SMALL);
    }

    private static boolean logsIn(EmbeddedNeo4j db, String password) {
        try (Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.basic(BoltPassword.USER, password))) {
            driver.verifyConnectivity();
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    @Test
    void theConfiguredPasswordHoldsAfterFirstStartRestartAndAChangeOfSetting() {
        try (EmbeddedNeo4j db = start(home, "first-secret-1")) {
            assertThat(logsIn(db, "first-secret-1")).isTrue();
            assertThat(logsIn(db, "neo4j")).as("the default password").isFalse();
            assertThat(home.resolve("data/dbms/auth.ini")).as("the initial user file, once read").doesNotExist();
            assertThat(db.passwordAltered).as("the first start took the initial user file").isFalse();
        }
        try (EmbeddedNeo4j db = start(home, "first-secret-1")) {
            assertThat(db.passwordAltered).as("a restart with the same password").isFalse();
            assertThat(logsIn(db, "first-secret-1")).isTrue();
        }
        try (EmbeddedNeo4j db = start(home, "second-secret-2")) {
            assertThat(db.passwordAltered).as("a changed setting").isTrue();
            assertThat(logsIn(db, "second-secret-2")).isTrue();
            assertThat(logsIn(db, "first-secret-1")).isFalse();
        }
    }

    @Test
    void aPasswordChangedOverBoltIsPutBackAtTheNextStart() {
        try (EmbeddedNeo4j db = start(home, "kept-secret-3");
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.basic(BoltPassword.USER, "kept-secret-3"))) {
            driver.executableQuery("ALTER CURRENT USER SET PASSWORD FROM $old TO $new")
                    .withParameters(Map.of("old", "kept-secret-3", "new", "changed-secret-4"))
                    .withConfig(org.neo4j.driver.QueryConfig.builder().withDatabase("system").build())
                    .execute();
            assertThat(logsIn(db, "changed-secret-4")).isTrue();
        }
        try (EmbeddedNeo4j db = start(home, "kept-secret-3")) {
            assertThat(logsIn(db, "kept-secret-3")).isTrue();
            assertThat(logsIn(db, "changed-secret-4")).isFalse();
        }
    }

    @Test
    void aWrongPasswordIsNotTakenForTheRightOne() {
        try (EmbeddedNeo4j db = start(home, "right-secret-5")) {
            assertThat(EmbeddedNeo4j.passwordIsAlready(db.service(), "wrong-secret-6")).isFalse();
            assertThat(EmbeddedNeo4j.passwordIsAlready(db.service(), "right-secret-5")).isTrue();
        }
    }
}
