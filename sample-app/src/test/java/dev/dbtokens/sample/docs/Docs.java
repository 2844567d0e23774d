package dev.dbtokens.sample.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * README.md and the pages under docs/, and their fenced code blocks.
 */
final class Docs {

	private Docs() {
	}

	record Block(int line, String text) {
	}

	/** The repository's root: the first parent of the working directory that holds README.md and mvnw. */
	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("mvnw")))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("No README.md with mvnw beside it above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

	static List<Path> pages(Path root) throws IOException {
		List<Path> pages = new ArrayList<>();
		pages.add(root.resolve("README.md"));
		Path docs = root.resolve("docs");
		if (Files.isDirectory(docs)) {
			try (Stream<Path> files = Files.walk(docs)) {
				files.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
			}
		}
		return pages;
	}

	/**
	 * The fenced blocks of one language, with the line of their opening fence; a block indented
	 * within a list item loses its fence's indentation.
	 */
	static List<Block> blocks(Path page, String language) throws IOException {
		List<String> lines = Files.readAllLines(page);
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("```" + language)) {
				String indent = lines.get(i).substring(0, lines.get(i).indexOf('`'));
				StringBuilder text = new StringBuilder();
				int start = i + 1;
				for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
					String line = lines.get(i);
					text.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
				}
				blocks.add(new Block(start, text.toString()));
			}
		}
		return blocks;
	}

}
