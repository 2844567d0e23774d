/**
 * Benchmarks of {@code TokensClient} beside raw {@code WebClient} and the Databricks Java SDK.
 */
package dev.dbtokens.benchmarks;
