package dev.dbtokens.sample.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles, as written, against the
 * starter, the emulator and Spring Boot: a snippet is a whole source file, imports included, so a
 * reader can copy it without guessing one.
 */
class JavaSnippetsTests {

	private static final Pattern TYPE = Pattern
		.compile("^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)", Pattern.MULTILINE);

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

	@TempDir
	Path output;

	@TestFactory
	Stream<DynamicTest> everyJavaSnippetCompiles() throws IOException {
		Path root = Docs.root();
		List<DynamicTest> tests = new ArrayList<>();
		for (Path page : Docs.pages(root)) {
			for (Docs.Block block : Docs.blocks(page, "java")) {
				String name = root.relativize(page) + ":" + block.line();
				tests.add(DynamicTest.dynamicTest(name, () -> compiles(name, block.text())));
			}
		}
		assertThat(tests).as("java snippets in README.md and docs/").isNotEmpty();
		return tests.stream();
	}

	private void compiles(String name, String source) throws IOException {
		Matcher type = TYPE.matcher(source);
		assertThat(type.find()).as("%s declares no top-level type: a snippet is a whole source file, imports included",
				name)
			.isTrue();
		Matcher pkg = PACKAGE.matcher(source);
		Path dir = Files.createTempDirectory(this.output, "src");
		if (pkg.find()) {
			dir = dir.resolve(pkg.group(1).replace('.', '/'));
		}
		Path file = dir.resolve(type.group(1) + ".java");
		Files.createDirectories(dir);
		Files.writeString(file, source);
		Path classes = Files.createTempDirectory(this.output, "classes");
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		StringWriter diagnostics = new StringWriter();
		boolean ok = javac
			.getTask(diagnostics, null, null,
					List.of("-proc:none", "-parameters", "-d", classes.toString(), "-classpath",
							System.getProperty("java.class.path")),
					null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file))
			.call();
		assertThat(ok).as("%s does not compile:%n%s%n%s", name, diagnostics, source).isTrue();
	}

}
