package org.saidgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists the rules share: speech verbs and the act each implies, role nouns, and little words. */
final class Lexicon {

    private Lexicon() {
    }

    /** Attribution verbs (every form news uses) mapped to the act they make a statement perform. */
    static final Map<String, String> VERB_ACTS = Map.ofEntries(
            Map.entry("said", "statement"), Map.entry("says", "statement"), Map.entry("say", "statement"),
            Map.entry("saying", "statement"), Map.entry("told", "statement"), Map.entry("tells", "statement"),
            Map.entry("telling", "statement"), Map.entry("added", "statement"), Map.entry("adding", "statement"),
            Map.entry("adds", "statement"), Map.entry("stated", "statement"), Map.entry("wrote", "statement"),
            Map.entry("writes", "statement"), Map.entry("writing", "statement"), Map.entry("tweeted", "statement"),
            Map.entry("tweets", "statement"), Map.entry("posted", "statement"), Map.entry("noted", "statement"),
            Map.entry("noting", "statement"), Map.entry("explained", "statement"),
            Map.entry("remarked", "statement"), Map.entry("commented", "statement"), Map.entry("recalled", "statement"),
            Map.entry("acknowledged", "statement"), Map.entry("admitted", "statement"), Map.entry("confirmed", "statement"),
            Map.entry("stressed", "statement"), Map.entry("emphasized", "statement"), Map.entry("emphasised", "statement"),
            Map.entry("insisted", "claim"), Map.entry("insists", "claim"), Map.entry("argued", "claim"),
            Map.entry("argues", "claim"), Map.entry("claimed", "claim"), Map.entry("claims", "claim"),
            Map.entry("claiming", "claim"), Map.entry("alleged", "claim"), Map.entry("maintained", "claim"),
            Map.entry("asserted", "claim"), Map.entry("contended", "claim"), Map.entry("reported", "claim"),
            Map.entry("denied", "denial"), Map.entry("denies", "denial"), Map.entry("denying", "denial"),
            Map.entry("rejected", "denial"), Map.entry("dismissed", "denial"), Map.entry("disputed", "denial"),
            Map.entry("proposed", "proposal"), Map.entry("proposes", "proposal"), Map.entry("suggested", "proposal"),
            Map.entry("suggests", "proposal"), Map.entry("suggesting", "proposal"),
            Map.entry("demanded", "demand"), Map.entry("demands", "demand"), Map.entry("urged", "demand"),
            Map.entry("urges", "demand"), Map.entry("insisting", "claim"), Map.entry("called", "statement"),
            Map.entry("warned", "warning"), Map.entry("warns", "warning"), Map.entry("warning", "warning"),
            Map.entry("cautioned", "warning"), Map.entry("advised", "warning"), Map.entry("threatened", "threat"),
            Map.entry("promised", "promise"), Map.entry("vowed", "promise"), Map.entry("pledged", "promise"),
            Map.entry("announced", "announcement"), Map.entry("announces", "announcement"),
            Map.entry("announcing", "announcement"), Map.entry("declared", "announcement"),
            Map.entry("proclaimed", "announcement"), Map.entry("asked", "question"), Map.entry("asks", "question"),
            Map.entry("wondered", "question"), Map.entry("replied", "reply"), Map.entry("responded", "reply"),
            Map.entry("retorted", "reply"), Map.entry("answered", "reply"), Map.entry("countered", "reply"),
            Map.entry("condemned", "condemnation"), Map.entry("denounced", "condemnation"),
            Map.entry("slammed", "condemnation"), Map.entry("criticized", "criticism"), Map.entry("criticised", "criticism"),
            Map.entry("praised", "praise"), Map.entry("appealed", "appeal"), Map.entry("predicted", "claim"),
            Map.entry("believes", "claim"), Map.entry("concluded", "statement"), Map.entry("conceded", "statement"),
            Map.entry("agreed", "statement"), Map.entry("quipped", "statement"), Map.entry("joked", "statement"),
            Map.entry("offered", "proposal"), Map.entry("offers", "proposal"));

    /**
     * Nouns of speech content: a short reported clause that is just such a noun phrase still reports something
     * ("told him Putin's demands", "repeated the government's position").
     */
    static final Set<String> SPEECH_CONTENT_NOUNS = Set.of("demands", "demand", "conditions", "claims", "claim",
            "proposal", "proposals", "plan", "plans", "position", "terms", "offer", "warning", "warnings", "request",
            "requests", "ultimatum", "concerns", "objections", "message", "intentions", "views");

    /** Verbs that take the hearer before the reported clause: "told Sokolov the convoy would leave". */
    static final Set<String> HEARER_VERBS = Set.of("told", "tells", "telling", "asked", "asks", "warned", "urged",
            "urges", "assured", "informed", "reminded", "advised");

    /** Verbs whose object is a noun phrase, not a clause: "condemned the shelling of the port". */
    static final Set<String> NOUN_OBJECT_VERBS = Set.of("condemned", "denounced", "slammed", "criticized", "criticised",
            "praised", "proclaimed", "called", "rejected", "dismissed", "announced", "announcing");

    /** Multi-word attributions, matched before single verbs. */
    static final Map<String, String> PHRASE_ACTS = Map.of(
            "expressed skepticism", "denial", "expressed scepticism", "denial", "expressed doubt", "denial",
            "would not say", "refusal", "declined to say", "refusal", "refused to say", "refusal",
            "hit back", "reply", "fired back", "reply", "called for", "demand");

    static final Set<String> ROLE_HEADS = Set.of("president", "minister", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "mayor", "governor", "chief", "commander", "general", "ceo", "executive", "billionaire",
            "founder", "aide", "adviser", "advisor", "secretary", "chancellor", "leader", "head", "director", "envoy",
            "diplomat", "senator", "lawmaker", "king", "queen", "pope", "premier", "dictator", "boss", "owner",
            "entrepreneur", "tycoon", "businessman", "chairman", "chairwoman", "scientist", "negotiator", "prosecutor",
            "official", "representative", "deputy", "colonel", "admiral", "marshal", "councillor",
            "analyst", "journalist", "mogul", "judge", "commissioner", "sheriff", "congressman", "congresswoman",
            "professor", "economist");

    /**
     * Role nouns that name a person only when the article named someone with that role ("Judge Miriam Oduya" … "the
     * judge"): unlike "the president" or "the billionaire", such a description never falls back to the article's main
     * person or the last subject, who is rarely the judge or the expert quoted.
     */
    static final Set<String> NAMED_ROLE_HEADS = Set.of("judge", "commissioner", "sheriff", "congressman",
            "congresswoman", "professor", "economist");

    /** Role nouns that name the same kind of post. */
    static final List<Set<String>> ROLE_SYNONYMS = List.of(Set.of("minister", "chief", "head", "secretary"),
            Set.of("ceo", "executive", "boss"), Set.of("spokesman", "spokeswoman", "spokesperson"),
            Set.of("commander", "general"), Set.of("adviser", "advisor", "aide"),
            Set.of("billionaire", "tycoon", "mogul", "entrepreneur", "businessman"));

    static final Set<String> GROUP_HEADS = Set.of("officials", "authorities", "leaders", "lawmakers", "politicians",
            "critics", "analysts", "experts", "residents", "reporters", "journalists", "prosecutors", "diplomats",
            "observers", "witnesses", "protesters", "activists", "sources", "investigators", "ministers", "commanders");

    static final Set<String> PREPOSITIONS = Set.of("for", "to", "with", "from", "by", "of", "against", "about", "at",
            "on", "in", "into", "than", "between", "under", "over", "after", "before", "like", "toward", "towards");

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}@][\\p{L}\\p{N}.\\-*]*(?:['’]s)?");

    static boolean synonymous(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return ROLE_SYNONYMS.stream().anyMatch(s -> s.contains(a) && s.contains(b));
    }
}
