package dev.dbtokens.client.internal.call;

import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Stands for an application's code in {@link DeadlineTimerTests}, which loads it with a class loader
 * of its own (as Spring Boot DevTools loads an application's classes): makes a thread with the
 * given factory and task.
 */
public class ApplicationCode implements Function<Object[], Object> {

	@Override
	public Object apply(Object[] factoryAndTask) {
		return ((ThreadFactory) factoryAndTask[0]).newThread((Runnable) factoryAndTask[1]);
	}

}
