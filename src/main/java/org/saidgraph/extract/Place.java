package org.saidgraph.extract;

import java.util.List;

/** A territory the gazetteer knows, with every spelling and adjective by which an article may name it. */
public record Place(String id, String name, String kind, List<String> aliases, List<String> partOf,
                    List<String> adjectives) {
}
