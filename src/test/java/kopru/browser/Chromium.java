package kopru.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (never a driver downloaded at run time).
 *
 * <p>Without them a plain local run skips the browser tests with a message saying how to install them; under CI
 * ({@code CI=true}) a missing browser fails the run, so that the browser tests can never silently stop running.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL = "bash .ci/install-tools.sh chromium chromium-driver";

    /**
     * Records, before any script of the page runs, every CSP violation and uncaught error, where the test can read
     * them. DevTools injects it, so the page's own CSP (which forbids inline script) does not apply to it.
     */
    private static final String PROBE = """
            window.__kopruProblems = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__kopruProblems.push('CSP ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at '
                  + e.sourceFile + ':' + e.lineNumber);
            });
            window.addEventListener('error', function (e) {
              window.__kopruProblems.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href))));
            }, true);
            """;

    private Chromium() {
    }

    /** A fresh headless browser with a desktop-sized window, or a skipped (locally) or failed (CI) test. */
    static ChromeDriver start() {
        List<Path> missing = Stream.of(BROWSER, DRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            String message = "no " + missing + ": install the browser with `" + INSTALL + "`";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI must run the browser tests, but there is " + message);
            }
            Assumptions.abort("Browser tests skipped: " + message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--window-size=1280,900", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--lang=tr");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium refuses to start as root with its sandbox
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        return driver;
    }

    /**
     * Everything that went wrong in the current page since the last call: console errors, failed loads, CSP
     * violations, uncaught script errors. Reading empties the browser's log.
     */
    static List<String> problems(ChromeDriver driver) {
        List<String> problems = new ArrayList<>();
        // An error page's own 404 or 400 is what the test asked for; a failed load of anything else is a defect.
        String ownStatus = driver.getCurrentUrl() + " - Failed to load resource";
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().startsWith(ownStatus)) {
                problems.add("console: " + entry.getMessage());
            }
        }
        Object recorded = driver.executeScript("var p = window.__kopruProblems || []; window.__kopruProblems = []; return p;");
        if (recorded instanceof List<?> list) {
            list.forEach(p -> problems.add(String.valueOf(p)));
        }
        return problems;
    }

    /** Lays the page out as a phone of {@code width} CSS pixels would (mobile viewport, touch), until {@link #desktop}. */
    static void phone(ChromeDriver driver, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    }

    static void desktop(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
