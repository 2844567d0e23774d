package dev.dbtokens.sample.janitor;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A ShedLock {@link LockProvider} on the application's {@link DataSource}: with it the starter's
 * jobs (the janitor, each rotation's orphan cleanup) run once across the replicas of the sample.
 * The DataSource is H2 in memory unless {@code spring.datasource.url} names another database, e.g.
 * {@code jdbc:postgresql://db:5432/tokens?user=tokens&password=...}: every replica must point at the
 * same one for the lock to hold across them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcTemplateLockProvider.class)
public class LockConfiguration {

	/** ShedLock's table, created when missing (H2 and PostgreSQL both read this statement). */
	static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS shedlock(name VARCHAR(64) NOT NULL PRIMARY KEY, "
			+ "lock_until TIMESTAMP(3) NOT NULL, locked_at TIMESTAMP(3) NOT NULL, locked_by VARCHAR(255) NOT NULL)";

	@Bean
	@ConditionalOnMissingBean(LockProvider.class)
	LockProvider lockProvider(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute(CREATE_TABLE);
		// The database's time, not each replica's own clock, decides when a lock ends.
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.usingDbTime()
			.build());
	}

}
