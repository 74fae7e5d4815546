package org.saidgraph.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer page in Firefox (Debian's ESR, headless, over WebDriver BiDi): the same page as in Chromium works
 * there too — the graph drawn, search from the keyboard, the statement with its passage, the article's highlights,
 * the drawing chosen with the arrow keys, markup shown as text, the phone's width — with no console errors (a CSP
 * violation or a script error would show there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerFirefoxTest extends ApiTestSupport {

    private static final String ENTER = "\uE007";
    private static final String ARROW_LEFT = "\uE012";
    private static final String ARROW_UP = "\uE013";
    private static final String ARROW_RIGHT = "\uE014";
    private static final String ARROW_DOWN = "\uE015";

    private Firefox firefox;

    @BeforeAll
    void startFirefox() {
        assumeTrue(Firefox.unavailable().isEmpty(), () -> "skipped: " + Firefox.unavailable().orElse(""));
        firefox = new Firefox(1366, 800);
    }

    @AfterAll
    void stopFirefox() {
        if (firefox != null) {
            firefox.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        if (firefox != null) {
            assertThat(firefox.consoleErrors()).as("Firefox console errors").isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewUserFindsNausedaFromTheKeyboardAndReadsHisTweetInTheArticle() {
        firefox.viewport(1366, 800);
        open("");
        assertThat((List<Object>) firefox.js("cy.nodes().map(n => n.id())")).contains("elon-musk", "gitanas-nauseda",
                MUSK_PROPOSAL);
        assertThat(firefox.js("cy.nodes('[type=\"statement\"]').every(n => "
                + "n.style('label').startsWith('“') === !!n.data('verbatim'))")).isEqualTo(true);

        firefox.js("document.body.focus()");
        firefox.type("/");
        assertThat(firefox.js("document.activeElement.id")).isEqualTo("search");
        firefox.type("nauseda");
        firefox.waitFor("a suggestion for Nausėda", "[...document.querySelectorAll('#search-list [role=option]')]"
                + ".some(o => o.textContent.includes('Gitanas Nausėda'))");
        firefox.type(ENTER);
        firefox.waitFor("his panel", "document.getElementById('panel-title').textContent === 'Gitanas Nausėda'");
        firefox.waitFor("his tweet drawn", "cy.getElementById('" + ExplorerBrowserTest.WHEELS_TWEET + "').nonempty()");

        // The drawing answers the keyboard: an arrow key moves the selection, Enter opens the chosen node.
        firefox.js("document.getElementById('cy').focus()");
        // Which way leads somewhere depends on the layout: some arrow moves the selection off him.
        String before = (String) firefox.js("cy.$('node:selected')[0].id()");
        boolean moved = false;
        for (String arrow : List.of(ARROW_RIGHT, ARROW_DOWN, ARROW_LEFT, ARROW_UP)) {
            firefox.type(arrow);
            if (!before.equals(firefox.js("cy.$('node:selected')[0].id()"))) {
                moved = true;
                break;
            }
        }
        assertThat(moved).as("an arrow key moved the selection").isTrue();
        firefox.js("cy.$(':selected').unselect(); cy.getElementById('" + ExplorerBrowserTest.WHEELS_TWEET
                + "').select(); document.getElementById('cy').focus()");
        firefox.type(ENTER);
        firefox.waitFor("the passage", "!!document.querySelector('#passage mark.span')");
        assertThat((String) firefox.js("document.querySelector('#passage mark.span').textContent"))
                .contains("steal the wheels of your Tesla");

        firefox.js("document.getElementById('read-in-article').click()");
        firefox.waitFor("the article", "!!document.querySelector('#article-text .hl.active')");
        assertThat((String) firefox.js("document.querySelector('#article-text .hl.active').textContent"))
                .contains("steal the wheels");
        double highlighted = (Double) firefox.js("new Set([...document.querySelectorAll('#article-text .hl')]"
                + ".flatMap(n => n.dataset.statements.split(' '))).size");
        assertThat(highlighted).isEqualTo(27.0);
    }

    @Test
    void theConsoleIsReallyWatchedAnErrorWrittenThereIsSeen() {
        open("");
        firefox.js("console.error('saidgraph-probe')");
        Firefox.waitUntil("the probe seen", () -> firefox.consoleErrors().stream()
                .anyMatch(e -> e.contains("saidgraph-probe")));
        firefox.forget("saidgraph-probe");
    }

    @Test
    void markupInAStatementIsShownAsTextAndRunsNothing() {
        firefox.viewport(1366, 800);
        String text = "Trudy wrote: <img src=x onerror=alert(1)> and <script>alert(2)</script> were here.";
        int start = text.indexOf("<img");
        int end = text.indexOf(" were");
        Map<String, Object> dataset = Map.of(
                "formatVersion", 1, "origin", "curated",
                "article", Map.of("id", "markup-firefox", "title", "<b>Markup</b>", "text", text),
                "entities", List.of(Map.of("type", "person", "id", "trudy", "name", "Trudy <img src=x onerror=alert(4)>")),
                "statements", List.of(Map.of("id", "markup-firefox.markup", "text", text.substring(start, end),
                        "verbatim", true, "act", "statement", "speaker", "trudy",
                        "span", Map.of("start", start, "end", end))));
        try {
            assertThat(post("/api/articles", JSON.valueToTree(dataset).toString(),
                    "Authorization", "Bearer test-token").status()).isEqualTo(201);
            open("?focus=trudy&read=markup-firefox&panel=statement%3Amarkup-firefox.markup");
            firefox.waitFor("the statement", "(document.getElementById('statement-text')?.textContent ?? '')"
                    + ".includes('<img')");
            firefox.waitFor("the article", "!!document.querySelector('#article-text .hl')");
            assertThat(firefox.js("document.getElementById('article-text').textContent")).isEqualTo(text);
            assertThat(firefox.js("document.querySelectorAll('img, #panel script, #reader script').length"))
                    .isEqualTo(0.0);
        } finally {
            delete("/api/articles/markup-firefox", "Authorization", "Bearer test-token");
        }
    }

    @Test
    void atAPhonesWidthTheStancePanelIsAFullScreenSheet() {
        firefox.viewport(390, 844);
        try {
            open("?focus=crimea&panel=stance%3Acrimea");
            firefox.waitFor("the stances", "document.querySelectorAll('.stance-group').length > 0");
            double width = (Double) firefox.js("document.documentElement.clientWidth");
            assertThat(width).isLessThanOrEqualTo(390.0);
            assertThat((Double) firefox.js("document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .isLessThanOrEqualTo(width);
            assertThat((Double) firefox.js("document.getElementById('panel').getBoundingClientRect().width"))
                    .isEqualTo(width);
        } finally {
            firefox.viewport(1366, 800);
        }
    }

    private void open(String query) {
        firefox.navigate("http://127.0.0.1:" + port + "/" + query);
        firefox.waitFor("the view drawn", "!!window.saidgraph && window.saidgraph.ready && window.cy.nodes().length > 0");
    }
}
