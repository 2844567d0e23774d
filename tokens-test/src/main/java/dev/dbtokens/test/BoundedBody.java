package dev.dbtokens.test;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * A request body read up to {@value #MAX_BYTES} bytes. Every Databricks request the emulator
 * serves is a few hundred bytes: a larger body is refused with 413 before it is routed, and
 * never buffered beyond the limit, whether its {@code Content-Length} announces it (refused
 * before reading) or it arrives in chunks (the rest read and dropped), so that a client cannot
 * exhaust the emulator's memory.
 */
final class BoundedBody {

	/** The largest body accepted: 1 MiB. */
	static final int MAX_BYTES = 1 << 20;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private boolean tooLarge;

	/** Whether {@code Content-Length} announces more than {@value #MAX_BYTES} bytes (or is not a number). */
	static boolean declaredTooLarge(HttpHeaders headers) {
		String length = headers.get(HttpHeaderNames.CONTENT_LENGTH);
		if (length == null) {
			return false;
		}
		try {
			return Long.parseLong(length.trim()) > MAX_BYTES;
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

	static ApiResponse refusal() {
		return ApiResponse.error(413, "REQUEST_ENTITY_TOO_LARGE", "The request body is larger than " + MAX_BYTES
				+ " bytes; the Token API takes bodies of a few hundred bytes.", Map.of());
	}

	/**
	 * Appends a chunk while the body stays within the limit; past it, chunks are read and
	 * dropped, so the client gets the refusal after sending rather than a reset connection.
	 */
	BoundedBody add(ByteBuf chunk) {
		if (this.tooLarge || this.bytes.size() + (long) chunk.readableBytes() > MAX_BYTES) {
			this.tooLarge = true;
			this.bytes.reset();
			return this;
		}
		byte[] copy = new byte[chunk.readableBytes()];
		chunk.readBytes(copy);
		this.bytes.writeBytes(copy);
		return this;
	}

	/** Whether the body passed the limit (its bytes were dropped). */
	boolean tooLarge() {
		return this.tooLarge;
	}

	byte[] bytes() {
		return this.bytes.toByteArray();
	}

}
