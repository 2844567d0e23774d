/**
 * Rotations ({@code databricks.rotation.*}) and the lifecycle jobs ({@code databricks.lifecycle.*}),
 * run once across replicas under ShedLock, with the application events they publish.
 */
@NullMarked
package dev.dbtokens.client.autoconfigure.lifecycle;

import org.jspecify.annotations.NullMarked;
