package dev.dbtokens.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser sends its requests one after another on one keep-alive connection: the portal answers
 * every one. Reactor Netty before 1.3.8 now and then buffered a request that arrived while the
 * previous one was still finishing as "pipelined" and never read it (reactor-netty #4347, #4361),
 * which a browser sees as a page that never loads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { PortalTestUsers.USER_PASSWORD_PROPERTY, PortalTestUsers.ADMIN_PASSWORD_PROPERTY,
				"sample.sign-in.max-failures=1000" })
@AutoConfigureDatabricksEmulator
class KeepAliveTests {

	private static final int ROUNDS = 30;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("\r\nset-cookie: *session=([^;\r]+)", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Test
	void answersEveryPageAndSignInSentOnOneKeepAliveConnection() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			HttpConnection connection = new HttpConnection(socket);
			String session = null;
			for (int round = 1; round <= ROUNDS; round++) {
				String page = connection.exchange("GET /login", session, null, round);
				session = found(SESSION, page, session);
				String form = "username=" + PortalTestUsers.USER + "&password=wrong&_csrf=" + found(CSRF, page, null);
				session = found(SESSION, connection.exchange("POST /login", session, form, round), session);
			}
		}
	}

	private static String found(Pattern pattern, String text, String otherwise) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : otherwise;
	}

	/** One HTTP/1.1 connection a request is written on only once the previous answer is read whole. */
	private final class HttpConnection {

		private final OutputStream out;

		private final InputStream in;

		HttpConnection(Socket socket) throws IOException {
			this.out = socket.getOutputStream();
			this.in = socket.getInputStream();
		}

		String exchange(String requestLine, String session, String form, int round) throws IOException {
			StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost:")
				.append(KeepAliveTests.this.port)
				.append("\r\nConnection: keep-alive\r\n");
			if (session != null) {
				request.append("Cookie: SESSION=").append(session).append("\r\n");
			}
			if (form != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
					.append(form.length())
					.append("\r\n");
			}
			request.append("\r\n").append((form != null) ? form : "");
			this.out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			this.out.flush();
			try {
				String answer = readAnswer();
				assertThat(answer).as("answer to %s of round %d", requestLine, round).startsWith("HTTP/1.1 ");
				return answer;
			}
			catch (SocketTimeoutException ex) {
				throw new AssertionError("%s of round %d of %d on one keep-alive connection got no answer in 10 s"
					.formatted(requestLine, round, ROUNDS), ex);
			}
		}

		/** The answer's head and body; the body read by its length or its chunks. */
		private String readAnswer() throws IOException {
			String head = readUntil("\r\n\r\n");
			String lowerCase = head.toLowerCase(Locale.ROOT);
			Matcher length = Pattern.compile("\r\ncontent-length: *(\\d+)\r\n").matcher(lowerCase);
			if (length.find()) {
				return head + new String(this.in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
			}
			assertThat(lowerCase).as("a length or chunks in %s", head).contains("transfer-encoding: chunked");
			StringBuilder body = new StringBuilder(head);
			for (int size = chunkSize(); size > 0; size = chunkSize()) {
				body.append(new String(this.in.readNBytes(size), StandardCharsets.UTF_8));
				readUntil("\r\n");
			}
			readUntil("\r\n");
			return body.toString();
		}

		private int chunkSize() throws IOException {
			return Integer.parseInt(readUntil("\r\n").strip(), 16);
		}

		private String readUntil(String end) throws IOException {
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			while (!read.toString(StandardCharsets.US_ASCII).endsWith(end)) {
				int b = this.in.read();
				if (b < 0) {
					throw new IOException("the portal closed the keep-alive connection: " + read);
				}
				read.write(b);
			}
			return read.toString(StandardCharsets.US_ASCII);
		}

	}

}
