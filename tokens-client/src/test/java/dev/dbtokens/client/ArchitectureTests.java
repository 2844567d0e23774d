package dev.dbtokens.client;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The client's layout, as CONTRIBUTING.md describes it: the API packages a user names, and the
 * machinery in {@code internal} packages that only the client itself uses.
 */
@AnalyzeClasses(packages = "dev.dbtokens.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** Only the API's entry points (builders, factories) and the machinery itself reach into {@code internal}. */
	@ArchTest
	static final ArchRule internalsAreUsedOnlyByTheClientApiAndThemselves = noClasses().that()
		.resideOutsideOfPackages("dev.dbtokens.client", "dev.dbtokens.client.internal..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.dbtokens.client.internal..");

	@ArchTest
	static final ArchRule theClientImportsNoSpringBoot = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.boot..");

	@ArchTest
	static final ArchRule lifecycleAndRotationNeverImportTheAutoConfiguration = noClasses().that()
		.resideInAnyPackage("dev.dbtokens.client.lifecycle..", "dev.dbtokens.client.rotation..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.dbtokens.client.autoconfigure..");

	/** {@code error}, {@code lifecycle}, {@code rotation} and the machinery as a whole. */
	@ArchTest
	static final ArchRule thePackagesBesideTheApiHaveNoCycles = slices().matching("dev.dbtokens.client.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule theInternalPackagesHaveNoCycles = slices().matching("dev.dbtokens.client.internal.(*)..")
		.should()
		.beFreeOfCycles();

}
