package org.saidgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The stance a statement takes on the territories it names, where its words state one. */
final class Positions {

    private static final List<Map.Entry<Pattern, String>> CUES = List.of(
            Map.entry(p("\\brecogni[sz]\\w*\\s+(?:the\\s+world\\s+must\\s+)?(?:russia['’]s\\s+)?annexation"),
                    "annexation-recognised"),
            Map.entry(p("\\b(?:recogni[sz]ed|accepted)\\s+as\\s+(?:a\\s+)?(?:part\\s+of\\s+russia|russian)"),
                    "recognise-as-russian"),
            Map.entry(p("\\bremain\\s+russian\\b|\\bstay\\s+(?:part\\s+of\\s+)?russia"), "remain-russian"),
            Map.entry(p("\\b(?:illegitimate|illegal|sham|fraudulent|null and void|violat\\w+ international law)"),
                    "annexation-illegitimate"),
            Map.entry(p("\\b(?:taking back|take back|retake|retaking|reclaim\\w*|return\\w*\\s+to\\s+ukraine|de-?occup\\w+)"),
                    "return-to-ukraine"),
            Map.entry(p("\\bliberat\\w+"), "liberate"),
            Map.entry(p("\\b(?:decide|vote|referend\\w+)\\b.*\\bwhether\\b|\\bwill of the people\\b"), "decide-by-vote"),
            Map.entry(p("\\b(?:join\\w*\\s+russia|bec\\w+\\s+part\\s+of\\s+russia)"), "annexation-claimed"));

    private Positions() {
    }

    static String of(String words) {
        for (Map.Entry<Pattern, String> cue : CUES) {
            if (cue.getKey().matcher(words).find()) {
                return cue.getValue();
            }
        }
        return null;
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
