package org.saidgraph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads brat standoff attributions ({@code NAME.ann} beside {@code NAME.txt}), as PolNeAR and PARC publish them:
 * {@code T} lines are spans ({@code T12<TAB>Content 302 427<TAB>text}, offsets in code points, possibly
 * discontinuous as {@code 752 760;769 800}); {@code E} lines tie an attribution together
 * ({@code E4<TAB>Attribution:T15 Cue:T14 Source:T13 Content:T12}). Other lines (notes, relations, spans typed
 * Discuss or Discard) are ignored. Offsets are converted to UTF-16, as saidgraph's spans count.
 */
public final class BratReader {

    public List<BratAttribution> read(Path ann, String text) {
        List<String> lines;
        try {
            lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(ann.toString(), lines, text);
    }

    List<BratAttribution> parse(String source, List<String> lines, String text) {
        int[] utf16 = codePointOffsets(text);
        Map<String, List<BratAttribution.Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String[] cols = line.split("\t");
            if (line.startsWith("T") && cols.length >= 2) {
                spans.put(cols[0], spans(source, n + 1, cols[1], utf16));
            } else if (line.startsWith("E") && cols.length >= 2) {
                events.add(new String[]{cols[0], cols[1], Integer.toString(n + 1)});
            }
        }
        List<BratAttribution> out = new ArrayList<>();
        for (String[] e : events) {
            List<BratAttribution.Span> content = new ArrayList<>();
            List<BratAttribution.Span> cue = new ArrayList<>();
            List<BratAttribution.Span> who = new ArrayList<>();
            for (String arg : e[1].trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                List<BratAttribution.Span> s = spans.get(arg.substring(colon + 1));
                if (s == null) {
                    throw new IllegalArgumentException(source + " line " + e[2] + ": " + arg.substring(colon + 1)
                            + " is not a span of this file");
                }
                switch (role) {
                    case "Content" -> content.addAll(s);
                    case "Cue" -> cue.addAll(s);
                    case "Source" -> who.addAll(s);
                    default -> { }
                }
            }
            content.sort(java.util.Comparator.comparingInt(BratAttribution.Span::start));
            out.add(new BratAttribution(e[0], content, cue, who));
        }
        return out;
    }

    private static List<BratAttribution.Span> spans(String source, int line, String typeAndOffsets, int[] utf16) {
        int space = typeAndOffsets.indexOf(' ');
        List<BratAttribution.Span> out = new ArrayList<>();
        if (space < 0) {
            return out;
        }
        for (String piece : typeAndOffsets.substring(space + 1).split(";")) {
            String[] se = piece.trim().split("\\s+");
            try {
                int start = Integer.parseInt(se[0]);
                int end = Integer.parseInt(se[1]);
                if (start < 0 || end < start || end >= utf16.length) {
                    throw new IllegalArgumentException(source + " line " + line + ": span " + start + "-" + end
                            + " lies outside the text (" + (utf16.length - 1) + " characters)");
                }
                out.add(new BratAttribution.Span(utf16[start], utf16[end]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(source + " line " + line + ": cannot read offsets '" + piece + "'");
            }
        }
        return out;
    }

    /** For each code-point index (and one past the end), the UTF-16 offset it starts at. */
    private static int[] codePointOffsets(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int i = 0;
        int cp = 0;
        while (i < text.length()) {
            out[cp++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        out[cp] = text.length();
        return out;
    }
}
