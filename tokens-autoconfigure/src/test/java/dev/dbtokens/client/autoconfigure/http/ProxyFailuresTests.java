package dev.dbtokens.client.autoconfigure.http;

import java.net.ConnectException;
import java.util.List;

import io.netty.handler.proxy.ProxyConnectException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure at the proxy, said as the proxy's. The whole route (a loopback proxy refusing, hanging
 * up or closed) is in {@code HttpTransportTests}.
 */
class ProxyFailuresTests {

	private final DatabricksProxy proxy = new DatabricksProxy("proxy.example.com", 3128, null, null, List.of());

	@Test
	void saysWhatTheProxyDidWhenItHangsUpWithoutHidingItBehindNettysMessage() {
		Throwable failure = ProxyFailures.translate(this.proxy,
				new ProxyConnectException("http, none, proxy.example.com/10.0.0.1:3128 => adb-1.azuredatabricks.net:443, disconnected"));
		assertThat(failure).isInstanceOf(ConnectException.class)
			.hasNoCause()
			.hasMessageStartingWith("the proxy proxy.example.com:3128 did not connect to the workspace (disconnected)");
	}

	@Test
	void takesAFailedConnectionForTheProxysButNotAnAnswer() {
		assertThat(ProxyFailures.isAtTheProxy(new IllegalStateException("wrapped", new ConnectException("Connection refused")))).isTrue();
		assertThat(ProxyFailures.isAtTheProxy(new IllegalStateException("500 from the workspace"))).isFalse();
		assertThat(ProxyFailures.translate(this.proxy, new ConnectException("Connection refused")))
			.hasMessageContaining("could not connect to the proxy proxy.example.com:3128 (Connection refused)")
			.hasMessageContaining("databricks.http.proxy.host and .port");
	}

}
