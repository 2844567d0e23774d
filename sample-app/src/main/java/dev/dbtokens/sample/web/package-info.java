/**
 * The HTTP API of the sample: {@code /tokens}, with errors as RFC 9457 problem details.
 */
@NullMarked
package dev.dbtokens.sample.web;

import org.jspecify.annotations.NullMarked;
