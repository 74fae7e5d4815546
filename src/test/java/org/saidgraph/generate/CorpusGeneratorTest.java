package org.saidgraph.generate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generated corpus: valid, deterministic, and shaped like news (skewed speakers, shared entities, re-reports). */
class CorpusGeneratorTest {

    /** 300 articles over 60 days: five a day, so that re-reports fall a few days after their origin. */
    private static final GeneratorSettings SETTINGS = new GeneratorSettings(300, 11, 3000, 400, 60, 300, 30, 10, 1.0,
            0.10, LocalDate.of(2024, 3, 1), 60);
    private static final Pattern SHARED = Pattern.compile("\\.u(\\d+)-(quote|cut|paraphrase)$");

    private static List<Dataset> corpus;
    private static List<Statement> statements;

    @BeforeAll
    static void generate() {
        corpus = new CorpusGenerator(SETTINGS).datasets().toList();
        statements = corpus.stream().flatMap(d -> d.statements().stream()).toList();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherOnes() {
        GeneratorSettings small = SETTINGS.withArticles(40);

        List<byte[]> first = new CorpusGenerator(small).datasets().map(CorpusGenerator::json).toList();
        List<byte[]> again = new CorpusGenerator(small).datasets().map(CorpusGenerator::json).toList();
        List<byte[]> other = new CorpusGenerator(small.withSeed(12)).datasets().map(CorpusGenerator::json).toList();

        assertThat(again).hasSize(40);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).as("article %d", i).isEqualTo(first.get(i));
            assertThat(other.get(i)).as("article %d", i).isNotEqualTo(first.get(i));
        }
    }

    @Test
    void everyGeneratedDatasetPassesTheReaderWithAllItsRules() {
        DatasetReader reader = new DatasetReader();
        for (Dataset dataset : corpus) {
            Dataset read = reader.read(dataset.article().id(), CorpusGenerator.json(dataset));
            assertThat(read).isEqualTo(dataset);
        }
    }

    @Test
    void articlesAreOneToFourKilobytesWithAboutTenStatementsPublishedInOrderOverThePeriod() {
        LocalDate previous = SETTINGS.start();
        for (Dataset dataset : corpus) {
            assertThat(dataset.article().text().getBytes(StandardCharsets.UTF_8).length).isBetween(1024, 4096);
            assertThat(dataset.statements()).hasSizeGreaterThanOrEqualTo(4);
            LocalDate published = LocalDate.parse(dataset.article().published());
            assertThat(published).isAfterOrEqualTo(previous).isBefore(SETTINGS.start().plusDays(SETTINGS.days()));
            previous = published;
            for (Statement statement : dataset.statements()) {
                assertThat(LocalDate.parse(statement.date())).isBeforeOrEqualTo(published);
            }
        }
        assertThat((double) statements.size() / corpus.size()).isBetween(9.0, 12.0);
        assertThat(corpus.stream().map(d -> d.article().publisher()).distinct().count()).isGreaterThan(20);
    }

    @Test
    void aHandfulOfSpeakersSayMostThings() {
        Map<String, Long> bySpeaker = statements.stream()
                .collect(Collectors.groupingBy(Statement::speaker, Collectors.counting()));
        List<Long> counts = bySpeaker.values().stream().sorted((a, b) -> Long.compare(b, a)).toList();

        double top = (double) counts.get(0) / statements.size();
        double topTen = (double) counts.subList(0, 10).stream().mapToLong(Long::longValue).sum() / statements.size();
        assertThat(top).as("the top speaker's share").isGreaterThan(0.05);
        assertThat(topTen).as("the top ten's share").isGreaterThan(0.25);
        assertThat(bySpeaker).as("and a long tail").hasSizeGreaterThan(300);
    }

    @Test
    void entitiesRecurAcrossArticlesWithTheSameNamesAliasesAndFacts() {
        Map<String, Entity> first = new HashMap<>();
        Map<String, Integer> articles = new HashMap<>();
        for (Dataset dataset : corpus) {
            for (Entity entity : dataset.entities()) {
                assertThat(first.computeIfAbsent(entity.id(), id -> entity)).isEqualTo(entity);
                articles.merge(entity.id(), 1, Integer::sum);
            }
        }
        long recurringPeople = articles.entrySet().stream()
                .filter(e -> first.get(e.getKey()).type() == EntityType.PERSON && e.getValue() >= 10).count();
        assertThat(recurringPeople).isGreaterThanOrEqualTo(10);
        assertThat(first.values()).anySatisfy(p -> assertThat(p.roles()).hasSize(2));
        assertThat(first.values()).anySatisfy(t -> assertThat(t.annexationClaimedBy()).isNotEmpty());
        assertThat(first.get("crimea").name()).isEqualTo("Crimea");
        assertThat(first.values().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .map(Entity::kind).collect(Collectors.toSet())).contains("media", "government", "company");
    }

    @Test
    void someNamesHaveDiacriticsAndAreAlsoKnownWithout() {
        List<Entity> accented = corpus.stream().flatMap(d -> d.entities().stream())
                .filter(e -> !e.name().equals(Ascii.fold(e.name()))).distinct().toList();

        assertThat(accented).hasSizeGreaterThan(50);
        // Groups have no aliases in the dataset format.
        assertThat(accented).filteredOn(e -> e.type() != EntityType.GROUP)
                .allSatisfy(e -> assertThat(e.aliases()).contains(Ascii.fold(e.name())));
        assertThat(accented.stream().map(Entity::name).collect(Collectors.joining())).contains("ė", "ł", "ö", "ș");
    }

    @Test
    void verbatimStatementsAreExactlyTheWordsBetweenQuotationMarksAndParaphrasesPointAtTheirClause() {
        for (Dataset dataset : corpus) {
            String text = dataset.article().text();
            for (Statement s : dataset.statements()) {
                String evidence = text.substring(s.span().start(), s.span().end());
                if (s.verbatim()) {
                    assertThat(evidence).isEqualTo(s.text()).doesNotContain("\"");
                    assertThat(text.charAt(s.span().start() - 1)).as(s.id()).isEqualTo('"');
                    String after = text.substring(s.span().end(), Math.min(text.length(), s.span().end() + 2));
                    assertThat(after).as(s.id()).matches("\"[\\s\\S]?|[,.]\"");
                } else {
                    assertThat(text.charAt(s.span().start() - 1)).as(s.id()).isNotEqualTo('"');
                    assertThat(evidence).doesNotContain("\"");
                }
            }
        }
    }

    @Test
    void everyActRelationAndTheSeedsPositionsOccur() {
        assertThat(statements.stream().map(Statement::act).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "statement", "claim", "denial", "proposal", "demand", "question", "poll", "reply", "condemnation",
                "criticism", "insult", "analogy", "warning", "threat", "promise", "announcement", "refusal", "appeal",
                "praise");
        assertThat(statements.stream().flatMap(s -> s.mentions().stream()).map(Statement.Mention::position)
                .filter(p -> p != null).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "recognise-as-russian", "remain-russian", "annexation-recognised", "annexation-illegitimate",
                "vote-under-un-supervision", "decide-by-vote", "return-to-ukraine", "permanent-neutrality");
        assertThat(statements.stream().map(Statement::medium).filter(m -> m != null).collect(Collectors.toSet()))
                .contains("tweet", "poll", "newsletter", "interview", "speech", "address", "statement",
                        "press-conference", "letter", "broadcast", "article", "post", "other");
        assertThat(statements).anySatisfy(s -> assertThat(s.respondsTo()).isNotEmpty())
                .anySatisfy(s -> assertThat(s.denies()).isNotEmpty())
                .anySatisfy(s -> assertThat(s.reports()).isNotEmpty())
                .anySatisfy(s -> assertThat(s.reportedBy()).hasSize(2))
                .anySatisfy(s -> assertThat(s.addressedTo()).isNotEmpty());
        // A denial answers a claim that relays the denier's words, and some replies are answered in turn.
        Map<String, Statement> byId = statements.stream().collect(Collectors.toMap(Statement::id, s -> s));
        assertThat(statements).anySatisfy(denial -> {
            assertThat(denial.denies()).isNotEmpty();
            Statement claim = byId.get(denial.denies().get(0));
            assertThat(claim.act()).isEqualTo("claim");
            assertThat(byId.get(claim.reports().get(0)).speaker()).isEqualTo(denial.speaker());
        });
        assertThat(statements).anySatisfy(reply -> {
            assertThat(reply.respondsTo()).isNotEmpty();
            assertThat(byId.get(reply.respondsTo().get(0)).respondsTo()).isNotEmpty();
        });
    }

    @Test
    void aTenthOfStatementsAreOneUtteranceReportedByArticlesOfOtherOutletsAFewDaysApart() {
        record Occurrence(Dataset dataset, Statement statement, String variant) {
        }
        Map<Long, List<Occurrence>> utterances = new TreeMap<>();
        for (Dataset dataset : corpus) {
            for (Statement s : dataset.statements()) {
                Matcher m = SHARED.matcher(s.id());
                if (m.find()) {
                    utterances.computeIfAbsent(Long.parseLong(m.group(1)), n -> new ArrayList<>())
                            .add(new Occurrence(dataset, s, m.group(2)));
                }
            }
        }
        long shared = utterances.values().stream().mapToLong(Collection::size).sum();
        assertThat((double) shared / statements.size()).isBetween(0.06, 0.16);

        Set<String> variants = new HashSet<>();
        int reReported = 0;
        for (List<Occurrence> occurrences : utterances.values()) {
            Occurrence origin = occurrences.get(0);
            Set<String> articles = occurrences.stream().map(o -> o.dataset().article().id()).collect(Collectors.toSet());
            if (articles.size() < 2) {
                continue;
            }
            reReported++;
            Set<String> publishers = occurrences.stream().map(o -> o.dataset().article().publisher())
                    .collect(Collectors.toSet());
            assertThat(publishers).as("one outlet per article").hasSameSizeAs(articles);
            // The article that originates an utterance quotes it in full.
            String full = occurrences.stream()
                    .filter(o -> o.dataset() == origin.dataset() && o.variant().equals("quote"))
                    .findFirst().orElseThrow().statement().text();
            for (Occurrence o : occurrences) {
                variants.add(o.variant());
                assertThat(o.statement().speaker()).isEqualTo(origin.statement().speaker());
                assertThat(o.statement().date()).isEqualTo(origin.statement().date());
                long days = ChronoUnit.DAYS.between(LocalDate.parse(origin.dataset().article().published()),
                        LocalDate.parse(o.dataset().article().published()));
                assertThat(days).isBetween(0L, 5L);
                if (o.statement().verbatim()) {
                    assertThat(o.dataset().article().text()).contains(o.statement().text());
                    assertThat(full).as("the same words, or the first sentence of them")
                            .startsWith(o.statement().text());
                }
            }
        }
        assertThat(reReported).isGreaterThan(30);
        assertThat(variants).containsExactlyInAnyOrder("quote", "cut", "paraphrase");
    }

    @Test
    void aSpeakersSameWordsSaidAgainWithinAWeekAreOneUtteranceInTheIdsAndLaterOnesAnother() {
        Pattern again = Pattern.compile("\\.(?:s\\d+|u\\d+-[a-z]+)-again-(?:(\\d+)-(s\\d+)|(u\\d+))$");
        Map<String, Statement> byId = new HashMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        // The utterance each quotation is: a shared one's number, the first statement of the words it repeats, or
        // its own id.
        Map<String, String> utterance = new HashMap<>();
        int repeats = 0;
        for (Statement s : statements) {
            Matcher m = again.matcher(s.id());
            Matcher shared = SHARED.matcher(s.id());
            if (m.find()) {
                repeats++;
                String first = m.group(3) != null ? m.group(3)
                        : "gen" + SETTINGS.seed() + "-" + m.group(1) + "." + m.group(2);
                if (m.group(3) == null) {
                    assertThat(byId).as("%s repeats a statement of the corpus", s.id()).containsKey(first);
                    assertThat(byId.get(first).speaker()).as(s.id()).isEqualTo(s.speaker());
                }
                utterance.put(s.id(), first);
            } else {
                utterance.put(s.id(), shared.find() ? "u" + shared.group(1) : s.id());
            }
        }
        assertThat(repeats).as("the phrasebook makes speakers say the same words again").isGreaterThanOrEqualTo(3);
        // Any two quotations of the same words by the same speaker within a week are one utterance (but for a few
        // chains: words said again within a week of their last saying, more than a week after the first).
        Map<String, List<Statement>> sameWords = new HashMap<>();
        statements.stream().filter(Statement::verbatim)
                .forEach(s -> sameWords.computeIfAbsent(s.speaker() + "|" + s.text(), k -> new ArrayList<>()).add(s));
        int pairs = 0;
        int apart = 0;
        for (List<Statement> group : sameWords.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Statement a = group.get(i);
                    Statement b = group.get(j);
                    long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.date()), LocalDate.parse(b.date())));
                    if (days <= 7) {
                        pairs++;
                        if (!utterance.get(a.id()).equals(utterance.get(b.id()))) {
                            apart++;
                        }
                    }
                }
            }
        }
        assertThat(pairs).isPositive();
        assertThat(apart).as("same words within a week numbered apart, of %d pairs", pairs).isLessThanOrEqualTo(pairs / 50);
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> SETTINGS.withArticles(0)).hasMessageContaining("articles must be at least 1");
        assertThatThrownBy(() -> SETTINGS.withSeed(-1)).hasMessageContaining("seed");
    }
}
