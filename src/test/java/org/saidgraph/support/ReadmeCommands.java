package org.saidgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell commands a markdown file shows: the lines of its plain, {@code sh}, {@code bash} and {@code console}
 * code blocks that start with a command (continuation lines joined; a {@code $ } prompt marks a command whose
 * output follows it), and inline code that is a command. Anything else in those blocks (a diagram, output) is not
 * a command.
 */
public final class ReadmeCommands {

    /** How a command starts: the programs and scripts the README runs. */
    private static final Pattern COMMAND = Pattern.compile(
            "^(java|curl|mvn|cypher-shell|docker|source|saidgraph\\(\\)|scripts/\\S+|/usr/bin/\\S+|[A-Z_]+=\\S+\\s+\\S+)"
                    + "(\\s|$).*");
    private static final Set<String> SHELL_BLOCKS = Set.of("", "sh", "bash", "console", "shell");
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`");

    /** A command, and the output the README shows for it (empty when it shows none). */
    public record Command(String text, List<String> shownOutput) {
    }

    private ReadmeCommands() {
    }

    /** Every command of the file, in order of appearance, each once. */
    public static List<Command> of(Path markdown) {
        String text;
        try {
            text = Files.readString(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Command> commands = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        String block = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```")) {
                block = block == null ? line.strip().substring(3).strip() : null;
                continue;
            }
            if (block == null) {
                // Inline code may run over a line break: join lines until its backticks pair up.
                StringBuilder prose = new StringBuilder(line);
                while (prose.chars().filter(ch -> ch == '`').count() % 2 == 1 && i + 1 < lines.length
                        && !lines[i + 1].strip().startsWith("```")) {
                    prose.append(' ').append(lines[++i].strip());
                }
                Matcher inline = INLINE.matcher(prose);
                while (inline.find()) {
                    String code = inline.group(1).strip().replaceAll("\\s+", " ");
                    if (COMMAND.matcher(code).matches()) {
                        commands.putIfAbsent(code, new Command(code, List.of()));
                    }
                }
                continue;
            }
            if (!SHELL_BLOCKS.contains(block)) {
                continue;
            }
            boolean prompt = line.startsWith("$ ");
            StringBuilder command = new StringBuilder(prompt ? line.substring(2) : line);
            while (command.toString().endsWith("\\") && i + 1 < lines.length) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines[++i].strip());
            }
            String c = command.toString().strip();
            if (!COMMAND.matcher(c).matches()) {
                continue;
            }
            List<String> output = new ArrayList<>();
            while (prompt && i + 1 < lines.length && !lines[i + 1].startsWith("$ ")
                    && !lines[i + 1].strip().startsWith("```")) {
                output.add(lines[++i]);
            }
            commands.putIfAbsent(c, new Command(c, List.copyOf(output)));
        }
        return List.copyOf(commands.values());
    }
}
