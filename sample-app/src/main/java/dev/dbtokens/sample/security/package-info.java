/**
 * Who may use the portal: form sign-in for the page, HTTP Basic for the JSON API and Actuator,
 * two users from {@code sample.users}.
 */
@NullMarked
package dev.dbtokens.sample.security;

import org.jspecify.annotations.NullMarked;
