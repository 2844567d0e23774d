package dev.dbtokens.test;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An in-memory Databricks workspace that answers the Token API, the Token Management API
 * (every token, on-behalf-of tokens, token permissions, {@code workspace-conf}) and the OAuth
 * machine-to-machine endpoints over real HTTP on {@code 127.0.0.1}, for tests. Who may do
 * what is described on {@link EmulatorPrincipals}.
 *
 * <pre class="code">
 * try (DatabricksEmulator emulator = DatabricksEmulator.builder().withDefaultPrincipal().start()) {
 *     // point the client at emulator.baseUrl() with emulator.defaultToken()
 * }
 * </pre>
 *
 * All methods are thread-safe. State (tokens, principals added at run time, faults, journal)
 * lives in memory; {@link #reset()} returns to the seeded state.
 */
public final class DatabricksEmulator implements AutoCloseable {

	/** Name of the principal seeded by {@link DatabricksEmulatorBuilder#withDefaultPrincipal()}. */
	public static final String DEFAULT_PRINCIPAL = "user@example.com";

	/** The group whose members are workspace admins. */
	public static final String ADMINS_GROUP = PrincipalDirectory.ADMINS;

	/** The group every user and service principal belongs to. */
	public static final String USERS_GROUP = PrincipalDirectory.USERS;

	/** The workspace id reported unless {@link DatabricksEmulatorBuilder#workspaceId(long)} sets another. */
	public static final long DEFAULT_WORKSPACE_ID = 1_234_567_890_123_456L;

	private final EmulatorSettings settings;

	private final Workspace workspace;

	private final TokenRegistry tokens;

	private final EmulatorPrincipals principals;

	private final Faults faults = new Faults();

	private final Journal journal = new Journal();

	private final EmulatorServer server;

	DatabricksEmulator(EmulatorSettings settings) {
		this.settings = settings;
		this.workspace = Workspace.of(settings);
		this.tokens = this.workspace.tokens();
		this.principals = new EmulatorPrincipals(this.workspace, settings);
		OAuthEndpoints oauth = new OAuthEndpoints(this.workspace.directory(), this::baseUrl);
		RequestHandler handler = new RequestHandler(this.workspace, oauth);
		this.server = new EmulatorServer(handler, this.faults, this.journal, settings.clock());
		this.workspace.seed(settings);
	}

	/**
	 * Starts describing an emulator.
	 * @return a builder with the defaults: random port, system UTC clock, quota of 600
	 * tokens, no maximum lifetime, tokens enabled with {@code CAN_USE} for every user, access
	 * tokens valid one hour, no principals
	 */
	public static DatabricksEmulatorBuilder builder() {
		return new DatabricksEmulatorBuilder();
	}

	/**
	 * Binds the server on {@code 127.0.0.1} (or the builder's bind address).
	 * @return this emulator
	 * @throws IllegalStateException if it is already running
	 */
	public DatabricksEmulator start() {
		this.server.start(this.settings.bindAddress(), this.settings.port());
		return this;
	}

	/**
	 * Stops the server and closes its connections; state is kept, and {@link #start()} may
	 * be called again (on a new random port unless one was configured).
	 */
	public void stop() {
		this.server.stop();
	}

	/**
	 * Stops the server, like {@link #stop()}.
	 */
	@Override
	public void close() {
		stop();
	}

	/**
	 * Whether the server is bound.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public boolean isRunning() {
		return this.server.isRunning();
	}

	/**
	 * Returns the port the server is bound to.
	 * @return the port
	 * @throws IllegalStateException if it is not running
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * Returns the workspace URL to give a client, e.g. {@code http://127.0.0.1:54321}.
	 * @return the base URL, without a trailing slash
	 * @throws IllegalStateException if it is not running
	 */
	public String baseUrl() {
		String host = this.settings.bindAddress();
		if (host.equals("0.0.0.0") || host.equals("::")) {
			host = "127.0.0.1";
		}
		return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
	}

	/**
	 * Returns the users, service principals and groups, to read the seeded ones back or add more.
	 * @return the principals of this emulator
	 */
	public EmulatorPrincipals principals() {
		return this.principals;
	}

	/**
	 * Returns the personal access token of the default principal, short for
	 * {@code principals().defaultPrincipal().token()}.
	 * @return the token value
	 * @throws IllegalStateException if the emulator was built without a default principal
	 */
	public String defaultToken() {
		return this.principals.defaultPrincipal().token();
	}

	/**
	 * Returns the workspace id reported in {@code workspace_id}.
	 * @return the workspace id
	 */
	public long workspaceId() {
		return this.settings.workspaceId();
	}

	/**
	 * Returns the fault queue, to make the next requests fail.
	 * @return the faults of this emulator
	 */
	public Faults faults() {
		return this.faults;
	}

	/**
	 * Returns the requests received so far, oldest first.
	 * @return an immutable snapshot of the journal
	 */
	public List<RecordedRequest> journal() {
		return this.journal.snapshot();
	}

	/**
	 * Empties the journal.
	 */
	public void clearJournal() {
		this.journal.clear();
	}

	/**
	 * Returns the live (not deleted, not expired) tokens of a principal, seed token included.
	 * @param principal the principal's name
	 * @return the tokens in creation order, empty for an unknown principal
	 */
	public List<EmulatedToken> tokens(String principal) {
		return this.tokens.live(principal).stream().map(StoredToken::toView).toList();
	}

	/**
	 * Returns every live token of the workspace, on-behalf-of and seed tokens included.
	 * @return the tokens in creation order
	 */
	public List<EmulatedToken> allTokens() {
		return this.tokens.all().stream().map(StoredToken::toView).toList();
	}

	/**
	 * Returns how many tokens {@code token/create} and on-behalf-of create minted since start or the last reset,
	 * deleted and expired ones included, seed tokens excluded.
	 * @return the number of tokens created
	 */
	public int createdCount() {
		return this.tokens.createdCount();
	}

	/**
	 * Opens the admin API under {@code /__emulator/} (reset, seed, journal, clock, faults, token
	 * list; see {@code docs/emulator.md}) to callers sending {@code Authorization: Bearer <adminKey>}.
	 * Without it those paths answer 404 as unknown Databricks paths do. The key is never accepted
	 * by the Databricks paths.
	 * @param adminKey the key, at least 16 characters
	 * @return this emulator
	 */
	public DatabricksEmulator enableAdminApi(String adminKey) {
		this.server.admin(new AdminEndpoints(this, this.settings.clock(), adminKey));
		return this;
	}

	/**
	 * Writes every principal, group, token (values included), token permission and workspace
	 * setting to a file, replacing it atomically; {@link #restoreState(Path)} reads it back.
	 * The file holds secrets: keep it private.
	 * @param file the file to write
	 * @throws UncheckedIOException if it cannot be written
	 */
	public void saveState(Path file) {
		synchronized (this.workspace) {
			EmulatorState.write(this.workspace, file);
		}
	}

	/**
	 * Replaces the principals, groups, tokens, token permissions and workspace settings with
	 * those saved by {@link #saveState(Path)}; {@link #reset()} still returns to the builder's seed.
	 * @param file a file written by {@link #saveState(Path)}
	 * @throws IllegalArgumentException if it is not such a file (naming it)
	 * @throws UncheckedIOException if it cannot be read
	 */
	public void restoreState(Path file) {
		synchronized (this.workspace) {
			EmulatorState.read(this.workspace, file);
		}
	}

	/**
	 * Returns to the seeded state: drops every token, access token, fault, journal entry,
	 * principal and group membership added at run time, restores the builder's workspace
	 * settings and token permissions, then seeds the builder's principals with their tokens
	 * and groups again.
	 * The server keeps running on the same port.
	 */
	public void reset() {
		synchronized (this.workspace) {
			this.workspace.reset(this.settings);
		}
		this.faults.clear();
		this.journal.clear();
	}

}
