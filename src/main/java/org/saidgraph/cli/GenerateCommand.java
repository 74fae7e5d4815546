package org.saidgraph.cli;

import org.saidgraph.generate.CorpusWriter;
import org.saidgraph.generate.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code generate}: writes a synthetic corpus with {@link CorpusWriter}; the defaults are the generator's own. */
@Command(name = "generate",
        description = {"Write a synthetic corpus: N dataset files (article-000000.json ...) that pass validate, with "
                + "the shape of news: a few thousand people with roles, organizations and media outlets, territories "
                + "with partOf and annexation claims, names with diacritics; speakers drawn by a Zipf law; articles of "
                + "1-4 KB whose text contains their statements (quotations verbatim, paraphrases pointing at their "
                + "clause), with replies, denials, relays, addressees, mentions and positions; a share of the "
                + "utterances reported again by other outlets a few days later.",
                "The same seed and options give byte-identical files. Articles are generated and written one at a "
                        + "time, so memory stays flat however many are asked for."},
        sortOptions = false)
final class GenerateCommand implements Callable<Integer> {

    private static final GeneratorSettings DEFAULTS = GeneratorSettings.DEFAULTS;

    @ParentCommand
    SaidgraphCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The directory to write into; created if missing, refused if it already holds .json files.")
    Path out;

    @Option(names = "--articles", paramLabel = "N", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int articles = DEFAULTS.articles();

    @Option(names = "--seed", paramLabel = "S", description = "Chooses the corpus; 0 or more (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--people", paramLabel = "N", description = "People in the pool (default: ${DEFAULT-VALUE}).")
    int people = DEFAULTS.people();

    @Option(names = "--organizations", paramLabel = "N",
            description = "Organizations in the pool, media outlets included (default: ${DEFAULT-VALUE}).")
    int organizations = DEFAULTS.organizations();

    @Option(names = "--media-outlets", paramLabel = "N",
            description = "How many of them are media outlets, the publishers (default: ${DEFAULT-VALUE}).")
    int mediaOutlets = DEFAULTS.mediaOutlets();

    @Option(names = "--territories", paramLabel = "N",
            description = "Territories in the pool, the seed's contested ones included (default: ${DEFAULT-VALUE}).")
    int territories = DEFAULTS.territories();

    @Option(names = "--groups", paramLabel = "N",
            description = "Collective speakers in the pool (default: ${DEFAULT-VALUE}).")
    int groups = DEFAULTS.groups();

    @Option(names = "--statements-per-article", paramLabel = "N",
            description = "Mean statements per article; each has this +/-3 (default: ${DEFAULT-VALUE}).")
    int statementsPerArticle = DEFAULTS.statementsPerArticle();

    @Option(names = "--speaker-skew", paramLabel = "X",
            description = "Zipf exponent of speakers: the k-th most frequent speaks in proportion to 1/k^X; 0 is "
                    + "uniform (default: ${DEFAULT-VALUE}).")
    double speakerSkew = DEFAULTS.speakerSkew();

    @Option(names = "--re-reported", paramLabel = "FRACTION",
            description = "Share of statements that are one utterance reported by several articles of different "
                    + "outlets a few days apart (default: ${DEFAULT-VALUE}).")
    double reReported = DEFAULTS.reReported();

    @Option(names = "--start", paramLabel = "YYYY-MM-DD",
            description = "The first publication date (default: ${DEFAULT-VALUE}).")
    LocalDate start = DEFAULTS.start();

    @Option(names = "--days", paramLabel = "N",
            description = "The period publication dates spread over, in days (default: ${DEFAULT-VALUE}).")
    int days = DEFAULTS.days();

    /** The settings name their fields ("mediaOutlets must be …"); here they are options ("--media-outlets …"). */
    private static String optionNames(String message) {
        for (var component : GeneratorSettings.class.getRecordComponents()) {
            String option = "--" + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            message = message.replaceAll("\\b" + component.getName() + "\\b", option);
        }
        return message;
    }

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(articles, seed, people, organizations, mediaOutlets, territories, groups,
                    statementsPerArticle, speakerSkew, reReported, start, days);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid options: " + optionNames(e.getMessage()));
        }
        try {
            root.out.println(CorpusWriter.write(settings, out).line());
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            root.err.println("Nothing generated: " + e.getMessage());
            return 1;
        }
    }
}
