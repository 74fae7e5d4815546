package org.saidgraph.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bearer token HTTP writes need: {@code saidgraph.api.write-token} (best given as the environment variable
 * SAIDGRAPH_API_WRITE_TOKEN, since a command line shows in {@code ps}), or the first line of the file
 * {@code saidgraph.api.write-token-file}. Empty, writes over HTTP are refused. The token itself is never logged or
 * shown: {@link #toString()} hides it.
 *
 * @param writeToken     the token itself
 * @param writeTokenFile a file holding the token (read once, at start)
 */
@ConfigurationProperties("saidgraph.api")
public record WriteToken(String writeToken, Path writeTokenFile) {

    /** The token in force: from the file when one is named, else the property; empty when neither is set. */
    String value() {
        if (writeTokenFile != null && !writeTokenFile.toString().isBlank()) {
            try {
                String text = Files.readString(writeTokenFile, StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                return (nl < 0 ? text : text.substring(0, nl)).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read saidgraph.api.write-token-file " + writeTokenFile, e);
            }
        }
        return writeToken == null ? "" : writeToken.strip();
    }

    /** Compares in time that depends on neither token's content nor length: both are hashed first. */
    static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(sha256(given), sha256(expected));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "WriteToken[" + (writeTokenFile != null ? "file " + writeTokenFile
                : writeToken == null || writeToken.isBlank() ? "unset" : "set") + "]";
    }
}
