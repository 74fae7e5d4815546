package org.saidgraph.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saidgraph.support.ReadPath;
import org.saidgraph.support.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The lists of an entity's statements, positions and utterances check only that the entity is there
 * ({@link EntityQueries#require}) instead of building its whole answer ({@link EntityQueries#entity}), and answer an
 * unknown id, or an id of another kind, with the same 404 as the entity's own look-up; on both read paths.
 */
class EntityRequireTest {

    private static TestGraph neo4j;

    @BeforeAll
    static void graph() {
        neo4j = TestGraph.shared();
        neo4j.clear();
        neo4j.run("CREATE (:Entity:Person {id: 'ana-vell', name: 'Ana Vell'}), "
                + "(:Entity:Territory {id: 'vellmark', name: 'Vellmark'})");
    }

    @AfterAll
    static void clear() {
        neo4j.clear();
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void anEntityOfTheKindIsThere(ReadPath path) {
        EntityQueries entities = new EntityQueries(neo4j.graph(path));
        entities.require(EntityQueries.Kind.PERSON, "ana-vell");
        entities.require(EntityQueries.Kind.TERRITORY, "vellmark");
        assertThat(entities.entity(EntityQueries.Kind.PERSON, "ana-vell").id()).isEqualTo("ana-vell");
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void anUnknownIdOrAnIdOfAnotherKindIsTheSame404AsTheEntitysOwnLookUp(ReadPath path) {
        EntityQueries entities = new EntityQueries(neo4j.graph(path));
        for (String[] c : new String[][]{{"PERSON", "nobody"}, {"TERRITORY", "ana-vell"}, {"PERSON", "vellmark"},
                {"ORGANIZATION", "ana-vell"}}) {
            EntityQueries.Kind kind = EntityQueries.Kind.valueOf(c[0]);
            Throwable byEntity = catchThrowable(() -> entities.entity(kind, c[1]));
            assertThat(byEntity).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> entities.require(kind, c[1])).isInstanceOf(NotFoundException.class)
                    .hasMessage(byEntity.getMessage());
        }
    }
}
