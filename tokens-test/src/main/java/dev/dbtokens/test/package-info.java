/**
 * An in-memory Databricks Token API emulator on loopback, with JUnit 5 and Spring test support.
 */
@NullMarked
package dev.dbtokens.test;

import org.jspecify.annotations.NullMarked;
