package org.saidgraph.reliability;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start another JVM that runs saidgraph: from the packaged jar (as the {@code reliability} command and the
 * packaged-jar tests do), or from the classes on this JVM's classpath (tests that run before the jar exists).
 *
 * @param jar the packaged jar, or null to use {@code classpath}
 * @param classpath the classpath when there is no jar
 */
public record Launcher(Path jar, String classpath) {

    /** The application's own entry point: with no command it runs the server, otherwise the command line. */
    static final String APPLICATION = "org.saidgraph.SaidgraphApplication";

    public static Launcher jar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is not a file: build it with mvn -DskipTests package");
        }
        return new Launcher(jar, null);
    }

    public static Launcher classpath(String classpath) {
        return new Launcher(null, classpath);
    }

    /** The jar this class was loaded from, or this JVM's classpath when it runs from classes (a test, an IDE). */
    public static Launcher ofThisProcess() {
        try {
            Path source = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(source) && source.toString().endsWith(".jar") ? jar(source)
                    : classpath(System.getProperty("java.class.path"));
        } catch (URISyntaxException | RuntimeException e) {
            return classpath(System.getProperty("java.class.path"));
        }
    }

    /** {@code java <jvmOptions> … <mainClass> <args>}; the class-data archive beside the jar is used when present. */
    List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (jar != null) {
            Path archive = jar.resolveSibling("saidgraph.jsa");
            if (Files.isRegularFile(archive)) {
                // Maps the classes a start loads, already parsed (README, "Running"): a third off every start.
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            command.add("-cp");
            command.add(jar.toAbsolutePath().toString());
        } else {
            command.add("-cp");
            command.add(classpath);
        }
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    @Override
    public String toString() {
        return jar != null ? jar.toString() : "the classpath of this JVM";
    }
}
