package org.saidgraph.generate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names without their diacritics, and ids (slugs) made from names. */
final class Ascii {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private Ascii() {
    }

    /** "Łucja Žalová" → "Lucja Zalova": combining marks dropped, and the letters that have none spelled out. */
    static String fold(String name) {
        String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            switch (c) {
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("Ae");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A readable id as the schema requires: lower-case ASCII letters and digits joined by single hyphens. */
    static String slug(String name) {
        return NON_SLUG.matcher(fold(name).toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    }

    static boolean hasDiacritics(String name) {
        return !fold(name).equals(name);
    }
}
