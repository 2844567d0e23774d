package dev.dbtokens.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The directory the emulator keeps its state in, held by one emulator at a time through a lock
 * on {@value #LOCK} (released by the operating system when the process dies, however it dies).
 */
final class DataDirectory implements AutoCloseable {

	static final String LOCK = "emulator.lock";

	static final String STATE = "state.json";

	private final Path directory;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectory(Path directory, FileChannel channel, FileLock lock) {
		this.directory = directory;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Creates the directory if needed and locks it.
	 * @throws IllegalStateException naming the directory when another emulator holds it
	 */
	static DataDirectory open(Path directory) {
		Path absolute = directory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(absolute);
			channel = FileChannel.open(absolute.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return new DataDirectory(absolute, channel, lock);
			}
		}
		catch (OverlappingFileLockException ex) {
			// held by this JVM: reported below like any other holder
		}
		catch (IOException ex) {
			close(channel);
			throw new UncheckedIOException("Cannot use the data directory " + absolute + ": " + ex.getMessage(), ex);
		}
		close(channel);
		throw new IllegalStateException("Another emulator is using the data directory " + absolute
				+ ": stop it, or give this one another --data-dir.");
	}

	/** The saved state, which may not exist yet. */
	Path stateFile() {
		return this.directory.resolve(STATE);
	}

	Path path() {
		return this.directory;
	}

	@Override
	public void close() {
		try {
			this.lock.release();
		}
		catch (IOException ex) {
			// the channel's close releases it too
		}
		close(this.channel);
	}

	private static void close(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing left to release
			}
		}
	}

}
