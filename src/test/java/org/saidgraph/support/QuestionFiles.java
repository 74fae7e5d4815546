package org.saidgraph.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The README's example questions ({@code cypher/questions/*.cypher}) in the two forms the README gives: pasted into
 * Neo4j Browser (statements split at {@code ;}, each {@code :param name => expression} evaluated as Browser
 * evaluates it, with a RETURN before it, then the query) and sent through a driver (the file without its
 * {@code :param} lines, with the parameters the README lists for the question).
 */
public final class QuestionFiles {

    private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+?);?$");
    /** The README's link to a question file and the parameters it lists for it. */
    private static final Pattern README_QUESTION = Pattern.compile(
            "\\]\\(cypher/questions/([\\w-]+)\\.cypher\\),\\s+(?:parameters\\s+`(\\{[^`]*\\})`|no parameters)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionFiles() {
    }

    /** Each question file the README links, with the parameters it lists for it. */
    public static Map<String, Map<String, Object>> readmeParameters(Path readme) {
        try {
            String text = Files.readString(readme).replaceAll("\\s+", " ");
            Map<String, Map<String, Object>> questions = new TreeMap<>();
            Matcher m = README_QUESTION.matcher(text);
            while (m.find()) {
                questions.put(m.group(1), m.group(2) == null ? Map.of()
                        : JSON.readValue(m.group(2), new TypeReference<Map<String, Object>>() { }));
            }
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String file(String question) {
        try {
            return Files.readString(Path.of("cypher/questions", question + ".cypher"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query a driver is sent: the file without its {@code :param} lines. */
    public static String body(String file) {
        return file.lines().filter(line -> !line.startsWith(":param")).collect(Collectors.joining("\n"));
    }

    /** The parameters the body uses ({@code $name}). */
    public static Set<String> parametersUsed(String file) {
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\$(\\w+)").matcher(body(file));
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    /**
     * Runs a file as Neo4j Browser runs it pasted whole, through {@code run} (query, parameters); returns the rows of
     * the last statement.
     */
    public static List<Record> browser(String file, BiFunction<String, Map<String, Object>, List<Record>> run) {
        Map<String, Object> params = new HashMap<>();
        List<Record> rows = List.of();
        StringBuilder statement = new StringBuilder();
        for (String line : file.split("\n")) {
            statement.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                rows = statement(statement.toString().strip(), params, run);
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            rows = statement(statement.toString().strip(), params, run);
        }
        return rows;
    }

    private static List<Record> statement(String statement, Map<String, Object> params,
                                          BiFunction<String, Map<String, Object>, List<Record>> run) {
        Matcher param = PARAM.matcher(statement);
        if (param.matches()) {
            params.put(param.group(1), run.apply("RETURN " + param.group(2) + " AS value", Map.of()).get(0)
                    .get("value").asObject());
            return List.of();
        }
        if (statement.startsWith(":")) {
            throw new IllegalArgumentException("a client command this helper does not know: " + statement);
        }
        return run.apply(statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement,
                params);
    }
}
