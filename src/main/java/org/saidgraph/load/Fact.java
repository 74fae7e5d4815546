package org.saidgraph.load;

/**
 * A fact about entities that articles assert and that the graph keeps as one relationship while at least one article
 * still asserts it: a role a person holds, a territory being part of another, a claim of annexation. Each article's
 * own facts are listed on its NAMES relationship to the fact's {@code subject}, under {@link Type#namesProperty()},
 * each as its {@link #key()}; the relationship itself only counts its articles.
 *
 * @param subject the entity the fact starts from (the person, the territory)
 * @param object  the entity it points at (the organization or territory of the role, the parent, the claimant)
 * @param title   the role's title; null for the other types
 */
public record Fact(Type type, String subject, String object, String title) {

    /** The relationship types that are facts, with the NAMES property listing an article's facts of that type. */
    public enum Type {
        HOLDS_ROLE("roles"), PART_OF("partOf"), ANNEXATION_CLAIMED_BY("annexationClaimedBy");

        private final String namesProperty;

        Type(String namesProperty) {
            this.namesProperty = namesProperty;
        }

        public String namesProperty() {
            return namesProperty;
        }
    }

    /**
     * How NAMES lists the fact: the object's id, or for a role "title of object-id", such as "chief executive of
     * spacex". Ids never contain a space, so the text after the last " of " is always the id, whatever the title.
     */
    public String key() {
        return type == Type.HOLDS_ROLE ? title + " of " + object : object;
    }

    /** The fact a NAMES list entry stands for; the inverse of {@link #key()}. */
    public static Fact fromKey(Type type, String subject, String key) {
        if (type != Type.HOLDS_ROLE) {
            return new Fact(type, subject, key, null);
        }
        int of = key.lastIndexOf(" of ");
        if (of < 0) {
            throw new IllegalArgumentException("not a role key (title of id): " + key);
        }
        return new Fact(type, subject, key.substring(of + 4), key.substring(0, of));
    }
}
