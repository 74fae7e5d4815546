package org.saidgraph.extract;

/**
 * A span of the article that names or refers to something. {@code entity} is the linked entity id, or null for a
 * pronoun or a description not (yet) resolved. {@code titleStart} is where the name's preceding title begins
 * ("Russian President" in "Russian President Vladimir Putin"), so that position rules look past titles.
 */
public record Mention(int start, int end, Kind kind, String entity, int titleStart) {

    public enum Kind { PERSON, ORGANIZATION, TERRITORY, ADJECTIVE, GROUP, DESCRIPTION, PRONOUN }

    public Mention(int start, int end, Kind kind, String entity) {
        this(start, end, kind, entity, start);
    }

    public Mention withEntity(String id) {
        return new Mention(start, end, kind, id, titleStart);
    }

    public boolean canSpeak() {
        return kind != Kind.ADJECTIVE;
    }

    public boolean personLike() {
        return kind == Kind.PERSON || kind == Kind.DESCRIPTION || kind == Kind.PRONOUN;
    }
}
