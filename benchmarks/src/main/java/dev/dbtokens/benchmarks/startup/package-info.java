/**
 * A minimal Spring Boot application whose start is timed with and without the starter.
 */
package dev.dbtokens.benchmarks.startup;
