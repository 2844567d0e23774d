/**
 * The Databricks emulator as a process of its own ({@code java -jar}), for clients in any language.
 */
@NullMarked
package dev.dbtokens.emulator;

import org.jspecify.annotations.NullMarked;
