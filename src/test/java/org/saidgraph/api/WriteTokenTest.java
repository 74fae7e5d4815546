package org.saidgraph.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The write token from a property or from a file, compared without shortcut, and never shown. */
class WriteTokenTest {

    @TempDir
    Path dir;

    @Test
    void aTokenFileGivesItsFirstLineAndWinsOverTheProperty() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "from-the-file\nignored second line\n");
        assertThat(new WriteToken("from-the-property", file).value()).isEqualTo("from-the-file");
        assertThat(new WriteToken("from-the-property", null).value()).isEqualTo("from-the-property");
        assertThat(new WriteToken(null, null).value()).isEmpty();
    }

    @Test
    void neitherTheTokenNorItsFileContentIsEverPrinted() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "file-secret");
        assertThat(new WriteToken("property-secret", null).toString()).doesNotContain("property-secret")
                .contains("set");
        assertThat(new WriteToken(null, file).toString()).doesNotContain("file-secret");
    }

    @Test
    void comparesWholeTokensOnly() {
        assertThat(WriteToken.matches("s3cret", "s3cret")).isTrue();
        assertThat(WriteToken.matches("s3cre", "s3cret")).isFalse();
        assertThat(WriteToken.matches("s3cret-and-more", "s3cret")).isFalse();
        assertThat(WriteToken.matches("", "s3cret")).isFalse();
    }
}
