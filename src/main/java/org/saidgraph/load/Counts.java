package org.saidgraph.load;

/** What the database reports a write changed. */
public record Counts(int nodesCreated, int nodesDeleted, int relationshipsCreated, int relationshipsDeleted,
                     int propertiesSet) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(nodesCreated + other.nodesCreated, nodesDeleted + other.nodesDeleted,
                relationshipsCreated + other.relationshipsCreated, relationshipsDeleted + other.relationshipsDeleted,
                propertiesSet + other.propertiesSet);
    }

    @Override
    public String toString() {
        return nodesCreated + " nodes created, " + nodesDeleted + " deleted, " + relationshipsCreated
                + " relationships created, " + relationshipsDeleted + " deleted, " + propertiesSet + " properties set";
    }
}
