package org.saidgraph.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.saidgraph.dataset.Dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic corpus of datasets, one per article, made as they are read: {@code new CorpusGenerator(settings)
 * .datasets()} streams them in order and never holds more than one article and the few utterances still due to be
 * re-reported (and the words said in the last weeks). Each dataset passes {@code DatasetReader} with all its rules. The same settings give the same datasets,
 * byte for byte through {@link #json}, in every pass.
 *
 * <p>Articles are numbered from 0 and published in that order, spread evenly over {@code days} from {@code start}. An
 * article's publisher and random choices depend only on the seed and its number. A share of the statements
 * ({@code reReported}) are one utterance reported by several articles: an article originates it (quoting it in full),
 * and one to three later articles of other outlets, published one to four days later where the corpus is dense enough,
 * report it again in full, cut to its first sentence, or in reported speech. Such statements' ids end in
 * {@code u<number>-quote}, {@code -cut} or {@code -paraphrase}, the number shared across articles. The phrasebook
 * also makes a speaker say the same words again on their own, as people do; those are one utterance too when said
 * within a week of each other, and the later statements' ids name the first ({@code s05-again-000042-s03},
 * {@link Repeats}).
 */
public final class CorpusGenerator implements Iterable<Dataset> {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /**
     * How many statements one shared utterance becomes, on average: the originating article's one or two (its lead
     * reports it in reported speech and in quotation marks) and one in each of one to three later articles (measured
     * on 10,000 articles: 3.7).
     */
    private static final double OCCURRENCES = 3.7;

    private final GeneratorSettings settings;
    private final World world;
    private final int digits;

    public CorpusGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.world = World.build(settings);
        this.digits = Math.max(6, Integer.toString(settings.articles() - 1).length());
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** A fresh pass over the corpus, from the first article. */
    @Override
    public Iterator<Dataset> iterator() {
        return new Pass();
    }

    public Stream<Dataset> datasets() {
        return StreamSupport.stream(spliterator(), false);
    }

    /** {@code gen<seed>-000042}: stable, and distinct between corpora of different seeds. */
    public String articleId(int index) {
        return "gen" + settings.seed() + "-" + number(index);
    }

    /** {@code article-000042.json}: sorts in article order. */
    public String fileName(int index) {
        return "article-" + number(index) + ".json";
    }

    /** The dataset as compact JSON with a final newline, as {@code generate} writes it. */
    public static byte[] json(Dataset dataset) {
        try {
            byte[] json = JSON.writeValueAsBytes(dataset);
            byte[] line = Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generated dataset did not serialise: " + e.getMessage(), e);
        }
    }

    private String number(int index) {
        String n = Integer.toString(index);
        return "0".repeat(Math.max(0, digits - n.length())) + n;
    }

    private long day(int index) {
        return (long) index * settings.days() / settings.articles();
    }

    /** The first article published on or after {@code day}. */
    private long firstOfDay(long day) {
        return (day * settings.articles() + settings.days() - 1) / settings.days();
    }

    private LocalDate published(int index) {
        return settings.start().plusDays(day(index));
    }

    private Actor publisher(int index) {
        return world.outlets.draw(new SplittableRandom(Seeds.mix(settings.seed(), Seeds.OUTLET, index)));
    }

    private final class Pass implements Iterator<Dataset> {

        private int next;
        private long utterances;
        /** Shared utterances by the article that is to re-report them: only those of the next few days. */
        private final TreeMap<Integer, List<Utterance>> due = new TreeMap<>();
        /** The words speakers said in the last weeks, so that a speaker's repeated words are one utterance. */
        private final Repeats repeats = new Repeats();

        @Override
        public boolean hasNext() {
            return next < settings.articles();
        }

        @Override
        public Dataset next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int index = next++;
            SplittableRandom random = new SplittableRandom(Seeds.mix(settings.seed(), Seeds.ARTICLE, index));
            repeats.forgetBefore(published(index));
            ArticleComposer composer = new ArticleComposer(world, random, articleId(index), published(index),
                    publisher(index), repeats);
            int[] window = window(index);
            List<Utterance> originated = new ArrayList<>();
            if (window != null) {
                double rate = settings.reReported() * settings.statementsPerArticle() / OCCURRENCES;
                int count = (int) rate + (random.nextDouble() < rate - Math.floor(rate) ? 1 : 0);
                for (int i = 0; i < count; i++) {
                    originated.add(composer.sharedUtterance(++utterances));
                }
            }
            int target = Math.max(3, settings.statementsPerArticle() - 3 + random.nextInt(7));
            Dataset dataset = composer.compose(target, due.getOrDefault(index, List.of()), originated);
            due.remove(index);
            for (Utterance u : originated) {
                schedule(index, u, window, random);
            }
            return dataset;
        }

        /**
         * The articles that may re-report what {@code index} originates: those published one to four days later, or
         * the next three when fewer articles than that are published a day; null at the end of the corpus.
         */
        private int[] window(int index) {
            int last = settings.articles() - 1;
            long day = day(index);
            long from = firstOfDay(day + 1);
            long to = Math.min(last, firstOfDay(day + 5) - 1);
            if (to < from) {
                from = index + 1L;
                to = Math.min(last, index + 3L);
            }
            return from > last ? null : new int[]{(int) from, (int) to};
        }

        /** One to three later articles of outlets other than this one's, and other than each other's. */
        private void schedule(int index, Utterance u, int[] window, SplittableRandom random) {
            int copies = 1 + random.nextInt(3);
            Set<String> outlets = new HashSet<>(List.of(publisher(index).id()));
            Set<Integer> chosen = new HashSet<>();
            for (int c = 0; c < copies; c++) {
                for (int attempt = 0; attempt < 8; attempt++) {
                    int target = window[0] + random.nextInt(window[1] - window[0] + 1);
                    if (!chosen.contains(target) && outlets.add(publisher(target).id())) {
                        chosen.add(target);
                        due.computeIfAbsent(target, t -> new ArrayList<>()).add(u);
                        break;
                    }
                }
            }
        }
    }
}
