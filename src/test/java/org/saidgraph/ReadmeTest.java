package org.saidgraph;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.saidgraph.support.ReadmeCommands;
import org.saidgraph.support.Seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README speaks only of what the repository holds, and quotes no one but in their own words. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    /** Double quotation marks, curly or straight, around some text, across line breaks. */
    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”|\"([^\"]*)\"", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");
    /** Quotations of what programs print, not of anyone's words; each with where it comes from. */
    private static final Map<String, String> PROGRAM_MESSAGES = Map.of(
            "Unable to use shared archive", "the JVM, when the class-data archive does not fit",
            "APPLICATION FAILED TO START", "Spring Boot, when the server cannot start",
            "Did you mean: saidgraph validate?", "picocli, for a mistyped command",
            "Show 25 more", "the explorer's button",
            "no property", "how neo4j-admin reads an empty CSV field",
            "Embedded Bolt: user neo4j with a generated password …", "the server's log, at the first start");

    @Test
    void speaksOnlyOfWhatTheRepositoryHolds() throws IOException {
        String readme = Files.readString(README);
        assertThat(readme).doesNotContain("../shared", "/work/");
        Matcher link = LINK.matcher(readme);
        List<String> missing = new ArrayList<>();
        while (link.find()) {
            String target = link.group(1);
            if (!target.startsWith("http://") && !target.startsWith("https://") && !Files.exists(Path.of(target))) {
                missing.add(target);
            }
        }
        assertThat(missing).as("links to files the repository does not hold").isEmpty();
    }

    @Test
    void quotesOnlyVerbatimStatementsEqualToTheirSpan() throws IOException {
        JsonNode seed = Seed.json();
        String text = seed.at("/article/text").asText();
        List<String> verbatim = new ArrayList<>();
        for (JsonNode s : seed.path("statements")) {
            int start = s.at("/span/start").asInt();
            int end = s.at("/span/end").asInt();
            if (s.path("verbatim").asBoolean() && text.substring(start, end).equals(s.path("text").asText())) {
                verbatim.add(s.path("text").asText());
            }
        }
        List<String> quoted = new ArrayList<>();
        Matcher m = QUOTED.matcher(prose(Files.readString(README)));
        while (m.find()) {
            String q = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s+", " ");
            if (!PROGRAM_MESSAGES.containsKey(q)) {
                quoted.add(q);
            }
        }
        assertThat(quoted).as("the README quotes the seed's people").isNotEmpty();
        assertThat(quoted.stream().filter(q -> verbatim.stream().noneMatch(v -> v.contains(q))).toList())
                .as("quoted texts that are no part of a verbatim statement of the seed equal to its span").isEmpty();
    }

    @Test
    void everyCommandTheReadmeShowsHasAPlanInReadmeCommandsIT() {
        List<ReadmeCommands.Command> commands = ReadmeCommands.of(README);
        assertThat(commands).extracting(ReadmeCommands.Command::text).contains(
                "curl -s http://127.0.0.1:8080/actuator/health", "java -jar target/saidgraph.jar validate broken.json");
        assertThat(commands.stream().map(ReadmeCommands.Command::text)
                .filter(c -> ReadmeCommandsIT.plan(c).isEmpty()).toList())
                .as("README commands without a plan in ReadmeCommandsIT.plan").isEmpty();
        // Every command not run as written says why.
        commands.stream().map(c -> ReadmeCommandsIT.plan(c.text()).orElseThrow())
                .filter(p -> p.kind() != ReadmeCommandsIT.Kind.SHELL || p.exitCode() != 0)
                .forEach(p -> assertThat(p.reason()).isNotBlank());
        assertThat(commands.stream().filter(c -> c.text().endsWith("validate broken.json")).findFirst().orElseThrow()
                .shownOutput()).hasSize(3);
    }

    /**
     * The README without its code: fenced blocks and inline code (which may run over a line break) show commands and
     * data, not quotations.
     */
    private static String prose(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                out.append(line).append('\n');
            }
        }
        return out.toString().replaceAll("`[^`]*`", "");
    }
}
