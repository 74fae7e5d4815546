package org.saidgraph.extract;

import java.util.List;

/** Finds names of people, organizations and places in plain text. CoreNLP in production; a list in tests. */
@FunctionalInterface
public interface NameTagger {

    List<TaggedName> tag(String text);
}
