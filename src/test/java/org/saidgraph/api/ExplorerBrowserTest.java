package org.saidgraph.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer page in a real browser (headless Chromium) over the real application with the seed loaded, under the
 * page's Content-Security-Policy: what a new user does, step by step, and that the console stays free of errors (a
 * CSP violation, a failed request or a script error would show there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest extends ApiTestSupport {

    static final String WHEELS_TWEET = SEED + ".nauseda-wheels-tweet";
    static final String NAUSEDA_REPLY = SEED + ".nauseda-reply";

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        assumeTrue(Browser.unavailable().isEmpty(), () -> "skipped: " + Browser.unavailable().orElse(""));
        browser = new Browser(1366, 800);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        if (browser != null) {
            assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
        }
    }

    @Test
    void thePageOpensWithTheSeedsSpeakersAndStatementsDrawnUnderItsSecurityPolicy() {
        Answer page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.response().headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'", "style-src 'self'");
        open(browser, "");
        List<String> ids = strings(browser.js("return cy.nodes().map(n => n.id())"));
        assertThat(ids).contains("elon-musk", "gitanas-nauseda", "volodymyr-zelensky", MUSK_PROPOSAL);
        assertThat((Long) browser.js("return cy.edges().length")).isGreaterThan(10);
        // Only verbatim statements are drawn in quotation marks.
        List<Map<String, Object>> labels = maps(browser.js(
                "return cy.nodes('[type=\"statement\"]').map(n => ({verbatim: !!n.data('verbatim'), "
                        + "label: n.style('label')}))"));
        assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(((String) l.get("label")).startsWith("“"))
                .isEqualTo(l.get("verbatim")));
        assertThat(browser.driver().findElement(By.id("legend")).getText()).contains("person", "organization",
                "territory", "group", "statement", "article");
        browser.screenshot("graph-1366");
    }

    @Test
    void aNewUserFindsNausedaReadsHisTweetInTheArticleAndFollowsTheThreadToMusksProposal() {
        open(browser, "");
        // "/" focuses the search; typing without diacritics offers him; Enter chooses the first suggestion.
        browser.driver().findElement(By.tagName("body")).sendKeys("/");
        WebElement search = browser.driver().switchTo().activeElement();
        assertThat(search.getAttribute("id")).isEqualTo("search");
        search.sendKeys("nauseda");
        browser.waitFor("a suggestion for Nausėda", d -> d.findElements(By.cssSelector("#search-list [role=option]"))
                .stream().anyMatch(o -> o.getText().contains("Gitanas Nausėda")));
        search.sendKeys(Keys.ENTER);
        browser.waitFor("his panel", d -> d.findElement(By.id("panel-title")).getText().equals("Gitanas Nausėda"));
        assertThat(browser.driver().getCurrentUrl()).contains("focus=gitanas-nauseda");

        // Centred on him, his statements are drawn: among them his tweet.
        browser.waitFor("his tweet drawn", d -> (Boolean) browser.js(
                "return cy.getElementById(arguments[0]).nonempty()", WHEELS_TWEET));
        assertThat(browser.js("return cy.getElementById('gitanas-nauseda').selected()")).isEqualTo(true);

        // A real click on the tweet's node opens it, with its passage and the exact span marked.
        clickNode(WHEELS_TWEET);
        WebElement mark = browser.waitFor("the passage", d -> d.findElement(By.cssSelector("#passage mark.span")));
        assertThat(mark.getText()).contains("steal the wheels of your Tesla");
        assertThat(browser.driver().findElement(By.id("statement-text")).getText()).startsWith("“");

        // Read in the article: every statement of the seed is highlighted, and the tweet is marked.
        browser.driver().findElement(By.id("read-in-article")).click();
        browser.waitFor("the article", d -> !d.findElements(By.cssSelector("#article-text .hl.active")).isEmpty());
        everyStatementOfTheArticleIsHighlighted(SEED);
        assertThat(browser.driver().findElement(By.cssSelector("#article-text .hl.active")).getText())
                .contains("steal the wheels");
        browser.screenshot("article-1366");

        // His paraphrased reply, clicked in the article, opens as a paraphrase with its evidence, and is drawn.
        browser.js("document.querySelector(`.hl[data-statement='${arguments[0]}']`).click()", NAUSEDA_REPLY);
        browser.waitFor("the reply", d -> d.findElement(By.id("panel-title")).getText().contains("reply"));
        assertThat(browser.driver().findElement(By.id("statement-text")).getText()).doesNotStartWith("“");
        assertThat(browser.driver().findElement(By.id("panel-body")).getText()).contains("paraphrase",
                "The article's own words");
        browser.waitFor("the reply in the graph", d -> (Boolean) browser.js(
                "return cy.getElementById(arguments[0]).selected()", NAUSEDA_REPLY));

        // The thread leads up to Musk's proposal.
        browser.driver().findElement(By.xpath("//div[@class='actions']/button[text()='Thread']")).click();
        WebElement tree = browser.waitFor("the thread", d -> d.findElement(By.id("thread-tree")));
        assertThat(tree.getText()).contains("Elon Musk · proposal", "Gitanas Nausėda · reply").containsIgnoringCase(
                "replies");
        tree.findElement(By.xpath(".//button[contains(., 'Elon Musk · proposal')]")).click();
        browser.waitFor("Musk's proposal", d -> d.findElement(By.id("panel-title")).getText()
                .equals("Elon Musk · proposal"));
        assertThat(browser.driver().getCurrentUrl()).contains("panel=statement%3A" + MUSK_PROPOSAL.replace(".", "."));

        // Escape closes the panel, then the article.
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.waitFor("panel closed", d -> !d.findElement(By.id("panel")).isDisplayed());
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.waitFor("article closed", d -> !d.findElement(By.id("reader")).isDisplayed());
    }

    @Test
    void theGraphIsExploredWithTheKeyboardAloneArrowsChooseNodesAndEnterOpensThem() {
        open(browser, "");
        WebElement drawing = browser.driver().findElement(By.id("cy"));
        assertThat(drawing.getAttribute("tabindex")).isEqualTo("0");
        browser.waitFor("the drawing at rest", d -> (Boolean) browser.js("return !cy.animated()"));
        drawing.sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("cy");
        assertThat((Long) browser.js("return cy.$('node:selected').length")).isEqualTo(1L);
        int moves = 0;
        for (int round = 0; round < 3; round++) {
            for (Keys key : List.of(Keys.ARROW_RIGHT, Keys.ARROW_DOWN, Keys.ARROW_LEFT, Keys.ARROW_UP)) {
                Map<String, Object> before = mapOf(browser.js(
                        "const n = cy.$('node:selected')[0]; return {id: n.id(), x: n.position('x'), y: n.position('y')}"));
                drawing.sendKeys(key);
                Map<String, Object> after = mapOf(browser.js(
                        "const n = cy.$('node:selected')[0]; return {id: n.id(), x: n.position('x'), y: n.position('y')}"));
                if (!after.get("id").equals(before.get("id"))) {
                    moves++;
                    double dx = ((Number) after.get("x")).doubleValue() - ((Number) before.get("x")).doubleValue();
                    double dy = ((Number) after.get("y")).doubleValue() - ((Number) before.get("y")).doubleValue();
                    double along = key == Keys.ARROW_RIGHT ? dx : key == Keys.ARROW_LEFT ? -dx
                            : key == Keys.ARROW_DOWN ? dy : -dy;
                    assertThat(along).as("%s moved the selection that way", key.name()).isPositive();
                }
            }
        }
        assertThat(moves).as("arrow keys moved the selection").isGreaterThanOrEqualTo(3);
        assertThat(browser.driver().findElement(By.id("status")).getText()).contains("Enter opens it");

        // Enter does what a click does: the chosen person's panel opens.
        browser.js("cy.$(':selected').unselect(); cy.getElementById('elon-musk').select()");
        drawing.sendKeys(Keys.ENTER);
        browser.waitFor("his panel", d -> d.findElement(By.id("panel-title")).getText().equals("Elon Musk"));
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.waitFor("panel closed", d -> !d.findElement(By.id("panel")).isDisplayed());
    }

    @Test
    void theStancesOnCrimeaAreGroupedWithTheirSpeakersAndTheViewComesBackFromItsUrl() {
        open(browser, "?focus=crimea&panel=stance%3Acrimea");
        WebElement groups = browser.waitFor("the stances", d -> d.findElement(By.id("stance-groups")));
        browser.waitFor("groups", d -> !groups.findElements(By.cssSelector(".stance-group")).isEmpty());
        assertThat(groups.getText()).contains("recognise as russian", "Elon Musk", "remain russian", "Vladimir Putin",
                "return to ukraine", "Mykhaylo Podolyak");
        // A group with no more statements than it shows ends with its list, not with a printed empty value.
        assertThat(groups.getText()).doesNotContainPattern("\\b(null|undefined)\\b");
        // Each group has its own colour, the same for its border and its bar.
        List<String> colours = strings(browser.js("return [...document.querySelectorAll('.stance-group')]"
                + ".map(g => getComputedStyle(g).borderLeftColor)"));
        assertThat(colours).doesNotHaveDuplicates();
        assertThat(strings(browser.js("return cy.nodes().map(n => n.id())"))).contains("crimea", MUSK_PROPOSAL);
        browser.screenshot("stance-1366");
    }

    @Test
    void aStanceNodeIsNamedByItsPositionAndAClickOnItOpensTheTerritorysStances() {
        open(browser, "?focus=crimea");
        String stance = "stance:crimea decide-by-vote";
        assertThat((String) browser.js("return cy.getElementById(arguments[0]).data('label')", stance))
                .isEqualTo("stance: decide by vote");
        // No node is labelled with a database element id.
        assertThat(strings(browser.js("return cy.nodes().map(n => n.data('label'))")))
                .noneMatch(label -> label.startsWith("node:"));
        clickNode(stance);
        WebElement groups = browser.waitFor("the stances", d -> d.findElement(By.id("stance-groups")));
        browser.waitFor("groups", d -> !groups.findElements(By.cssSelector(".stance-group")).isEmpty());
        assertThat(groups.getText()).contains("decide by vote", "Elon Musk");
        assertThat(browser.driver().getCurrentUrl()).contains("panel=stance%3Acrimea");
    }

    @Test
    void aHubIsDrawnAPageAtATimeWithShowMoreAndTheViewExportsAsAnImage() {
        open(browser, "?focus=elon-musk&panel=entity%3Aelon-musk");
        long degree = (Long) browser.js("return cy.getElementById('elon-musk').data('degree')");
        long drawn = (Long) browser.js("return cy.getElementById('elon-musk').neighborhood('node').length");
        assertThat(drawn).isLessThan(degree);
        WebElement more = browser.waitFor("show more", d -> d.findElement(By.id("show-more")));
        assertThat(more.getText()).startsWith("Show ").contains("not drawn");
        more.click();
        browser.waitFor("the next page drawn", d -> (Long) browser.js(
                "return cy.getElementById('elon-musk').neighborhood('node').length") > drawn);
        assertThat(browser.driver().getCurrentUrl()).contains("expand=elon-musk");
        // The view as an image (what "PNG image" saves): the canvas is not tainted by anything.
        assertThat(((String) browser.js("return cy.png({full: true})"))).startsWith("data:image/png;base64,")
                .hasSizeGreaterThan(10_000);
    }

    @Test
    void aListsTotalIsShownExactOrAsAtLeastWhenCountingStoppedAtItsCap() {
        open(browser, "?focus=elon-musk&panel=entity%3Aelon-musk");
        // The headings' own text (the style shows them in capitals).
        browser.waitFor("his statements", d -> strings(browser.js(
                "return [...document.querySelectorAll('#panel-body h3')].map(h => h.textContent)")).contains("Said (8)"));
        // No list the explorer shows reaches its cap on the seed: the shared formatting, on both kinds of total.
        Object shown = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/explorer/dom.js').then(m => done([m.totalText({total: 10000, totalIsLowerBound: true}),
                  m.totalText({total: 1234, totalIsLowerBound: false}), m.totalText({total: 8})]));""");
        assertThat(strings(shown)).containsExactly("10,000+", "1,234", "8");
    }

    @Test
    void filtersKeepOnlyMatchingStatementsAndLiveInTheUrl() {
        open(browser, "?act=denial");
        List<String> acts = strings(browser.js("return cy.nodes('[type=\"statement\"]').map(n => n.data('act'))"));
        assertThat(acts).isNotEmpty().containsOnly("denial");
        assertThat(strings(browser.js("return cy.nodes().map(n => n.id())"))).contains(MUSK_DENIAL, "elon-musk");
        assertThat(browser.driver().findElement(By.id("filter-act")).getAttribute("value")).isEqualTo("denial");
        // Clearing the filter shows everything again and leaves the URL.
        browser.driver().findElement(By.id("clear-filters")).click();
        browser.waitFor("unfiltered", d -> (Boolean) browser.js(
                "return cy.nodes('[type=\"statement\"]').some(n => n.data('act') !== 'denial')"));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("act=");
    }

    @Test
    void aStatementWithMarkupInItsTextShowsTheMarkupAsTextAndRunsNothing() {
        String text = "Mallory wrote: <img src=x onerror=alert(1)> and <script>alert(2)</script> were here.";
        int start = text.indexOf("<img");
        int end = text.indexOf(" were");
        Map<String, Object> dataset = Map.of(
                "formatVersion", 1, "origin", "curated",
                "article", Map.of("id", "markup-check", "title", "<b>Markup</b> <img src=x onerror=alert(3)>",
                        "text", text),
                "entities", List.of(Map.of("type", "person", "id", "mallory",
                        "name", "Mallory <img src=x onerror=alert(4)>")),
                "statements", List.of(Map.of("id", "markup-check.markup", "text", text.substring(start, end),
                        "verbatim", true, "act", "statement", "speaker", "mallory",
                        "span", Map.of("start", start, "end", end))));
        try {
            assertThat(post("/api/articles", JSON.valueToTree(dataset).toString(),
                    "Authorization", "Bearer test-token").status()).isEqualTo(201);
            open(browser, "?focus=mallory&read=markup-check&panel=statement%3Amarkup-check.markup");
            browser.waitFor("the statement", d -> d.findElement(By.id("statement-text")).getText().contains("<img"));
            browser.waitFor("the article", d -> !d.findElements(By.cssSelector("#article-text .hl")).isEmpty());
            assertThat(browser.driver().findElement(By.id("statement-text")).getText())
                    .isEqualTo("“<img src=x onerror=alert(1)> and <script>alert(2)</script>”");
            assertThat(browser.driver().findElement(By.id("article-text")).getText()).isEqualTo(text);
            assertThat(browser.driver().findElement(By.id("reader-title")).getText()).contains("<b>Markup</b>");
            assertThat(browser.driver().findElement(By.id("panel-body")).getText())
                    .contains("Mallory <img src=x onerror=alert(4)>");
            // Nothing became markup: no image, no script of the data's, no dialog.
            assertThat((Long) browser.js("return document.querySelectorAll('img, #panel script, #reader script')"
                    + ".length")).isZero();
            assertThat(browser.js("return cy.getElementById('markup-check.markup').data('label')").toString())
                    .contains("<img");
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        } finally {
            delete("/api/articles/markup-check", "Authorization", "Bearer test-token");
        }
    }

    @Test
    void aQuotationInPartsIsQuotedPartByPartAndReadInTheArticleHighlightsEachPartNotTheAttribution() {
        String token = "Bearer test-token";
        String first = QuotationInPartsApiTest.FIRST;
        String second = QuotationInPartsApiTest.SECOND;
        try {
            assertThat(post("/api/articles", QuotationInPartsApiTest.dataset(), "Authorization", token).status())
                    .isEqualTo(201);
            open(browser, "?focus=api-parts-mason&read=" + QuotationInPartsApiTest.ARTICLE + "&panel=statement%3A"
                    + QuotationInPartsApiTest.SPLIT);
            browser.waitFor("the statement", d -> d.findElement(By.id("statement-text")).getText().contains("spring"));
            browser.waitFor("the article", d -> !d.findElements(By.cssSelector("#article-text .hl")).isEmpty());
            assertThat(browser.driver().findElement(By.id("statement-text")).getText())
                    .isEqualTo("“" + first + "” \u2026 “" + second + "”");
            List<String> highlighted = strings(browser.js("return [...document.querySelectorAll('#article-text .hl')]"
                    + ".filter(n => n.dataset.statements.split(' ').includes(arguments[0])).map(n => n.textContent)",
                    QuotationInPartsApiTest.SPLIT));
            assertThat(highlighted).containsExactly(first, second);
            assertThat(browser.driver().findElement(By.id("article-text")).getText())
                    .isEqualTo(QuotationInPartsApiTest.TEXT);
            assertThat(browser.js("return cy.getElementById(arguments[0]).data('display')",
                    QuotationInPartsApiTest.SPLIT).toString()).startsWith("“The bridge").contains("” \u2026 “Nobody")
                    .doesNotContain("Carl Mason");
        } finally {
            delete("/api/articles/" + QuotationInPartsApiTest.ARTICLE, "Authorization", token);
        }
    }

    @Test
    void atAPhonesWidthThePanelsAreFullScreenSheetsAndEverythingStillWorks() {
        Browser phone = new Browser(390, 844);
        try {
            open(phone, "?focus=gitanas-nauseda");
            long width = (Long) phone.js("return document.documentElement.clientWidth");
            assertThat(width).isLessThanOrEqualTo(390);
            assertThat((Long) phone.js("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .isLessThanOrEqualTo(width);
            phone.screenshot("graph-390");

            phone.driver().get("http://127.0.0.1:" + port + "/?focus=gitanas-nauseda&read=" + SEED + "&at="
                    + WHEELS_TWEET);
            WebElement reader = phone.waitFor("the article", d -> d.findElement(By.cssSelector("#article-text")));
            phone.waitFor("the tweet marked", d -> !d.findElements(By.cssSelector("#article-text .hl.active"))
                    .isEmpty());
            assertThat(phone.driver().findElement(By.id("reader")).getRect().getWidth()).isEqualTo((int) width);
            assertThat(reader.getText()).contains("steal the wheels of your Tesla");
            phone.screenshot("article-390");

            // A highlight opens the statement as a sheet over the article; Escape goes back to the article.
            phone.js("document.querySelector('#article-text .hl.active').click()");
            phone.waitFor("the statement sheet", d -> d.findElement(By.id("panel")).isDisplayed()
                    && d.findElement(By.id("panel-title")).getText().contains("Nausėda"));
            assertThat(phone.driver().findElement(By.id("panel")).getRect().getWidth()).isEqualTo((int) width);
            phone.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            phone.waitFor("back at the article", d -> !d.findElement(By.id("panel")).isDisplayed()
                    && d.findElement(By.id("reader")).isDisplayed());

            phone.driver().get("http://127.0.0.1:" + port + "/?focus=crimea&panel=stance%3Acrimea");
            phone.waitFor("the stances", d -> !d.findElements(By.cssSelector(".stance-group")).isEmpty());
            assertThat(phone.driver().findElement(By.id("panel")).getRect().getWidth()).isEqualTo((int) width);
            phone.screenshot("stance-390");
            assertThat(phone.consoleErrors()).as("phone console errors").isEmpty();
        } finally {
            phone.close();
        }
    }

    private void open(Browser b, String query) {
        b.driver().get("http://127.0.0.1:" + port + "/" + query);
        b.waitFor("the view drawn", d -> (Boolean) b.js(
                "return !!window.saidgraph && window.saidgraph.ready && window.cy.nodes().length > 0"));
    }

    /** A real mouse click at the node's place on the canvas. */
    private void clickNode(String id) {
        browser.waitFor("the drawing at rest", d -> (Boolean) browser.js("return !cy.animated()"));
        browser.js("const n = cy.getElementById(arguments[0]); cy.center(n);", id);
        browser.waitFor("the node drawn", d -> (Boolean) browser.js("return cy.getElementById(arguments[0]).visible()",
                id));
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.js("const p = cy.getElementById(arguments[0])"
                + ".renderedPosition(); const r = cy.container().getBoundingClientRect();"
                + "return {x: Math.round(r.left + p.x), y: Math.round(r.top + p.y)};", id);
        new Actions(browser.driver()).moveToLocation(((Number) at.get("x")).intValue(),
                ((Number) at.get("y")).intValue()).click().perform();
    }

    /** For every statement, the highlighted pieces that carry it join to exactly its evidence. */
    private void everyStatementOfTheArticleIsHighlighted(String articleId) {
        var article = get("/api/articles/" + articleId).isOk().json();
        Map<String, Object> joined = mapOf(browser.js("const out = {};"
                + "document.querySelectorAll('#article-text .hl').forEach(n => n.dataset.statements.split(' ')"
                + ".forEach(id => out[id] = (out[id] ?? '') + n.textContent)); return out;"));
        assertThat(article.path("statements")).hasSize(27);
        article.path("statements").forEach(s -> assertThat(joined.get(s.path("id").asText()))
                .as("highlight of %s", s.path("id").asText()).isEqualTo(s.path("evidence").asText()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object value) {
        return (Map<String, Object>) value;
    }
}
