package org.mauticapi.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * Resources packaged in the jar: files, and the folders of the webjars that bring the
 * browser assets.
 */
final class PackagedResources {

	private PackagedResources() {
	}

	/**
	 * The folder of a webjar's assets, e.g.
	 * {@code META-INF/resources/webjars/react/18.3.1/}.
	 */
	static String webjarFolder(String groupId, String artifactId) throws IOException {
		Properties properties = new Properties();
		try (InputStream pom = new ClassPathResource("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties")
			.getInputStream()) {
			properties.load(pom);
		}
		return "META-INF/resources/webjars/" + artifactId + "/" + properties.getProperty("version") + "/";
	}

	static byte[] read(ClassPathResource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
	}

}
