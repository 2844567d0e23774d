package dev.dbtokens.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body larger than the emulator accepts is refused before it is buffered or routed,
 * whether its length is announced or it arrives in chunks, and the emulator keeps serving.
 */
class RequestSizeLimitTests {

	private static final int TOO_LARGE = BoundedBody.MAX_BYTES + 1;

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension();

	@Test
	void refusesAnAnnouncedLengthAboveTheLimitWithoutReadingTheBody() throws IOException {
		String head = "POST /api/2.0/token/create HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 300000000\r\n\r\n";
		assertThat(exchange(head.getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 413")
			.contains("REQUEST_ENTITY_TOO_LARGE");
		assertThat(stillServes()).isTrue();
	}

	@Test
	void refusesAChunkedBodyOnceItPassesTheLimit() throws IOException {
		StringBuilder request = new StringBuilder("POST /no/such/path HTTP/1.1\r\nHost: localhost\r\n"
				+ "Transfer-Encoding: chunked\r\n\r\n");
		int chunk = 64 * 1024;
		String data = "x".repeat(chunk);
		for (int sent = 0; sent < TOO_LARGE; sent += chunk) {
			request.append(Integer.toHexString(chunk)).append("\r\n").append(data).append("\r\n");
		}
		request.append("0\r\n\r\n");
		assertThat(exchange(request.toString().getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 413");
		assertThat(databricks.emulator().journal()).last()
			.satisfies((recorded) -> assertThat(recorded.status()).isEqualTo(413));
		assertThat(stillServes()).isTrue();
	}

	@Test
	void acceptsABodyJustUnderTheLimit() throws IOException {
		String body = "{\"comment\": \"" + "x".repeat(BoundedBody.MAX_BYTES - 100) + "\"}";
		String request = "POST /api/2.0/token/create HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Authorization: Bearer " + databricks.defaultToken() + "\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body;
		assertThat(exchange(request.getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 200");
	}

	private boolean stillServes() throws IOException {
		String request = "GET /api/2.0/token/list HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
				+ databricks.defaultToken() + "\r\nConnection: close\r\n\r\n";
		return exchange(request.getBytes(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
	}

	/** Writes what the server reads before it answers, then returns the first part of the answer. */
	private static String exchange(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", databricks.emulator().port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException ex) {
				// the server may close before every chunk is written: its answer is still there to read
			}
			InputStream in = socket.getInputStream();
			byte[] answer = in.readNBytes(512);
			return new String(answer, StandardCharsets.US_ASCII);
		}
	}

}
