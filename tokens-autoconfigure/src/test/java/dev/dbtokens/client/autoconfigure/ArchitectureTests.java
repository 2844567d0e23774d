package dev.dbtokens.client.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The auto-configuration's layout, as CONTRIBUTING.md describes it: packages by concern (client and
 * properties, {@code http}, {@code lifecycle}, {@code health}, {@code actuate}, {@code diagnostics})
 * that never reach into the client's machinery.
 */
@AnalyzeClasses(packages = "dev.dbtokens.client.autoconfigure", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String ROOT = "dev.dbtokens.client.autoconfigure";

	@ArchTest
	static final ArchRule theAutoConfigurationUsesOnlyTheClientApi = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("dev.dbtokens.client.internal..");

	/** The root package is a slice of its own, so that a cycle through it counts too. */
	@ArchTest
	static final ArchRule theConcernsHaveNoCycles = slices().assignedFrom(new SliceAssignment() {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			String name = javaClass.getPackageName();
			if (name.equals(ROOT)) {
				return SliceIdentifier.of("autoconfigure");
			}
			return name.startsWith(ROOT + ".") ? SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.")[0])
					: SliceIdentifier.ignore();
		}

		@Override
		public String getDescription() {
			return "the packages of the auto-configuration";
		}

	}).should().beFreeOfCycles();

}
