package dev.dbtokens.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.dbtokens.test.DatabricksEmulator.DEFAULT_PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real browser: the system's headless Chromium driven by Selenium through the
 * system's chromedriver (Debian packages {@code chromium} and {@code chromium-driver}; override
 * the paths with {@code -Dportal.chromium=...} and {@code -Dportal.chromedriver=...}). Without
 * them the tests fail, they are never skipped. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { PortalTestUsers.USER_PASSWORD_PROPERTY, PortalTestUsers.ADMIN_PASSWORD_PROPERTY })
@AutoConfigureDatabricksEmulator
class PortalBrowserTests {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@Autowired
	TokensClient tokensClient;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() throws IOException {
		this.databricksEmulator.reset();
		this.databricksEmulator.principals().addToGroup(DatabricksEmulator.ADMINS_GROUP, DEFAULT_PRINCIPAL); // the admin page uses Token Management
		Files.createDirectories(SCREENSHOTS);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(executable("portal.chromedriver", "/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(executable("portal.chromium", "/usr/bin/chromium").toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1200,1000", "--lang=en");
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void signsInCreatesATokenShownOnceSeesItListedAndRevokesIt() throws IOException {
		open("/");
		assertThat(this.browser.getCurrentUrl()).as("sent to sign in").endsWith("/login");
		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		assertThat(text("#signed-in-user")).isEqualTo(PortalTestUsers.USER);
		assertThat(text("#no-tokens")).isEqualTo("You have no tokens.");
		assertThat(this.browser.findElements(By.linkText("Admin"))).as("no admin link for a user").isEmpty();

		create("notebook", "lifetime-604800");
		create("ci-nightly", "lifetime-3600");

		String value = text("#token-value");
		assertThat(value).startsWith("dapi");
		assertThat(text("#created .warning")).contains("it will not be shown again");
		assertThat(this.browser.findElement(By.id("copy")).getText()).isEqualTo("Copy");
		EmulatedToken stored = stored("portal:user ci-nightly");
		WebElement row = row(stored.tokenId());
		assertThat(row.findElement(By.cssSelector(".comment")).getText()).isEqualTo("ci-nightly");
		assertThat(row.findElement(By.cssSelector(".time-left")).getText()).matches("(59 min|1 h) left");
		assertThat(Double.parseDouble(row.findElement(By.tagName("meter")).getDomProperty("value"))).isGreaterThan(0.99);
		screenshot("portal.png");

		open("/");
		assertThat(this.browser.getPageSource()).as("the value is shown once only").doesNotContain(value);
		assertThat(row(stored.tokenId()).findElement(By.cssSelector(".comment")).getText()).isEqualTo("ci-nightly");

		follow(row(stored.tokenId()).findElement(By.linkText("Revoke…")));
		assertThat(text("h2")).isEqualTo("Revoke this token?");
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).as("nothing revoked before the confirmation")
			.extracting(EmulatedToken::tokenId)
			.contains(stored.tokenId());
		follow(this.browser.findElement(By.id("confirm-revoke")));
		assertThat(text("#message")).isEqualTo("Token " + stored.tokenId() + " revoked.");
		assertThat(this.browser.findElements(By.cssSelector("tr[data-token-id='" + stored.tokenId() + "']"))).isEmpty();
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId)
			.doesNotContain(stored.tokenId());
	}

	@Test
	void showsWhatToChangeForABadLifetimeAndKeepsTheInput() {
		open("/login");
		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		this.browser.findElement(By.id("comment")).sendKeys("fractional");
		this.browser.findElement(By.id("lifetime-other")).click();
		this.browser.findElement(By.id("other-seconds")).sendKeys("1.5");
		follow(this.browser.findElement(By.id("create")));

		assertThat(text("#error")).isEqualTo("Lifetime must be a whole number of seconds, was 1.5: round it, e.g. to 2");
		assertThat(this.browser.findElement(By.id("comment")).getDomProperty("value")).isEqualTo("fractional");
		assertThat(this.browser.findElements(By.id("created"))).isEmpty();
		assertThat(this.databricksEmulator.createdCount()).isZero();
	}

	@Test
	void showsEachSignInMessageOnlyWhenItHolds() {
		open("/login");
		assertThat(this.browser.findElements(By.cssSelector("#error, #locked, #message"))).as("a first visit").isEmpty();

		signIn(PortalTestUsers.USER, "not-the-password");
		assertThat(text("#error")).isEqualTo("Wrong user name or password.");
		assertThat(this.browser.findElements(By.cssSelector("#locked, #message"))).isEmpty();

		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		follow(this.browser.findElement(By.cssSelector("header button.link")));
		assertThat(text("#message")).isEqualTo("You are signed out.");
		assertThat(this.browser.findElements(By.cssSelector("#error, #locked"))).isEmpty();
	}

	@Test
	void reloadingThePageThatShowsANewTokenCreatesNothingAndShowsTheValueNoMore() {
		open("/login");
		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		create("reload-me", "lifetime-3600");
		String value = text("#token-value");
		assertThat(this.browser.getCurrentUrl()).as("redirected after the POST").endsWith(":" + this.port + "/");

		this.browser.navigate().refresh();
		assertThat(this.browser.getPageSource()).doesNotContain(value);
		assertThat(this.browser.findElements(By.id("created"))).isEmpty();
		String id = stored("portal:user reload-me").tokenId();
		assertThat(row(id).findElement(By.cssSelector(".comment")).getText()).isEqualTo("reload-me");
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).filteredOn((token) -> "portal:user reload-me".equals(token.comment()))
			.as("one token, however often the page is reloaded")
			.hasSize(1);
	}

	@Test
	void typingInOtherChoosesIt() {
		open("/login");
		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		this.browser.findElement(By.id("comment")).sendKeys("a-minute");
		this.browser.findElement(By.id("other-seconds")).sendKeys("60");
		follow(this.browser.findElement(By.id("create")));

		assertThat(text("#created-lifetime")).isEqualTo("1 minute");
		assertThat(lifetime(stored("portal:user a-minute"))).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void refusesALifetimeThatContradictsItselfNamingBothAndKeepsTheChoice() {
		open("/login");
		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		this.browser.findElement(By.id("other-seconds")).sendKeys("60");
		this.browser.findElement(By.id("lifetime-3600")).click();
		follow(this.browser.findElement(By.id("create")));

		assertThat(text("#error")).isEqualTo("Lifetime: 1 hour is selected but \"other\" holds '60' seconds: select \"other\" "
				+ "to use those seconds, or clear it to get 1 hour");
		assertThat(this.browser.findElement(By.id("lifetime-3600")).isSelected()).isTrue();
		assertThat(this.browser.findElement(By.id("other-seconds")).getDomProperty("value")).isEqualTo("60");
		assertThat(this.databricksEmulator.createdCount()).isZero();
	}

	@Test
	void keepsOtherSelectedAfterARefusalSoTheCorrectedNumberIsTheLifetime() {
		open("/login");
		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		this.browser.findElement(By.id("comment")).sendKeys("two-minutes");
		this.browser.findElement(By.id("other-seconds")).sendKeys("0");
		follow(this.browser.findElement(By.id("create")));
		assertThat(text("#error")).isEqualTo("Lifetime must be between 1 and 2592000 seconds (30 days), was 0");
		assertThat(this.browser.findElement(By.id("lifetime-other")).isSelected()).isTrue();

		WebElement other = this.browser.findElement(By.id("other-seconds"));
		other.clear();
		other.sendKeys("120");
		follow(this.browser.findElement(By.id("create")));
		assertThat(text("#created-lifetime")).isEqualTo("2 minutes");
		assertThat(lifetime(stored("portal:user two-minutes"))).isEqualTo(Duration.ofSeconds(120));
	}

	@Test
	void showsThePortalsErrorPagesWithAWayHome() throws IOException {
		open("/login");
		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		open("/admin");
		assertThat(text("h1")).isEqualTo("403 Forbidden");
		assertThat(text("#error-explanation")).startsWith("This page is for the portal's administrators.");
		open("/nope");
		assertThat(text("h1")).isEqualTo("404 Not Found");
		screenshot("error.png");
		follow(this.browser.findElement(By.id("home")));
		assertThat(text("#signed-in-user")).isEqualTo(PortalTestUsers.USER);
	}

	@Test
	void fitsANarrowScreenWithEveryActionReachable() throws IOException {
		this.browser.manage().window().setSize(new Dimension(390, 844));
		open("/login");
		signIn(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD);
		create("narrow-screen", "lifetime-3600");
		assertThat(width("window.innerWidth")).as("the page is laid out at 390 px").isLessThanOrEqualTo(390);
		assertFitsTheScreen();
		screenshot("portal-narrow.png");
		WebElement revoke = row(stored("portal:user narrow-screen").tokenId()).findElement(By.linkText("Revoke…"));
		assertOnScreen(revoke);

		follow(revoke);
		assertFitsTheScreen();
		assertOnScreen(this.browser.findElement(By.id("revoke-id")));
		assertOnScreen(this.browser.findElement(By.id("confirm-revoke")));
	}

	@Test
	void fitsTheAdminTablesAndLongIdsOnThePage() {
		this.tokensClient.create("portal:user legacy", null).block();
		open("/login");
		signIn(PortalTestUsers.ADMIN, PortalTestUsers.ADMIN_PASSWORD);
		open("/admin");
		follow(this.browser.findElement(By.id("dry-run")));
		awaitElement("findings");
		assertFitsTheScreen();
		Rectangle page = this.browser.findElement(By.tagName("main")).getRect();
		for (String table : List.of("findings", "all-tokens")) {
			Rectangle box = this.browser.findElement(By.id(table)).getRect();
			assertThat(box.getX() + box.getWidth()).as("right edge of #%s", table).isLessThanOrEqualTo(page.getX() + page.getWidth());
		}
		assertOnScreen(this.browser.findElement(By.cssSelector("#findings code.token-id")));
		assertOnScreen(this.browser.findElement(By.cssSelector("#all-tokens tbody tr td:last-child")));
		WebElement shortId = this.browser.findElement(By.cssSelector("#all-tokens tbody code"));
		assertThat(shortId.getDomAttribute("title")).as("the full id, where the table shows it shortened").hasSize(64);

		this.browser.manage().window().setSize(new Dimension(390, 844));
		assertFitsTheScreen();
		assertOnScreen(this.browser.findElement(By.id("revoke-findings")));
	}

	@Test
	void signsInAsAdminAndRunsTheComplianceSweepAsADryRunThenForReal() throws IOException {
		String legacy = this.tokensClient.create("portal:user legacy", null).block().tokenInfo().tokenId();
		String compliant = this.tokensClient.create("portal:user recent", Duration.ofDays(2)).block().tokenInfo().tokenId();
		String ownTokenId = this.databricksEmulator.tokens(DEFAULT_PRINCIPAL).get(0).tokenId();

		open("/login");
		signIn(PortalTestUsers.ADMIN, PortalTestUsers.ADMIN_PASSWORD);
		follow(this.browser.findElement(By.linkText("Admin")));
		assertThat(text("#all-tokens")).contains("legacy", "recent", "Seeded by DatabricksEmulator");
		assertThat(row(legacy).findElement(By.cssSelector(".created-by")).getText()).isEqualTo(DEFAULT_PRINCIPAL);
		assertThat(row(legacy).findElement(By.cssSelector(".authenticates-as")).getText()).isEqualTo("the creator");
		assertThat(text("#expiring")).contains("recent").doesNotContain("legacy");

		follow(this.browser.findElement(By.id("dry-run")));
		awaitElement("findings");
		List<WebElement> findings = this.browser.findElements(By.cssSelector("#findings tr.finding"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.getText()).contains(legacy, "user", "legacy");
			assertThat(finding.findElement(By.cssSelector(".reason")).getText()).isEqualTo("never expires");
		});
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).as("a dry run revokes nothing")
			.extracting(EmulatedToken::tokenId)
			.contains(legacy, compliant, ownTokenId);
		screenshot("admin.png");

		follow(this.browser.findElement(By.id("revoke-findings")));
		awaitElement("report");
		assertThat(text("#report")).startsWith("Revoked 1, already gone 0, failed 0.");
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId)
			.containsExactlyInAnyOrder(compliant, ownTokenId);
	}

	private void awaitElement(String id) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void signIn(String user, String password) {
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(password);
		follow(this.browser.findElement(By.id("sign-in")));
	}

	private void create(String comment, String lifetimeId) {
		WebElement field = this.browser.findElement(By.id("comment"));
		field.clear();
		field.sendKeys(comment);
		this.browser.findElement(By.id(lifetimeId)).click();
		follow(this.browser.findElement(By.id("create")));
	}

	/**
	 * Clicks a link or button that leads to another page, and waits until the browser has left this
	 * one: the clicked element is stale, or (while Chromium swaps the documents) its node "does not
	 * belong to the document" any more, which ChromeDriver reports as a plain WebDriverException.
	 */
	private void follow(WebElement element) {
		element.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((driver) -> hasLeft(element));
	}

	private static boolean hasLeft(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** An element's text; when it is missing, the failure shows the page instead (token values masked). */
	private String text(String css) {
		List<WebElement> found = this.browser.findElements(By.cssSelector(css));
		if (found.isEmpty()) {
			String page = this.browser.findElement(By.tagName("body")).getText().replaceAll("dapi[0-9a-zA-Z-]+", "dapi<masked>");
			throw new AssertionError("No element " + css + " on " + this.browser.getCurrentUrl() + ", which shows:\n"
					+ page.substring(0, Math.min(page.length(), 2000)));
		}
		return found.get(0).getText();
	}

	private WebElement row(String tokenId) {
		return this.browser.findElement(By.cssSelector("tr[data-token-id='" + tokenId + "']"));
	}

	private EmulatedToken stored(String comment) {
		return this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)
			.stream()
			.filter((token) -> comment.equals(token.comment()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the emulator holds no token '" + comment + "'"));
	}

	private void assertFitsTheScreen() {
		assertThat(width("document.documentElement.scrollWidth")).as("no sideways scrolling on %s", this.browser.getCurrentUrl())
			.isLessThanOrEqualTo(width("window.innerWidth"));
	}

	private void assertOnScreen(WebElement element) {
		Rectangle box = element.getRect();
		assertThat(box.getX()).as("left edge of %s", element.getText()).isGreaterThanOrEqualTo(0);
		assertThat(box.getX() + box.getWidth()).as("right edge of %s", element.getText())
			.isLessThanOrEqualTo(width("window.innerWidth"));
	}

	private int width(String script) {
		return ((Number) ((JavascriptExecutor) this.browser).executeScript("return " + script)).intValue();
	}

	private static Duration lifetime(EmulatedToken token) {
		return Duration.between(token.creationTime(), token.expiryTime());
	}

	private void screenshot(String name) throws IOException {
		Path taken = ((org.openqa.selenium.TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(taken, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

	private static Path executable(String property, String fallback) {
		Path path = Paths.get(System.getProperty(property, fallback));
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException("The browser tests need headless Chromium and its driver, and " + path
					+ " is missing. Install them (Debian: apt-get install chromium chromium-driver; CI's .ci/run does) or "
					+ "point -D" + property + "=... at them. These tests are never skipped.");
		}
		return path;
	}

}
