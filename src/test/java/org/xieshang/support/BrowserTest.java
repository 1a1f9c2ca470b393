package org.xieshang.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the application runs on a random port (the shared integration-test context) and the
 * system Chromium, driven by Playwright, clicks through it. One browser per test class (starting Playwright costs
 * seconds), a fresh context (cookies, session) per test. Screenshots go to target/screenshots.
 */
@IntegrationTest
public abstract class BrowserTest {

    private static final List<Path> CHROMIUM =
            List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        Path executable = CHROMIUM.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Browser tests need Debian's chromium (apt-get install chromium fonts-wqy-zenhei);"
                                + " .ci/run installs it"));
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(375, 812).setLocale("zh-CN"));
        context.setDefaultTimeout(15_000);
        page = settlingAfterClicks(context.newPage());
    }

    /**
     * The page, except that every click also waits until the document it leads to is parsed. Playwright's click
     * returns once a navigation has started; a page the server sends in several chunks can then be read half-parsed
     * (an assertion once saw a list cut off after a name). Clicks that do not navigate (htmx) return at once as before.
     */
    private static Page settlingAfterClicks(Page page) {
        return (Page) Proxy.newProxyInstance(
                Page.class.getClassLoader(), new Class<?>[] {Page.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(page, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("click")) {
                        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
                    }
                    return result;
                });
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        assertThat(page.locator("header .user").textContent()).isNotBlank();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }
}
