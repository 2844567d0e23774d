package dev.dbtokens.test.lifecycle;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dbtokens.client.rotation.RotatedToken;
import dev.dbtokens.client.rotation.RotationFailure;
import dev.dbtokens.client.rotation.RotationFailure.Step;
import dev.dbtokens.client.rotation.RotationListener;

/**
 * A listener that remembers every token and failure it is told about.
 */
class RotationRecorder implements RotationListener {

	final List<RotatedToken> rotated = new CopyOnWriteArrayList<>();

	final List<RotationFailure> failures = new CopyOnWriteArrayList<>();

	@Override
	public void rotated(RotatedToken token) {
		this.rotated.add(token);
	}

	@Override
	public void failed(RotationFailure failure) {
		this.failures.add(failure);
	}

	long failures(Step step) {
		return this.failures.stream().filter((failure) -> failure.step() == step).count();
	}

	RotatedToken last() {
		return this.rotated.get(this.rotated.size() - 1);
	}

}
