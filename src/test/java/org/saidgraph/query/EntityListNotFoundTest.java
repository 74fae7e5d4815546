package org.saidgraph.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saidgraph.support.ReadPath;
import org.saidgraph.support.TestGraph;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The lists of an entity's statements, positions and utterances learn that the entity is there from their own query
 * (issue 9: no query of its own for the 404, {@link EntityQueries#found}), and answer an unknown id, or an id of
 * another kind, with the same 404 as the entity's own look-up; an entity that is there gets its list, even an empty
 * one; on both read paths.
 */
class EntityListNotFoundTest {

    private static final TerritoryFilter ALONE = new TerritoryFilter(false, false, null, false);
    private static final TerritoryFilter WITH_PARTS = new TerritoryFilter(true, true, null, false);
    private static final Page.Request FIRST = new Page.Request(0, 20);

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

    /** Every entity list, for one kind and id. */
    private static List<Consumer<String>> lists(ReadPath path, EntityQueries.Kind kind) {
        StatementQueries statements = new StatementQueries(neo4j.graph(path), new StatementCards(neo4j.graph(path)),
                new Acts());
        UtteranceQueries utterances = new UtteranceQueries(neo4j.graph(path), new StatementCards(neo4j.graph(path)));
        if (kind == EntityQueries.Kind.TERRITORY) {
            return List.of(id -> statements.aboutTerritory(id, ALONE, FIRST),
                    id -> statements.aboutTerritory(id, WITH_PARTS, FIRST),
                    id -> statements.aboutTerritory(id, new TerritoryFilter(false, false, "hold", false), FIRST),
                    id -> statements.positions(id, ALONE, FIRST),
                    id -> statements.positions(id, WITH_PARTS, FIRST));
        }
        return List.of(id -> statements.saidBy(kind, id, FIRST), id -> utterances.distinctSaidBy(kind, id, FIRST));
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void anEntityOfTheKindGetsItsListsEvenEmpty(ReadPath path) {
        StatementQueries statements = new StatementQueries(neo4j.graph(path), new StatementCards(neo4j.graph(path)),
                new Acts());
        assertThat(statements.saidBy(EntityQueries.Kind.PERSON, "ana-vell", FIRST).total()).isZero();
        assertThat(statements.positions("vellmark", ALONE, FIRST).items()).isEmpty();
        assertThat(statements.aboutTerritory("vellmark", WITH_PARTS, FIRST).totalIsLowerBound()).isFalse();
        assertThat(new UtteranceQueries(neo4j.graph(path), new StatementCards(neo4j.graph(path)))
                .distinctSaidBy(EntityQueries.Kind.PERSON, "ana-vell", FIRST).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ReadPath.class)
    void anUnknownIdOrAnIdOfAnotherKindIsTheSame404AsTheEntitysOwnLookUp(ReadPath path) {
        EntityQueries entities = new EntityQueries(neo4j.graph(path));
        for (String[] c : new String[][]{{"PERSON", "nobody"}, {"TERRITORY", "ana-vell"}, {"TERRITORY", "nowhere"},
                {"PERSON", "vellmark"}, {"ORGANIZATION", "ana-vell"}, {"GROUP", "ana-vell"}}) {
            EntityQueries.Kind kind = EntityQueries.Kind.valueOf(c[0]);
            Throwable byEntity = catchThrowable(() -> entities.entity(kind, c[1]));
            assertThat(byEntity).isInstanceOf(NotFoundException.class);
            for (Consumer<String> list : lists(path, kind)) {
                assertThatThrownBy(() -> list.accept(c[1])).as("%s %s", kind, c[1])
                        .isInstanceOf(NotFoundException.class).hasMessage(byEntity.getMessage());
            }
        }
    }
}
