package org.saidgraph.extract;

import org.saidgraph.dataset.Article;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Passages;
import org.saidgraph.dataset.Statement;
import org.saidgraph.extract.dates.StatementDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The draft dataset of an article from its statements and entities: ids, the statements' texts (a quotation in parts
 * as its parts with the interruption elided), mentions with positions, and the entities the statements use or the
 * article names, with the roles and parents that stay inside the dataset.
 */
final class DatasetBuilder {

    private final Gazetteer gazetteer;

    DatasetBuilder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }


    Dataset dataset(ArticleInput input, String text, TextLayout layout, List<Found> found,
                            ArticleEntities entities) {
        String title = input.title() != null && !input.title().isBlank() ? input.title().strip() : deriveTitle(input,
                text, layout);
        String articleId = Names.slug(input.title() != null && !input.title().isBlank() ? input.title()
                : input.fileName() != null ? input.fileName().replaceAll("\\.[A-Za-z0-9]+$", "") : title);
        // A speaker known only by a description is this article's own: its id is the article id, a dot and its slug.
        java.util.function.UnaryOperator<String> ref = id -> {
            LinkedEntity e = id == null ? null : entities.get(id);
            return e != null && e.scoped ? articleId + "." + id : id;
        };
        int n = 1;
        for (Found f : found) {
            f.id = articleId + ".s" + String.format(Locale.ROOT, "%02d", n++);
        }
        Set<String> used = new LinkedHashSet<>();
        List<Statement> statements = new ArrayList<>();
        for (Found f : found) {
            List<Statement.Mention> mentions = mentions(text, f, entities);
            used.add(f.speaker);
            used.addAll(f.reportedBy);
            used.addAll(f.addressedTo);
            mentions.forEach(m -> used.add(m.entity()));
            // A quotation in parts is one verbatim statement with its parts, its text the speaker's words with the
            // interruption (the attribution) elided; the span runs from the first part to the last.
            List<Statement.Span> parts = f.verbatim ? QuotationParts.of(text, f.parts) : List.of();
            Statement.Span span = parts.isEmpty() ? new Statement.Span(f.evidenceStart < 0 ? f.start : f.evidenceStart,
                    f.end)
                    : new Statement.Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
            String words = parts.isEmpty() && f.parts.size() > 1
                    ? String.join(Statement.PART_JOINER, f.parts.stream().map(p -> text.substring(p[0], p[1])).toList())
                    : parts.isEmpty() ? text.substring(f.start, f.end) : Statement.evidence(text, parts);
            String date = statedDate(text, f, published(input));
            statements.add(new Statement(f.id, words, f.verbatim && (parts.size() > 1 || f.parts.size() <= 1),
                    f.act.value(), f.medium, date,
                    date == null ? null : Statement.DATE_FROM_TEXT, round(f.confidence), span, ref.apply(f.speaker),
                    relays(f, entities).stream().map(ref).toList(),
                    f.reports != null && f.reports != f ? List.of(f.reports.id) : List.of(),
                    f.respondsTo != null && f.respondsTo != f ? List.of(f.respondsTo.id) : List.of(),
                    f.denies != null && f.denies != f ? List.of(f.denies.id) : List.of(),
                    f.addressedTo.stream().distinct().map(ref).toList(), mentions.stream()
                    .map(m -> new Statement.Mention(ref.apply(m.entity()), m.position())).toList(), parts));
        }
        for (LinkedEntity e : entities.entities.values()) {
            if (e.named && e.type != EntityType.GROUP) {
                used.add(e.id);
            }
        }
        // Roles and parents point at other entities; keep those only when the entity is in the dataset.
        List<Entity> out = new ArrayList<>();
        Map<String, LinkedEntity> byId = new LinkedHashMap<>(entities.entities);
        List<String> present = used.stream().filter(byId::containsKey).toList();
        for (String id : present) {
            out.add(entity(byId.get(id), present, ref));
        }
        return new Dataset(null, Dataset.FORMAT_VERSION, Dataset.EXTRACTED,
                new Article(articleId, title, blankToNull(input.publisher()), blankToNull(input.url()),
                        blankToNull(input.published()), text), out, statements);
    }


    /**
     * Who relayed a statement: a person or an organization, as the dataset requires. A group that relayed it
     * ("officials said the minister had told them …") is not kept as a relay; the statement stays the minister's.
     */
    private static List<String> relays(Found f, ArticleEntities entities) {
        return f.reportedBy.stream().distinct().filter(r -> !r.equals(f.speaker)).filter(r -> {
            LinkedEntity e = entities.get(r);
            return e == null || e.type != EntityType.GROUP;
        }).toList();
    }


    private Entity entity(LinkedEntity e, List<String> present, java.util.function.UnaryOperator<String> ref) {
        String id = ref.apply(e.id);
        double confidence = round(e.named ? e.confidence : Math.min(e.confidence, 0.5));
        List<String> aliases = e.aliases.stream().filter(a -> !a.isBlank() && !a.equals(e.name)).distinct().toList();
        return switch (e.type) {
            case PERSON -> new Entity(e.type, id, e.name, aliases, null, e.description, null,
                    e.roles.stream().filter(r -> present.contains(r.ofId()) && !r.ofId().equals(e.id))
                            .map(r -> new Entity.Role(r.title(), ref.apply(r.ofId()))).distinct().toList(),
                    null, null, confidence);
            case ORGANIZATION -> new Entity(e.type, id, e.name, aliases, e.kind == null ? "other" : e.kind, null,
                    null, null, null, null, confidence);
            case TERRITORY -> e.place != null ? withConfidence(gazetteer.entity(e.place, confidence, present), confidence)
                    : new Entity(e.type, id, e.name, aliases, e.kind == null ? "other" : e.kind, null, null, null,
                    null, null, confidence);
            case GROUP -> new Entity(e.type, id, e.name, null, null, null, null, null, null, null, confidence);
        };
    }


    private static Entity withConfidence(Entity e, double confidence) {
        return new Entity(e.type(), e.id(), e.name(), e.aliases(), e.kind(), e.description(), e.wikidata(), e.roles(),
                e.partOf(), e.annexationClaimedBy(), confidence);
    }


    private List<Statement.Mention> mentions(String text, Found f, ArticleEntities entities) {
        Map<String, String> out = new LinkedHashMap<>();
        String position = Positions.of(text.substring(f.start, f.end));
        for (Mention m : entities.mentions) {
            if (m.start() < f.start || m.end() > f.end || m.entity() == null || out.containsKey(m.entity())) {
                continue;
            }
            if (m.kind() == Mention.Kind.GROUP || m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            LinkedEntity e = entities.get(m.entity());
            if (e == null || e.type == EntityType.GROUP) {
                continue;
            }
            String p = e.type == EntityType.TERRITORY && position != null && !"country".equals(e.kind)
                    && !"continent".equals(e.kind) ? position : null;
            out.put(m.entity(), p);
        }
        List<Statement.Mention> list = new ArrayList<>();
        out.forEach((id, p) -> list.add(new Statement.Mention(id, p)));
        return list;
    }


    private static String deriveTitle(ArticleInput input, String text, TextLayout layout) {
        if (input.fileName() != null && !input.fileName().isBlank()) {
            return input.fileName().replaceAll("\\.[A-Za-z0-9]+$", "");
        }
        String first = text.substring(layout.sentences().get(0).start(), layout.sentences().get(0).end()).strip();
        return first.length() <= 120 ? first : first.substring(0, 117).replaceAll("\\s+\\S*$", "") + "…";
    }


    /**
     * The day the sentence around a statement says it was made (on Monday, last week, on Oct. 3), resolved against
     * the published day ({@link StatementDates}); null when it says none. The loader then gives the statement its
     * article's published date, with dateSource published.
     */
    private static String statedDate(String text, Found f, LocalDate published) {
        int[] sentence = Passages.bounds(text, f.start, f.end);
        return StatementDates.resolve(text.substring(sentence[0], sentence[1]), f.start - sentence[0],
                f.end - sentence[0], published).map(r -> r.date().toString()).orElse(null);
    }

    /** The article's published day, or null when it is not given or not an ISO date. */
    private static LocalDate published(ArticleInput input) {
        String published = blankToNull(input.published());
        try {
            return published == null ? null : LocalDate.parse(published.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }


    private static double round(double c) {
        return Math.round(Math.max(0.05, Math.min(1.0, c)) * 100) / 100.0;
    }
}
