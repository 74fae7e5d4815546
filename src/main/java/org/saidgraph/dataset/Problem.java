package org.saidgraph.dataset;

/**
 * One thing wrong with a dataset: which file, where in it (a JSON pointer, empty for the whole document) and what.
 */
public record Problem(String file, String pointer, String message) {

    @Override
    public String toString() {
        return file + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message;
    }
}
