package fr.sillon.it.browser;

import fr.sillon.it.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium (no driver download: Debian's chromedriver is used). */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=fr-FR", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("sillon-chromium"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        driver = new ChromeDriver(service, options);
        // a full page load (a form posted without Ajax) can replace an element between finding and reading it
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A 10-inch tablet in landscape, as in the field. */
    public static Browser tablet() throws IOException {
        return new Browser(1280, 800);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(WebClient.BASE + path);
    }

    public void login(String login, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("loginForm:login")).sendKeys(login);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Waits until PrimeFaces has no Ajax request in flight. */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    /**
     * Opens the PrimeFaces selectOneMenu {@code id} and picks the item containing {@code label} (or, when null, the
     * first real item), as a person would: only once the panel has finished opening. PrimeFaces 15 records the value
     * to revert to at the end of the opening transition; an item clicked before that raises a script error in
     * SelectOneMenu.revert and the choice is lost, its panel left open (what made two journeys fail on Chromium 156).
     */
    public void choose(String id, String label) {
        if (driver.findElements(By.id(id)).isEmpty()) {
            throw new AssertionError("no " + id + " on " + driver.getCurrentUrl() + ":\n" + text());
        }
        org.openqa.selenium.JavascriptExecutor js = driver;
        js.executeScript("PrimeFaces.getWidgetById(arguments[0]).preShowValue = undefined;", id);
        driver.findElement(By.id(id)).click();
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); return w.preShowValue !== undefined && w.panel.is(':visible');",
                id)));
        String panel = "#" + id.replace(":", "\\:") + "_items li.ui-selectonemenu-item";
        java.util.List<WebElement> items = driver.findElements(By.cssSelector(panel));
        WebElement item = items.stream()
                .filter(i -> label == null ? !i.getAttribute("class").contains("ui-selectonemenu-item-empty")
                        && !i.getText().startsWith("—") && !i.getText().startsWith("Choisir") && items.indexOf(i) > 0
                        : i.getText().contains(label))
                .findFirst().orElseThrow(() -> new AssertionError("no item « " + label + " » in " + id));
        String chosen = item.getText().strip();
        item.click();
        wait.until(d -> d.findElement(By.id(id + "_label")).getText().strip().equals(chosen));
        wait.until(d -> d.findElements(By.cssSelector(panel)).stream().noneMatch(WebElement::isDisplayed));
        waitForAjax();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot under target/screenshots/NAME.png. */
    public Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** What the browser refused under Sillon's Content-Security-Policy since the last call (console messages). */
    public java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    /**
     * Errors of the browser's console since the last call (a resource not found, a script error, a refusal under the
     * Content-Security-Policy), and the refusals kept for {@link #close()}.
     */
    public java.util.List<String> consoleErrors() {
        java.util.List<String> errors = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                .stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        || e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to"))
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
        errors.stream().filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).forEach(refused::add);
        return errors;
    }

    private final java.util.List<String> refused = new java.util.ArrayList<>();

    /** Quits the browser; fails the journey when a page broke the Content-Security-Policy on the way. */
    @Override
    public void close() {
        java.util.List<String> violations;
        try {
            violations = new java.util.ArrayList<>(refused);
            violations.addAll(cspViolations());
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy refused: " + violations);
        }
    }
}
