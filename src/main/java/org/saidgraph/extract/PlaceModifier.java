package org.saidgraph.extract;

import java.util.regex.Pattern;

/**
 * Rule {@value #RULE} (session 22): a place joined by a hyphen to "based", "born", "area" or "headquartered" ("a
 * Florida-based strategist", "the Ohio-born senator") only describes the noun after it; it is no speaker, and so
 * cannot speak through its government ("said Florida-based strategist Jane Roe" is Jane Roe's, not the Florida
 * government's). Its mention is kept as an adjective, as "Floridian" would be.
 */
final class PlaceModifier {

    static final String RULE = "place-based-modifier";

    private static final Pattern AFTER = Pattern.compile("^[-‐‑–](?i:based|born|bred|area|headquartered)\\b");

    private PlaceModifier() {
    }

    /** Whether the place mention ending at {@code end} is only the first half of such a modifier. */
    static boolean modifies(String text, int end) {
        return AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find();
    }
}
