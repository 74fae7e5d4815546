package org.saidgraph.query;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a full-text query before the database sees it, with the parser Neo4j's full-text indexes use (Lucene's
 * classic query parser), so that a syntax error is a 400 that says in plain words what is wrong and where, instead
 * of the database's stack of Lucene class names.
 */
final class FullTextQuery {

    static final String SYNTAX = "words match anywhere, \"a phrase\" matches in order, AND, OR and NOT (in capitals) "
            + "join two terms, + requires and - excludes a word, * and ? are wildcards; to search for one of "
            + "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / as a character, put a \\ before it";

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private FullTextQuery() {
    }

    /** Throws {@link BadParameterException} naming {@code parameter} when {@code q} is not valid Lucene syntax. */
    static void check(String parameter, String q) {
        String problem;
        try {
            new QueryParser("text", new StandardAnalyzer()).parse(q);
            return;
        } catch (ParseException e) {
            problem = describe(q, e.getMessage());
        } catch (TokenMgrError e) {
            problem = describe(q, e.getMessage());
        } catch (RuntimeException e) { // the parser's own limits, such as too many clauses
            problem = "it is too complex";
        }
        throw new BadParameterException(parameter, "is not a valid full-text query: " + problem + ". The syntax: "
                + SYNTAX);
    }

    /** What is wrong with the query, in words: the usual mistakes first, else where the parser stopped. */
    private static String describe(String q, String parserMessage) {
        String unescaped = q.replaceAll("\\\\.", "");
        if (unescaped.chars().filter(c -> c == '"').count() % 2 == 1) {
            return "a \" opens a phrase that is never closed";
        }
        long open = unescaped.chars().filter(c -> c == '(').count();
        long close = unescaped.chars().filter(c -> c == ')').count();
        if (open != close) {
            return open > close ? "a ( is never closed" : "a ) closes nothing";
        }
        String[] words = q.strip().split("\\s+");
        String first = words[0];
        String last = words[words.length - 1];
        for (String operator : new String[]{"AND", "OR", "NOT", "&&", "||"}) {
            if (first.equals(operator) || last.equals(operator)) {
                return operator + " needs a term on " + (words.length == 1 ? "each side" : first.equals(operator)
                        && !operator.equals("NOT") ? "its left" : "its right") + " (to search for the word, write "
                        + "it in lower case: " + operator.toLowerCase(Locale.ROOT) + ")";
            }
        }
        Matcher column = COLUMN.matcher(parserMessage == null ? "" : parserMessage);
        return column.find() ? "it cannot be read from character " + (Integer.parseInt(column.group(1)) + 1)
                : "it cannot be read";
    }
}
