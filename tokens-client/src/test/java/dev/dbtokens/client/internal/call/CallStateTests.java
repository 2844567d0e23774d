package dev.dbtokens.client.internal.call;

import java.net.ConnectException;

import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.call.CredentialsFailureException;
import dev.dbtokens.client.internal.call.ErrorMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason a retried attempt is counted under: the {@code databricks.tokens.retry.<reason>}
 * events of the observation (docs/operations.md), one name per status, or whether the request left
 * at all.
 */
class CallStateTests {

	private final CallState state = new CallState(Operation.LIST, "https://adb-1.azuredatabricks.net", null, RetrySettings.defaults());

	@Test
	void anAnswerIsCountedUnderItsStatus() {
		failWith(ErrorMapper.typed("TEMPORARILY_UNAVAILABLE", 503, "token/list failed: HTTP 503", null, null), Delivery.ANSWERED);

		assertThat(this.state.lastReason()).isEqualTo("status.503");
	}

	@Test
	void aRequestThatNeverLeftIsCountedAsNotSent() {
		failWith(new DatabricksApiException("token/list failed: no answer", "", 0, null, new ConnectException("refused")), Delivery.NOT_SENT);

		assertThat(this.state.lastReason()).isEqualTo("not.sent");
	}

	@Test
	void aRequestThatGotNoAnswerIsCountedAsNoAnswer() {
		failWith(new DatabricksApiException("token/list failed: no answer", "", 0, null, null), Delivery.NO_ANSWER);

		assertThat(this.state.lastReason()).isEqualTo("no.answer");
	}

	@Test
	void aFailedOAuthTokenRequestIsCountedAsCredentialsNotAsTheWorkspacesStatus() {
		failWith(new CredentialsFailureException("OAuth M2M authentication of client sp failed: HTTP 503", 503, null), Delivery.LOCAL);

		assertThat(this.state.lastReason()).isEqualTo("credentials");
	}

	@Test
	void theReasonIsThatOfTheLastFailedAttempt() {
		failWith(new DatabricksApiException("token/list failed: no answer", "", 0, null, null), Delivery.NOT_SENT);
		failWith(ErrorMapper.typed("REQUEST_LIMIT_EXCEEDED", 429, "token/list failed: HTTP 429", null, null), Delivery.ANSWERED);

		assertThat(this.state.lastReason()).isEqualTo("status.429");
	}

	private void failWith(Throwable error, Delivery delivery) {
		this.state.attemptStarted();
		this.state.attemptFailed(new AttemptFailure(error, null, delivery));
	}

}
