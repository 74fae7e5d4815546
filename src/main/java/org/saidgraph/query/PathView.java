package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One shortest connection between two entities: its steps, each explained in words, the whole explained in plain
 * sentences, and the source passages of the statements it goes through. Only verbatim statements equal to their
 * evidence are ever put in quotation marks; a paraphrase is marked "(paraphrase)", and every statement's exact
 * evidence is beside it ({@code steps[].from/to.evidence}, {@code statements[].source}). Paths that differ only by a
 * paraphrase and its verbatim twin (the same speaker's statements over overlapping characters of the article), or
 * only by which of several relationships joins the same two nodes, are one path: {@code variants} says how many
 * were merged into it.
 */
public record PathView(int length, String explanation, int variants, List<Step> steps,
                       List<StatementView> statements) {

    /**
     * One relationship of the path, read in the direction of travel; {@code also} lists the other relationships
     * that join the same two nodes in merged paths.
     */
    @Schema(name = "PathStep")
    public record Step(Item from, String relationship, boolean forward, Item to, String words, List<Link> also) {
    }

    /** A relationship type and whether it points in the direction of travel. */
    @Schema(name = "PathLink")
    public record Link(String relationship, boolean forward) {
    }

    /**
     * A node on the path: an entity (name, type) or a statement (its words, act, whether verbatim, speaker, the exact
     * evidence of its source span, and its twins: the other statements of the same words merged into this step).
     * {@code parts}: for a verbatim statement its attribution interrupts, its pieces, each quoted on its own.
     */
    @Schema(name = "PathItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, String type, String name, String text, Boolean verbatim, String act,
                       EntityRef speaker, String evidence, List<String> twins, List<QuotePart> parts) {

        static Item entity(String id, String type, String name) {
            return new Item(id, type, name, null, null, null, null, null, null, null);
        }

        static Item statement(StatementBrief brief, List<String> twins) {
            return new Item(brief.id(), "statement", null, brief.text(), brief.verbatim(), brief.act(),
                    brief.speaker(), brief.evidence(), twins, brief.parts());
        }

        boolean isStatement() {
            return "statement".equals(type);
        }
    }
}
