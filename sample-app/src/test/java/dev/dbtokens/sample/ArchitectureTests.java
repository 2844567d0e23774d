package dev.dbtokens.sample;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Outside {@code tokens-client}, nothing uses the client's machinery: the sample (a user's
 * application), the test support and the emulator name only the API.
 */
@AnalyzeClasses(packages = { "dev.dbtokens.sample", "dev.dbtokens.test" }, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule nothingOutsideTheClientUsesItsInternals = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("dev.dbtokens.client.internal..");

}
