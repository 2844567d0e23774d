package dev.dbtokens.client.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP {@code CONNECT} proxy on loopback for the tests: tunnels bytes to the asked host and
 * port, and when given credentials answers 407 to a {@code Proxy-Authorization} that is not
 * {@code Basic} of them. Remembers every {@code CONNECT} target it was asked for.
 */
final class ConnectProxy implements AutoCloseable {

	private final ServerSocket server;

	private final @Nullable String expectedAuthorization;

	private final List<String> tunnels = new CopyOnWriteArrayList<>();

	private volatile @Nullable String refusal;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	ConnectProxy(@Nullable String username, @Nullable String password) throws IOException {
		this.expectedAuthorization = (username != null) ? "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) : null;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "connect-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Answers every {@code CONNECT} with this status line, e.g. {@code 403 Forbidden}, as a proxy whose policy refuses the host. */
	ConnectProxy refusingWith(String status) {
		this.refusal = status;
		return this;
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** The {@code host:port} of every tunnel asked for, refused ones included. */
	List<String> tunnels() {
		return this.tunnels;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.sockets.add(client);
				Thread handler = new Thread(() -> handle(client), "connect-proxy-client");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void handle(Socket client) {
		try {
			InputStream in = client.getInputStream();
			OutputStream out = client.getOutputStream();
			List<String> head = readHead(in);
			String[] request = head.get(0).split(" ");
			if (!request[0].equals("CONNECT")) {
				reply(out, "405 Method Not Allowed");
				client.close();
				return;
			}
			this.tunnels.add(request[1]);
			String refused = this.refusal;
			if (refused != null) {
				reply(out, refused + "\r\nContent-Length: 0");
				client.close();
				return;
			}
			String authorization = head.stream()
				.filter((line) -> line.regionMatches(true, 0, "Proxy-Authorization:", 0, 20))
				.map((line) -> line.substring(20).strip())
				.findFirst()
				.orElse(null);
			if (this.expectedAuthorization != null && !this.expectedAuthorization.equals(authorization)) {
				reply(out, "407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0");
				client.close();
				return;
			}
			int colon = request[1].lastIndexOf(':');
			Socket target = new Socket(request[1].substring(0, colon), Integer.parseInt(request[1].substring(colon + 1)));
			this.sockets.add(target);
			reply(out, "200 Connection established");
			pump(target.getInputStream(), out, client, target);
			pump(in, target.getOutputStream(), client, target);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(client);
		}
	}

	private static List<String> readHead(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("closed before the end of the request head");
			}
			bytes.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return List.of(bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n"));
	}

	private static void reply(OutputStream out, String statusAndHeaders) throws IOException {
		out.write(("HTTP/1.1 " + statusAndHeaders + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	private static void pump(InputStream from, OutputStream to, Socket one, Socket other) {
		Thread pump = new Thread(() -> {
			try {
				from.transferTo(to);
			}
			catch (IOException ex) {
				// one side closed: close both below
			}
			closeQuietly(one);
			closeQuietly(other);
		}, "connect-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.sockets.forEach(ConnectProxy::closeQuietly);
	}

}
