package dev.dbtokens.client.autoconfigure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made at test time with
 * the JDK's {@code keytool}: a PKCS#12 key store for the stand-in workspace and the certificate
 * alone as PEM, which only an SSL bundle makes the client trust.
 *
 * @param keyStore the PKCS#12 key store holding the key and the certificate
 * @param password the key store's password
 * @param certificate the certificate as PEM
 */
record SelfSignedCertificate(Path keyStore, String password, Path certificate) {

	static SelfSignedCertificate create(Path directory) throws IOException, InterruptedException {
		Path keyStore = directory.resolve("workspace.p12");
		Path certificate = directory.resolve("workspace.pem");
		String password = "changeit";
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		run(List.of(keytool, "-genkeypair", "-alias", "workspace", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
				"-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", password, "-keypass", password));
		run(List.of(keytool, "-exportcert", "-rfc", "-alias", "workspace", "-keystore", keyStore.toString(), "-storepass",
				password, "-file", certificate.toString()));
		return new SelfSignedCertificate(keyStore, password, certificate);
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("keytool failed: " + output);
		}
	}

}
